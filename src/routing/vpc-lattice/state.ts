import * as z from 'zod/mini';
import { messageOf } from '../../errors.js';
import type { TargetGroupPair } from '../group-weights.js';
import { type LatticeKind, parseLatticeIdentifier } from './identifiers.js';
import type { LatticeSettings } from './settings.js';
import { type LatticeRouteSpec, parseLatticeSpec } from './spec.js';

/**
 * The VPC Lattice rule (or listener default action) of one canary, as last read or written. Plain JSON: the
 * execution document carries it between Lambda invocations.
 */
export interface LatticeTrafficState {
  router: 'vpc-lattice';
  serviceArn: string;
  listenerArn: string;
  /** Absent: the listener's default action is what is shifted. */
  ruleArn?: string;
  stableTargetGroupArn: string;
  canaryTargetGroupArn: string;
  /** The resources' names, for people (and to recognise inputs given by name). */
  names: {
    service: string;
    listener: string;
    rule?: string;
    stableTargetGroup: string;
    canaryTargetGroup: string;
  };
  /** The rule ({ match, priority, action }) or the default action ({ action }) as last read or written. */
  spec: LatticeRouteSpec;
}

/** The rule or default action before the canary started; restore writes its action back. */
export type LatticeSnapshot = LatticeTrafficState;

export interface LatticeShiftResult extends LatticeTrafficState {
  canaryPercent: number;
  /** The spec at the snapshot: every shift is computed from it, so a step's weights never depend on the path. */
  base: LatticeRouteSpec;
  /** The resource written by this call; empty when it already had the target weights. */
  written: string[];
}

const arnOf = (kind: LatticeKind) =>
  z.string().check(
    z.refine((value) => {
      const parsed = parseLatticeIdentifier(kind, value);
      return typeof parsed === 'object' && parsed.form === 'arn';
    }, `a VPC Lattice ${kind} ARN`),
  );

// A spec VPC Lattice could not take back is reported as an issue of the state, not thrown.
const spec = z.pipe(
  z.unknown(),
  z.transform((value, context): LatticeRouteSpec => {
    try {
      return parseLatticeSpec(value, 'the spec of the state');
    } catch (error) {
      context.issues.push({ code: 'custom', message: messageOf(error), input: value });
      return z.NEVER;
    }
  }),
);

const name = z.string().check(z.minLength(1));

export const latticeTrafficStateSchema = z.object({
  router: z.literal('vpc-lattice'),
  serviceArn: arnOf('service'),
  listenerArn: arnOf('listener'),
  ruleArn: z.optional(arnOf('rule')),
  stableTargetGroupArn: arnOf('targetgroup'),
  canaryTargetGroupArn: arnOf('targetgroup'),
  names: z.object({
    service: name,
    listener: name,
    rule: z.optional(name),
    stableTargetGroup: name,
    canaryTargetGroup: name,
  }),
  spec,
}) satisfies z.ZodMiniType<LatticeTrafficState>;

export const latticeShiftResultSchema = z.extend(latticeTrafficStateSchema, {
  canaryPercent: z.int().check(z.gte(0), z.lte(100)),
  base: spec,
  written: z.array(z.string()),
}) satisfies z.ZodMiniType<LatticeShiftResult>;

/**
 * The lock key: two deployments that shift the same rule (or the same listener's default action) share it,
 * whatever names they were given.
 */
export function latticeLockKey(state: Pick<LatticeTrafficState, 'listenerArn' | 'ruleArn'>): string {
  return state.ruleArn
    ? `vpc-lattice:rule:${state.ruleArn}`
    : `vpc-lattice:listener-default-action:${state.listenerArn}`;
}

/** The settings of the deployment a state belongs to, by ARN: how the engine rebuilds its router. */
export function latticeSettingsOf(state: LatticeTrafficState): LatticeSettings {
  return {
    service: state.serviceArn,
    listener: state.listenerArn,
    ...(state.ruleArn ? { rule: state.ruleArn } : {}),
    stableTargetGroup: state.stableTargetGroupArn,
    canaryTargetGroup: state.canaryTargetGroupArn,
  };
}

/** The target group IDs spec functions compare by. */
export function latticePairOf(
  state: Pick<LatticeTrafficState, 'stableTargetGroupArn' | 'canaryTargetGroupArn'>,
): TargetGroupPair {
  return {
    stable: targetGroupIdOfArn(state.stableTargetGroupArn),
    canary: targetGroupIdOfArn(state.canaryTargetGroupArn),
  };
}

function targetGroupIdOfArn(arn: string): string {
  const parsed = parseLatticeIdentifier('targetgroup', arn);
  return typeof parsed === 'object' && parsed.form !== 'name' ? parsed.id : arn;
}

/** "VPC Lattice rule checkout of listener http-80" or "the default action of VPC Lattice listener http-80". */
export function latticeResourceLabel(state: {
  ruleArn?: string;
  names: { listener: string; rule?: string };
}): string {
  return state.ruleArn
    ? `VPC Lattice rule ${state.names.rule ?? state.ruleArn} of listener ${state.names.listener}`
    : `the default action of VPC Lattice listener ${state.names.listener}`;
}
