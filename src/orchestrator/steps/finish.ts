import type { StepDeps } from '../deps.js';
import type { ExecutionDocument } from '../document.js';
import { meshAccess } from '../mesh-access.js';
import type { Progress } from '../progress.js';
import { returnRoutesToSnapshot } from '../route-restore.js';
import { retireCanary } from '../services.js';

/**
 * Promotion's end: the stable node (now on the new version) takes back all traffic — each route written
 * back to the snapshot's weights, after checking it still holds the targets this canary wrote (an edit of
 * another field is kept) — then the canary service, confirmed unrouted, is scaled to 0.
 */
export async function finish(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
): Promise<Progress> {
  const { api } = meshAccess(document, deps);
  const routes = await returnRoutesToSnapshot(api, document, progress.traffic.routes);
  const retired = await retireCanary(deps.ecs, document.canaryService);
  const canary = document.canaryService.service;
  const edits = routes.restoredKeepingEdits.map(
    (route) =>
      `; route ${route.routeName} keeps an edit made outside this deployment (${route.differences.join('; ')})`,
  );
  return {
    ...progress,
    traffic: document.snapshot,
    decision: 'done',
    reason:
      `promoted: routes ${document.snapshot.routes.map((route) => route.routeName).join(', ')} send 100% to ` +
      `${document.snapshot.stableNode}${routes.restored.length + routes.restoredKeepingEdits.length === 0 ? ' (already)' : ''}; canary service ` +
      `${canary} ${retired === 'scaled-to-zero' ? 'scaled to 0' : retired === 'already-at-zero' ? 'already at 0' : retired.kept}${edits.join('')}`,
  };
}
