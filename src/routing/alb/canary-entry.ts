import { RoutedResourceDriftError } from '../errors.js';
import type { AlbApi } from './api.js';
import { targetGroupNameOf } from './arns.js';
import {
  type AlbRouteSpec,
  differences,
  parseAlbSpec,
  specsEqual,
  targetGroupsOf,
  withGroupAtZero,
  withoutGroup,
} from './spec.js';
import { albResourceLabel } from './state.js';

/**
 * init's one write to a listener rule: the canary target group enters the forward at weight 0, or (remove)
 * leaves it while at 0. Like every router write: the rule read before (the snapshot the plan showed) is
 * checked whole against the rule just before the write, and only the actions are sent.
 */
export interface CanaryEntryRequest {
  listenerArn: string;
  ruleArn: string;
  canaryArn: string;
  /** The rule as the plan read it: any other change since is someone's, and nothing is written. */
  snapshot: AlbRouteSpec;
}

/** The rule read now, checked. */
export async function readRuleSpec(api: AlbApi, listenerArn: string, ruleArn: string): Promise<AlbRouteSpec> {
  return parseAlbSpec((await api.rule(ruleArn)).spec, albResourceLabel({ listenerArn, ruleArn }));
}

/** Adds the canary at weight 0; returns whether the rule was written (false: it already held it). */
export function addCanaryEntry(api: AlbApi, request: CanaryEntryRequest): Promise<boolean> {
  const resource = albResourceLabel(request);
  return writeChecked(api, request, withGroupAtZero(request.snapshot, request.canaryArn, resource));
}

/** Takes the canary out of the forward; refused while it has weight. Returns whether the rule was written. */
export function removeCanaryEntry(api: AlbApi, request: CanaryEntryRequest): Promise<boolean> {
  const weight =
    targetGroupsOf(request.snapshot).find((group) => group.id === request.canaryArn)?.weight ?? 0;
  if (weight > 0)
    throw new Error(
      `${albResourceLabel(request)} gives ${targetGroupNameOf(request.canaryArn)} weight ${weight}: a canary runs or was left at weight; roll it back first.`,
    );
  return writeChecked(api, request, withoutGroup(request.snapshot, request.canaryArn));
}

async function writeChecked(
  api: AlbApi,
  request: CanaryEntryRequest,
  target: AlbRouteSpec,
): Promise<boolean> {
  const resource = albResourceLabel(request);
  const current = await readRuleSpec(api, request.listenerArn, request.ruleArn);
  if (specsEqual(current, target)) return false;
  if (!specsEqual(current, request.snapshot))
    throw new RoutedResourceDriftError(resource, differences(current, request.snapshot));
  await api.modifyRuleActions(request.ruleArn, target.Actions);
  return true;
}
