import {
  GroupWeightError,
  shiftGroupWeights,
  type TargetGroupPair,
  type TargetGroupWeight,
  weightOf,
} from '../group-weights.js';
import { isObject, jsonDifferences, plainJson } from '../json.js';
import { describeGroups, groupDifferences, isShiftOf } from '../target-groups.js';
import { latticeIdOf } from './identifiers.js';

/**
 * What a VPC Lattice canary routes through: a listener rule (its match, priority and action) or a listener's
 * default action, as GetRule / GetListener return them. Only the forward action's target group weights are
 * interpreted; everything else is carried as checked plain JSON, so a write sends it back exactly. Pure.
 */

/** A forward action holds 1 to 10 target groups (VPC Lattice API reference, ForwardAction). */
export const maxLatticeTargetGroups = 10;
/** The weight of a lone target group without one (WeightedTargetGroup: "the default value is 100"). */
const loneGroupWeight = 100;

export interface LatticeWeightedTargetGroup {
  /** The ID or ARN, as AWS returned it. */
  targetGroupIdentifier: string;
  weight?: number;
  [field: string]: unknown;
}

export interface LatticeRouteSpec {
  action: { forward: { targetGroups: LatticeWeightedTargetGroup[]; [field: string]: unknown } };
  /** Rules only. */
  match?: Record<string, unknown>;
  /** Rules only. */
  priority?: number;
}

/** A rule or listener that cannot be shifted or written back safely; raised before anything is written. */
export class LatticeSpecError extends Error {
  override readonly name = 'LatticeSpecError';
  constructor(
    readonly resource: string,
    detail: string,
  ) {
    super(`${resource}: ${detail}`);
  }
}

const specFields = new Set(['action', 'match', 'priority']);

/** Checks a spec (read from VPC Lattice, or carried in a document) and returns a plain JSON copy. */
export function parseLatticeSpec(value: unknown, resource: string): LatticeRouteSpec {
  const fail = (detail: string) => new LatticeSpecError(resource, detail);
  if (!isObject(value)) throw fail('the spec is not an object.');
  const plain = plainJson(value, 'spec', fail) as Record<string, unknown>;
  const unknown = Object.keys(plain).filter((key) => !specFields.has(key));
  if (unknown.length > 0)
    throw fail(`unknown field ${unknown.join(', ')}; a spec has action, match, priority.`);
  const { action, match, priority } = plain;
  if (match !== undefined && !isObject(match)) throw fail('match is not an object.');
  if (priority !== undefined && !(Number.isInteger(priority) && (priority as number) >= 0)) {
    throw fail(`priority must be a whole number; got ${JSON.stringify(priority)}.`);
  }
  checkAction(action, fail);
  return plain as unknown as LatticeRouteSpec;
}

function checkAction(action: unknown, fail: (detail: string) => Error): void {
  if (!isObject(action)) throw fail('the action is missing.');
  const kinds = Object.keys(action);
  if (kinds.length !== 1 || !isObject(action.forward)) {
    const found = kinds.includes('fixedResponse')
      ? `a fixed response (status ${JSON.stringify((action.fixedResponse as { statusCode?: unknown })?.statusCode)})`
      : kinds.join(' and ') || 'empty';
    throw fail(`the action is ${found}, not a forward to target groups; a canary needs a forward action.`);
  }
  const groups = action.forward.targetGroups;
  if (!Array.isArray(groups) || groups.length === 0) throw fail('the forward action has no target groups.');
  if (groups.length > maxLatticeTargetGroups) {
    throw fail(
      `the forward action has ${groups.length} target groups; VPC Lattice allows at most ${maxLatticeTargetGroups}.`,
    );
  }
  const seen = new Set<string>();
  for (const group of groups) {
    if (
      !isObject(group) ||
      typeof group.targetGroupIdentifier !== 'string' ||
      group.targetGroupIdentifier === ''
    ) {
      throw fail(`a target group has no targetGroupIdentifier: ${JSON.stringify(group)}.`);
    }
    const { weight } = group;
    if (
      weight !== undefined &&
      !(Number.isInteger(weight) && (weight as number) >= 0 && (weight as number) <= 999)
    ) {
      throw fail(
        `the weight of ${group.targetGroupIdentifier} must be a whole number from 0 to 999; got ${weight}.`,
      );
    }
    if (weight === undefined && groups.length > 1) {
      throw fail(
        `target group ${group.targetGroupIdentifier} has no weight beside other groups; set every weight.`,
      );
    }
    const id = latticeIdOf('targetgroup', group.targetGroupIdentifier);
    if (seen.has(id)) throw fail(`target group ${id} appears twice in the forward action.`);
    seen.add(id);
  }
}

/** The forward's groups by target group ID, with their effective weights. */
export function targetGroupsOf(spec: LatticeRouteSpec): TargetGroupWeight[] {
  return spec.action.forward.targetGroups.map((group) => ({
    id: latticeIdOf('targetgroup', group.targetGroupIdentifier),
    weight: group.weight ?? loneGroupWeight,
  }));
}

/**
 * The spec with the canary at `canaryPercent` of the stable's share (see group-weights.ts); `pair` holds
 * target group IDs. Only target group weights change (and the canary group is added once it gets weight);
 * a shift that changes no weight returns the spec as it is.
 */
