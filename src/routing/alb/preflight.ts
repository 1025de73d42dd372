import { CanaryGroupNotAtZeroError, PreflightError } from '../errors.js';
import { weightOf } from '../group-weights.js';
import { describeGroups } from '../target-groups.js';
import type { AlbApi, AlbTargetGroupInfo } from './api.js';
import { loadBalancerArnOf, parseListenerArn, targetGroupNameOf } from './arns.js';
import { type AlbSettings, albInputs } from './settings.js';
import {
  type AlbRouteSpec,
  AlbSpecError,
  maxAlbTargetGroups,
  parseAlbSpec,
  shift,
  targetGroupsOf,
} from './spec.js';
import { type AlbTrafficState, albPairOf, albResourceLabel } from './state.js';

export interface AlbPreflightChecks {
  /** Refuse an action where the canary group already has weight (true for a new deployment). */
  canaryAtZero: boolean;
}

/**
 * Read-only. Reads the listener, the rule and both target groups, then checks: the rule is not the
 * listener's default rule; the actions hold one forward; the stable group is in it with weight; the canary
 * group is in it at weight 0 (optionally), or can be added (room under the 5-group limit, not used by another
 * load balancer); the whole shift to 100% can be written. Returns the state as read.
 * Calls: DescribeListeners, DescribeRules (with a rule), DescribeTargetGroups for each group.
 */
export async function readAlbState(
  api: AlbApi,
  settings: AlbSettings,
  checks: AlbPreflightChecks,
): Promise<AlbTrafficState> {
  const listener = await api.listener(settings.listenerArn);
  const rule = settings.ruleArn === undefined ? undefined : await api.rule(settings.ruleArn);
  if (rule?.isDefault) {
    throw new PreflightError(
      `${albInputs.rule}: ${rule.ruleArn} is the default rule of listener-arn; leave listener-rule-arn unset to shift the listener's default actions.`,
    );
  }
  const stable = await api.targetGroup(settings.stableTargetGroup, albInputs.stableTargetGroup);
  const canary = await api.targetGroup(settings.canaryTargetGroup, albInputs.canaryTargetGroup);
  if (stable.arn === canary.arn) {
    throw new PreflightError(
      `${albInputs.canaryTargetGroup} and ${albInputs.stableTargetGroup} are the same target group (${stable.name}); give the canary its own.`,
    );
  }
  const parsedListener = parseListenerArn(settings.listenerArn);
  const loadBalancerArn =
    listener.loadBalancerArn ?? (typeof parsedListener === 'object' ? loadBalancerArnOf(parsedListener) : '');
  const identity = { listenerArn: settings.listenerArn, ...(rule ? { ruleArn: rule.ruleArn } : {}) };
  const label = albResourceLabel(identity);
  const input = rule ? albInputs.rule : albInputs.listener;
  const state: AlbTrafficState = {
    router: 'alb',
    ...identity,
    loadBalancerArn,
    stableTargetGroupArn: stable.arn,
    canaryTargetGroupArn: canary.arn,
    spec: checkedSpec((rule ?? listener).spec, label, input),
  };
  checkWeights(state, label, checks);
  checkCanaryCanJoin(state, canary);
  return state;
}

function checkedSpec(value: unknown, label: string, input: string): AlbRouteSpec {
  try {
    return parseAlbSpec(value, label);
  } catch (error) {
    if (error instanceof AlbSpecError) throw new PreflightError(`${input}: ${error.message}`);
    throw error;
  }
}

function checkWeights(state: AlbTrafficState, label: string, checks: AlbPreflightChecks): void {
  const pair = albPairOf(state);
  const groups = targetGroupsOf(state.spec);
  const named = groups.map((group) => ({ id: targetGroupNameOf(group.id), weight: group.weight }));
  const stableName = targetGroupNameOf(pair.stable);
  const canaryName = targetGroupNameOf(pair.canary);
  if (!groups.some((group) => group.id === pair.stable)) {
    throw new PreflightError(
      `${albInputs.stableTargetGroup}: ${label} does not forward to target group ${stableName} ` +
        `(its target groups: ${describeGroups(named)}); set stable-target-group to the group that serves production.`,
    );
  }
  if (weightOf(groups, pair.stable) + weightOf(groups, pair.canary) === 0) {
    throw new PreflightError(
      `${albInputs.stableTargetGroup}: ${label} gives target group ${stableName} weight 0: there is no traffic to shift.`,
    );
  }
  if (checks.canaryAtZero && weightOf(groups, pair.canary) > 0) {
    throw new CanaryGroupNotAtZeroError(label, canaryName, named);
  }
  if (!groups.some((group) => group.id === pair.canary) && groups.length >= maxAlbTargetGroups) {
    throw new PreflightError(
      `${albInputs.canaryTargetGroup}: ${label} already forwards to ${groups.length} target groups, the most an ALB allows, ` +
        `so target group ${canaryName} cannot be added; add it at weight 0 by hand, or remove a group.`,
    );
  }
  try {
    shift(state.spec, pair, 100, label);
  } catch (error) {
    if (error instanceof AlbSpecError)
      throw new PreflightError(`${albInputs.stableTargetGroup}: ${error.message}`);
    throw error;
  }
}

function checkCanaryCanJoin(state: AlbTrafficState, canary: AlbTargetGroupInfo): void {
  const elsewhere = canary.loadBalancerArns.filter((arn) => arn !== state.loadBalancerArn);
  if (elsewhere.length > 0) {
    throw new PreflightError(
      `${albInputs.canaryTargetGroup}: target group ${canary.name} is used by load balancer ${elsewhere.join(', ')}; ` +
        'an ALB target group serves one load balancer, so this listener cannot forward to it.',
    );
  }
}
