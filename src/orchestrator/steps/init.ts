import { noCounters } from '../../health/index.js';
import { DriftError, type RouteDrift } from '../../routing/errors.js';
import { resourceLabelsOf } from '../../routing/traffic-state.js';
import { announceStarted } from '../announce.js';
import { freshBake } from '../decide.js';
import type { StepDeps } from '../deps.js';
import type { ExecutionDocument } from '../document.js';
import { CanaryAlreadyRunningError } from '../errors.js';
import { otherRouteHolders, startedBefore } from '../lock.js';
import type { Progress } from '../progress.js';
import { routerOf } from '../routing-access.js';

/** This execution, from the Step Functions context object. */
export interface ExecutionIdentity {
  executionArn: string;
  stateMachineArn: string;
  /** ISO time; used only when ListExecutions does not list this execution yet. */
  startTime: string;
}

/**
 * Read-only. Takes the one-canary-per-route lock (the oldest running execution on a route wins; a younger
 * one fails with CanaryAlreadyRunning), then checks each route still equals the snapshot. Returns the first
 * progress, with the routes as read.
 */
export async function init(
  document: ExecutionDocument,
  execution: ExecutionIdentity,
  deps: StepDeps,
): Promise<Progress> {
  const { holders, running } = await otherRouteHolders(
    deps.executions,
    execution.stateMachineArn,
    execution.executionArn,
    document.snapshot,
  );
  const self = running.find((candidate) => candidate.executionArn === execution.executionArn) ?? {
    executionArn: execution.executionArn,
    startDate: new Date(execution.startTime),
  };
  const older = holders.filter((holder) => startedBefore(holder, self));
  if (older.length > 0) {
    const first = older[0]!;
    throw new CanaryAlreadyRunningError(
      `execution ${first.executionArn} (started ${first.startDate.toISOString()}) is already shifting ` +
        `${first.routes.join(', ')}; this one changed nothing. Wait for it to end, or stop it (its guard rolls it back), then deploy again.`,
    );
  }

  const drifts: RouteDrift[] = [];
  for (const resource of (await routerOf(document, deps)).resources()) {
    const read = await resource.read();
    const differences = resource.kit.differences(resource.kit.parse(read.raw), resource.snapshot);
    if (differences.length > 0) drifts.push({ routeName: resource.name, differences });
  }
  if (drifts.length > 0) throw new DriftError(drifts);

  await announceStarted(deps, document, execution.executionArn);
  const younger = holders.length > 0 ? `; younger execution(s) on the same routes will stop themselves` : '';
  return {
    stepIndex: 0,
    traffic: document.snapshot,
    bake: { ...freshBake },
    counters: { ...noCounters },
    decision: 'shift',
    reason: `${resourceLabelsOf(document.snapshot).join(', ')} equal${document.snapshot.router === 'app-mesh' && document.snapshot.routes.length > 1 ? '' : 's'} the snapshot${younger}`,
  };
}
