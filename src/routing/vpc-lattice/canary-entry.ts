import { RoutedResourceDriftError } from '../errors.js';
import type { LatticeApi } from './api.js';
import {
  differences,
  type LatticeRouteSpec,
  parseLatticeSpec,
  specsEqual,
  targetGroupsOf,
  withGroupAtZero,
  withoutGroup,
} from './spec.js';

/**
 * init's one write to a VPC Lattice rule (or a listener's default action): the canary target group enters the
 * forward at weight 0, or (remove) leaves it while at 0. Like every router write: the spec read before (the
 * snapshot the plan showed) is checked whole against the spec just before the write, and only the action is
 * sent.
 */
export interface LatticeCanaryEntryRequest {
  serviceArn: string;
  listenerArn: string;
  /** Unset: the listener's default action. */
  ruleArn?: string;
  /** "VPC Lattice rule all-paths of listener http-80", for messages. */
  resource: string;
  canaryId: string;
  /** The spec as the plan read it: any other change since is someone's, and nothing is written. */
  snapshot: LatticeRouteSpec;
}

/** The rule (or default action) read now, checked. */
export async function readLatticeSpec(
  api: LatticeApi,
  where: Pick<LatticeCanaryEntryRequest, 'serviceArn' | 'listenerArn' | 'ruleArn' | 'resource'>,
): Promise<LatticeRouteSpec> {
  const read = where.ruleArn
    ? await api.readRule(where.serviceArn, where.listenerArn, where.ruleArn)
    : await api.readListener(where.serviceArn, where.listenerArn);
  return parseLatticeSpec(read.spec, where.resource);
}

/** Adds the canary at weight 0; returns whether the action was written (false: it already held it). */
export function addLatticeCanaryEntry(api: LatticeApi, request: LatticeCanaryEntryRequest): Promise<boolean> {
  return writeChecked(api, request, withGroupAtZero(request.snapshot, request.canaryId, request.resource));
}

/** Takes the canary out of the forward; refused while it has weight. Returns whether the action was written. */
export function removeLatticeCanaryEntry(
  api: LatticeApi,
  request: LatticeCanaryEntryRequest,
): Promise<boolean> {
  const weight = targetGroupsOf(request.snapshot).find((group) => group.id === request.canaryId)?.weight ?? 0;
  if (weight > 0)
    throw new Error(
      `${request.resource} gives ${request.canaryId} weight ${weight}: a canary runs or was left at weight; roll it back first.`,
    );
  return writeChecked(api, request, withoutGroup(request.snapshot, request.canaryId));
}

async function writeChecked(
  api: LatticeApi,
  request: LatticeCanaryEntryRequest,
  target: LatticeRouteSpec,
): Promise<boolean> {
  const current = await readLatticeSpec(api, request);
  if (specsEqual(current, target)) return false;
  if (!specsEqual(current, request.snapshot))
    throw new RoutedResourceDriftError(request.resource, differences(current, request.snapshot));
  if (request.ruleArn)
    await api.updateRuleAction(request.serviceArn, request.listenerArn, request.ruleArn, target.action);
  else await api.updateListenerAction(request.serviceArn, request.listenerArn, target.action);
  return true;
}