export function shift(
  spec: LatticeRouteSpec,
  pair: TargetGroupPair,
  canaryPercent: number,
  resource = 'the forward action',
): LatticeRouteSpec {
  const before = targetGroupsOf(spec);
  let after: TargetGroupWeight[];
  try {
    after = shiftGroupWeights(before, pair, canaryPercent, maxLatticeTargetGroups).groups;
  } catch (error) {
    if (error instanceof GroupWeightError) throw new LatticeSpecError(resource, error.message);
    throw error;
  }
  if (
    after.length === before.length &&
    after.every((group, index) => group.weight === before[index]!.weight)
  ) {
    return structuredClone(spec);
  }
  const entries = spec.action.forward.targetGroups;
  const targetGroups = after.map((group, index): LatticeWeightedTargetGroup => {
    const entry = entries[index];
    return entry
      ? { ...entry, weight: group.weight }
      : { targetGroupIdentifier: group.id, weight: group.weight };
  });
  return withTargetGroups(spec, targetGroups);
}

function withTargetGroups(
  spec: LatticeRouteSpec,
  targetGroups: LatticeWeightedTargetGroup[],
): LatticeRouteSpec {
  return structuredClone({
    ...spec,
    action: { ...spec.action, forward: { ...spec.action.forward, targetGroups } },
  });
}

/**
 * What differs, in words: "targetGroups changed: tg-a 60 (expected 75)", "priority changed: 3 (expected 2)".
 * Target groups compare by ID (an ARN and its ID are the same group), not by order.
 */
export function differences(actual: LatticeRouteSpec, expected: LatticeRouteSpec): string[] {
  const out: string[] = [];
  const groups = groupDifferences(targetGroupsOf(actual), targetGroupsOf(expected));
  if (groups.length > 0) out.push(`targetGroups changed: ${groups.join(', ')}`);
  jsonDifferences(withoutGroups(actual), withoutGroups(expected), '', out);
  return out;
}

function withoutGroups(spec: LatticeRouteSpec): Record<string, unknown> {
  const { targetGroups: _groups, ...forward } = spec.action.forward;
  return { ...spec, action: { ...spec.action, forward } };
}

export function specsEqual(actual: LatticeRouteSpec, expected: LatticeRouteSpec): boolean {
  return differences(actual, expected).length === 0;
}

export function canaryWeight(spec: LatticeRouteSpec, pair: TargetGroupPair): number {
  return weightOf(targetGroupsOf(spec), pair.canary);
}

/**
 * `current` with its target groups taken from `source`, when the two differ in target groups only by what
 * a shift changes (see isShiftOf); else undefined. Keeps someone's edit of the match or priority while
 * putting the weights back.
 */
export function withPairWeightsFrom(
  current: LatticeRouteSpec,
  source: LatticeRouteSpec,
  pair: TargetGroupPair,
): LatticeRouteSpec | undefined {
  if (!isShiftOf(targetGroupsOf(current), targetGroupsOf(source), pair)) return undefined;
  return withTargetGroups(current, structuredClone(source.action.forward.targetGroups));
}

/** `current` with the forward's target groups of `source`, whatever they are; everything else of `current` kept. */
export function withTargetGroupsOf(current: LatticeRouteSpec, source: LatticeRouteSpec): LatticeRouteSpec {
  return withTargetGroups(current, structuredClone(source.action.forward.targetGroups));
}

/** "tg-0123… 75, tg-0456… 25" */
export function describeTargets(spec: LatticeRouteSpec): string {
  return describeGroups(targetGroupsOf(spec));
}

/** Whether the actions are the same (what UpdateRule / UpdateListener send); match and priority are ignored. */
export function actionsEqual(actual: LatticeRouteSpec, expected: LatticeRouteSpec): boolean {
  return specsEqual({ action: actual.action }, { action: expected.action });
}

/** The spec operations the shared shift and restore use. */
export const latticeSpecOps = {
  parse: parseLatticeSpec,
  shift,
  differences,
  specsEqual,
  writtenPartEqual: actionsEqual,
  describeTargets,
};

/**
 * The spec with target group `id` added to the forward at weight 0 (init's canary entry): every other group
 * keeps its weight, written out (a lone group's implicit 100 included); unchanged when it is already there.
 */
export function withGroupAtZero(spec: LatticeRouteSpec, id: string, resource: string): LatticeRouteSpec {
  const groups = spec.action.forward.targetGroups;
  if (targetGroupsOf(spec).some((group) => group.id === id)) return structuredClone(spec);
  if (groups.length >= maxLatticeTargetGroups)
    throw new LatticeSpecError(
      resource,
      `already forwards to ${groups.length} target groups, the most VPC Lattice allows, so ${id} cannot be added.`,
    );
  return withTargetGroups(spec, [
    ...groups.map((group) => ({ ...group, weight: group.weight ?? loneGroupWeight })),
    { targetGroupIdentifier: id, weight: 0 },
  ]);
}

/** The spec without target group `id` in the forward (init --remove); unchanged when it is not there. */
export function withoutGroup(spec: LatticeRouteSpec, id: string): LatticeRouteSpec {
  const groups = spec.action.forward.targetGroups;
  const kept = groups.filter((group) => latticeIdOf('targetgroup', group.targetGroupIdentifier) !== id);
  return kept.length === groups.length ? structuredClone(spec) : withTargetGroups(spec, kept);
}
