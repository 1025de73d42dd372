import { createWaiter, WaiterState } from '@smithy/core/client';
import { ecsWaiterDelaySeconds, realWaitMs } from '../pace.js';
import { DeploymentFailedError, DeploymentTimeoutError } from './errors.js';
import { describeProgress, judgeRollout, latestEvents, type RolloutVerdict } from './rollout.js';
import type { DeploymentState, ServiceState } from './service-state.js';

export interface WaitForDeploymentParams {
  cluster: string;
  service: string;
  taskDefinitionArn: string;
  maxWaitMinutes: number;
  /** Polling backoff bounds; the defaults are those of the SDK's ECS waiters (15 s first). */
  minDelaySeconds?: number;
  maxDelaySeconds?: number;
}

export interface DeploymentOutcome {
  service: ServiceState;
  /** The PRIMARY deployment, running our task definition, COMPLETED. */
  deployment: DeploymentState;
  waitedSeconds: number;
}

interface Observation {
  state: ServiceState;
  verdict: RolloutVerdict;
}

/**
 * Polls with the SDK's waiter (exponential backoff with jitter, bounded by maxWaitMinutes) until
 * `judgeRollout` says stable, failed or rolled back.
 */
export async function waitForRollout<Client>(
  client: Client,
  describe: () => Promise<ServiceState>,
  params: WaitForDeploymentParams,
): Promise<DeploymentOutcome> {
  const maxWaitTime = params.maxWaitMinutes * 60;
  if (!(maxWaitTime > 0))
    throw new RangeError(`maxWaitMinutes must be greater than 0; got ${params.maxWaitMinutes}`);
  // The waiter requires minDelay < maxWaitTime and minDelay <= maxDelay; both scaled for testing only.
  const minDelay = Math.min(
    realWaitMs(params.minDelaySeconds ?? ecsWaiterDelaySeconds.min) / 1000,
    maxWaitTime / 2,
  );
  const maxDelay = Math.max(
    minDelay,
    Math.min(realWaitMs(params.maxDelaySeconds ?? ecsWaiterDelaySeconds.max) / 1000, maxWaitTime),
  );

  const started = Date.now();
  let last: ServiceState | undefined;
  const result = await createWaiter<Client, WaitForDeploymentParams, Observation>(
    { client, maxWaitTime, minDelay, maxDelay },
    params,
    async () => {
      const state = await describe();
      last = state;
      const verdict = judgeRollout(state, params.taskDefinitionArn);
      // A reason only on a final answer: the waiter serializes every reason it is given.
      if (verdict.kind === 'in-progress') return { state: WaiterState.RETRY };
      return {
        state: verdict.kind === 'stable' ? WaiterState.SUCCESS : WaiterState.FAILURE,
        reason: { state, verdict },
      };
    },
  );

  const observation = result.final;
  if (result.state === WaiterState.SUCCESS && observation?.verdict.kind === 'stable') {
    return {
      service: observation.state,
      deployment: observation.verdict.deployment,
      waitedSeconds: (Date.now() - started) / 1000,
    };
  }
  if (result.state === WaiterState.FAILURE && observation) {
    const { verdict } = observation;
    if (verdict.kind === 'failed' || verdict.kind === 'rolled-back') {
      throw new DeploymentFailedError({
        cluster: params.cluster,
        service: params.service,
        taskDefinitionArn: params.taskDefinitionArn,
        reason: verdict.reason,
        events: verdict.events,
        ...(verdict.kind === 'rolled-back' ? { rolledBackTo: verdict.primaryTaskDefinitionArn } : {}),
      });
    }
  }
  if (result.state === WaiterState.TIMEOUT) {
    throw new DeploymentTimeoutError(
      params.cluster,
      params.service,
      params.taskDefinitionArn,
      maxWaitTime,
      last ? describeProgress(last, params.taskDefinitionArn) : 'the service was never described',
      last ? latestEvents(last) : [],
    );
  }
  throw new Error(
    `waiting for service ${params.service} in cluster ${params.cluster} ended in state ${result.state}`,
  );
}
