import { CanaryGroupNotAtZeroError, PreflightError } from '../errors.js';
import { type TargetGroupWeight, weightOf } from '../group-weights.js';
import { describeGroups } from '../target-groups.js';
import type { LatticeApi, LatticeRead, LatticeTargetGroupInfo } from './api.js';
import { parseLatticeIdentifier } from './identifiers.js';
import { type LatticeSettings, latticeInputs } from './settings.js';
import {
  type LatticeRouteSpec,
  LatticeSpecError,
  maxLatticeTargetGroups,
  parseLatticeSpec,
  shift,
  targetGroupsOf,
} from './spec.js';
import { type LatticeTrafficState, latticePairOf, latticeResourceLabel } from './state.js';

export interface LatticePreflightChecks {
  /** Refuse an action where the canary group already has weight (true for a new deployment). */
  canaryAtZero: boolean;
}

/**
 * Read-only. Resolves the service, listener, rule and both target groups (names, IDs or ARNs), then checks:
 * the rule belongs to the listener and is not its default rule; the action is a forward; the stable group
 * is in it with weight; the canary group is in it at weight 0 (optionally), or can be added (room under the
 * 10-group limit, not used by another service); the whole shift to 100% can be written. Returns the state
 * as read. Calls: GetService (or ListServices), GetListener (after ListListeners for a name), GetRule
 * (after ListRules for a name) when a rule is set, GetTargetGroup (or ListTargetGroups) for each group.
 */
export async function readLatticeState(
  api: LatticeApi,
  settings: LatticeSettings,
  checks: LatticePreflightChecks,
): Promise<LatticeTrafficState> {
  const service = await api.service(settings.service);
  const listener = await api.listener(service, settings.listener);
  const rule =
    settings.rule === undefined ? undefined : await api.rule(service, listener.resource, settings.rule);
  if (rule) checkRule(rule, listener);
  const stable = await api.targetGroup(settings.stableTargetGroup, latticeInputs.stableTargetGroup);
  const canary = await api.targetGroup(settings.canaryTargetGroup, latticeInputs.canaryTargetGroup);
  if (stable.id === canary.id) {
    throw new PreflightError(
      `${latticeInputs.canaryTargetGroup} and ${latticeInputs.stableTargetGroup} are the same target group (${stable.name}); give the canary its own.`,
    );
  }
  const names = {
    service: service.name,
    listener: listener.resource.name,
    ...(rule ? { rule: rule.resource.name } : {}),
    stableTargetGroup: stable.name,
    canaryTargetGroup: canary.name,
  };
  const label = latticeResourceLabel({ ...(rule ? { ruleArn: rule.resource.arn } : {}), names });
  const input = rule ? latticeInputs.rule : latticeInputs.listener;
  const spec = checkedSpec(rule ?? listener, label, input);
  const state: LatticeTrafficState = {
    router: 'vpc-lattice',
    serviceArn: service.arn,
    listenerArn: listener.resource.arn,
    ...(rule ? { ruleArn: rule.resource.arn } : {}),
    stableTargetGroupArn: stable.arn,
    canaryTargetGroupArn: canary.arn,
    names,
    spec,
  };
  const known = new Map([
    [stable.id, stable.name],
    [canary.id, canary.name],
  ]);
  // A forward holds IDs: the other groups are named (one GetTargetGroup each) only for a refusal.
  const named = (groups: readonly TargetGroupWeight[]) =>
    Promise.all(
      groups.map(async (group) => ({
        id:
          known.get(group.id) ??
          (await api
            .targetGroup(group.id, 'the forward action')
            .then((read) => read.name)
            .catch(() => group.id)),
        weight: group.weight,
      })),
    );
  await checkWeights(state, label, checks, named);
  checkCanaryCanJoin(state, canary, label);
  return state;
}

function checkRule(rule: LatticeRead, listener: LatticeRead): void {
  const parsed = parseLatticeIdentifier('rule', rule.resource.arn);
  if (typeof parsed === 'object' && parsed.form === 'arn' && parsed.listenerId !== listener.resource.id) {
    throw new PreflightError(
      `${latticeInputs.rule}: rule ${rule.resource.name} belongs to listener ${parsed.listenerId}, not to lattice-listener ${listener.resource.name}.`,
    );
  }
  if (rule.isDefault) {
    throw new PreflightError(
      `${latticeInputs.rule}: ${rule.resource.name} is the default rule of listener ${listener.resource.name}; leave lattice-rule unset to shift the listener's default action.`,
    );
  }
}

function checkedSpec(read: LatticeRead, label: string, input: string): LatticeRouteSpec {
  try {
    return parseLatticeSpec(read.spec, label);
  } catch (error) {
    if (error instanceof LatticeSpecError) throw new PreflightError(`${input}: ${error.message}`);
    throw error;
  }
}

async function checkWeights(
  state: LatticeTrafficState,
  label: string,
  checks: LatticePreflightChecks,
  named: (groups: readonly TargetGroupWeight[]) => Promise<TargetGroupWeight[]>,
): Promise<void> {
  const pair = latticePairOf(state);
  const groups = targetGroupsOf(state.spec);
  const { names } = state;
  if (!groups.some((group) => group.id === pair.stable)) {
    throw new PreflightError(
      `${latticeInputs.stableTargetGroup}: ${label} does not forward to target group ${names.stableTargetGroup} ` +
        `(its target groups: ${describeGroups(await named(groups))}); set stable-target-group to the group that serves production.`,
    );
  }
  const canaryIn = groups.some((group) => group.id === pair.canary);
  if (weightOf(groups, pair.stable) + weightOf(groups, pair.canary) === 0) {
    throw new PreflightError(
      `${latticeInputs.stableTargetGroup}: ${label} gives target group ${names.stableTargetGroup} weight 0: there is no traffic to shift.`,
    );
  }
  if (checks.canaryAtZero && weightOf(groups, pair.canary) > 0) {
    throw new CanaryGroupNotAtZeroError(label, names.canaryTargetGroup, await named(groups));
  }
  if (!canaryIn && groups.length >= maxLatticeTargetGroups) {
    throw new PreflightError(
      `${latticeInputs.canaryTargetGroup}: ${label} already forwards to ${groups.length} target groups, the most VPC Lattice allows, ` +
        `so target group ${names.canaryTargetGroup} cannot be added; add it at weight 0 by hand, or remove a group.`,
    );
  }
  try {
    shift(state.spec, pair, 100, label);
  } catch (error) {
    if (error instanceof LatticeSpecError)
      throw new PreflightError(`${latticeInputs.stableTargetGroup}: ${error.message}`);
    throw error;
  }
}

function checkCanaryCanJoin(state: LatticeTrafficState, canary: LatticeTargetGroupInfo, label: string): void {
  if (canary.status !== undefined && canary.status !== 'ACTIVE') {
    throw new PreflightError(
      `${latticeInputs.canaryTargetGroup}: target group ${canary.name} is ${canary.status}, not ACTIVE.`,
    );
  }
  const elsewhere = canary.serviceArns.filter((arn) => arn !== state.serviceArn);
  if (elsewhere.length > 0) {
    throw new PreflightError(
      `${latticeInputs.canaryTargetGroup}: target group ${canary.name} is used by service ${elsewhere.join(', ')}; ` +
        `a VPC Lattice target group serves one service, so ${label} cannot forward to it.`,
    );
  }
}
