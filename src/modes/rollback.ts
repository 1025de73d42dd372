import { type InputReader, integer, requiredString } from '../config/inputs.js';
import { meshSettings } from '../config/mesh.js';
import { type RollbackReport, rollback } from '../orchestrator/steps/rollback.js';
import { AppMeshRouter, parseRouteSpec, specsEqual } from '../routing/app-mesh/index.js';
import type { ModeDeps } from './deps.js';
import { lastCanaryOn, runningCanaryOn } from './executions.js';

export interface RollbackModeResult {
  /** What was rolled back: a running canary, what the last one left, its promotion, or nothing. */
  outcome:
    | 'stopped-running-canary'
    | 'restored-last-canary'
    | 'reverted-promotion'
    | 'nothing-to-roll-back'
    | 'refused';
  executionArn?: string;
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
  const mesh = meshSettings(read);
  const stateMachineArn = requiredString(
    read,
    'state-machine-arn',
    'Set it to the orchestrator state machine ARN.',
  );
  const guardWaitSeconds = integer(read, 'rollback-wait-seconds', 120, { min: 0, max: 3600 });
  const waitForMinutes = integer(read, 'wait-for-minutes', 60, { min: 1, max: 360 });
  const router = new AppMeshRouter(deps.appMesh, mesh, { deploymentId: 'manual-rollback', log: deps.log });
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
      if (await routesAtSnapshot(router, running.document.snapshot.routes)) break;
      await deps.sleep(5);
    }
    const guardDone = await routesAtSnapshot(router, running.document.snapshot.routes);
    // The core is idempotent: after the guard it changes nothing; without it, it does the whole rollback.
    const report = await rollback(running.document, deps);
    const restoredBy = guardDone ? 'guard' : 'this run';
    return withFailure({
      outcome: 'stopped-running-canary',
      executionArn,
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
    return { outcome: 'refused', executionArn: details.executionArn, report, message, failure: message };
  }
  return withFailure({
    outcome: 'nothing-to-roll-back',
    executionArn: details.executionArn,
    report,
    message: `nothing to roll back: no canary is running, and ${subject} left nothing in force (${report.summary})`,
  });
}

/** A rollback that left a route sending the canary traffic fails the job, saying why. */
function withFailure(result: RollbackModeResult): RollbackModeResult {
  if (!result.report || result.report.complete) return result;
  return { ...result, failure: `rollback incomplete: ${result.report.summary}` };
}

async function routesAtSnapshot(
  router: AppMeshRouter,
  routes: readonly { routeName: string; spec: unknown }[],
): Promise<boolean> {
  const current = await router.current().catch(() => undefined);
  if (!current) return false;
  return routes.every((route) => {
    const now = current.routes.find((read) => read.routeName === route.routeName);
    return now !== undefined && specsEqual(now.spec, parseRouteSpec(route.spec, route.routeName));
  });
}
