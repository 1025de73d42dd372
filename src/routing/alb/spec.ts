import {
  GroupWeightError,
  shiftGroupWeights,
  type TargetGroupPair,
  type TargetGroupWeight,
  weightOf,
} from '../group-weights.js';
import { isObject, jsonDifferences, plainJson } from '../json.js';
import { describeGroups, groupDifferences, isShiftOf } from '../target-groups.js';
import { targetGroupNameOf } from './arns.js';

/**
 * What an ALB canary routes through: a listener rule (Actions, Conditions, Priority, Transforms) or a
 * listener's default actions ({ Actions }), as DescribeRules / DescribeListeners return them. Only the
 * forward action's target group weights are interpreted; every other action and field is carried as
 * checked plain JSON so a write sends it back exactly. Target groups are identified by ARN. Pure.
 *
 * AWS returns a forward in two shapes: a bare TargetGroupArn, or a ForwardConfig with TargetGroups (weights
 * 0-999) and TargetGroupStickinessConfig, often both for one group. Both are read; a shift to two or more
 * groups writes a ForwardConfig (dropping TargetGroupArn, which may then only name the one group) and keeps
 * the stickiness configuration as it was.
 */

/** A forward action takes at most 5 target groups (ELBv2 quota "target groups per action"). */
export const maxAlbTargetGroups = 5;

/** Action types this client models (ActionTypeEnum); an unknown one could hide fields it would drop. */
const knownActionTypes = new Set([
  'forward',
  'fixed-response',
  'redirect',
  'authenticate-oidc',
  'authenticate-cognito',
  'jwt-validation',
]);

export interface AlbTargetGroupTuple {
  TargetGroupArn: string;
  Weight?: number;
  [field: string]: unknown;
}

export interface AlbForwardConfig {
  TargetGroups?: AlbTargetGroupTuple[];
  TargetGroupStickinessConfig?: { Enabled?: boolean; DurationSeconds?: number };
  [field: string]: unknown;
}

export interface AlbAction {
  Type: string;
  Order?: number;
  TargetGroupArn?: string;
  ForwardConfig?: AlbForwardConfig;
  [field: string]: unknown;
}

export interface AlbRouteSpec {
  Actions: AlbAction[];
  /** Rules only. */
  Conditions?: unknown[];
  /** Rules only: "1"-"50000". */
  Priority?: string;
  /** Rules only. */
  Transforms?: unknown[];
}

export class AlbSpecError extends Error {
  override readonly name = 'AlbSpecError';
  constructor(
    readonly resource: string,
    detail: string,
  ) {
    super(`${resource}: ${detail}`);
  }
}

const specFields = new Set(['Actions', 'Conditions', 'Priority', 'Transforms']);

/** Checks a spec (read from ELBv2, or carried in a document) and returns a plain JSON copy. */
export function parseAlbSpec(value: unknown, resource: string): AlbRouteSpec {
  const fail = (detail: string) => new AlbSpecError(resource, detail);
  if (!isObject(value)) throw fail('the spec is not an object.');
  const plain = plainJson(value, 'spec', fail) as Record<string, unknown>;
  const unknown = Object.keys(plain).filter((key) => !specFields.has(key));
  if (unknown.length > 0) {
    throw fail(`unknown field ${unknown.join(', ')}; a spec has Actions, Conditions, Priority, Transforms.`);
  }
  for (const list of ['Conditions', 'Transforms'] as const) {
    if (plain[list] !== undefined && !Array.isArray(plain[list])) throw fail(`${list} is not a list.`);
  }
  if (plain.Priority !== undefined && typeof plain.Priority !== 'string')
    throw fail('Priority is not a string.');
  const actions = plain.Actions;
  if (!Array.isArray(actions) || actions.length === 0) throw fail('there are no actions.');
  for (const action of actions) {
    if (!isObject(action) || typeof action.Type !== 'string')
      throw fail(`an action has no Type: ${JSON.stringify(action)}.`);
    if (!knownActionTypes.has(action.Type)) {
      throw fail(`action type "${action.Type}" is unknown to this client; refusing to rewrite the actions.`);
    }
  }
  const forwards = actions.filter((action) => (action as AlbAction).Type === 'forward') as AlbAction[];
  if (forwards.length !== 1) {
    const routing = (actions as AlbAction[]).map((action) => action.Type).join(', ');
    throw fail(
      forwards.length === 0
        ? `the actions (${routing}) do not forward to target groups; a canary needs a forward action.`
        : `there are ${forwards.length} forward actions; a rule has one.`,
    );
  }
  checkForward(forwards[0]!, fail);
  return plain as unknown as AlbRouteSpec;
}

