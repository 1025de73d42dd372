import type { ServiceState } from '../../ecs/index.js';
import { messageOf } from '../../errors.js';
import { resourcesPhrase } from '../../routing/resource-phrase.js';
import { canarySharePctIn, canaryWeightIn, judgeResource } from '../../routing/resources.js';
import type { EngineDeps } from '../deps.js';
import type { ExecutionDocument } from '../document.js';
import type { RollbackReport } from '../rollback-report.js';
import { routerOf, stepWeights } from '../routing-access.js';
import { retireCanary, revertStableIfOurs } from '../services.js';
import { closeDocumentTestTraffic } from '../test-traffic.js';

/** Part of a rollback could not be done (an AWS call failed); everything else was. Safe to run again. */
export class RollbackIncompleteError extends Error {
  override readonly name = 'RollbackIncomplete';
}

/**
 * Returns everything this deployment changed to the pre-deploy state, from any point of the canary, without
 * needing its progress, and nothing it did not change:
 * - per route: equal to the snapshot: nothing; holding what this deployment wrote: the snapshot is written
 *   back (with someone's edit of a non-weight field kept); targets or weights someone else set: kept, reported.
 *   A route is not sent back to a stable service that has no task.
 * - the stable service back on its previous revision only if it runs one this deployment registered;
 * - the canary service scaled to 0 only once every route is confirmed to send it nothing, and only if it
 *   runs this deployment's revision.
 * Idempotent: a second run finds nothing to change and sends no write. Every part is attempted even when
 * one fails; AWS failures are thrown together at the end (RollbackIncomplete, retried).
 */
