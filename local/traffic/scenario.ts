import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import '../../src/schema-messages.js';
import { hooksSchema, noHooks } from '../hooks/hook-schema.js';

/**
 * What the traffic simulator plays: the load on one router (the App Mesh route by default, or a VPC Lattice or
 * ALB rule), how each version (by image) answers, which images fail to start, and the CloudWatch alarms. A
 * JSON file; every field has a default (the seed).
 */

const percent = z.number().check(z.gte(0), z.lte(100));
const nonEmpty = z.string().check(z.minLength(1));

const behaviour = z.object({
  /** Share of requests answered 5xx. */
  errorRatePct: percent,
  /** Share of requests answered 4xx. */
  clientErrorRatePct: z._default(percent, 0),
  /** Mean response time of the typical requests. */
  latencyMs: z._default(z.number().check(z.positive()), 40),
  /** Log-normal spread (standard deviation of ln ms): 0.5 puts p99 near 2.9 times the median. */
  latencySpread: z._default(z.number().check(z.gte(0), z.lte(3)), 0.5),
  /** A share of requests much slower than the rest: a tail the mean barely shows. */
  latencyTail: z.optional(z.object({ sharePct: percent, latencyMs: z.number().check(z.positive()) })),
});

const version = z.extend(behaviour, {
  /** The app container's image: the full name, or repository:tag (matches any registry). */
  image: nonEmpty,
  /** Its tasks never become healthy: the deployment circuit breaker trips. */
  failsToStart: z._default(z.boolean(), false),
  /** Every request the data plane sends it (test requests, smoke tests) is answered 500: broken from the start. */
  failsSmoke: z._default(z.boolean(), false),
  /** Worse behaviour once a condition holds (both, when both are given). */
  degraded: z.optional(
    z.extend(z.partial(behaviour), {
      /** Simulated seconds after the version first served traffic. */
      afterTrafficSeconds: z.optional(z.number().check(z.nonnegative())),
      /** While its node or target group takes at least this share of the traffic (load-dependent failure). */
      atSharePct: z.optional(percent),
    }),
  ),
});

