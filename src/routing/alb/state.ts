import * as z from 'zod/mini';
import { messageOf } from '../../errors.js';
import type { TargetGroupPair } from '../group-weights.js';
import { parseListenerArn, parseRuleArn, parseTargetGroupArn } from './arns.js';
import type { AlbSettings } from './settings.js';
import { type AlbRouteSpec, parseAlbSpec } from './spec.js';

/**
 * The ALB rule (or listener default actions) of one canary, as last read or written. Plain JSON: the
 * execution document carries it between Lambda invocations.
 */
export interface AlbTrafficState {
  router: 'alb';
  listenerArn: string;
  /** Absent: the listener's default actions are what is shifted. */
  ruleArn?: string;
  loadBalancerArn: string;
  stableTargetGroupArn: string;
  canaryTargetGroupArn: string;
  /** The rule ({ Actions, Conditions, Priority, Transforms }) or the default actions ({ Actions }). */
  spec: AlbRouteSpec;
}

/** The rule or default actions before the canary started; restore writes the actions back. */
export type AlbSnapshot = AlbTrafficState;

export interface AlbShiftResult extends AlbTrafficState {
  canaryPercent: number;
  /** The spec at the snapshot: every shift is computed from it, so a step's weights never depend on the path. */
  base: AlbRouteSpec;
  /** The resource written by this call; empty when it already had the target weights. */
  written: string[];
}

const arnAs = (parse: (text: string) => object | string, what: string) =>
  z.string().check(z.refine((value) => typeof parse(value) === 'object', what));

// A spec ELBv2 could not take back is reported as an issue of the state, not thrown.
const spec = z.pipe(
  z.unknown(),
  z.transform((value, context): AlbRouteSpec => {
    try {
      return parseAlbSpec(value, 'the spec of the state');
    } catch (error) {
      context.issues.push({ code: 'custom', message: messageOf(error), input: value });
      return z.NEVER;
    }
  }),
);

export const albTrafficStateSchema = z.object({
  router: z.literal('alb'),
  listenerArn: arnAs(parseListenerArn, 'an ALB listener ARN'),
  ruleArn: z.optional(arnAs(parseRuleArn, 'an ALB listener rule ARN')),
  loadBalancerArn: z
    .string()
    .check(
      z.regex(
        /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/app\/[^/]+\/[^/]+$/,
        'an ALB ARN',
      ),
    ),
  stableTargetGroupArn: arnAs(parseTargetGroupArn, 'a target group ARN'),
  canaryTargetGroupArn: arnAs(parseTargetGroupArn, 'a target group ARN'),
  spec,
}) satisfies z.ZodMiniType<AlbTrafficState>;

export const albShiftResultSchema = z.extend(albTrafficStateSchema, {
  canaryPercent: z.int().check(z.gte(0), z.lte(100)),
  base: spec,
  written: z.array(z.string()),
}) satisfies z.ZodMiniType<AlbShiftResult>;

/** The lock key: two deployments that shift the same rule (or listener default actions) share it. */
export function albLockKey(state: Pick<AlbTrafficState, 'listenerArn' | 'ruleArn'>): string {
  return state.ruleArn ? `alb:rule:${state.ruleArn}` : `alb:listener-default-actions:${state.listenerArn}`;
}

/** The settings of the deployment a state belongs to, by ARN: how the engine rebuilds its router. */
export function albSettingsOf(state: AlbTrafficState): AlbSettings {
  return {
    listenerArn: state.listenerArn,
    ...(state.ruleArn ? { ruleArn: state.ruleArn } : {}),
    stableTargetGroup: state.stableTargetGroupArn,
    canaryTargetGroup: state.canaryTargetGroupArn,
  };
}

export function albPairOf(
  state: Pick<AlbTrafficState, 'stableTargetGroupArn' | 'canaryTargetGroupArn'>,
): TargetGroupPair {
  return { stable: state.stableTargetGroupArn, canary: state.canaryTargetGroupArn };
}

/** "ALB rule 9683b2d02a6cabee of listener f2f7dc8efc522ab2 (load balancer my-alb)", or its default actions. */
export function albResourceLabel(state: Pick<AlbTrafficState, 'listenerArn' | 'ruleArn'>): string {
  const listener = parseListenerArn(state.listenerArn);
  const where =
    typeof listener === 'string'
      ? state.listenerArn
      : `listener ${listener.listenerId} (load balancer ${listener.loadBalancerName})`;
  if (!state.ruleArn) return `the default actions of ALB ${where}`;
  const rule = parseRuleArn(state.ruleArn);
  return `ALB rule ${typeof rule === 'string' ? state.ruleArn : rule.ruleId} of ${where}`;
}
