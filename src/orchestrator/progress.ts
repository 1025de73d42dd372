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