const alarm = z
  .object({
    name: nonEmpty,
    type: z._default(z.enum(['MetricAlarm', 'CompositeAlarm']), 'MetricAlarm'),
    /**
     * A fixed state, or (with node or targetGroup) ALARM while its 5xx rate over the last period exceeds the
     * threshold.
     */
    state: z._default(z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']), 'OK'),
    node: z.optional(z.string()),
    /** A target group of the scenario's router (VPC Lattice or ALB), by name. */
    targetGroup: z.optional(z.string()),
    errorRatePctAbove: z._default(percent, 1),
    periodSeconds: z._default(z.int().check(z.positive()), 60),
  })
  .check(
    z.refine((one) => one.node === undefined || one.targetGroup === undefined, {
      message: 'an alarm watches a node or a target group, not both',
    }),
  );

/** How one source publishes: how late its data can be read, and its storage resolution. */
const publishing = z.object({
  delaySeconds: z.int().check(z.nonnegative()),
  resolutionSeconds: z.union([z.literal(1), z.literal(10), z.literal(60)]),
});

const defaultPublishing = {
  envoy: { delaySeconds: 60, resolutionSeconds: 60 as const },
  vpcLattice: { delaySeconds: 60, resolutionSeconds: 60 as const },
  applicationElb: { delaySeconds: 60, resolutionSeconds: 60 as const },
};

/** Which router carries the load: the App Mesh route (below), or a VPC Lattice or ALB rule (by name). */
const router = z.discriminatedUnion('type', [
  z.object({ type: z.literal('app-mesh') }),
  z.object({
    type: z.literal('vpc-lattice'),
    service: nonEmpty,
    listener: nonEmpty,
    /** The rule's name; without it, the listener's default action. */
    rule: z.optional(nonEmpty),
  }),
  z.object({
    type: z.literal('alb'),
    loadBalancer: nonEmpty,
    listenerPort: z.int().check(z.gte(1), z.lte(65535)),
    /** The rule's priority; without it, the listener's default actions. */
    rulePriority: z.optional(z.int().check(z.gte(1), z.lte(50000))),
  }),
]);

export const scenarioSchema = z.object({
  description: z._default(z.string(), ''),
  /** Requests per second on the router, split between its targets by weight. */
  requestsPerSecond: z._default(z.number().check(z.positive()), 20),
  router: z._default(router, { type: 'app-mesh' }),
  route: z._default(z.object({ mesh: z.string(), virtualRouter: z.string(), route: z.string() }), {
    mesh: 'apps',
    virtualRouter: 'serviceB',
    route: 'serviceB',
  }),
  /** The virtual node that sends the traffic (the VirtualNode dimension of the metrics extension). */
  caller: z._default(z.string(), 'serviceA'),
  /** Which ECS service runs behind each virtual node (target groups: the services ECS registers in them). */
  nodes: z._default(z.array(z.object({ node: z.string(), cluster: z.string(), service: z.string() })), [
    { node: 'serviceB', cluster: 'apps', service: 'serviceB' },
    { node: 'serviceBv2', cluster: 'apps', service: 'serviceBv2' },
  ]),
  /** How an image not listed in versions answers. */
  baseline: z._default(behaviour, {
    errorRatePct: 0.1,
    clientErrorRatePct: 0,
    latencyMs: 40,
    latencySpread: 0.5,
  }),
  versions: z._default(z.array(version), []),
  metrics: z._default(
    z.object({
      /** Where the App Mesh metrics extension publishes (the metrics-namespace input). */
      extensionNamespace: z._default(z.string(), 'AppMesh'),
      extensionNamePrefix: z._default(z.string(), 'envoy_appmesh_'),
      /**
       * When each source's datapoints can be read: traffic at time t is in its period's datapoint from
       * t + delaySeconds on. Envoy's metrics (Container Insights, the App Mesh extension) go through the
       * CloudWatch agent: 60-second collection by default, or high resolution (10 s here, with a 10 s delay).
       * VPC Lattice and ALB publish 60-second metrics about a minute late.
       */
      publishing: z._default(
        z.object({
          envoy: z._default(publishing, { delaySeconds: 60, resolutionSeconds: 60 }),
          vpcLattice: z._default(publishing, { delaySeconds: 60, resolutionSeconds: 60 }),
          applicationElb: z._default(publishing, { delaySeconds: 60, resolutionSeconds: 60 }),
        }),
        defaultPublishing,
      ),
    }),
    {
      extensionNamespace: 'AppMesh',
      extensionNamePrefix: 'envoy_appmesh_',
      publishing: defaultPublishing,
    },
  ),
  /** Share of requests X-Ray traces. */
  xraySamplingPct: z._default(percent, 100),
  alarms: z._default(z.array(alarm), []),
  /** Hook functions, task definitions, HTTPS endpoints and connections (local/hooks). */
  hooks: z._default(hooksSchema, noHooks),
  ecs: z._default(
    z.object({
      taskStartSeconds: z.number().check(z.positive()),
      drainSeconds: z.number().check(z.positive()),
    }),
    { taskStartSeconds: 40, drainSeconds: 20 },
  ),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Behaviour = z.infer<typeof behaviour>;
export type VersionBehaviour = z.infer<typeof version>;
export type AlarmDefinition = z.infer<typeof alarm>;
export type RouterChoice = z.infer<typeof router>;
export type Publishing = z.infer<typeof publishing>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

export function parseScenario(value: unknown, source = 'scenario'): Scenario {
  const result = scenarioSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`${source} is not a valid scenario: ${problems.join('; ')}`);
  }
  return result.data;
}

export function loadScenario(path: string): Scenario {
  return parseScenario(JSON.parse(readFileSync(path, 'utf8')), path);
}

/** The listed version an image belongs to, by full name or repository:tag. */
export function versionOf(scenario: Scenario, image: string): VersionBehaviour | undefined {
  const short = image.split('/').pop() ?? image;
  return scenario.versions.find((candidate) => candidate.image === image || candidate.image === short);
}
