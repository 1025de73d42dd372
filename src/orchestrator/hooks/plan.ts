import * as z from 'zod/mini';
import { type HookStage, hookStages } from '../../config/hooks.js';
import '../../schema-messages.js';

/**
 * The hooks as the execution document carries them: grouped by stage under the keys the state machine's
 * Choice states test (`$.document.hooks.afterShift`), each with what its Task state needs, found by the
 * pre-flight (the state machine reads nothing else).
 */
export const stageKeys = {
  'after-canary-stable': 'afterCanaryStable',
  'test-traffic': 'testTraffic',
  'after-shift': 'afterShift',
  'before-promotion': 'beforePromotion',
  'after-promotion': 'afterPromotion',
  'after-rollback': 'afterRollback',
} as const satisfies Record<HookStage, string>;
export type StageKey = (typeof stageKeys)[HookStage];

const nonEmpty = z.string().check(z.minLength(1));
const names = z.array(nonEmpty).check(z.minLength(1), z.maxLength(10));

const lambdaHook = z.object({
  kind: z.literal('lambda'),
  target: z.string().check(z.regex(/^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[^:]+(:[^:]+)?$/)),
});

const awsvpc = z.object({
  subnets: names.check(z.maxLength(16)),
  securityGroups: z.optional(z.array(nonEmpty).check(z.maxLength(5))),
  assignPublicIp: z.optional(z.enum(['ENABLED', 'DISABLED'])),
});

const capacityProvider = z.object({
  capacityProvider: nonEmpty,
  weight: z.optional(z.int().check(z.nonnegative())),
  base: z.optional(z.int().check(z.nonnegative())),
});

/** Run once in the canary's cluster, with the canary service's network and launch settings. */
const ecsTaskHook = z.object({
  kind: z.literal('ecs-task'),
  target: z.string().check(z.regex(/^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/.+$/)),
  cluster: nonEmpty,
  awsvpcConfiguration: awsvpc,
  placement: z.union([
    z.object({ launchType: z.enum(['FARGATE', 'EC2', 'EXTERNAL']) }),
    z.object({ capacityProviderStrategy: z.array(capacityProvider).check(z.minLength(1)) }),
  ]),
  /** The canary service's Fargate platform version (launch type FARGATE): the hook task runs on the same. */
  platformVersion: z.optional(nonEmpty),
  /** Every container of the hook's task definition: each gets the payload. */
  containers: names,
  /** The ones whose exit code is the verdict. */
  essential: names,
});

const httpsHook = z.object({
  kind: z.literal('https'),
  target: z.string().check(z.regex(/^https:\/\/\S+$/)),
  /** The EventBridge connection whose endpoints cover the URL (authorization is the connection's). */
  connectionArn: z.string().check(z.regex(/^arn:aws[a-z-]*:events:[a-z0-9-]+:\d{12}:connection\/.+$/)),
});

export const hookSchema = z.discriminatedUnion('kind', [lambdaHook, ecsTaskHook, httpsHook]);
export type DocumentHook = z.infer<typeof hookSchema>;

const stageHooks = z.optional(z.array(hookSchema).check(z.minLength(1), z.maxLength(5)));

export const hooksPlanSchema = z.object({
  intervalSeconds: z.int().check(z.gte(5), z.lte(3600)),
  timeoutSeconds: z.int().check(z.gte(10), z.lte(86400)),
  afterCanaryStable: stageHooks,
  testTraffic: stageHooks,
  afterShift: stageHooks,
  beforePromotion: stageHooks,
  afterPromotion: stageHooks,
  afterRollback: stageHooks,
});
export type HooksPlan = z.infer<typeof hooksPlanSchema>;

export function hooksAt(plan: HooksPlan | undefined, stage: HookStage): DocumentHook[] {
  return plan?.[stageKeys[stage]] ?? [];
}

export function isHookStage(value: unknown): value is HookStage {
  return typeof value === 'string' && (hookStages as readonly string[]).includes(value);
}