function checkForward(forward: AlbAction, fail: (detail: string) => Error): void {
  const config = forward.ForwardConfig;
  if (config !== undefined && !isObject(config)) throw fail('ForwardConfig is not an object.');
  const tuples = config?.TargetGroups;
  if (tuples !== undefined && !Array.isArray(tuples)) throw fail('ForwardConfig.TargetGroups is not a list.');
  if (forward.TargetGroupArn !== undefined && typeof forward.TargetGroupArn !== 'string') {
    throw fail('TargetGroupArn is not a string.');
  }
  if (!tuples?.length) {
    if (!forward.TargetGroupArn) throw fail('the forward action names no target group.');
    return;
  }
  if (tuples.length > maxAlbTargetGroups) {
    throw fail(
      `the forward action has ${tuples.length} target groups; an ALB allows at most ${maxAlbTargetGroups}.`,
    );
  }
  if (
    forward.TargetGroupArn &&
    (tuples.length !== 1 || tuples[0]?.TargetGroupArn !== forward.TargetGroupArn)
  ) {
    throw fail('TargetGroupArn and ForwardConfig name different target groups.');
  }
  const seen = new Set<string>();
  for (const tuple of tuples) {
    if (!isObject(tuple) || typeof tuple.TargetGroupArn !== 'string' || tuple.TargetGroupArn === '') {
      throw fail(`a target group has no TargetGroupArn: ${JSON.stringify(tuple)}.`);
    }
    const { Weight: weight } = tuple;
    if (
      weight !== undefined &&
      !(Number.isInteger(weight) && (weight as number) >= 0 && (weight as number) <= 999)
    ) {
      throw fail(
        `the weight of ${targetGroupNameOf(tuple.TargetGroupArn)} must be a whole number from 0 to 999; got ${weight}.`,
      );
    }
    if (weight === undefined && tuples.length > 1) {
      throw fail(
        `target group ${targetGroupNameOf(tuple.TargetGroupArn)} has no weight beside other groups; set every weight.`,
      );
    }
    if (seen.has(tuple.TargetGroupArn))
      throw fail(`target group ${targetGroupNameOf(tuple.TargetGroupArn)} appears twice.`);
    seen.add(tuple.TargetGroupArn);
  }
}

function forwardIndex(spec: AlbRouteSpec): number {
  return spec.Actions.findIndex((action) => action.Type === 'forward');
}

function forwardOf(spec: AlbRouteSpec): AlbAction {
  return spec.Actions[forwardIndex(spec)]!;
}

/** The forward's tuples, whichever shape AWS returned: a bare TargetGroupArn is one tuple without weight. */
function tuplesOf(forward: AlbAction): AlbTargetGroupTuple[] {
  const tuples = forward.ForwardConfig?.TargetGroups;
  if (tuples?.length) return tuples;
  return [{ TargetGroupArn: forward.TargetGroupArn! }];
}

/** The forward's groups by ARN, with their effective weights (a lone group without weight counts 1). */
export function targetGroupsOf(spec: AlbRouteSpec): TargetGroupWeight[] {
  return tuplesOf(forwardOf(spec)).map((tuple) => ({ id: tuple.TargetGroupArn, weight: tuple.Weight ?? 1 }));
}

