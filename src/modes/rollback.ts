import { type InputReader, integer, requiredString } from '../config/inputs.js';
import type { DeploymentSource } from '../deploy/source.js';
import type { RollbackReport } from '../orchestrator/rollback-report.js';
import { rollback } from '../orchestrator/steps/rollback.js';
import { guardPollSeconds } from '../pace.js';
import { engineRouterFor, routerFromSettings, type TrafficSnapshot } from '../routing/engine.js';
import { routerSettings } from '../routing/router-settings.js';
import type { ModeDeps } from './deps.js';
import { lastCanaryOn, runningCanaryOn } from './executions.js';

export interface RollbackModeResult {
  /** What was rolled back: a running canary, what the last one left, its promotion, or nothing. */
  outcome:
    | 'stopped-running-canary'
    | 'restored-last-canary'
    | 'reverted-promotion'
    | 'nothing-to-roll-back'
    | 'refused'
    /** Something was left sending the canary traffic (an edit kept, a write refused): the job fails. */
    | 'incomplete';
  executionArn?: string;
  /** Where the canary acted on came from: its commit and its GitHub deployment. */
  source?: DeploymentSource;
  /** Who restored the routes of a running canary: the guard (as designed) or this run (the guard was late). */
  restoredBy?: 'guard' | 'this run';
  report?: RollbackReport;
  message: string;
  /** Set when the job must fail: the rollback could not be done, or would undo what someone else deployed. */
  failure?: string;
}

/**
 * `rollback` (workflow_dispatch): stops a running canary and waits for the guard to restore its routes (or
 * restores them through the same core when the guard is late). With none running, applies the same core to
 * the last canary on the routes: routes it left split (a failed rollback) or moved (promotion none) go back
 * to its snapshot, its promotion is reverted while the stable service still runs it. A revision someone else
 * deployed since is never reverted: that is refused, saying what runs. Safe to run again.
 */
export async function runRollbackMode(
  read: InputReader,
  deps: ModeDeps,
  actor: string,
): Promise<RollbackModeResult> {
  const settings = routerSettings(read);
  const stateMachineArn = requiredString(
    read,
    'state-machine-arn',
    'Set it to the orchestrator state machine ARN.',
  );
  const guardWaitSeconds = integer(read, 'rollback-wait-seconds', 120, { min: 0, max: 3600 });
  const waitForMinutes = integer(read, 'wait-for-minutes', 60, { min: 1, max: 360 });
  const router = await routerFromSettings(settings, deps, { deploymentId: 'manual-rollback', log: deps.log });
  const traffic = await router.current();

  const running = await runningCanaryOn(deps.executions, stateMachineArn, traffic);
  if (running) {
    const { executionArn } = running.details;
    await deps.executions.stop(executionArn, 'ManualRollback', `rolled back by hand by ${actor}`);
    deps.log.info(
      `stopped ${executionArn}; waiting up to ${guardWaitSeconds} s for the guard to restore the routes`,
    );
    const deadline = deps.now().getTime() + guardWaitSeconds * 1000;
    while (deps.now().getTime() < deadline) {
      if (await atSnapshot(running.document.snapshot, deps)) break;
      await deps.sleep(guardPollSeconds);
    }
    const guardDone = await atSnapshot(running.document.snapshot, deps);
    // The core is idempotent: after the guard it changes nothing; without it, it does the whole rollback.
    const report = await rollback(running.document, deps);
    const restoredBy = guardDone ? 'guard' : 'this run';
    return withFailure({
      outcome: 'stopped-running-canary',
      executionArn,
      source: running.document.source,
      restoredBy,
      report,
      message: `stopped the canary ${running.document.deploymentId}; routes restored by the ${restoredBy === 'guard' ? 'guard' : 'Action'}: ${report.summary}`,
    });
  }

  const last = await lastCanaryOn(deps.executions, stateMachineArn, traffic);
  if (!last) {
    return {
      outcome: 'nothing-to-roll-back',
      message: 'nothing to roll back: no canary has run on these routes',
    };
  }
  const { document, details } = last;
  const report = await rollback(document, deps);
  const reverted = report.stable === 'reverted';
  const restored = report.restoredRoutes.length + report.restoredKeepingEdits.length > 0;
  if (reverted) {
    const { stableService } = document;
    deps.log.info(
      `waiting for service ${stableService.service} to become stable on ${stableService.previousTaskDefinitionArn}`,
    );
    await deps.ecs.waitForDeployment({
      cluster: stableService.cluster,
      service: stableService.service,
      taskDefinitionArn: stableService.previousTaskDefinitionArn,
      maxWaitMinutes: waitForMinutes,
    });
  }
  const subject = `the last canary ${document.deploymentId} (${details.status})`;
  if (reverted || restored) {
    return withFailure({
      outcome: reverted ? 'reverted-promotion' : 'restored-last-canary',
      executionArn: details.executionArn,
      source: document.source,
      report,
      message: reverted
        ? `reverted the promotion of ${document.deploymentId}: ${report.summary}`
        : `rolled back ${subject}: ${report.summary}`,
    });
  }
  if (report.stable === 'kept' && document.promotion === 'copy') {
    const { stableService } = document;
    const runs = report.services.find((line) => line.startsWith(`stable service ${stableService.service}:`));
    const message =
      `refused: ${runs}. It was deployed after ${subject}, so returning it to ` +
      `${stableService.previousTaskDefinitionArn} would undo someone else's deploy. Deploy the version you ` +
      'want instead.';
    return {
      outcome: 'refused',
      executionArn: details.executionArn,
      source: document.source,
      report,
      message,
      failure: message,
    };
  }
  if (!report.complete) {
    return withFailure({
      outcome: 'incomplete',
      executionArn: details.executionArn,
      source: document.source,
      report,
      message: `${subject} left it routed (${report.summary})`,
    });
  }
  return {
    outcome: 'nothing-to-roll-back',
    executionArn: details.executionArn,
    source: document.source,
    report,
    message: `nothing to roll back: no canary is running, and ${subject} left nothing in force (${report.summary})`,
  };
}

/**
 * A rollback that left a route sending the canary traffic is incomplete, whatever else it did: the outcome
 * says so, names the canary's share of each such route, and the job fails.
 */
function withFailure(result: RollbackModeResult): RollbackModeResult {
  const report = result.report;
  if (!report || report.complete) return result;
  const shares = report.canaryStillRouted.map((name) => {
    const share = report.canarySharePct[name];
    return share === undefined ? `${name} (its share could not be read)` : `${share}% of ${name}`;
  });
  const message =
    `rollback incomplete: the canary still takes ${shares.join(', ')}, and no execution watches it: ` +
    `${result.message}. Bring the canary's weight to 0 once the cause is understood (appmesh-canary set-weight ` +
    '--canary-percent 0), then run rollback again to scale the canary service to 0.';
  return { ...result, outcome: 'incomplete', message, failure: message };
}

/** Whether every routed resource of a snapshot is back to it (what the guard's rollback leaves). */
async function atSnapshot(snapshot: TrafficSnapshot, deps: ModeDeps): Promise<boolean> {
  try {
    const router = await engineRouterFor(snapshot, deps, { deploymentId: 'manual-rollback' });
    for (const resource of router.resources()) {
      const read = await resource.read();
      if (!resource.kit.equal(resource.kit.parse(read.raw), resource.snapshot)) return false;
    }
    return true;
  } catch {
    return false;
  }
}
