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
  targetsEqual,
  weightedTargetsOf,
  withWeightedTargets,
} from '../routing/app-mesh/index.js';
import type { ExecutionDocument } from './document.js';

/** How a route as read compares with what this deployment started from and could have written. */
export type RouteJudgement =
  | { kind: 'unchanged' }
  | { kind: 'ours' }
  /**
   * Its weighted targets are what this deployment wrote, but someone edited other fields (a retry policy, a
   * match): `restore` is the route as read with the snapshot's targets, so the weights go back and the edit stays.
   */
  | { kind: 'ours-with-edits'; differences: string[]; restore: RouteSpec }
  /** Someone changed its targets or weights, or it cannot be read back: nothing of it is ours to undo. */
  | { kind: 'edited'; differences: string[]; spec?: RouteSpec };

/**
 * Pure, three-way: the route as read, the snapshot, and `ours` (the specs this deployment may have left on
 * the route). Equal to the snapshot: unchanged; equal to one of ours: ours; our targets with other fields
 * edited: ours-with-edits; anything else: edited.
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
  const targets = weightedTargetsOf(spec);
  const snapshotTargets = weightedTargetsOf(snapshot.spec);
  const written = ours.find((candidate) => targetsEqual(targets, weightedTargetsOf(candidate)));
  // Targets already the snapshot's: the edit is all there is, and it is not ours.
  if (written && !targetsEqual(targets, snapshotTargets)) {
    return {
      kind: 'ours-with-edits',
      differences: specDifferences(spec, written),
      restore: withWeightedTargets(spec, snapshotTargets),
    };
  }
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

/**
 * Writes a route back to `spec` (the snapshot, or the snapshot's weights over someone's kept edit). The token
 * makes a retried write of the same change harmless.
 */
export async function writeRestore(
  api: MeshApi,
  document: ExecutionDocument,
  route: RouteSnapshot,
  readVersion: number,
  spec: RouteSpec = route.spec,
): Promise<void> {
  const { mesh, virtualRouter } = document.snapshot;
  const token = clientToken(
    document.deploymentId,
    mesh,
    virtualRouter,
    route.routeName,
    specsEqual(spec, route.spec) ? 'restore' : 'restore-weights',
    route.version,
    readVersion,
  );
  await api.updateRoute(route.routeName, spec, token);
}

export interface RouteRestoreResult {
  restored: string[];
  unchanged: string[];
  /** Routes whose weights went back while someone's edit of another field was kept. */
  restoredKeepingEdits: RouteDrift[];
}

/**
 * Promotion's last move: every route back to the snapshot's weights, provided each still holds the targets
 * this deployment last wrote (`expected`); an edit of another field is kept. All routes are read and judged
 * before the first write; a route whose targets someone changed stops everything with a DriftError.
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
  const result: RouteRestoreResult = { restored: [], unchanged: [], restoredKeepingEdits: [] };
  for (const { route, read, judgement } of reads) {
    if (judgement.kind === 'unchanged') result.unchanged.push(route.routeName);
    else if (judgement.kind === 'ours-with-edits') {
      await writeRestore(api, document, route, read.version, judgement.restore);
      result.restoredKeepingEdits.push({ routeName: route.routeName, differences: judgement.differences });
    } else {
      await writeRestore(api, document, route, read.version);
      result.restored.push(route.routeName);
    }
  }
  return result;
}