/**
 * The spec with the canary at `canaryPercent` of the stable's share (see group-weights.ts); `pair` holds
 * target group ARNs. Only the forward's target group weights change (the canary is added once it gets
 * weight); a shift that changes no weight returns the spec as it is, in the shape it had.
 */
export function shift(
  spec: AlbRouteSpec,
  pair: TargetGroupPair,
  canaryPercent: number,
  resource = 'the forward action',
): AlbRouteSpec {
  const before = targetGroupsOf(spec);
  let after: TargetGroupWeight[];
  try {
    after = shiftGroupWeights(before, pair, canaryPercent, maxAlbTargetGroups).groups;
  } catch (error) {
    if (error instanceof GroupWeightError)
      throw new AlbSpecError(
        resource,
        labelled(error.message, [...before.map((g) => g.id), pair.stable, pair.canary]),
      );
    throw error;
  }
  if (
    after.length === before.length &&
    after.every((group, index) => group.weight === before[index]!.weight)
  ) {
    return structuredClone(spec);
  }
  const tuples = tuplesOf(forwardOf(spec));
  return withTuples(
    spec,
    after.map((group, index): AlbTargetGroupTuple => {
      const tuple = tuples[index];
      return tuple ? { ...tuple, Weight: group.weight } : { TargetGroupArn: group.id, Weight: group.weight };
    }),
  );
}

/** The spec with the forward's tuples replaced; TargetGroupArn stays only while it names the one group. */
function withTuples(spec: AlbRouteSpec, tuples: AlbTargetGroupTuple[]): AlbRouteSpec {
  const forward = forwardOf(spec);
  const { TargetGroupArn: bare, ...rest } = forward;
  const keepBare = bare !== undefined && tuples.length === 1 && tuples[0]!.TargetGroupArn === bare;
  const action: AlbAction = {
    ...rest,
    ...(keepBare ? { TargetGroupArn: bare } : {}),
    ForwardConfig: { ...(forward.ForwardConfig ?? {}), TargetGroups: tuples },
  };
  const actions = structuredClone(spec.Actions);
  actions[forwardIndex(spec)] = structuredClone(action);
  return { ...structuredClone(spec), Actions: actions };
}

/** Group ARNs in a message replaced by names, which people know (names are unique per account and Region). */
function labelled(text: string, arns: readonly string[]): string {
  return arns.reduce((out, arn) => out.split(arn).join(targetGroupNameOf(arn)), text);
}

function byName(groups: readonly TargetGroupWeight[]): TargetGroupWeight[] {
  return groups.map((group) => ({ id: targetGroupNameOf(group.id), weight: group.weight }));
}

/**
 * What differs, in words: "target groups changed: blue 60 (expected 75)", "Priority changed: "3" (expected
 * "2")", "Actions[0].ForwardConfig.TargetGroupStickinessConfig.Enabled changed: true (expected false)".
 * Target groups compare by ARN (named by name), not by order nor by the forward's shape.
 */
export function differences(actual: AlbRouteSpec, expected: AlbRouteSpec): string[] {
  const out: string[] = [];
  const groups = groupDifferences(byName(targetGroupsOf(actual)), byName(targetGroupsOf(expected)));
  if (groups.length > 0) out.push(`target groups changed: ${groups.join(', ')}`);
  jsonDifferences(withoutGroups(actual), withoutGroups(expected), '', out);
  return out;
}

function withoutGroups(spec: AlbRouteSpec): Record<string, unknown> {
  const actions = spec.Actions.map((action) => {
    if (action.Type !== 'forward') return action;
    const { TargetGroupArn: _bare, ForwardConfig: config, ...rest } = action;
    const { TargetGroups: _tuples, ...configRest } = config ?? {};
    // Stickiness off is what AWS reports for a forward written without it: the same forward.
    const stickiness = configRest.TargetGroupStickinessConfig;
    if (stickiness?.Enabled === false && Object.keys(stickiness).length === 1)
      delete configRest.TargetGroupStickinessConfig;
    return Object.keys(configRest).length > 0 ? { ...rest, ForwardConfig: configRest } : rest;
  });
  return { ...spec, Actions: actions };
}

