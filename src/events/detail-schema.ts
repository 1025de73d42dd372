import * as z from 'zod/mini';
import { transitions } from './transitions.js';

/** Bumped on any change a rule or a consumer could notice; additions of optional fields keep it. */
export const detailSchemaVersion = 1;

const percent = z.number().check(z.gte(0), z.lte(100));
const nonEmpty = z.string().check(z.minLength(1));
const service = z.object({ cluster: nonEmpty, service: nonEmpty });
const stepNumber = z.int().check(z.gte(1));

/**
 * The `detail` of every event the orchestrator puts (docs/events.md describes it field by field). Consumers
 * may parse events with it; the orchestrator checks each event against it before putting it.
 */
export const canaryEventDetailSchema = z
  .object({
    schemaVersion: z.literal(detailSchemaVersion),
    transition: z.enum(transitions),
    /**
     * The same on every put of one transition (a retried step or put repeats it): consumers drop an event
     * whose transitionId they have seen.
     */
    transitionId: nonEmpty,
    deploymentId: nonEmpty,
    executionArn: nonEmpty,
    stateMachineArn: nonEmpty,
    consoleUrl: z.url(),
    /** The region of the routes and services (the execution document's). */
    region: nonEmpty,
    router: z.enum(['app-mesh', 'vpc-lattice', 'alb']),
    /** The routed resources, as people read them: "route serviceB of virtual router serviceB". */
    routes: z.array(z.string()),
    stableService: service,
    canaryService: service,
    /** The revision this deployment registered and checks. */
    taskDefinitionArn: nonEmpty,
    /** The step the transition happened at (1-based), when one applies. */
    step: z.optional(z.object({ number: stepNumber, of: stepNumber, weight: percent })),
    /** The weights in force after the transition; absent when a failed rollback leaves them unknown. */
    weights: z.optional(z.object({ canary: percent, stable: percent })),
    /** The check's own verdict (before the failure and inconclusive limits), for the check transitions. */
    verdict: z.optional(z.enum(['PASS', 'FAIL', 'INCONCLUSIVE'])),
    reason: z.string(),
    pause: z.optional(
      z.object({
        since: z.iso.datetime(),
        deadline: z.iso.datetime(),
        onTimeout: z.enum(['rollback', 'continue']),
      }),
    ),
    resumedBy: z.optional(z.string()),
    /** Requests with this header reach the canary only (test traffic), on every transition of such a deployment. */
    testTraffic: z.optional(z.object({ header: nonEmpty })),
    source: z.object({
      repository: z.optional(z.string()),
      sha: z.optional(z.string()),
      runUrl: z.optional(z.string()),
      actor: z.optional(z.string()),
    }),
    /** One line for people: an email subject, a chat message. */
    message: z.string().check(
      z.minLength(1),
      z.refine((text) => !/[\r\n\u2028\u2029]/.test(text), 'must be one line'),
    ),
  })
  .check(
    z.superRefine((detail, context) => {
      const issue = (path: string, message: string) =>
        context.addIssue({ code: 'custom', path: [path], message });
      if (detail.transition === 'CHECK_FAILED' && detail.verdict !== 'FAIL') issue('verdict', 'must be FAIL');
      if (detail.transition === 'CHECK_INCONCLUSIVE' && detail.verdict !== 'INCONCLUSIVE')
        issue('verdict', 'must be INCONCLUSIVE');
      if (detail.transition === 'PAUSED' && !detail.pause) issue('pause', 'is required when paused');
      if (detail.transition !== 'ROLLBACK_FAILED' && !detail.weights)
        issue('weights', `are required for ${detail.transition}`);
      if (detail.weights && detail.weights.canary + detail.weights.stable !== 100)
        issue('weights', 'canary and stable must add up to 100');
    }),
  );

export type CanaryEventDetail = z.infer<typeof canaryEventDetailSchema>;
