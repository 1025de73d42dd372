/**
 * Route specs as App Mesh returns them. Only the weighted targets are ever interpreted; every other
 * field (match, retryPolicy, timeout, priority, ports, ...) is carried through as opaque JSON so an
 * UpdateRoute writes it back exactly as read. Pure: no AWS client here.
 */

import { canonicalJson, isObject, jsonDifferences, plainJson } from '../../routing/json.js';

export { canonicalJson };

export const routeTypes = ['httpRoute', 'http2Route', 'grpcRoute', 'tcpRoute'] as const;
export type RouteType = (typeof routeTypes)[number];

/** App Mesh allows at most this many weighted targets per route, each weighing 0-100. */
export const maxWeightedTargets = 10;
export const maxWeight = 100;

export interface WeightedTarget {
  virtualNode: string;
  weight: number;
  port?: number;
}

export interface RouteBody {
  action: { weightedTargets: WeightedTarget[]; [field: string]: unknown };
  [field: string]: unknown;
}

export type RouteSpec = { priority?: number } & { [type in RouteType]?: RouteBody };

/** A route spec that cannot be handled safely; raised before anything is written. */
export class RouteSpecError extends Error {
  override readonly name = 'RouteSpecError';
  constructor(
    readonly routeName: string,
    detail: string,
  ) {
    super(`route ${routeName}: ${detail}`);
  }
}

/**
 * Checks a spec (read from App Mesh, or carried in an execution document) and returns a plain JSON copy
 * without undefined fields, so specs compare and serialize the same wherever they come from.
 */
export function parseRouteSpec(value: unknown, routeName: string): RouteSpec {
  const fail = (detail: string) => new RouteSpecError(routeName, detail);
  if (!isObject(value)) throw fail('the spec is not an object.');
  const plain = plainJson(value, 'spec', fail) as Record<string, unknown>;
  const types: RouteType[] = [];
  for (const key of Object.keys(plain)) {
    if (key === 'priority') continue;
    if (!(routeTypes as readonly string[]).includes(key)) {
      throw fail(`unknown route type "${key}"; a route spec has exactly one of ${routeTypes.join(', ')}.`);
    }
    types.push(key as RouteType);
  }
  if (types.length !== 1) {
    const found = types.length === 0 ? 'none' : types.join(' and ');
    throw fail(`a route spec has exactly one of ${routeTypes.join(', ')}; found ${found}.`);
  }
  const priority = plain.priority;
  if (priority !== undefined && !(Number.isInteger(priority) && (priority as number) >= 0)) {
    throw fail(`priority must be a whole number; got ${JSON.stringify(priority)}.`);
  }
  const type = types[0]!;
  const body = plain[type];
  if (!isObject(body) || !isObject(body.action) || !Array.isArray(body.action.weightedTargets)) {
    throw fail(`${type}.action.weightedTargets is missing; only weighted-target routes can be shifted.`);
  }
  checkTargets(body.action.weightedTargets, fail);
  return plain as RouteSpec;
}

function checkTargets(targets: unknown[], fail: (detail: string) => Error): void {
  if (targets.length === 0) throw fail('the route has no weighted targets.');
  if (targets.length > maxWeightedTargets) {
    throw fail(
      `the route has ${targets.length} weighted targets; App Mesh allows at most ${maxWeightedTargets}.`,
    );
  }
  const seen = new Set<string>();
  for (const target of targets) {
    if (!isObject(target) || typeof target.virtualNode !== 'string' || target.virtualNode === '') {
      throw fail(`a weighted target has no virtualNode: ${JSON.stringify(target)}.`);
    }
    const { weight, port } = target;
    if (!Number.isInteger(weight) || (weight as number) < 0 || (weight as number) > maxWeight) {
      throw fail(
        `the weight of ${target.virtualNode} must be a whole number from 0 to ${maxWeight}; got ${weight}.`,
      );
    }
    if (
      port !== undefined &&
      !(Number.isInteger(port) && (port as number) >= 1 && (port as number) <= 65535)
    ) {
      throw fail(`the port of ${target.virtualNode} must be from 1 to 65535; got ${port}.`);
    }
    const label = targetLabel(target as unknown as WeightedTarget);
    if (seen.has(label)) throw fail(`virtual node ${label} appears twice among the weighted targets.`);
    seen.add(label);
  }
}

