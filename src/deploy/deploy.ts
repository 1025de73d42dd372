import { readFile } from 'node:fs/promises';
import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import type { DeploySettings } from '../config/deploy.js';
import type { DescribedTaskDefinition, Ecs, ServiceState } from '../ecs/index.js';
import { InputError } from '../errors.js';
import { withDeploymentTag } from '../orchestrator/services.js';
import type { Log } from '../report/log.js';
import {
  cleanForRegistration,
  parseTaskDefinition,
  prepareTaskDefinition,
  renderTaskDefinition,
  resolveAppContainer,
  type TaskDefinitionDocument,
} from '../taskdef/index.js';
import { buildPlan, type DeployPlan, describePlan } from './plan.js';

export interface DeployDeps {
  ecs: Ecs;
  region: string;
  log: Log;
}

export interface DeployResult {
  plan: DeployPlan;
  rendered: RegisterTaskDefinitionCommandInput;
  /** Absent on a dry run. */
  taskDefinitionArn?: string;
  previousTaskDefinitionArn: string;
  stable: boolean;
}

/** What the pre-flight already read, so it is not read twice. */
export interface KnownCanaryState {
  service: ServiceState;
  taskDefinition: DescribedTaskDefinition;
}

/**
 * Renders the new version for the canary node, registers it (tagged with the deployment id: a rollback
 * undoes only revisions carrying it) and rolls it out to the canary service.
 * Every input is checked and the task definition rendered before the first mutating call.
 */
export async function deployCanaryService(
  settings: DeploySettings,
  deps: DeployDeps,
  options: { deploymentId?: string; known?: KnownCanaryState } = {},
): Promise<DeployResult> {
  const { ecs, log } = deps;
  const service = options.known?.service ?? (await ecs.describeService(settings.cluster, settings.service));
  const base = await canaryBase(
    settings,
    options.known?.taskDefinition ?? (() => ecs.describeTaskDefinition(service.taskDefinitionArn)),
  );
  const tagged = options.deploymentId
    ? { ...base, tags: withDeploymentTag(base.tags, options.deploymentId) }
    : base;
  // In a mesh the Envoy sidecar is rendered for the canary node; elsewhere the task definition goes as given.
  const rendered = settings.render
    ? renderTaskDefinition(tagged, {
        ...settings.render,
        region: deps.region,
        account: settings.meshOwner ?? service.accountId,
      })
    : prepareTaskDefinition(tagged, {
        ...(settings.containerName ? { containerName: settings.containerName } : {}),
        ...(settings.image ? { image: settings.image } : {}),
      });
  const plan = buildPlan(
    settings,
    service.taskDefinitionArn,
    rendered,
    resolveAppContainer(base, settings.render?.containerName ?? settings.containerName),
  );
  for (const line of describePlan(plan)) log.info(`${settings.dryRun ? 'plan (dry run)' : 'plan'}: ${line}`);

  const result: DeployResult = {
    plan,
    rendered,
    previousTaskDefinitionArn: service.taskDefinitionArn,
    stable: false,
  };
  if (settings.dryRun) return result;

  const registered = await ecs.registerTaskDefinition(rendered);
  log.info(`registered ${registered.taskDefinitionArn}`);
  await ecs.updateService({
    cluster: settings.cluster,
    service: settings.service,
    taskDefinitionArn: registered.taskDefinitionArn,
    desiredCount: settings.desiredCount,
  });
  log.info(`updated service ${settings.service} to ${registered.taskDefinitionArn}`);
  result.taskDefinitionArn = registered.taskDefinitionArn;

  if (settings.waitForServiceStability) {
    log.info(`waiting up to ${settings.waitForMinutes} min for service ${settings.service} to become stable`);
    await ecs.waitForDeployment({
      cluster: settings.cluster,
      service: settings.service,
      taskDefinitionArn: registered.taskDefinitionArn,
      maxWaitMinutes: settings.waitForMinutes,
    });
    result.stable = true;
    log.info(`service ${settings.service} is stable on ${registered.taskDefinitionArn}`);
  }
  return result;
}

/**
 * The task definition the new version is rendered from: the task-definition file, or the revision the canary
 * service runs now. Its family is the one the deploy registers (and the health presets read by).
 */
export async function canaryBase(
  settings: Pick<DeploySettings, 'taskDefinitionFile'>,
  current: DescribedTaskDefinition | (() => Promise<DescribedTaskDefinition>),
): Promise<TaskDefinitionDocument> {
  if (settings.taskDefinitionFile) return readTaskDefinitionFile(settings.taskDefinitionFile);
  return cleanForRegistration(typeof current === 'function' ? await current() : current);
}

async function readTaskDefinitionFile(path: string): Promise<TaskDefinitionDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new InputError(
      'task-definition',
      `cannot read "${path}" (${reason}). Give the path of a task definition JSON file.`,
    );
  }
  return parseTaskDefinition(text, 'task-definition');
}
