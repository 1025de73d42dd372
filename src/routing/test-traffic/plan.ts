import * as z from 'zod/mini';
import type { TestHeader } from '../../config/test-traffic.js';

/**
 * What a deployment's test traffic creates, decided by the pre-flight (read-only) and carried in the execution
 * document: every step creates, checks and removes exactly this, whatever happened in between.
 */
export type TestTrafficPlan =
  | {
      router: 'app-mesh';
      header: TestHeader;
      /** One test route per shifted route, ahead of it. */
      routes: Array<{ routeName: string; shiftedRoute: string; spec: Record<string, unknown> }>;
    }
  | {
      router: 'alb';
      header: TestHeader;
      priority: number;
      /** The production rule's conditions and the header's, as CreateRule takes them. */
      conditions: Array<Record<string, unknown>>;
    }
  | {
      router: 'vpc-lattice';
      header: TestHeader;
      name: string;
      priority: number;
      /** The production rule's match with the header's. */
      match: Record<string, unknown>;
    };

/** The tag every created route or rule carries: the guard and `mode: rollback` find it by the deployment. */
export const deploymentTagKey = 'appmesh-canary:deployment-id';

const header = z.object({
  name: z.string().check(z.minLength(1)),
  value: z.optional(z.string().check(z.minLength(1))),
});
const json = z.record(z.string(), z.unknown());

export const testTrafficPlanSchema = z.discriminatedUnion('router', [
  z.object({
    router: z.literal('app-mesh'),
    header,
    routes: z
      .array(
        z.object({
          routeName: z.string().check(z.minLength(1)),
          shiftedRoute: z.string().check(z.minLength(1)),
          spec: json,
        }),
      )
      .check(z.minLength(1)),
  }),
  z.object({
    router: z.literal('alb'),
    header,
    priority: z.int().check(z.gte(1), z.lte(50000)),
    conditions: z.array(json).check(z.minLength(1)),
  }),
  z.object({
    router: z.literal('vpc-lattice'),
    header,
    name: z.string().check(z.regex(/^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/)),
    priority: z.int().check(z.gte(1), z.lte(100)),
    match: json,
  }),
]) satisfies z.ZodMiniType<TestTrafficPlan, unknown>;
