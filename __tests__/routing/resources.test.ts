import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type RouteSpec, shiftRouteSpec, specsEqual } from '../../src/routing/app-mesh/index.js';
import { routeKit } from '../../src/routing/app-mesh/kit.js';
import { judgeResource } from '../../src/routing/resources.js';
import { grpcRouteSpec, seedDocument } from '../orchestrator/fixtures.js';

const document = seedDocument();
const pair = document.snapshot;
const weights = document.steps.map((step) => step.weight);

/** Every spec the seed's deployment could have written to a route (the App Mesh kit). */
function specsWrittenBy(route: { routeName: string; spec: RouteSpec }): RouteSpec[] {
  return routeKit(route.routeName, pair).written(route.spec, weights);
}

/** The three-way judgement of a route as read, with the App Mesh kit. */
function judgeRoute(current: unknown, route: { routeName: string; spec: RouteSpec }, ours: RouteSpec[]) {
  return judgeResource(current, route.spec, ours, routeKit(route.routeName, pair));
}

/** A snapshot with another target and a port, which a shift must leave alone. */
function busySnapshot(): RouteSpec {
  const spec = grpcRouteSpec();
  spec.grpcRoute!.action.weightedTargets.push({ virtualNode: 'serviceA', weight: 7, port: 8080 });
  return spec;
}

describe('what a deployment may have written (the App Mesh kit)', () => {
  it('lists the snapshot shifted to 0 (with and without a canary target) and to each step weight', () => {
    const route = document.snapshot.routes[0]!;
    const canaryWeights = specsWrittenBy(route).map((spec) =>
      spec
        .httpRoute!.action.weightedTargets.map((target) => `${target.virtualNode} ${target.weight}`)
        .join(', '),
    );
    expect(canaryWeights).toEqual([
      'serviceB 100',
      'serviceB 100, serviceBv2 0',
      'serviceB 75, serviceBv2 25',
      'serviceB 50, serviceBv2 50',
      'serviceB 0, serviceBv2 100',
    ]);
  });

  it('covers whatever sequence of shifts the canary went through (0 included)', () => {
    const route = { routeName: 'serviceB-grpc', version: 1, spec: busySnapshot() };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, ...document.steps.map((step) => step.weight)), { minLength: 1 }),
        (path) => {
          const reached = path.reduce(
            (spec, weight) => shiftRouteSpec(spec, pair, weight, route.routeName),
            route.spec,
          );
          expect(specsWrittenBy(route).some((candidate) => specsEqual(reached, candidate))).toBe(true);
        },
      ),
    );
  });
});

describe('judgeResource (an App Mesh route)', () => {
  const route = { routeName: 'serviceB-grpc', version: 1, spec: busySnapshot() };
  const ours = specsWrittenBy(route);

  it('finds the snapshot unchanged', () => {
    expect(judgeRoute(structuredClone(route.spec), route, ours)).toEqual({ kind: 'unchanged' });
  });

  it('recognises what this deployment wrote', () => {
    expect(judgeRoute(shiftRouteSpec(route.spec, pair, 50, route.routeName), route, ours)).toEqual({
      kind: 'ours',
    });
  });

  it('calls any other weights an edit, and says what differs', () => {
    const edited = shiftRouteSpec(route.spec, pair, 33, route.routeName);
    const judgement = judgeRoute(edited, route, ours);
    expect(judgement).toMatchObject({ kind: 'edited', spec: edited });
    expect(judgement.kind === 'edited' && judgement.differences.join()).toContain(
      'serviceB:8080 67 (expected 100)',
    );
  });

  it('keeps a change outside the weights and gives the weights back (three-way)', () => {
    const edited = shiftRouteSpec(route.spec, pair, 50, route.routeName);
    edited.grpcRoute!.match = { serviceName: 'serviceB.ApiV2' };
    (edited.grpcRoute!.retryPolicy as { maxRetries: number }).maxRetries = 5;
    const judgement = judgeRoute(edited, route, ours);
    expect(judgement.kind).toBe('ours-with-edits');
    if (judgement.kind !== 'ours-with-edits') return;
    expect(judgement.differences).toEqual([
      'match.serviceName changed: "serviceB.ApiV2" (expected "serviceB.Api")',
      'retryPolicy.maxRetries changed: 5 (expected 2)',
    ]);
    // The snapshot's targets, with the edit kept.
    const expected = structuredClone(route.spec);
    expected.grpcRoute!.match = { serviceName: 'serviceB.ApiV2' };
    (expected.grpcRoute!.retryPolicy as { maxRetries: number }).maxRetries = 5;
    expect(judgement.restore).toEqual(expected);
  });

  it('calls a change outside the weights at the snapshot weights an edit: nothing of it is ours', () => {
    const edited = structuredClone(route.spec);
    (edited.grpcRoute!.retryPolicy as { maxRetries: number }).maxRetries = 5;
    expect(judgeRoute(edited, route, ours)).toMatchObject({
      kind: 'edited',
      differences: ['retryPolicy.maxRetries changed: 5 (expected 2)'],
    });
  });

  it('never merges when someone changed a weight as well', () => {
    const edited = shiftRouteSpec(route.spec, pair, 40, route.routeName);
    edited.grpcRoute!.match = { serviceName: 'serviceB.ApiV2' };
    expect(judgeRoute(edited, route, ours).kind).toBe('edited');
  });

  it('calls a spec that cannot be read back safely an edit, without a spec', () => {
    const judgement = judgeRoute({ grpcRoute: { action: { weightedTargets: [] } } }, route, ours);
    expect(judgement).toMatchObject({ kind: 'edited' });
    expect(judgement).not.toHaveProperty('spec');
  });
});
