import type { CanaryPlanSettings } from '../config/canary.js';
import type { DeploySettings } from '../config/deploy.js';
import type { HookSettings } from '../config/hooks.js';
import type { InputReader } from '../config/inputs.js';
import type { DeployResult } from '../deploy/deploy.js';
import type { DeploymentSource } from '../deploy/source.js';
import type { DescribedTaskDefinition, ServiceState } from '../ecs/index.js';
import { InputError } from '../errors.js';
import type { HealthSettings } from '../health/index.js';
import type { HooksPlan } from '../orchestrator/hooks/plan.js';
import type { StateMachineFacts } from '../orchestrator/sfn.js';
import { durationText } from '../report/duration.js';
import type { TimelineEntry } from '../report/timeline.js';
import type { InputRouter, TrafficSnapshot } from '../routing/engine.js';
import type { RouteWeights } from '../routing/router.js';
import type { RouterSettings } from '../routing/router-settings.js';
import type { TestTrafficPlan } from '../routing/test-traffic/index.js';
import { deployInputs } from './deploy-inputs.js';
import type { ModeDeps } from './deps.js';

export interface DeployModeResult {
  ecs: DeployResult;
  dryRun: boolean;
  deploymentId: string;
  executionArn?: string;
  executionUrl?: string;
  /** SUCCEEDED, FAILED, ABORTED, TIMED_OUT; RUNNING when not followed to the end; absent on a dry run. */
  status?: string;
  entries: TimelineEntry[];
  finalWeights?: RouteWeights[];
  routeLabel: string;
}

/** Everything the pre-flight read and decided; no write happened yet. */
export interface DeployPreflight {
  deploy: DeploySettings;
  routing: RouterSettings;
  plan: CanaryPlanSettings;
  stable: { cluster: string; service: string; state: ServiceState };
  canary: { state: ServiceState; taskDefinition: DescribedTaskDefinition; desiredCount: number };
  router: InputRouter;
  snapshot: TrafficSnapshot;
  health: HealthSettings;
  deploymentId: string;
  routeLabel: string;
  /** What the test traffic creates before the first step; absent without test-traffic-header. */
  testTraffic?: TestTrafficPlan;
  /** The hooks by stage, each with what its state needs; absent without hooks. */
  hooks?: HooksPlan;
}

/**
 * `deploy`: every input is checked, then the read-only pre-flight (the state machine, the lock, routes,
 * nodes, canary at 0, both services and their roles, health sources), then the canary service gets the new
 * version, then the state machine takes over.
 */
export async function runDeployMode(
  read: InputReader,
  deps: ModeDeps,
  source: DeploymentSource,
): Promise<DeployModeResult> {
  const preflight = await preflightDeploy(read, deps, source);
  const { deployAfterPreflight } = await import('./deploy-rollout.js');
  return deployAfterPreflight(preflight, deps, source);
}

/**
 * Reads only: every refusal happens here, before the first write. The inputs are all checked before the
 * first request; the code of the reads after it loads once the state machine answered, so that request
 * waits for none of it.
 */
export async function preflightDeploy(
  read: InputReader,
  deps: ModeDeps,
  source: DeploymentSource,
): Promise<DeployPreflight> {
  const inputs = deployInputs(read, deps.region);
  const { plan, deploy, hooks } = inputs;
  const machine = plan.stateMachineArn
    ? await checkStateMachineFits(plan, plan.stateMachineArn, deploy.waitForMinutes * 60, deps, hooks)
    : undefined;
  const { readDeployTargets } = await import('./deploy-preflight.js');
  return readDeployTargets(read, inputs, machine, deps, source);
}

/**
 * The state machine exists here, can run this plan's pauses, and lets an execution live as long as the plan
 * may take: an execution that times out mid-canary is rolled back by the guard, after a wasted bake.
 */
async function checkStateMachineFits(
  plan: CanaryPlanSettings,
  stateMachineArn: string,
  promotionSeconds: number,
  deps: ModeDeps,
  hooks?: HookSettings,
): Promise<StateMachineFacts> {
  const machine = await deps.executions.describeStateMachine(stateMachineArn);
  if (!machine.exists) {
    throw new InputError(
      'state-machine-arn',
      `no state machine ${stateMachineArn} in this account and region: use the StateMachineArn output of the ` +
        'orchestrator stack (infra/), deployed in this region.',
    );
  }
  const pauses = plan.steps.filter((step) => step.pause).length;
  if (pauses > 0 && machine.states && !machine.states.includes('Hold')) {
    throw new InputError(
      'steps',
      `has a pause, but state machine ${stateMachineArn} has no Hold state (an orchestrator stack from before pause steps): update the stack (infra/), or remove pause from steps.`,
    );
  }
  if (machine.timeoutSeconds === undefined) return machine;
  const planSeconds = longestPlanSeconds(plan, pauses, promotionSeconds) + longestHooksSeconds(plan, hooks);
  if (planSeconds <= machine.timeoutSeconds) return machine;
  const input =
    hooks && longestHooksSeconds(plan, hooks) > 0
      ? 'hook-timeout'
      : pauses > 0
        ? 'pause-timeout'
        : 'bake-time';
  throw new InputError(
    input,
    `the canary may take ${durationText(planSeconds * 1000)} (bakes${pauses > 0 ? `, ${pauses} pause${pauses > 1 ? 's' : ''} to their timeout` : ''}${hooks && longestHooksSeconds(plan, hooks) > 0 ? ', hooks to their timeout' : ''} and promotion), longer than state machine ${stateMachineArn} lets an execution run (${durationText(machine.timeoutSeconds * 1000)}): shorten ${input}, or deploy the orchestrator with a longer executionTimeout (infra/, context executionTimeout).`,
  );
}

/** Every hook taking its hook-timeout: after-shift hooks once a step. */
function longestHooksSeconds(plan: CanaryPlanSettings, hooks: HookSettings | undefined): number {
  if (!hooks) return 0;
  const runs = hooks.hooks.reduce(
    (total, hook) => total + (hook.stage === 'after-shift' ? plan.steps.length : 1),
    0,
  );
  return runs * hooks.timeoutSeconds;
}

/** Bakes (each may extend while it waits for its first own period), pauses to their timeout, promotion. */
function longestPlanSeconds(plan: CanaryPlanSettings, pauses: number, promotionSeconds: number): number {
  const bakes = plan.steps.reduce(
    (total, step) => total + step.bakeSeconds + 2 * plan.checkIntervalSeconds + 120,
    0,
  );
  return bakes + pauses * plan.pauseTimeoutSeconds + promotionSeconds;
}
