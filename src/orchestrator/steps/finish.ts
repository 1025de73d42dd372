import { resourceLabelsOf, stableTargetOf } from '../../routing/traffic-state.js';
import { announcePromoted } from '../announce.js';
import type { StepDeps } from '../deps.js';
import type { ExecutionDocument } from '../document.js';
import type { Progress } from '../progress.js';
import { returnRoutesToSnapshot } from '../route-restore.js';
import { routerOf } from '../routing-access.js';
import { retireCanary } from '../services.js';
import { closeDocumentTestTraffic, describeTestTrafficClose } from '../test-traffic.js';

/**
 * Promotion's end: the stable node (now on the new version) takes back all traffic — each route written
 * back to the snapshot's weights, after checking it still holds the targets this canary wrote (an edit of
 * another field is kept) — then the canary service, confirmed unrouted, is scaled to 0.
 */
export async function finish(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
  executionArn?: string,
): Promise<Progress> {
  const router = await routerOf(document, deps);
  const routes = await returnRoutesToSnapshot(router.resources(), router.lastWritten(progress.traffic));
  const closed = await closeDocumentTestTraffic(document, deps);
  const stillRouted = closed.kept.filter((kept) => kept.routesCanary).map((kept) => kept.label);
  // A test route someone edited to keep the canary is kept, and so are the canary's tasks behind it.
  const retired = stillRouted.length
    ? { kept: `kept running: ${stillRouted.join(', ')} still sends it requests` }
    : await retireCanary(deps.ecs, document.canaryService);
  const canary = document.canaryService.service;
  const closedParts = describeTestTrafficClose(closed);
  const testTraffic = [
    ...closedParts,
    ...(stillRouted.length > 0 && typeof retired === 'object' ? [`canary ${retired.kept}`] : []),
  ];
  const edits = routes.restoredKeepingEdits.map(
    (route) =>
      `; route ${route.routeName} keeps an edit made outside this deployment (${route.differences.join('; ')})`,
  );
  const reason =
    `promoted: ${resourceLabelsOf(document.snapshot).join(', ')} back on ${stableTargetOf(document.snapshot)}` +
    `${routes.restored.length + routes.restoredKeepingEdits.length === 0 ? ' (already)' : ''}; canary service ` +
    `${canary} ${retired === 'scaled-to-zero' ? 'scaled to 0' : retired === 'already-at-zero' ? 'already at 0' : retired.kept}${edits.join('')}${closedParts.map((part) => `; ${part}`).join('')}`;
  await announcePromoted(deps, document, executionArn, progress.promotion?.taskDefinitionArn, reason);
  return {
    ...progress,
    traffic: document.snapshot,
    decision: 'done',
    reason,
    ...(testTraffic.length > 0 ? { testTraffic } : {}),
  };
}
