import * as z from 'zod/mini';
import { messageOf } from '../errors.js';
import type { HealthSettings } from '../health/index.js';
import { latencyPercentiles } from '../health/latency.js';
import { snapshotResources } from '../routing/deployment-router.js';
import { testTrafficPlanSchema } from '../routing/test-traffic/plan.js';
import { trafficSnapshotSchema } from '../routing/traffic-state.js';
import { hooksPlanSchema } from './hooks/plan.js';
import '../schema-messages.js';

/**
 * The execution document: the one contract between the Action (which builds it) and the state machine's
 * Lambdas (which read it). Versioned; validated on both sides by this schema. Version 2 names the router of its
 * snapshot (App Mesh, VPC Lattice or ALB); version 1 (App Mesh only) is still read, so an execution started by
 * an earlier release still rolls back.
 */
export const documentVersion = 2;

const meshName = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_.-]{1,255}$/, 'an App Mesh name: 1-255 of A-Z a-z 0-9 _ . -'));
const account = z.string().check(z.regex(/^\d{12}$/, 'a 12-digit AWS account ID'));
const arn = z.string().check(z.regex(/^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:.+$/, 'an ARN'));
const taskDefinitionArn = z
  .string()
  .check(
    z.regex(
      /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/,
      'a task definition ARN (arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION)',
    ),
  );
const seconds = z.int().check(z.nonnegative());
const positiveInt = z.int().check(z.positive());
const nonEmpty = z.string().check(z.minLength(1));
const percent = z.number().check(z.gte(0), z.lte(100));

const metricQuery = z.object({
  Id: z.string().check(z.regex(/^[a-z][a-zA-Z0-9_]*$/)),
  Expression: z.optional(z.string()),
  MetricStat: z.optional(
    z.object({
      Metric: z.object({
        Namespace: z.string(),
        MetricName: z.string(),
        Dimensions: z.optional(z.array(z.object({ Name: z.string(), Value: z.string() }))),
      }),
      Period: positiveInt,
      Stat: z.string(),
      Unit: z.optional(z.string()),
    }),
  ),
  Label: z.optional(z.string()),
  ReturnData: z.optional(z.boolean()),
  Period: z.optional(positiveInt),
  AccountId: z.optional(z.string()),
});

const containerInsightsTarget = z.object({
  cluster: nonEmpty,
  taskDefinitionFamily: nonEmpty,
});

const health = z.object({
  windowSeconds: positiveInt,
  publishDelaySeconds: z.optional(z.int().check(z.nonnegative(), z.lte(3600))),
  periodSeconds: z.int().check(
    z.positive(),
    z.refine((period) => period % 60 === 0 || [1, 5, 10, 30].includes(period), {
      message: '1, 5, 10, 30 or a multiple of 60',
    }),
  ),
  alarmNames: z.array(nonEmpty),
  metrics: z.optional(
    z.discriminatedUnion('preset', [
      z.object({
        preset: z.literal('envoy-container-insights'),
        canary: containerInsightsTarget,
        stable: z.optional(containerInsightsTarget),
      }),
      z.object({
        preset: z.literal('envoy-appmesh-extension'),
        namespace: nonEmpty,
        namePrefix: z.string(),
        mesh: meshName,
        canaryNode: meshName,
        stableNode: z.optional(meshName),
      }),
      z.object({ preset: z.literal('custom'), queries: z.array(metricQuery).check(z.minLength(1)) }),
      z.object({
        preset: z.literal('lattice-target-group'),
        canaryTargetGroup: nonEmpty,
        stableTargetGroup: z.optional(nonEmpty),
      }),
      z.object({
        preset: z.literal('alb-target-group'),
        loadBalancer: nonEmpty,
        canaryTargetGroup: nonEmpty,
        stableTargetGroup: z.optional(nonEmpty),
      }),
    ]),
  ),
  xray: z.optional(
    z.object({
      canaryService: nonEmpty,
      stableService: z.optional(nonEmpty),
      countClientErrors: z.boolean(),
    }),
  ),
  policy: z.object({
    maxErrorRatePct: percent,
    maxLatencyMs: z.optional(z.number().check(z.positive())),
    latencyPercentile: z.optional(z.enum(latencyPercentiles)),
    maxLatencyIncrease: z.optional(
      z.union([
        z.strictObject({ pct: z.number().check(z.positive()) }),
        z.strictObject({ ms: z.number().check(z.positive()) }),
      ]),
    ),
    minRequests: z.int().check(z.nonnegative()),
    maxErrorRateIncreasePct: z.optional(percent),
    significance: z.number().check(z.gt(0), z.lt(1)),
    failureLimit: positiveInt,
    inconclusiveLimit: z.int().check(z.nonnegative()),
    onSourceError: z.enum(['FAIL', 'INCONCLUSIVE']),
  }),
}) satisfies z.ZodMiniType<HealthSettings>;

