import {
  clientToken,
  DriftError,
  type MeshApi,
  parseRouteSpec,
  type RouteDrift,
  type RouteSnapshot,
  type RouteSpec,
  shiftRouteSpec,
  specDifferences,
  specsEqual,
} from '../mesh/index.js';
import type { ExecutionDocument } from './document.js';

/** How a route as read compares with what this deployment started from and could have written. */
export type RouteJudgement =
  | { kind: 'unchanged' }
  | { kind: 'ours' }
  /** `spec` is the route as read, when it could be parsed. */
  | { kind: 'edited'; differences: string[]; spec?: RouteSpec };

/**
 * Pure. `ours` are the specs this deployment may have left on the route; a route equal to none of them
 * and not equal to the snapshot was changed by someone else (or cannot be read back safely).
 */
export function judgeRoute(
  current: unknown,
  snapshot: RouteSnapshot,
  ours: readonly RouteSpec[],
): RouteJudgement {
  let spec: RouteSpec;
  try {
    spec = parseRouteSpec(current, snapshot.routeName);
  } catch (error) {
    return { kind: 'edited', differences: [error instanceof Error ? error.message : String(error)] };
  }
  if (specsEqual(spec, snapshot.spec)) return { kind: 'unchanged' };
  if (ours.some((candidate) => specsEqual(spec, candidate))) return { kind: 'ours' };
  return { kind: 'edited', differences: specDifferences(spec, snapshot.spec), spec };
}

/**
 * Pure. Every spec this deployment could have written to a route: the snapshot shifted to 0 and to each
 * step weight. A shift only moves weight between the two nodes, so each is the same from any start, except
 * that a canary target the first shift added stays (at 0) after a shift back to 0: both forms are listed.
 */
export function specsWrittenBy(document: ExecutionDocument, route: RouteSnapshot): RouteSpec[] {
  const pair = document.snapshot;
  const shift = (spec: RouteSpec, weight: number) => shiftRouteSpec(spec, pair, weight, route.routeName);
  const withCanaryTarget = shift(route.spec, 100);
  return [0, ...document.steps.map((step) => step.weight)].flatMap((weight) =>
    weight === 0 ? [shift(route.spec, 0), shift(withCanaryTarget, 0)] : [shift(route.spec, weight)],
  );
}

/** Writes a route's snapshot spec back. The token makes a retried write of the same change harmless. */
export async function writeSnapshot(
  api: MeshApi,
  document: ExecutionDocument,
  route: RouteSnapshot,
  readVersion: number,
): Promise<void> {
  const { mesh, virtualRouter } = document.snapshot;
  const token = clientToken(
    document.deploymentId,
    mesh,
    virtualRouter,
    route.routeName,
    'restore',
    route.version,
    readVersion,
  );
  await api.updateRoute(route.routeName, route.spec, token);
}

export interface RouteRestoreResult {
  restored: string[];
  unchanged: string[];
  /** Routes someone else changed: left as they are. */
  edited: RouteDrift[];
}

/**
 * Promotion's last move: every route back to exactly its snapshot, provided each still holds what this
 * deployment last wrote (`expected`). All routes are read and judged before the first write; a drifted one
 * stops everything with a DriftError.
 */
export async function returnRoutesToSnapshot(
  api: MeshApi,
  document: ExecutionDocument,
  expected: readonly RouteSnapshot[],
): Promise<RouteRestoreResult> {
  const reads = [];
  for (const route of document.snapshot.routes) {
    const last = expected.find((candidate) => candidate.routeName === route.routeName);
    const read = await api.describeRoute(route.routeName);
    reads.push({ route, read, judgement: judgeRoute(read.spec, route, last ? [last.spec] : []) });
  }
  const edited = reads.flatMap(({ route, judgement }) =>
    judgement.kind === 'edited' ? [{ routeName: route.routeName, differences: judgement.differences }] : [],
  );
  if (edited.length > 0) throw new DriftError(edited);
  const result: RouteRestoreResult = { restored: [], unchanged: [], edited: [] };
  for (const { route, read, judgement } of reads) {
    if (judgement.kind === 'unchanged') {
      result.unchanged.push(route.routeName);
      continue;
    }
    await writeSnapshot(api, document, route, read.version);
    result.restored.push(route.routeName);
  }
  return result;
}