/** The route type of a checked spec. */
export function routeTypeOf(spec: RouteSpec): RouteType {
  const type = routeTypes.find((candidate) => spec[candidate] !== undefined);
  if (type === undefined) throw new Error('route spec without a route type (it was not checked)');
  return type;
}

export function weightedTargetsOf(spec: RouteSpec): WeightedTarget[] {
  return spec[routeTypeOf(spec)]!.action.weightedTargets;
}

/** A copy of the spec whose weighted targets are replaced; nothing else changes. */
export function withWeightedTargets(spec: RouteSpec, targets: WeightedTarget[]): RouteSpec {
  const type = routeTypeOf(spec);
  const body = spec[type]!;
  return structuredClone({
    ...spec,
    [type]: { ...body, action: { ...body.action, weightedTargets: targets } },
  });
}

/** "serviceB", or "serviceB:8080" when the target names a port. */
export function targetLabel(target: WeightedTarget): string {
  return target.port === undefined ? target.virtualNode : `${target.virtualNode}:${target.port}`;
}

/** "serviceB 75, serviceBv2 25" */
export function describeTargets(targets: readonly WeightedTarget[]): string {
  return targets.map((target) => `${targetLabel(target)} ${target.weight}`).join(', ');
}

export function specsEqual(actual: RouteSpec, expected: RouteSpec): boolean {
  return specDifferences(actual, expected).length === 0;
}

/**
 * What differs between two checked specs, in words: "weightedTargets changed: serviceB 60 (expected 75)",
 * "match.prefix changed: "/v2" (expected "/")". Weighted targets compare by node and port, not by order.
 */
export function specDifferences(actual: RouteSpec, expected: RouteSpec): string[] {
  const actualType = routeTypeOf(actual);
  const expectedType = routeTypeOf(expected);
  if (actualType !== expectedType) return [`route type changed: ${actualType} (expected ${expectedType})`];
  const differences: string[] = [];
  const targets = targetDifferences(weightedTargetsOf(actual), weightedTargetsOf(expected));
  if (targets.length > 0) differences.push(`weightedTargets changed: ${targets.join(', ')}`);
  jsonDifferences(withoutTargets(actual), withoutTargets(expected), '', differences);
  return differences;
}

/** Whether two target lists hold the same targets (by node and port, any order) with the same fields. */
export function targetsEqual(
  actual: readonly WeightedTarget[],
  expected: readonly WeightedTarget[],
): boolean {
  return targetDifferences([...actual], [...expected]).length === 0;
}

function targetDifferences(actual: WeightedTarget[], expected: WeightedTarget[]): string[] {
  const byLabel = new Map(actual.map((target) => [targetLabel(target), target]));
  const differences: string[] = [];
  for (const wanted of expected) {
    const label = targetLabel(wanted);
    const found = byLabel.get(label);
    byLabel.delete(label);
    if (found === undefined) differences.push(`${label} missing (expected ${wanted.weight})`);
    else if (found.weight !== wanted.weight)
      differences.push(`${label} ${found.weight} (expected ${wanted.weight})`);
    else if (canonicalJson(found) !== canonicalJson(wanted)) {
      differences.push(`${label} ${canonicalJson(found)} (expected ${canonicalJson(wanted)})`);
    }
  }
  for (const [label, extra] of byLabel) differences.push(`${label} ${extra.weight} (not expected)`);
  return differences;
}

/** The spec with the route type level and the weighted targets removed, so paths read "match.prefix". */
function withoutTargets(spec: RouteSpec): Record<string, unknown> {
  const type = routeTypeOf(spec);
  const { [type]: body, ...top } = spec;
  const { action, ...rest } = body!;
  const { weightedTargets: _targets, ...actionRest } = action;
  return { ...top, ...rest, ...(Object.keys(actionRest).length > 0 ? { action: actionRest } : {}) };
}
