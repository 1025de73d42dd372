import type { StepDeps } from '../deps.js';
import type { ExecutionDocument } from '../document.js';
import { meshAccess } from '../mesh-access.js';
import type { Progress } from '../progress.js';
import { returnRoutesToSnapshot } from '../route-restore.js';
import { scaleToZero } from '../services.js';

/**
 * Promotion's end: the stable node (now on the new version) takes back all traffic — each route written
 * back to exactly its snapshot, after checking it still holds what this canary wrote — then the canary
 * service is scaled to 0.
 */
export async function finish(
  document: ExecutionDocument,
  progress: Progress,
  deps: StepDeps,
): Promise<Progress> {
  const { api } = meshAccess(document, deps);
  const routes = await returnRoutesToSnapshot(api, document, progress.traffic.routes);
  const scaled = await scaleToZero(deps.ecs, document.canaryService);
  return {
    ...progress,
    traffic: document.snapshot,
    decision: 'done',
    reason:
      `promoted: routes ${document.snapshot.routes.map((route) => route.routeName).join(', ')} send 100% to ` +
      `${document.snapshot.stableNode}${routes.restored.length === 0 ? ' (already)' : ''}; canary service ` +
      `${document.canaryService.service} ${scaled ? 'scaled to 0' : 'already at 0'}`,
  };
}
