import type { HookStage } from '../../config/hooks.js';
import { resourceLabelsOf } from '../../routing/engine.js';
import type { ExecutionDocument } from '../document.js';
import type { DocumentHook } from './plan.js';

/** The payload's schema version: a hook reads `version` first, and a new field never breaks it. */
export const hookPayloadVersion = 1;

/** The environment variable of every container of an ECS task hook that holds the payload (JSON). */
export const hookPayloadVariable = 'APPMESH_CANARY_HOOK';

/** RunTask takes at most 8,192 characters of overrides, their JSON included. */
export const maxOverrideChars = 8192;

export interface HookPayload {
  version: typeof hookPayloadVersion;
  deploymentId: string;
  executionArn?: string;
  region: string;
  stage: HookStage;
  /** 1 for the first ask; more when the hook answered IN_PROGRESS. */
  attempt: number;
  /** after-shift: the step just shifted to (1-based). */
  step?: { number: number; of: number; weight: number };
  /** The canary's share of production traffic while the hook runs. */
  canaryWeight: number;
  /** Requests with this header reach the canary only (test-traffic-header). */
  testHeader?: { name: string; value?: string };
  canary: { cluster: string; service: string; taskDefinitionArn: string };
  stable: { cluster: string; service: string; taskDefinitionArn: string };
  router: { kind: string; resources: string[] };
}

/** What the hook's integration Task state reads from $.hookRequest. */
export type HookRequest =
  | { kind: 'lambda'; target: string; payload: HookPayload }
  | {
      kind: 'ecs-task';
      target: string;
      /** Which RunTask state: Fargate takes a platform version, EC2 and capacity providers none here. */
      placement: 'fargate' | 'launch-type' | 'capacity-providers';
      runTask: Record<string, unknown>;
    }
  | { kind: 'https'; target: string; connectionArn: string; body: HookPayload };

/** Pure. The payload every target of a stage gets; only `attempt` differs between asks. */
export function hookPayload(
  document: ExecutionDocument,
  stage: HookStage,
  context: { stepIndex: number; attempt: number; executionArn?: string },
): HookPayload {
  const step = document.steps[context.stepIndex];
  const lastWeight = document.steps.at(-1)?.weight ?? 100;
  const canaryWeight =
    stage === 'after-shift'
      ? (step?.weight ?? 0)
      : stage === 'before-promotion' || stage === 'after-promotion'
        ? lastWeight
        : 0;
  const header = document.testTraffic?.header;
  return {
    version: hookPayloadVersion,
    deploymentId: document.deploymentId,
    ...(context.executionArn ? { executionArn: context.executionArn } : {}),
    region: document.region,
    stage,
    attempt: context.attempt,
    ...(stage === 'after-shift' && step
      ? { step: { number: context.stepIndex + 1, of: document.steps.length, weight: step.weight } }
      : {}),
    canaryWeight,
    ...(header ? { testHeader: { ...header } } : {}),
    canary: {
      cluster: document.canaryService.cluster,
      service: document.canaryService.service,
      taskDefinitionArn: document.canaryService.newTaskDefinitionArn,
    },
    stable: {
      cluster: document.stableService.cluster,
      service: document.stableService.service,
      taskDefinitionArn: document.stableService.previousTaskDefinitionArn,
    },
    router: { kind: document.snapshot.router, resources: resourceLabelsOf(document.snapshot) },
  };
}

/**
 * The payload in every container; in the essential ones only when that would pass RunTask's limit (a large
 * router, many containers). Too large even then: refused here, named, rather than by RunTask.
 */
function containerOverrides(hook: Extract<DocumentHook, { kind: 'ecs-task' }>, value: string) {
  const overrides = (names: string[]) =>
    names.map((name) => ({ Name: name, Environment: [{ Name: hookPayloadVariable, Value: value }] }));
  const all = overrides(hook.containers);
  if (JSON.stringify(all).length <= maxOverrideChars) return all;
  const essential = overrides(hook.essential);
  if (JSON.stringify(essential).length <= maxOverrideChars) return essential;
  throw new Error(
    `the hook payload (${value.length} characters) does not fit RunTask's ${maxOverrideChars}-character overrides in ${hook.essential.length} essential container(s) of ${hook.target}: use a Lambda or https hook`,
  );
}

/** Pure. The parameters of the hook's integration: lambda:invoke, ecs:runTask.sync or http:invoke. */
export function hookRequest(hook: DocumentHook, payload: HookPayload): HookRequest {
  switch (hook.kind) {
    case 'lambda':
      return { kind: 'lambda', target: hook.target, payload };
    case 'https':
      return { kind: 'https', target: hook.target, connectionArn: hook.connectionArn, body: payload };
    case 'ecs-task': {
      const value = JSON.stringify(payload);
      const network = hook.awsvpcConfiguration;
      const fargate = 'launchType' in hook.placement && hook.placement.launchType === 'FARGATE';
      const placement =
        'launchType' in hook.placement
          ? {
              LaunchType: hook.placement.launchType,
              ...(fargate ? { PlatformVersion: hook.platformVersion ?? 'LATEST' } : {}),
            }
          : {
              CapacityProviderStrategy: hook.placement.capacityProviderStrategy.map((entry) => ({
                CapacityProvider: entry.capacityProvider,
                ...(entry.weight !== undefined ? { Weight: entry.weight } : {}),
                ...(entry.base !== undefined ? { Base: entry.base } : {}),
              })),
            };
      return {
        kind: 'ecs-task',
        target: hook.target,
        placement: fargate
          ? 'fargate'
          : 'launchType' in hook.placement
            ? 'launch-type'
            : 'capacity-providers',
        runTask: {
          Cluster: hook.cluster,
          TaskDefinition: hook.target,
          ...placement,
          NetworkConfiguration: {
            AwsvpcConfiguration: {
              Subnets: network.subnets,
              ...(network.securityGroups ? { SecurityGroups: network.securityGroups } : {}),
              ...(network.assignPublicIp ? { AssignPublicIp: network.assignPublicIp } : {}),
            },
          },
          // Who started it, in the ECS console and DescribeTasks (at most 128 characters).
          StartedBy: `appmesh-canary/${payload.deploymentId}`.slice(0, 128),
          Overrides: { ContainerOverrides: containerOverrides(hook, value) },
        },
      };
    }
  }
}
