import type { RouteWeights } from '../router.js';
import type { LatticeApi } from './api.js';
import type { LatticeLocation } from './settings.js';
import { parseLatticeSpec, targetGroupsOf } from './spec.js';
import { latticeResourceLabel } from './state.js';

/**
 * The weights as they are, for people: resolves and reads the rule (or the listener's default action)
 * without the pre-flight's checks on the two groups, so it also shows an action a canary could not start
 * from. Target groups are shown by name (one GetTargetGroup each: a forward holds only IDs), or by ID when
 * a group cannot be read.
 */
export async function readLatticeWeights(
  api: LatticeApi,
  settings: LatticeLocation,
): Promise<RouteWeights[]> {
  const service = await api.service(settings.service);
  const listener = await api.listener(service, settings.listener);
  const rule =
    settings.rule === undefined ? undefined : await api.rule(service, listener.resource, settings.rule);
  const route = latticeResourceLabel({
    ...(rule ? { ruleArn: rule.resource.arn } : {}),
    names: { listener: listener.resource.name, ...(rule ? { rule: rule.resource.name } : {}) },
  });
  const spec = parseLatticeSpec((rule ?? listener).spec, route);
  const targets = [];
  for (const group of targetGroupsOf(spec)) {
    const name = await api
      .targetGroup(group.id, 'the forward action')
      .then((read) => read.name)
      .catch(() => group.id);
    targets.push({ target: name, weight: group.weight });
  }
  return [
    {
      route,
      type: rule ? 'vpc-lattice rule' : 'vpc-lattice listener default action',
      // VPC Lattice keeps no version of a rule or listener.
      version: 0,
      targets,
    },
  ];
}
