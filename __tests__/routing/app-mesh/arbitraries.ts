import fc from 'fast-check';
import { type RouteSpec, routeTypes, type WeightedTarget } from '../../../src/routing/app-mesh/route-spec.js';

export const pair = { stableNode: 'serviceB', canaryNode: 'serviceBv2' };

const port = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined });

function target(virtualNode: string, weight: number, targetPort: number | undefined): WeightedTarget {
  return targetPort === undefined ? { virtualNode, weight } : { virtualNode, weight, port: targetPort };
}

/**
 * Weighted targets as a route holds them before a canary: one stable target (any weight, maybe a port),
 * up to 8 other targets, sometimes a canary target at weight 0; at most 10 after the canary is added.
 */
export const targetsArbitrary = fc
  .record({
    stableWeight: fc.integer({ min: 0, max: 100 }),
    stablePort: port,
    canaryAtZero: fc.boolean(),
    others: fc.uniqueArray(
      fc.record({
        virtualNode: fc.constantFrom(
          'serviceA',
          'serviceC',
          'legacy',
          'audit',
          'shadow',
          'v0',
          'blue',
          'green',
          'edge',
        ),
        weight: fc.integer({ min: 0, max: 100 }),
        port,
      }),
      { maxLength: 8, selector: (other) => other.virtualNode },
    ),
    stableIndex: fc.nat(),
  })
  .map(({ stableWeight, stablePort, canaryAtZero, others, stableIndex }) => {
    const targets = others.map((other) => target(other.virtualNode, other.weight, other.port));
    targets.splice(stableIndex % (targets.length + 1), 0, target(pair.stableNode, stableWeight, stablePort));
    if (canaryAtZero) targets.push(target(pair.canaryNode, 0, stablePort));
    return targets;
  });

const duration = fc.record({ unit: fc.constantFrom('s', 'ms'), value: fc.nat({ max: 3600 }) });
const headerMatch = fc.oneof(
  fc.record({ exact: fc.string() }),
  fc.record({ prefix: fc.string() }),
  fc.record({ regex: fc.constant('^v[0-9]+$') }),
  fc.record({ range: fc.record({ start: fc.nat({ max: 10 }), end: fc.integer({ min: 11, max: 99 }) }) }),
);
const headers = fc.array(
  fc.record({ name: fc.string({ minLength: 1 }), invert: fc.boolean(), match: headerMatch }),
  {
    maxLength: 3,
  },
);

const httpBody = fc.record(
  {
    match: fc.record(
      {
        prefix: fc.constantFrom('/', '/api', '/v2/'),
        path: fc.oneof(
          fc.record({ exact: fc.constant('/health') }),
          fc.record({ regex: fc.constant('^/o/.*$') }),
        ),
        method: fc.constantFrom('GET', 'POST', 'PUT'),
        scheme: fc.constantFrom('http', 'https'),
        headers,
        queryParameters: fc.array(
          fc.record({ name: fc.string({ minLength: 1 }), match: fc.record({ exact: fc.string() }) }),
          {
            maxLength: 2,
          },
        ),
        port: fc.integer({ min: 1, max: 65535 }),
      },
      { requiredKeys: [] },
    ),
    retryPolicy: fc.record({
      maxRetries: fc.nat({ max: 5 }),
      perRetryTimeout: duration,
      httpRetryEvents: fc.subarray(['server-error', 'gateway-error', 'client-error', 'stream-error']),
    }),
    timeout: fc.record({ perRequest: duration, idle: duration }, { requiredKeys: [] }),
  },
  { requiredKeys: ['match'] },
);

const grpcBody = fc.record(
  {
    match: fc.record(
      { serviceName: fc.constant('orders.Orders'), methodName: fc.constant('Place'), metadata: headers },
      { requiredKeys: [] },
    ),
    retryPolicy: fc.record({
      maxRetries: fc.nat({ max: 5 }),
      perRetryTimeout: duration,
      grpcRetryEvents: fc.subarray(['cancelled', 'deadline-exceeded', 'internal', 'unavailable']),
    }),
    timeout: fc.record({ perRequest: duration }),
  },
  { requiredKeys: ['match'] },
);

const tcpBody = fc.record(
  { match: fc.record({ port: fc.integer({ min: 1, max: 65535 }) }), timeout: fc.record({ idle: duration }) },
  { requiredKeys: [] },
);

/** A route spec of any of the four types, with random match, retry policy, timeout and priority. */
export const routeSpecArbitrary: fc.Arbitrary<RouteSpec> = fc
  .record({
    type: fc.constantFrom(...routeTypes),
    http: httpBody,
    grpc: grpcBody,
    tcp: tcpBody,
    priority: fc.option(fc.nat({ max: 1000 }), { nil: undefined }),
    targets: targetsArbitrary,
  })
  .map(({ type, http, grpc, tcp, priority, targets }) => {
    const rest = type === 'grpcRoute' ? grpc : type === 'tcpRoute' ? tcp : http;
    const body = { ...rest, action: { weightedTargets: targets } };
    return { ...(priority === undefined ? {} : { priority }), [type]: body } as RouteSpec;
  });

export const percentArbitrary = fc.integer({ min: 0, max: 100 });
