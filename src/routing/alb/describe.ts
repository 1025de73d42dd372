import type { RouteWeights } from '../router.js';
import type { AlbApi } from './api.js';
import { targetGroupNameOf } from './arns.js';
import type { AlbLocation } from './settings.js';
import { parseAlbSpec, targetGroupsOf } from './spec.js';
import { albResourceLabel } from './state.js';

/**
 * The weights as they are, for people: reads the rule (or the listener's default actions) without the
 * pre-flight's checks on the two groups. Target groups are shown by name.
 */
export async function readAlbWeights(api: AlbApi, settings: AlbLocation): Promise<RouteWeights[]> {
  const read = settings.ruleArn ? await api.rule(settings.ruleArn) : await api.listener(settings.listenerArn);
  const route = albResourceLabel(settings);
  const spec = parseAlbSpec(read.spec, route);
  return [
    {
      route,
      type: settings.ruleArn ? 'alb rule' : 'alb listener default actions',
      // ELBv2 keeps no version of a rule or listener.
      version: 0,
      targets: targetGroupsOf(spec).map((group) => ({
        target: targetGroupNameOf(group.id),
        weight: group.weight,
      })),
    },
  ];
}
