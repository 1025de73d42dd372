import * as z from 'zod/mini';
import type { HealthCounters, Verdict } from '../health/index.js';
import { type TrafficState, trafficStateSchema } from '../routing/traffic-state.js';
import { InvalidDocumentError } from './document.js';
import '../schema-messages.js';

/** What the state machine carries from state to state besides the document (kept small). */
export interface Progress {
  /** Index into document.steps: the step shifted to next (Shift) or in force (Check). */
  stepIndex: number;
  /** The routed resources as this canary last wrote them (any router): the drift reference of the next write. */
  traffic: TrafficState;
  /**
   * The bake of the current step: checks made, time spent, checks that passed the step's own traffic (a step
   * is never left without one), and where its last judged window ended (ISO): the next window starts there.
   */
  bake: { checks: number; elapsedSeconds: number; passes: number; judgedUntil?: string };
  /** When the current step's shift was written (ISO): checks judge only traffic from after it. */
  stepStartedAt?: string;
  counters: HealthCounters;
  decision: Decision;
  /** One human line about the last decision (the cause of a rollback). */
  reason: string;
  lastCheck?: CheckSummary;
  promotion?: { taskDefinitionArn: string; deadline: string };
  /** The hold after a `pause` step, while it lasts. */
  pause?: PauseState;
  /** At promotion: what became of the test route or rule (removed, or kept as edited by hand), for people. */
  testTraffic?: string[];
  /** The hook being run at the current stage (HookRequest, HookVerdict), and where the state machine goes next. */
  hook?: HookCursor;
  /** Every hook run so far, for the outputs and the summary. */
  hookRuns?: HookRun[];
}

export interface HookCursor {
  stage: string;
  /** Index into the stage's hooks. */
  index: number;
  /** How many times this hook was asked (IN_PROGRESS asks again). */
  attempt: number;
  startedAt: string;
  /** request: the next hook of the stage; wait: ask this one again; done: the stage passed; failed: it did not. */
  next: 'request' | 'wait' | 'done' | 'failed';
  /** When failed: the rollback's cause. */
  cause?: string;
}

export interface HookRun {
  stage: string;
  target: string;
  /** 1-based step of an after-shift hook. */
  step?: number;
  startedAt: string;
  durationSeconds: number;
  verdict: 'SUCCEEDED' | 'FAILED';
  reason: string;
  attempts: number;
}

export interface PauseState {
  /** When the hold began: the bake of the step before the pause passed. */
  since: string;
  /** When on-pause-timeout applies. */
  deadline: string;
  /** Who resumed it (mode: promote's actor, or the pause timeout); read by the Resume state. */
  resumedBy?: string;
}

export const decisions = [
  'shift',
  'bake',
  'next-step',
  'promote',
  'pause',
  'hold',
  'resume',
  'rollback',
  'wait',
  'finish',
  'done',
] as const;
export type Decision = (typeof decisions)[number];

/** WAIT: the step has no complete published period of its own yet, so nothing was judged. */
export type CheckVerdict = Verdict | 'WAIT';

export interface CheckSummary {
  at: string;
  weight: number;
  verdict: CheckVerdict;
  reason: string;
  /** The traffic judged (metrics, X-Ray): all of it after the step's shift. */
  window?: { start: string; end: string };
  canaryErrorRatePct?: number;
  stableErrorRatePct?: number;
  canaryRequests?: number;
  /** The latency percentile judged, canary and stable, in ms (the source that judged it). */
  latency?: CheckLatency;
}

export interface CheckLatency {
  percentile: string;
  canaryMs?: number;
  stableMs?: number;
  increasePct?: number;
}

const verdict = z.enum(['PASS', 'FAIL', 'INCONCLUSIVE', 'WAIT']);
const count = z.int().check(z.nonnegative());

const progressSchema = z.object({
  stepIndex: count,
  traffic: trafficStateSchema,
  bake: z.object({
    checks: count,
    elapsedSeconds: count,
    passes: z._default(count, 0),
    // Absent in progress written before windows chained.
    judgedUntil: z.optional(z.iso.datetime()),
  }),
  stepStartedAt: z.optional(z.iso.datetime()),
  counters: z.object({ failuresSinceLastPass: count, inconclusiveSinceLastPass: count }),
  decision: z.enum(decisions),
  reason: z.string(),
  lastCheck: z.optional(
    z.object({
      at: z.string(),
      weight: z.number(),
      verdict,
      reason: z.string(),
      window: z.optional(z.object({ start: z.string(), end: z.string() })),
      canaryErrorRatePct: z.optional(z.number()),
      stableErrorRatePct: z.optional(z.number()),
      canaryRequests: z.optional(z.number()),
      latency: z.optional(
        z.object({
          percentile: z.string(),
          canaryMs: z.optional(z.number()),
          stableMs: z.optional(z.number()),
          increasePct: z.optional(z.number()),
        }),
      ),
    }),
  ),
  promotion: z.optional(
    z.object({ taskDefinitionArn: z.string().check(z.minLength(1)), deadline: z.iso.datetime() }),
  ),
  pause: z.optional(
    z.object({
      since: z.iso.datetime(),
      deadline: z.iso.datetime(),
      resumedBy: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    }),
  ),
  testTraffic: z.optional(z.array(z.string())),
  hook: z.optional(
    z.object({
      stage: z.string(),
      index: count,
      attempt: z.int().check(z.positive()),
      startedAt: z.iso.datetime(),
      next: z.enum(['request', 'wait', 'done', 'failed']),
      cause: z.optional(z.string()),
    }),
  ),
  hookRuns: z.optional(
    z.array(
      z.object({
        stage: z.string(),
        target: z.string(),
        step: z.optional(z.int().check(z.positive())),
        startedAt: z.iso.datetime(),
        durationSeconds: z.number().check(z.nonnegative()),
        verdict: z.enum(['SUCCEEDED', 'FAILED']),
        reason: z.string(),
        attempts: z.int().check(z.positive()),
      }),
    ),
  ),
}) satisfies z.ZodMiniType<Progress>;

/** The progress a previous state returned; malformed means the state machine input was tampered with. */
export function parseProgress(value: unknown): Progress {
  const result = progressSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(progress)'}: ${issue.message}`,
    );
    throw new InvalidDocumentError(`invalid progress: ${problems.join('; ')}`);
  }
  return result.data;
}
