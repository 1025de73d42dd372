import * as z from 'zod';
import { messageOf } from '../errors.js';
import type { HealthSettings } from '../health/index.js';
import { latencyPercentiles } from '../health/latency.js';
import { snapshotResources, trafficSnapshotSchema } from '../routing/engine.js';

/**
 * The execution document: the one contract between the Action (which builds it) and the state machine's
 * Lambdas (which read it). Versioned; validated on both sides by this schema. Version 2 names the router of its
 * snapshot (App Mesh, VPC Lattice or ALB); version 1 (App Mesh only) is still read, so an execution started by
 * an earlier release still rolls back.
 */
export const documentVersion = 2;

const meshName = z.string().regex(/^[A-Za-z0-9_.-]{1,255}$/, 'an App Mesh name: 1-255 of A-Z a-z 0-9 _ . -');
const account = z.string().regex(/^\d{12}$/, 'a 12-digit AWS account ID');
const arn = z.string().regex(/^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:.+$/, 'an ARN');
const taskDefinitionArn = z
  .string()
  .regex(
    /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/,
    'a task definition ARN (arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION)',
  );
const seconds = z.number().int().nonnegative();

const metricQuery = z.object({
  Id: z.string().regex(/^[a-z][a-zA-Z0-9_]*$/),
  Expression: z.string().optional(),
  MetricStat: z
    .object({
      Metric: z.object({
        Namespace: z.string(),
        MetricName: z.string(),
        Dimensions: z.array(z.object({ Name: z.string(), Value: z.string() })).optional(),
      }),
      Period: z.number().int().positive(),
      Stat: z.string(),
      Unit: z.string().optional(),
    })
    .optional(),
  Label: z.string().optional(),
  ReturnData: z.boolean().optional(),
  Period: z.number().int().positive().optional(),
  AccountId: z.string().optional(),
});

const containerInsightsTarget = z.object({
  cluster: z.string().min(1),
  taskDefinitionFamily: z.string().min(1),
});

const health = z.object({
  windowSeconds: z.number().int().positive(),
  publishDelaySeconds: z.number().int().nonnegative().max(3600).optional(),
  periodSeconds: z
    .number()
    .int()
    .positive()
    .refine((period) => period % 60 === 0 || [1, 5, 10, 30].includes(period), {
      message: '1, 5, 10, 30 or a multiple of 60',
    }),
  alarmNames: z.array(z.string().min(1)),
  metrics: z
    .discriminatedUnion('preset', [
      z.object({
        preset: z.literal('envoy-container-insights'),
        canary: containerInsightsTarget,
        stable: containerInsightsTarget.optional(),
      }),
      z.object({
        preset: z.literal('envoy-appmesh-extension'),
        namespace: z.string().min(1),
        namePrefix: z.string(),
        mesh: meshName,
        canaryNode: meshName,
        stableNode: meshName.optional(),
      }),
      z.object({ preset: z.literal('custom'), queries: z.array(metricQuery).min(1) }),
      z.object({
        preset: z.literal('lattice-target-group'),
        canaryTargetGroup: z.string().min(1),
        stableTargetGroup: z.string().min(1).optional(),
      }),
      z.object({
        preset: z.literal('alb-target-group'),
        loadBalancer: z.string().min(1),
        canaryTargetGroup: z.string().min(1),
        stableTargetGroup: z.string().min(1).optional(),
      }),
    ])
    .optional(),
  xray: z
    .object({
      canaryService: z.string().min(1),
      stableService: z.string().min(1).optional(),
      countClientErrors: z.boolean(),
    })
    .optional(),
  policy: z.object({
    maxErrorRatePct: z.number().min(0).max(100),
    maxLatencyMs: z.number().positive().optional(),
    latencyPercentile: z.enum(latencyPercentiles).optional(),
    maxLatencyIncrease: z
      .union([z.strictObject({ pct: z.number().positive() }), z.strictObject({ ms: z.number().positive() })])
      .optional(),
    minRequests: z.number().int().nonnegative(),
    maxErrorRateIncreasePct: z.number().min(0).max(100).optional(),
    significance: z.number().gt(0).lt(1),
    failureLimit: z.number().int().positive(),
    inconclusiveLimit: z.number().int().nonnegative(),
    onSourceError: z.enum(['FAIL', 'INCONCLUSIVE']),
  }),
}) satisfies z.ZodType<HealthSettings>;

/**
 * Settings to render the new version for the stable node at promotion (the node identity differs). App Mesh
 * only: without a mesh the canary's revision is copied as it is.
 */
const render = z.object({
  account,
  nodeIdentity: z.enum(['arn', 'name']),
  containerName: z.string().optional(),
  envoyImage: z.string().optional(),
  ignoredUid: z.number().int().nonnegative().optional(),
  appPorts: z.array(z.number().int().min(1).max(65535)).optional(),
  egressIgnoredPorts: z.array(z.number().int().min(1).max(65535)).optional(),
  egressIgnoredIps: z.array(z.string()).optional(),
  enableXray: z.boolean(),
  xrayImage: z.string().optional(),
  envoyMemory: z.number().int().positive().optional(),
  envoyCpu: z.number().int().nonnegative().optional(),
});

const step = z.object({
  weight: z.number().int().min(1).max(100),
  bakeSeconds: seconds,
  /** Hold after the bake until resumed or the pause times out. */
  pause: z.boolean().optional(),
});

export const executionDocumentSchema = z
  .object({
    version: z.union([z.literal(1), z.literal(documentVersion)]),
    deploymentId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and -, at most 64'),
    source: z.object({
      repository: z.string().optional(),
      sha: z.string().optional(),
      runUrl: z.url().optional(),
      actor: z.string().optional(),
      githubDeployment: z
        .object({ id: z.number().int().positive(), environment: z.string().min(1) })
        .optional(),
    }),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d+$/),
    snapshot: trafficSnapshotSchema,
    stableService: z.object({
      cluster: z.string().min(1),
      service: z.string().min(1),
      previousTaskDefinitionArn: taskDefinitionArn,
    }),
    canaryService: z.object({
      cluster: z.string().min(1),
      service: z.string().min(1),
      previousTaskDefinitionArn: arn,
      newTaskDefinitionArn: taskDefinitionArn,
      desiredCount: z.number().int().nonnegative(),
    }),
    render: render.optional(),
    steps: z.array(step).min(1).max(20),
    checkIntervalSeconds: z.number().int().min(10).max(3600),
    promotion: z.enum(['copy', 'none']),
    promotionPollSeconds: z.number().int().min(5).max(600),
    promotionTimeoutSeconds: z.number().int().min(60).max(21600),
    /** Documents from before pauses existed hold none, so the defaults never apply to them. */
    pauseTimeoutSeconds: z
      .number()
      .int()
      .min(60)
      .max(7 * 86400)
      .default(86400),
    onPauseTimeout: z.enum(['rollback', 'continue']).default('rollback'),
    health,
  })
  .superRefine((document, context) => {
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
      if (issue) context.addIssue({ code: 'custom', path: ['snapshot', 'resources', index], message: issue });
    });
  });

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