export function specsEqual(actual: AlbRouteSpec, expected: AlbRouteSpec): boolean {
  return differences(actual, expected).length === 0;
}

/** Whether the actions are the same (what ModifyRule / ModifyListener send); the rest is ignored. */
export function actionsEqual(actual: AlbRouteSpec, expected: AlbRouteSpec): boolean {
  return specsEqual({ Actions: actual.Actions }, { Actions: expected.Actions });
}

export function canaryWeight(spec: AlbRouteSpec, pair: TargetGroupPair): number {
  return weightOf(targetGroupsOf(spec), pair.canary);
}

/**
 * `current` with the forward's target groups (TargetGroupArn and ForwardConfig.TargetGroups) taken from
 * `source`, when the two differ in target groups only by what a shift changes (see isShiftOf); else
 * undefined. Keeps someone's edit of the conditions, priority, other actions or stickiness.
 */
export function withPairWeightsFrom(
  current: AlbRouteSpec,
  source: AlbRouteSpec,
  pair: TargetGroupPair,
): AlbRouteSpec | undefined {
  if (!isShiftOf(targetGroupsOf(current), targetGroupsOf(source), pair)) return undefined;
  const from = forwardOf(source);
  const into = forwardOf(current);
  const { TargetGroupArn: _bare, ForwardConfig: config, ...rest } = into;
  const { TargetGroups: _tuples, ...configRest } = config ?? {};
  const sourceTuples = from.ForwardConfig?.TargetGroups;
  const forwardConfig = sourceTuples?.length
    ? { ...configRest, TargetGroups: structuredClone(sourceTuples) }
    : Object.keys(configRest).length > 0
      ? { ...configRest, TargetGroups: [{ TargetGroupArn: from.TargetGroupArn!, Weight: 1 }] }
      : undefined;
  const action: AlbAction = {
    ...rest,
    ...(from.TargetGroupArn !== undefined ? { TargetGroupArn: from.TargetGroupArn } : {}),
    ...(forwardConfig ? { ForwardConfig: forwardConfig } : {}),
  };
  const actions = structuredClone(current.Actions);
  actions[forwardIndex(current)] = action;
  return { ...structuredClone(current), Actions: actions };
}

/** "blue 75, green 25" (target group names). */
export function describeTargets(spec: AlbRouteSpec): string {
  return describeGroups(byName(targetGroupsOf(spec)));
}

/** The spec operations the shared shift and restore use. */
export const albSpecOps = {
  parse: parseAlbSpec,
  shift,
  differences,
  specsEqual,
  writtenPartEqual: actionsEqual,
  describeTargets,
};

/**
 * The spec with `arn` added to the forward at weight 0 (init's canary entry): every other group keeps its
 * weight, written out (a lone group's implicit 1 included); unchanged when the group is already there.
 */
export function withGroupAtZero(spec: AlbRouteSpec, arn: string, resource: string): AlbRouteSpec {
  const tuples = tuplesOf(forwardOf(spec));
  if (tuples.some((tuple) => tuple.TargetGroupArn === arn)) return structuredClone(spec);
  if (tuples.length >= maxAlbTargetGroups)
    throw new AlbSpecError(
      resource,
      `already forwards to ${tuples.length} target groups, the most an ALB allows, so ${targetGroupNameOf(arn)} cannot be added.`,
    );
  return withTuples(spec, [
    ...tuples.map((tuple) => ({ ...tuple, Weight: tuple.Weight ?? 1 })),
    { TargetGroupArn: arn, Weight: 0 },
  ]);
}

/** The spec without `arn` in the forward (init --remove); unchanged when it is not there. */
export function withoutGroup(spec: AlbRouteSpec, arn: string): AlbRouteSpec {
  const tuples = tuplesOf(forwardOf(spec));
  if (!tuples.some((tuple) => tuple.TargetGroupArn === arn)) return structuredClone(spec);
  return withTuples(
    spec,
    tuples.filter((tuple) => tuple.TargetGroupArn !== arn),
  );
}
