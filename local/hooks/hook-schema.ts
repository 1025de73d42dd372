import * as z from 'zod/mini';
import '../../src/schema-messages.js';

/**
 * The hooks a scenario declares: Lambda functions with answers scripted per call (or backed by a module, run
 * in this process), ECS task definitions with scripted exit codes and durations, HTTPS endpoints with
 * scripted answers, and EventBridge connections for the HTTP tasks. Each list's last answer repeats.
 */

const nonEmpty = z.string().check(z.minLength(1));
const seconds = z.number().check(z.nonnegative());
const hookStatus = z.enum(['SUCCEEDED', 'FAILED', 'IN_PROGRESS']);

/** One call's answer: a status (with a reason, after a delay), a function error, or no answer at all. */
const functionAnswer = z.union([
  hookStatus,
  z.literal('never'),
  z.strictObject({
    status: hookStatus,
    reason: z.optional(z.string()),
    /** Simulated seconds before it answers: past the state's timeout, the task times out. */
    delaySeconds: z.optional(seconds),
  }),
  z.strictObject({
    /** The function fails: Step Functions names the state's error after this errorType. */
    error: nonEmpty,
    message: z._default(z.string(), 'the hook function failed'),
  }),
]);

const hookFunction = z
  .strictObject({
    /** The function's name: its ARN is arn:aws:lambda:<region>:<account>:function:<name>. */
    name: z
      .string()
      .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'a Lambda function name: 1-64 letters, digits, - and _')),
    answers: z.optional(z.array(functionAnswer).check(z.minLength(1))),
    /** A module exporting `handler`, relative to the repository: real hook code, invoked in this process. */
    module: z.optional(nonEmpty),
    /** The function's configured timeout: a scripted call still running then fails as Lambda.Unknown. */
    timeoutSeconds: z._default(z.number().check(z.positive(), z.lte(900)), 900),
    /** The function's environment variables while it runs. */
    environment: z._default(z.record(z.string(), z.string()), {}),
  })
  .check(
    z.refine((one) => (one.answers === undefined) !== (one.module === undefined), {
      message: 'a hook function takes answers or a module (one of the two)',
    }),
  );

/** An exit code, unless a rule matches: by the canary's image (repository:tag or full) or the environment. */
const exitRule = z.strictObject({
  canaryImage: z.optional(nonEmpty),
  environment: z.optional(z.record(z.string(), z.string())),
  exitCode: z.int(),
});

const hookContainer = z.strictObject({
  name: nonEmpty,
  image: z._default(nonEmpty, 'public.ecr.aws/docker/library/busybox:stable'),
  essential: z._default(z.boolean(), true),
  exitCode: z._default(z.int(), 0),
  exitCodeWhen: z._default(z.array(exitRule), []),
  /** Its own run once the task is RUNNING, in place of the task's runSeconds (`never`: until stopped). */
  runSeconds: z.optional(z.union([seconds, z.literal('never')])),
  /** What ECS reports of the container when it stops (e.g. OutOfMemoryError: Container killed due to memory usage). */
  reason: z.optional(z.string()),
});

const hookTaskDefinition = z.strictObject({
  family: z
    .string()
    .check(z.regex(/^[A-Za-z0-9_-]{1,255}$/, 'a task definition family: letters, digits, - and _')),
  containers: z.array(hookContainer).check(z.minLength(1)),
  /** Simulated seconds from RunTask to RUNNING. */
  startSeconds: z._default(seconds, 30),
  /**
   * Simulated seconds its containers run; `never`: until stopped (a hung load test). The first essential
   * container to exit stops the task, the others exiting 137.
   */
  runSeconds: z._default(z.union([seconds, z.literal('never')]), 60),
  /** RunTask places no task and reports this failure (e.g. RESOURCE:MEMORY). */
  failure: z.optional(nonEmpty),
});

const endpointAnswer = z.union([
  z.literal('never'),
  z.strictObject({
    status: z.int().check(z.gte(100), z.lte(599)),
    body: z.optional(z.unknown()),
    delaySeconds: z.optional(seconds),
  }),
]);

const hookEndpoint = z.strictObject({
  /** Served at https://127.0.0.1:<port><path> by the stack's TLS server. */
  path: z.string().check(z.regex(/^\/[A-Za-z0-9._~/-]*$/, 'a URL path starting with /')),
  answers: z.array(endpointAnswer).check(z.minLength(1)),
});

const hookConnection = z.strictObject({
  name: nonEmpty,
  authorizationType: z._default(z.enum(['API_KEY', 'BASIC', 'OAUTH_CLIENT_CREDENTIALS']), 'API_KEY'),
  /** EventBridge's AuthParameters, as CreateConnection takes them (default: an API key header). */
  authParameters: z._default(z.record(z.string(), z.unknown()), {
    ApiKeyAuthParameters: { ApiKeyName: 'x-hook-key', ApiKeyValue: 'local' },
  }),
});

export const hooksSchema = z.strictObject({
  functions: z._default(z.array(hookFunction), []),
  taskDefinitions: z._default(z.array(hookTaskDefinition), []),
  endpoints: z._default(z.array(hookEndpoint), []),
  connections: z._default(z.array(hookConnection), []),
  /** The canary's ECS service: whose image a task's exitCodeWhen.canaryImage reads. */
  canary: z._default(z.object({ cluster: nonEmpty, service: nonEmpty }), {
    cluster: 'apps',
    service: 'serviceBv2',
  }),
});

export const noHooks = {
  functions: [],
  taskDefinitions: [],
  endpoints: [],
  connections: [],
  canary: { cluster: 'apps', service: 'serviceBv2' },
};

export type Hooks = z.infer<typeof hooksSchema>;
export type HookFunction = z.infer<typeof hookFunction>;
export type FunctionAnswer = z.infer<typeof functionAnswer>;
export type HookTaskDefinition = z.infer<typeof hookTaskDefinition>;
export type EndpointAnswer = z.infer<typeof endpointAnswer>;
