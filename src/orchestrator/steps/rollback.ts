import { messageOf } from '../../errors.js';
import { type RouteDrift, targetsOn, weightedTargetsOf } from '../../mesh/index.js';
import type { StepDeps } from '../deps.js';
import type { ExecutionDocument } from '../document.js';
import { meshAccess } from '../mesh-access.js';
import { judgeRoute, specsWrittenBy, writeSnapshot } from '../route-restore.js';
import { revertTaskDefinition, scaleToZero } from '../services.js';

/** What a rollback did; small enough to carry in the state and to log. */
export interface RollbackReport {
  restoredRoutes: string[];
  unchangedRoutes: string[];
  /** Routes someone else changed: kept as they are, reported. */
  keptEditedRoutes: RouteDrift[];
  /** What happened to the services: "stable service serviceB: …taskB:8 -> …taskB:7", "canary service serviceBv2: scaled to 0". */
  services: string[];
}

/** Part of a rollback could not be done; everything else was. Safe to run again (Retry, the guard). */
export class RollbackIncompleteError extends Error {
  override readonly name = 'RollbackIncomplete';
}

/**
 * Returns everything to the pre-deploy state, from any point of the canary, without needing its progress:
 * - per route: equal to the snapshot: nothing; equal to what this deployment could have written: the
 *   snapshot is written back; anything else was edited by someone: kept and reported.
 * - the stable service back on its previous task definition if it runs another (promotion had started);
 * - the canary service scaled to 0.
 * Idempotent: a second run finds nothing to change and sends no write. Every part is attempted even when
 * one fails; the failures are thrown together at the end.
 */
export async function rollback(document: ExecutionDocument, deps: StepDeps): Promise<RollbackReport> {
  const { api } = meshAccess(document, deps);
  const report: RollbackReport = {
    restoredRoutes: [],
    unchangedRoutes: [],
    keptEditedRoutes: [],
    services: [],
  };
  const failures: string[] = [];
  // Kept routes that still send the canary traffic (or cannot be read): its tasks must keep serving it.
  const canaryStillRouted: string[] = [];
  const attempt = async (what: string, action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      failures.push(`${what}: ${messageOf(error)}`);
    }
  };

  for (const route of document.snapshot.routes) {
    await attempt(`route ${route.routeName}`, async () => {
      const read = await api.describeRoute(route.routeName);
      const judgement = judgeRoute(read.spec, route, specsWrittenBy(document, route));
      if (judgement.kind === 'unchanged') report.unchangedRoutes.push(route.routeName);
      else if (judgement.kind === 'edited') {
        report.keptEditedRoutes.push({ routeName: route.routeName, differences: judgement.differences });
        const canaryTargets = judgement.spec
          ? targetsOn(weightedTargetsOf(judgement.spec), document.snapshot.canaryNode)
          : [];
        if (!judgement.spec || canaryTargets.some((target) => target.weight > 0))
          canaryStillRouted.push(route.routeName);
        deps.log.warn(`route ${route.routeName} was changed outside this deployment; kept as it is`, {
          differences: judgement.differences,
        });
      } else {
        await writeSnapshot(api, document, route, read.version);
        report.restoredRoutes.push(route.routeName);
      }
    });
  }

  const { stableService, canaryService } = document;
  await attempt(`stable service ${stableService.service}`, async () => {
    const was = await revertTaskDefinition(deps.ecs, stableService);
    if (was) {
      report.services.push(
        `stable service ${stableService.service}: ${was} -> ${stableService.previousTaskDefinitionArn}`,
      );
    }
  });
  await attempt(`canary service ${canaryService.service}`, async () => {
    if (canaryStillRouted.length > 0) {
      const kept = `canary service ${canaryService.service}: kept running, route ${canaryStillRouted.join(', ')} still sends it traffic`;
      report.services.push(kept);
      deps.log.warn(kept);
    } else if (await scaleToZero(deps.ecs, canaryService)) {
      report.services.push(`canary service ${canaryService.service}: scaled to 0`);
    }
  });

  if (failures.length > 0) {
    throw new RollbackIncompleteError(
      `rollback incomplete: ${failures.join('; ')}. Done: ${describeRollback(report)}. Running it again is safe.`,
    );
  }
  return report;
}

export function describeRollback(report: RollbackReport): string {
  const parts = [
    report.restoredRoutes.length > 0 ? `restored route ${report.restoredRoutes.join(', ')}` : undefined,
    report.unchangedRoutes.length > 0
      ? `route ${report.unchangedRoutes.join(', ')} already at the snapshot`
      : undefined,
    report.keptEditedRoutes.length > 0
      ? `kept route ${report.keptEditedRoutes.map((route) => route.routeName).join(', ')} as edited by someone else`
      : undefined,
    ...report.services,
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join('; ') : 'nothing';
}
