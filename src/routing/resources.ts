/**
 * What the engine's rollback, promotion finish and drift checks need of every router, for each routed
 * resource (an App Mesh route, a VPC Lattice rule or listener default action, an ALB rule or listener default
 * actions): its pure spec operations and a way to read and write it. Router-independent; pure but for the
 * resource's read and write.
 */

/** The pure operations on one kind of routed resource's spec. */
export interface ResourceKit<Spec> {
  /** The spec as read, checked; throws (naming the resource) what cannot be written back exactly. */
  parse(raw: unknown): Spec;
  equal(actual: Spec, expected: Spec): boolean;
  /** What differs, in words; [] when equal. */
  differences(actual: Spec, expected: Spec): string[];
  /** Whether the two route the same targets with the same weights (other fields may differ). */
  targetsEqual(actual: Spec, expected: Spec): boolean;
  /** `current` with the targets and weights of `source`: everything else of `current` kept. */
  withTargetsOf(current: Spec, source: Spec): Spec;
  /** Every spec a deployment with these step weights could have written, from the snapshot's. */
  written(snapshot: Spec, weights: readonly number[]): Spec[];
  /** The canary's weight in the spec. */
  canaryWeight(spec: Spec): number;
  /** The canary's share of the resource's traffic, 0 to 1. */
  canaryShare(spec: Spec): number;
}

/** One routed resource of a deployment: its snapshot, its kit, its reads and writes. */
export interface RoutedResource<Spec = unknown> {
  /** "route serviceB", "ALB rule 9683b2d0 of listener f2f7dc8e (load balancer apps)". */
  label: string;
  /** The name the reports use (a route name, a rule or listener label). */
  name: string;
  snapshot: Spec;
  kit: ResourceKit<Spec>;
  read(): Promise<{ raw: unknown; version: number }>;
  /**
   * Writes `spec` (what the router's API sends of it). `purpose` and the version read make an idempotency
   * token where the API takes one (App Mesh): a retried write of the same change is harmless.
   */
  write(spec: Spec, readVersion: number, purpose: 'restore' | 'restore-weights'): Promise<void>;
}

/** How a resource as read compares with what a deployment started from and could have written. */
export type ResourceJudgement<Spec> =
  | { kind: 'unchanged' }
  | { kind: 'ours' }
  /**
   * Its targets are what the deployment wrote, but someone edited other fields (a retry policy, a match,
   * stickiness): `restore` is the resource as read with the snapshot's targets, so the weights go back and
   * the edit stays.
   */
  | { kind: 'ours-with-edits'; differences: string[]; restore: Spec }
  /** Someone changed its targets or weights, or it cannot be read back: nothing of it is ours to undo. */
  | { kind: 'edited'; differences: string[]; spec?: Spec };

/**
 * Pure, three-way: the resource as read, the snapshot, and `ours` (what the deployment may have left on it).
 * Equal to the snapshot: unchanged; equal to one of ours: ours; our targets with other fields edited:
 * ours-with-edits; anything else: edited.
 */
export function judgeResource<Spec>(
  raw: unknown,
  snapshot: Spec,
  ours: readonly Spec[],
  kit: ResourceKit<Spec>,
): ResourceJudgement<Spec> {
  let spec: Spec;
  try {
    spec = kit.parse(raw);
  } catch (error) {
    return { kind: 'edited', differences: [error instanceof Error ? error.message : String(error)] };
  }
  if (kit.equal(spec, snapshot)) return { kind: 'unchanged' };
  if (ours.some((candidate) => kit.equal(spec, candidate))) return { kind: 'ours' };
  const written = ours.find((candidate) => kit.targetsEqual(spec, candidate));
  // Targets already the snapshot's: the edit is all there is, and it is not ours.
  if (written && !kit.targetsEqual(spec, snapshot)) {
    return {
      kind: 'ours-with-edits',
      differences: kit.differences(spec, written),
      restore: kit.withTargetsOf(spec, snapshot),
    };
  }
  return { kind: 'edited', differences: kit.differences(spec, snapshot), spec };
}

/** The canary's share of a resource's traffic as read, in percent (one decimal); undefined when unreadable. */
export function canarySharePctIn<Spec>(raw: unknown, kit: ResourceKit<Spec>): number | undefined {
  try {
    return Math.round(kit.canaryShare(kit.parse(raw)) * 1000) / 10;
  } catch {
    return undefined;
  }
}

/** The canary's weight on a resource as read; undefined when it cannot be read back. */
export function canaryWeightIn<Spec>(raw: unknown, kit: ResourceKit<Spec>): number | undefined {
  try {
    return kit.canaryWeight(kit.parse(raw));
  } catch {
    return undefined;
  }
}