/**
 * Settings to render the new version for the stable node at promotion (the node identity differs). App Mesh
 * only: without a mesh the canary's revision is copied as it is.
 */
const render = z.object({
  account,
  nodeIdentity: z.enum(['arn', 'name']),
  containerName: z.optional(z.string()),
  envoyImage: z.optional(z.string()),
  ignoredUid: z.optional(z.int().check(z.nonnegative())),
  appPorts: z.optional(z.array(z.int().check(z.gte(1), z.lte(65535)))),
  egressIgnoredPorts: z.optional(z.array(z.int().check(z.gte(1), z.lte(65535)))),
  egressIgnoredIps: z.optional(z.array(z.string())),
  enableXray: z.boolean(),
  xrayImage: z.optional(z.string()),
  envoyMemory: z.optional(positiveInt),
  envoyCpu: z.optional(z.int().check(z.nonnegative())),
});

const step = z.object({
  weight: z.int().check(z.gte(1), z.lte(100)),
  bakeSeconds: seconds,
  /** Hold after the bake until resumed or the pause times out. */
  pause: z.optional(z.boolean()),
});

export const executionDocumentSchema = z
  .object({
    version: z.union([z.literal(1), z.literal(documentVersion)]),
    deploymentId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and -, at most 64')),
    source: z.object({
      repository: z.optional(z.string()),
      sha: z.optional(z.string()),
      runUrl: z.optional(z.url()),
      actor: z.optional(z.string()),
      githubDeployment: z.optional(z.object({ id: positiveInt, environment: nonEmpty })),
    }),
    region: z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d+$/)),
    snapshot: trafficSnapshotSchema,
    stableService: z.object({
      cluster: nonEmpty,
      service: nonEmpty,
      previousTaskDefinitionArn: taskDefinitionArn,
    }),
    canaryService: z.object({
      cluster: nonEmpty,
      service: nonEmpty,
      previousTaskDefinitionArn: arn,
      newTaskDefinitionArn: taskDefinitionArn,
      desiredCount: z.int().check(z.nonnegative()),
    }),
    render: z.optional(render),
    steps: z.array(step).check(z.minLength(1), z.maxLength(20)),
    checkIntervalSeconds: z.int().check(z.gte(10), z.lte(3600)),
    promotion: z.enum(['copy', 'none']),
    promotionPollSeconds: z.int().check(z.gte(5), z.lte(600)),
    promotionTimeoutSeconds: z.int().check(z.gte(60), z.lte(21600)),
    /** Documents from before pauses existed hold none, so the defaults never apply to them. */
    pauseTimeoutSeconds: z._default(z.int().check(z.gte(60), z.lte(7 * 86400)), 86400),
    onPauseTimeout: z._default(z.enum(['rollback', 'continue']), 'rollback'),
    health,
    /** Requests with the test header reach the canary only, from before the first step to the end. */
    testTraffic: z.optional(testTrafficPlanSchema),
    /** Lifecycle hooks by stage, with what each hook's Task state needs. */
    hooks: z.optional(hooksPlanSchema),
  })
  .check(
    z.superRefine((document, context) => {
      if (document.hooks?.testTraffic && !document.testTraffic) {
        context.addIssue({
          code: 'custom',
          path: ['hooks', 'testTraffic'],
          message: 'test-traffic hooks need testTraffic',
        });
      }
      if (document.testTraffic && document.testTraffic.router !== document.snapshot.router) {
        context.addIssue({
          code: 'custom',
          path: ['testTraffic', 'router'],
          message: `is ${document.testTraffic.router}, but the snapshot is of ${document.snapshot.router}`,
        });
      }
      document.steps.forEach((current, index) => {
        const previous = document.steps[index - 1];
        if (previous && current.weight <= previous.weight) {
          context.addIssue({
            code: 'custom',
            path: ['steps', index, 'weight'],
            message: `weights must ascend; ${current.weight} follows ${previous.weight}`,
          });
        }
      });
      if (document.steps.at(-1)?.weight !== 100) {
        context.addIssue({
          code: 'custom',
          path: ['steps'],
          message: 'the last step must send 100% to the canary',
        });
      }
      const { snapshot } = document;
      if (document.version === 1 && snapshot.router !== 'app-mesh') {
        context.addIssue({
          code: 'custom',
          path: ['version'],
          message: 'version 1 documents are App Mesh only',
        });
      }
      if (snapshot.router === 'app-mesh') {
        if (!document.render) {
          context.addIssue({
            code: 'custom',
            path: ['render'],
            message: 'is required with an App Mesh router',
          });
        }
        if (snapshot.stableNode === snapshot.canaryNode) {
          context.addIssue({
            code: 'custom',
            path: ['snapshot', 'canaryNode'],
            message: 'must differ from the stable node',
          });
          return;
        }
      }
      snapshotResources(snapshot).forEach((resource, index) => {
        const issue = resourceIssue(resource, document.steps);
        if (issue)
          context.addIssue({ code: 'custom', path: ['snapshot', 'resources', index], message: issue });
      });
    }),
  );

