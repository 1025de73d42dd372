import { describe, expect, it } from '@jest/globals';
import {
  canonicalJson,
  parseRouteSpec,
  RouteSpecError,
  specDifferences,
  specsEqual,
} from '../../../src/routing/app-mesh/route-spec.js';

const seed = {
  httpRoute: {
    action: {
      weightedTargets: [
        { virtualNode: 'serviceB', weight: 75 },
        { virtualNode: 'serviceBv2', weight: 25 },
      ],
    },
    match: { prefix: '/' },
  },
};

function variant(change: (spec: typeof seed & Record<string, unknown>) => void) {
  const copy = structuredClone(seed) as typeof seed & Record<string, unknown>;
  change(copy);
  return parseRouteSpec(copy, 'serviceB');
}

describe('parseRouteSpec', () => {
  it('returns a plain copy without undefined fields', () => {
    const parsed = parseRouteSpec(
      { priority: undefined, httpRoute: { ...seed.httpRoute, retryPolicy: undefined, timeout: undefined } },
      'serviceB',
    );
    expect(parsed).toEqual(seed);
    expect(Object.keys(parsed)).toEqual(['httpRoute']);
    expect(Object.keys(parsed.httpRoute!)).toEqual(['action', 'match']);
  });

  it.each([
    [{ fooRoute: seed.httpRoute }, 'unknown route type "fooRoute"'],
    [{}, 'found none'],
    [{ httpRoute: seed.httpRoute, tcpRoute: seed.httpRoute }, 'found httpRoute and tcpRoute'],
    [{ httpRoute: { match: { prefix: '/' } } }, 'httpRoute.action.weightedTargets is missing'],
    [{ tcpRoute: { action: { weightedTargets: [] } } }, 'the route has no weighted targets'],
    [
      { tcpRoute: { action: { weightedTargets: [{ virtualNode: 'a', weight: 101 }] } } },
      'the weight of a must be a whole number from 0 to 100; got 101',
    ],
    [{ tcpRoute: { action: { weightedTargets: [{ virtualNode: 'a', weight: 2.5 }] } } }, 'got 2.5'],
    [{ tcpRoute: { action: { weightedTargets: [{ weight: 1 }] } } }, 'a weighted target has no virtualNode'],
    [
      {
        tcpRoute: {
          action: {
            weightedTargets: [
              { virtualNode: 'a', weight: 1 },
              { virtualNode: 'a', weight: 2 },
            ],
          },
        },
      },
      'virtual node a appears twice',
    ],
    [
      {
        tcpRoute: {
          action: {
            weightedTargets: Array.from({ length: 11 }, (_, i) => ({ virtualNode: `n${i}`, weight: 1 })),
          },
        },
      },
      'the route has 11 weighted targets; App Mesh allows at most 10',
    ],
    [
      { httpRoute: { ...seed.httpRoute, match: { path: { $unknown: ['glob', '*'] } } } },
      'spec.httpRoute.match.path holds a field this client does not know',
    ],
    [{ priority: -1, httpRoute: seed.httpRoute }, 'priority must be a whole number'],
    ['httpRoute', 'the spec is not an object'],
  ])('refuses %j', (spec, message) => {
    expect(() => parseRouteSpec(spec, 'serviceB')).toThrow(RouteSpecError);
    expect(() => parseRouteSpec(spec, 'serviceB')).toThrow(`route serviceB: `);
    expect(() => parseRouteSpec(spec, 'serviceB')).toThrow(message);
  });
});

describe('specDifferences', () => {
  it('finds none between equal specs, whatever the target order', () => {
    const reordered = variant((spec) => spec.httpRoute.action.weightedTargets.reverse());
    expect(specDifferences(reordered, parseRouteSpec(seed, 'serviceB'))).toEqual([]);
    expect(specsEqual(reordered, parseRouteSpec(seed, 'serviceB'))).toBe(true);
  });

  it('names weight, missing and extra targets', () => {
    const changed = variant((spec) => {
      spec.httpRoute.action.weightedTargets = [
        { virtualNode: 'serviceB', weight: 60 },
        { virtualNode: 'serviceA', weight: 40 },
      ];
    });
    expect(specDifferences(changed, parseRouteSpec(seed, 'serviceB'))).toEqual([
      'weightedTargets changed: serviceB 60 (expected 75), serviceBv2 missing (expected 25), serviceA 40 (not expected)',
    ]);
  });

  it('names a changed target port', () => {
    const changed = variant((spec) => {
      (spec.httpRoute.action.weightedTargets[1] as { port?: number }).port = 8080;
    });
    expect(specDifferences(changed, parseRouteSpec(seed, 'serviceB'))).toEqual([
      'weightedTargets changed: serviceBv2 missing (expected 25), serviceBv2:8080 25 (not expected)',
    ]);
  });

  it('names fields outside the weights by path', () => {
    const changed = variant((spec) => {
      spec.httpRoute.match = { prefix: '/v2' };
      (spec.httpRoute as Record<string, unknown>).timeout = { perRequest: { unit: 's', value: 5 } };
      spec.priority = 3;
    });
    expect(specDifferences(changed, parseRouteSpec(seed, 'serviceB'))).toEqual([
      'match.prefix changed: "/v2" (expected "/")',
      'priority changed: 3 (expected absent)',
      'timeout changed: {"perRequest":{"unit":"s","value":5}} (expected absent)',
    ]);
  });

  it('names a changed route type', () => {
    const tcp = parseRouteSpec({ tcpRoute: { action: seed.httpRoute.action } }, 'serviceB');
    expect(specDifferences(tcp, parseRouteSpec(seed, 'serviceB'))).toEqual([
      'route type changed: tcpRoute (expected httpRoute)',
    ]);
  });
});

describe('canonicalJson', () => {
  it('ignores key order and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: undefined, z: 'q' }] })).toBe(
      '{"a":[{"y":2,"z":"q"}],"b":1}',
    );
  });
});
