import { type HookInput, type HookSettings, hookInputs } from '../config/hooks.js';
import type { DescribedTaskDefinition } from '../ecs/ecs.js';
import type { ServiceState } from '../ecs/service-state.js';
import { InputError } from '../errors.js';
import {
  allowsFunction,
  allowsTaskDefinition,
  connectionFor,
  type HookAllowlist,
} from '../orchestrator/hooks/allowlist.js';
import { type DocumentHook, type HooksPlan, stageKeys } from '../orchestrator/hooks/plan.js';

export interface HookPlanDeps {
  describeTaskDefinition(arn: string): Promise<DescribedTaskDefinition>;
}

/**
 * Pre-flight, read-only: every hook must be one the orchestrator stack may call (its definition carries the
 * allowlist it was deployed with), and each gets what its Task state needs: for an ECS task, the canary
 * service's cluster, network and placement and the task definition's containers; for https, its connection.
 * Calls: DescribeTaskDefinition once per ECS task hook.
 */
export async function planHooks(
  settings: HookSettings,
  context: {
    stateMachineArn: string;
    allowlist: HookAllowlist | undefined;
    canaryCluster: string;
    canaryService: ServiceState;
  },
  deps: HookPlanDeps,
): Promise<HooksPlan> {
  const { allowlist } = context;
  if (!allowlist)
    throw new InputError(
      hookInputs.hooks,
      `state machine ${context.stateMachineArn} carries no hook allowlist: it is an orchestrator stack from before hooks. Redeploy the orchestrator (infra/) with the hook targets it may call (e.g. -c hookFunctions=ARN), or remove hooks.`,
    );
  const plan: HooksPlan = {
    intervalSeconds: settings.intervalSeconds,
    timeoutSeconds: settings.timeoutSeconds,
  };
  for (const hook of settings.hooks) {
    const planned = await planHook(hook, allowlist, context, deps);
    const key = stageKeys[hook.stage];
    plan[key] = [...(plan[key] ?? []), planned];
  }
  return plan;
}

async function planHook(
  hook: HookInput,
  allowlist: HookAllowlist,
  context: { stateMachineArn: string; canaryCluster: string; canaryService: ServiceState },
  deps: HookPlanDeps,
): Promise<DocumentHook> {
  const refuse = (key: string, value: string) =>
    new InputError(
      hookInputs.hooks,
      `${hook.stage} hook ${hook.text} is not a target the orchestrator stack may call: redeploy it (infra/) with -c ${key}=${value} added, or remove the hook.`,
    );
  const { target } = hook;
  switch (target.kind) {
    case 'lambda':
      if (!allowsFunction(allowlist, target.functionArn)) throw refuse('hookFunctions', target.functionArn);
      return { kind: 'lambda', target: target.functionArn };
    case 'https': {
      const connectionArn = connectionFor(allowlist, target.url);
      if (!connectionArn)
        throw new InputError(
          hookInputs.hooks,
          `${hook.stage} hook ${hook.text} is not covered by any connection the orchestrator stack may use: redeploy it (infra/) with -c hookConnections='[{"connectionArn": "<EventBridge connection ARN>", "endpoints": ["${new URL(target.url).origin}/"]}]', or remove the hook.`,
        );
      return { kind: 'https', target: target.url, connectionArn };
    }
    case 'ecs-task':
      return planTaskHook(hook, target.taskDefinitionArn, allowlist, context, deps, refuse);
  }
}

async function planTaskHook(
  hook: HookInput,
  taskDefinitionArn: string,
  allowlist: HookAllowlist,
  context: { canaryCluster: string; canaryService: ServiceState },
  deps: HookPlanDeps,
  refuse: (key: string, value: string) => InputError,
): Promise<DocumentHook> {
  if (!allowsTaskDefinition(allowlist, taskDefinitionArn))
    throw refuse('hookTaskDefinitions', taskDefinitionArn.replace(/:\d+$/, ''));
  const service = context.canaryService;
  if (!service.awsvpcConfiguration)
    throw new InputError(
      hookInputs.hooks,
      `${hook.stage} hook ${hook.text} runs beside canary service ${service.serviceName}, which has no awsvpc network configuration to run it in: use a Lambda or https hook.`,
    );
  const definition = await deps.describeTaskDefinition(taskDefinitionArn);
  for (const role of [definition.taskRoleArn, definition.executionRoleArn])
    if (role && !allowlist.passRoles.includes(role)) throw refuse('hookPassRoles', role);
  const containers = (definition.containerDefinitions ?? [])
    .map((container) => ({ name: container.name ?? '', essential: container.essential !== false }))
    .filter((container) => container.name !== '');
  const essential = containers.filter((container) => container.essential).map((container) => container.name);
  if (essential.length === 0)
    throw new InputError(
      hookInputs.hooks,
      `${hook.stage} hook ${hook.text} has no essential container: its exit code is the verdict. Mark the test container essential.`,
    );
  return {
    kind: 'ecs-task',
    // The revision checked here is the one run, even when the hook names the family.
    target: definition.taskDefinitionArn ?? taskDefinitionArn,
    cluster: context.canaryCluster,
    awsvpcConfiguration: service.awsvpcConfiguration,
    placement: service.capacityProviderStrategy
      ? { capacityProviderStrategy: service.capacityProviderStrategy }
      : { launchType: launchTypeOf(service.launchType) },
    ...(service.platformVersion && !service.capacityProviderStrategy
      ? { platformVersion: service.platformVersion }
      : {}),
    containers: containers.map((container) => container.name),
    essential,
  };
}

function launchTypeOf(launchType: string | undefined): 'FARGATE' | 'EC2' | 'EXTERNAL' {
  return launchType === 'EC2' || launchType === 'EXTERNAL' ? launchType : 'FARGATE';
}