/**
 * A snapshot resource must give the canary no weight (rollback and promotion write the snapshot back, and
 * must leave no traffic on a canary scaled to 0), and every step weight must be applicable to it.
 */
function resourceIssue(
  resource: ReturnType<typeof snapshotResources>[number],
  steps: Array<{ weight: number }>,
): string | undefined {
  if (resource.kit.canaryWeight(resource.snapshot) > 0) {
    return `the canary already has weight in the snapshot of ${resource.label}`;
  }
  try {
    resource.kit.written(
      resource.snapshot,
      steps.map((step) => step.weight),
    );
  } catch (error) {
    return messageOf(error);
  }
  return undefined;
}

export type ExecutionDocument = z.infer<typeof executionDocumentSchema>;

/** A document that does not match the schema; raised before any change. Step Functions error name. */
export class InvalidDocumentError extends Error {
  override readonly name = 'InvalidDocument';
}

export function parseExecutionDocument(value: unknown): ExecutionDocument {
  const result = executionDocumentSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`,
    );
    throw new InvalidDocumentError(`invalid execution document: ${problems.join('; ')}`);
  }
  return result.data;
}

/** The family of a task definition ARN (…:task-definition/FAMILY:REVISION). */
export function familyOf(taskDefinitionArn: string): string {
  const family = /:task-definition\/([^:]+):\d+$/.exec(taskDefinitionArn)?.[1];
  if (!family) throw new Error(`"${taskDefinitionArn}" is not a task definition ARN with a revision`);
  return family;
}

/** The document of an execution, or undefined when its input holds none (not a canary of this project). */
export function documentOf(details: { input?: string }): ExecutionDocument | undefined {
  if (details.input === undefined) return undefined;
  try {
    return parseExecutionDocument(JSON.parse(details.input).document);
  } catch {
    return undefined;
  }
}
