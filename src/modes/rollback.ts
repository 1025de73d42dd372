import { type InputReader, integer, requiredString } from '../config/inputs.js';
import { meshSettings } from '../config/mesh.js';
import { AppMeshRouter, parseRouteSpec, specsEqual } from '../mesh/index.js';
import { describeRollback, type RollbackReport, rollback } from '../orchestrator/steps/rollback.js';
import type { ModeDeps } from './deps.js';
import { lastCanaryOn, runningCanaryOn } from './executions.js';

export interface RollbackModeResult {
  /** What was rolled back: a running canary, a promoted one, or nothing. */
  outcome: 'stopped-running-canary' | 'reverted-promotion' | 'nothing-to-roll-back';
  executionArn?: string;
  /** Who restored the routes of a running canary: the guard (as designed) or this run (the guard was late). */
  restoredBy?: 'guard' | 'this run';
  report?: RollbackReport;
  message: string;
}

/**
 * `rollback` (workflow_dispatch): stops a running canary and waits for the guard to restore its routes (or
 * restores them through the same core when the guard is late); with no canary running, returns the stable
 * service of the last promoted canary to its previous task definition. Safe to run again.
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
    return {
      outcome: 'stopped-running-canary',
      executionArn,
      restoredBy,
      report,
      message: `stopped the canary ${running.document.deploymentId}; routes restored by the ${restoredBy === 'guard' ? 'guard' : 'Action'}: ${describeRollback(report)}`,
    };
  }

  const promoted = await lastCanaryOn(deps.executions, stateMachineArn, traffic, ['SUCCEEDED']);
  if (promoted && promoted.document.promotion === 'copy') {
    const { stableService } = promoted.document;
    const current = await deps.ecs.describeService(stableService.cluster, stableService.service);
    if (current.taskDefinitionArn !== stableService.previousTaskDefinitionArn) {
      const report = await rollback(promoted.document, deps);
      deps.log.info(
        `waiting for service ${stableService.service} to become stable on ${stableService.previousTaskDefinitionArn}`,
      );
      await deps.ecs.waitForDeployment({
        cluster: stableService.cluster,
        service: stableService.service,
        taskDefinitionArn: stableService.previousTaskDefinitionArn,
        maxWaitMinutes: integer(read, 'wait-for-minutes', 60, { min: 1, max: 360 }),
      });
      return {
        outcome: 'reverted-promotion',
        executionArn: promoted.details.executionArn,
        report,
        message: `reverted the promotion of ${promoted.document.deploymentId}: ${describeRollback(report)}`,
      };
    }
  }
  return {
    outcome: 'nothing-to-roll-back',
    message: 'nothing to roll back: no canary is running and the stable service runs its pre-deploy version',
  };
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