export async function rollback(document: ExecutionDocument, deps: EngineDeps): Promise<RollbackReport> {
  const { stableService, canaryService } = document;
  const report: Omit<RollbackReport, 'complete' | 'summary'> = {
    restoredRoutes: [],
    unchangedRoutes: [],
    restoredKeepingEdits: [],
    keptEditedRoutes: [],
    notRestored: [],
    services: [],
    stable: 'unread',
    canary: 'unread',
    canaryStillRouted: [],
    canarySharePct: {},
  };
  const failures: string[] = [];
  const attempt = async (what: string, action: () => Promise<void>, onFailure?: () => void) => {
    try {
      await action();
    } catch (error) {
      failures.push(`${what}: ${messageOf(error)}`);
      onFailure?.();
    }
  };

  let stable: ServiceState | undefined;
  await attempt(`stable service ${stableService.service}`, async () => {
    stable = await deps.ecs.describeService(stableService.cluster, stableService.service);
  });
  // Only a stable service known to have no task is refused traffic; one that cannot be read is not.
  const stableIdle = stable !== undefined && stable.desiredCount === 0;

  // The test route first: testers stop reaching the canary before it may be scaled to 0.
  if (document.testTraffic) {
    await attempt(
      'test traffic',
      async () => {
        const closed = await closeDocumentTestTraffic(document, deps);
        report.removedTestRoutes = closed.removed;
        report.keptEditedTestRoutes = closed.kept.map((kept) => ({
          routeName: kept.label,
          differences: kept.differences,
        }));
        for (const kept of closed.kept) if (kept.routesCanary) report.canaryStillRouted.push(kept.label);
      },
      () => report.canaryStillRouted.push('the test route'),
    );
  }

  for (const resource of (await routerOf(document, deps)).resources()) {
    const stillRouted = (raw?: unknown) => {
      report.canaryStillRouted.push(resource.name);
      const share = raw === undefined ? undefined : canarySharePctIn(raw, resource.kit);
      if (share !== undefined) report.canarySharePct[resource.name] = share;
    };
    await attempt(
      resource.label,
      async () => {
        const read = await resource.read();
        const ours = resource.kit.written(resource.snapshot, stepWeights(document));
        const judgement = judgeResource(read.raw, resource.snapshot, ours, resource.kit);
        if (judgement.kind === 'unchanged') {
          report.unchangedRoutes.push(resource.name);
          return;
        }
        if (judgement.kind === 'edited') {
          report.keptEditedRoutes.push({ routeName: resource.name, differences: judgement.differences });
          if (canaryWeightIn(read.raw, resource.kit) !== 0) stillRouted(read.raw);
          deps.log.warn(`${resource.label} was changed outside this deployment; kept as it is`, {
            differences: judgement.differences,
          });
          return;
        }
        if (stableIdle) {
          report.notRestored.push({
            routeName: resource.name,
            reason: `stable service ${stableService.service} has 0 desired tasks: it would send its traffic to no task`,
          });
          if (canaryWeightIn(read.raw, resource.kit) !== 0) stillRouted(read.raw);
          return;
        }
        if (judgement.kind === 'ours-with-edits') {
          await resource.write(judgement.restore, read.version, 'restore-weights');
          report.restoredKeepingEdits.push({ routeName: resource.name, differences: judgement.differences });
          deps.log.warn(`${resource.label}: weights restored, someone's edit kept`, {
            differences: judgement.differences,
          });
        } else {
          await resource.write(resource.snapshot, read.version, 'restore');
          report.restoredRoutes.push(resource.name);
        }
      },
      () => stillRouted(),
    );
  }

  await attempt(`stable service ${stableService.service}`, async () => {
    const revert = await revertStableIfOurs(deps.ecs, stableService, document.deploymentId);
    report.stable = revert.kind;
    if (revert.kind === 'reverted') {
      report.services.push(
        `stable service ${stableService.service}: ${revert.from} -> ${stableService.previousTaskDefinitionArn}`,
      );
    } else if (revert.kind === 'kept') {
      const kept = `stable service ${stableService.service}: runs ${revert.runs}, which this deployment did not deploy: kept as it is`;
      report.services.push(kept);
      deps.log.warn(kept);
    }
  });
  await attempt(`canary service ${canaryService.service}`, async () => {
    if (report.canaryStillRouted.length > 0) {
      const kept = `canary service ${canaryService.service}: kept running, route ${report.canaryStillRouted.join(', ')} may still send it traffic`;
      report.services.push(kept);
      report.canary = 'kept';
      deps.log.warn(kept);
      return;
    }
    const retired = await retireCanary(deps.ecs, canaryService);
    report.canary = typeof retired === 'object' ? 'kept' : retired;
    if (retired === 'scaled-to-zero')
      report.services.push(`canary service ${canaryService.service}: scaled to 0`);
    else if (typeof retired === 'object')
      report.services.push(`canary service ${canaryService.service}: ${retired.kept}`);
  });

  const done = describeRollback(report);
  if (failures.length > 0) {
    throw new RollbackIncompleteError(
      `rollback incomplete: ${failures.join('; ')}. Done: ${done}. Running it again is safe.`,
    );
  }
  return { ...report, complete: report.canaryStillRouted.length === 0, summary: done };
}

export function describeRollback(
  report: Pick<
    RollbackReport,
    | 'restoredRoutes'
    | 'restoredKeepingEdits'
    | 'unchangedRoutes'
    | 'keptEditedRoutes'
    | 'notRestored'
    | 'services'
    | 'removedTestRoutes'
    | 'keptEditedTestRoutes'
  >,
): string {
  const parts = [
    ...(report.removedTestRoutes ?? []).map((label) => `removed ${label}`),
    ...(report.keptEditedTestRoutes ?? []).map(
      (route) =>
        `kept ${route.routeName} as edited outside this deployment (${route.differences.join('; ')})`,
    ),
    report.restoredRoutes.length > 0 ? `restored ${resourcesPhrase(report.restoredRoutes)}` : undefined,
    ...report.restoredKeepingEdits.map(
      (route) =>
        `restored the weights of ${resourcesPhrase([route.routeName])}, keeping an edit made outside this deployment (${route.differences.join('; ')})`,
    ),
    report.unchangedRoutes.length > 0
      ? `${resourcesPhrase(report.unchangedRoutes)} already at the snapshot`
      : undefined,
    ...report.keptEditedRoutes.map(
      (route) =>
        `kept ${resourcesPhrase([route.routeName])} as edited outside this deployment (${route.differences.join('; ')})`,
    ),
    ...report.notRestored.map(
      (route) => `did not restore ${resourcesPhrase([route.routeName])}: ${route.reason}`,
    ),
    ...report.services,
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join('; ') : 'nothing';
}
