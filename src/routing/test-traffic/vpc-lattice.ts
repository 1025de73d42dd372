import { type TestTrafficSettings, testTrafficInputs } from '../../config/test-traffic.js';
import { InputError } from '../../errors.js';
import { isObject } from '../json.js';
import type { LatticeApi } from '../vpc-lattice/api.js';
import { type LatticeTrafficState, latticeResourceLabel } from '../vpc-lattice/state.js';
import type { TestTrafficDoor } from './door.js';
import { deploymentTagKey, type TestTrafficPlan } from './plan.js';
import { priorityAhead } from './priority.js';

// With its router's API, so a deployment loads its test traffic as one chunk, not two.
export { LatticeApi } from '../vpc-lattice/api.js';

type LatticePlan = Extract<TestTrafficPlan, { router: 'vpc-lattice' }>;

// VPC Lattice quotas: priorities 1-100; 10 rules per listener (the default aside); 5 header matches a rule.
const maxPriority = 100;
const maxRulesPerListener = 10;
const maxHeaderMatches = 5;

/**
 * Pre-flight, read-only: a listener rule with the production rule's match plus an exact header match,
 * forwarding to the canary target group, at a free priority ahead of the production rule. Refuses
 * (InputError) a header without a value (VPC Lattice matches values: exact, prefix, contains), a priority
 * taken or not ahead, a listener at its rule quota, a match with no room for one more header.
 * Calls: ListRules of the listener.
 */
export async function planLatticeTestTraffic(
  api: LatticeApi,
  snapshot: LatticeTrafficState,
  settings: TestTrafficSettings,
  deploymentId: string,
): Promise<LatticePlan> {
  const { header } = settings;
  if (header.value === undefined)
    throw new InputError(
      testTrafficInputs.header,
      `VPC Lattice matches a header by its value, not by its presence: give "${header.name}: value".`,
    );
  const resource = latticeResourceLabel(snapshot);
  const rules = (await api.listenerRules(snapshot.serviceArn, snapshot.listenerArn)).filter(
    (rule) => !rule.isDefault,
  );
  if (rules.length >= maxRulesPerListener)
    throw new InputError(
      testTrafficInputs.header,
      `listener ${snapshot.names.listener} already has ${rules.length} rules, the VPC Lattice quota (${maxRulesPerListener}): no room for the test rule. Remove a rule or raise the quota, or remove ${testTrafficInputs.header}.`,
    );
  const taken = new Map(rules.map((rule) => [rule.priority, rule.name]));
  const production = snapshot.ruleArn ? (snapshot.spec.priority ?? maxPriority + 1) : maxPriority + 1;
  const priority = priorityAhead(
    settings.priority,
    production,
    { router: 'VPC Lattice', maxPriority, taken },
    resource,
  );

  const match = structuredClone(snapshot.spec.match ?? {}) as Record<string, unknown>;
  const http = isObject(match.httpMatch) ? match.httpMatch : {};
  const headers = Array.isArray(http.headerMatches) ? http.headerMatches : [];
  if (headers.length >= maxHeaderMatches)
    throw new InputError(
      testTrafficInputs.header,
      `${resource} already matches ${headers.length} headers, VPC Lattice's most: no room for the test header.`,
    );
  const testMatch = {
    ...match,
    httpMatch: {
      ...http,
      headerMatches: [...headers, { name: header.name, match: { exact: header.value } }],
    },
  };
  return { router: 'vpc-lattice', header, name: ruleNameOf(deploymentId), priority, match: testMatch };
}

/** A rule name (3-63 of a-z 0-9 -, no "--", no hyphen at either end) that carries the deployment id. */
function ruleNameOf(deploymentId: string): string {
  const id = deploymentId
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-');
  return `test-${id}`.slice(0, 63).replace(/-+$/, '');
}

/** A target group ARN or ID as an ID (GetRule answers IDs). */
function groupId(identifier: unknown): unknown {
  return typeof identifier === 'string' ? identifier.split('/').at(-1) : identifier;
}

function ruleView(spec: { match?: unknown; priority?: unknown; action?: unknown }): unknown {
  const forward = isObject(spec.action) && isObject(spec.action.forward) ? spec.action.forward : undefined;
  const groups = forward && Array.isArray(forward.targetGroups) ? forward.targetGroups : [];
  return {
    priority: spec.priority,
    match: spec.match,
    forward: groups
      .filter(isObject)
      .map((group) => ({ group: groupId(group.targetGroupIdentifier), weight: group.weight ?? 100 })),
    ...(forward ? {} : { action: spec.action }),
  };
}

/** The test rule of a plan: found by its name (which carries the deployment id), created tagged with it. */
export function latticeTestDoors(
  api: LatticeApi,
  plan: LatticePlan,
  snapshot: LatticeTrafficState,
  deploymentId: string,
): TestTrafficDoor[] {
  const action = {
    forward: { targetGroups: [{ targetGroupIdentifier: snapshot.canaryTargetGroupArn, weight: 1 }] },
  };
  const canary = groupId(snapshot.canaryTargetGroupArn);
  return [
    {
      label: `VPC Lattice test rule ${plan.name} of listener ${snapshot.names.listener}`,
      expected: ruleView({ priority: plan.priority, match: plan.match, action }),
      read: async () => {
        const rules = await api.listenerRules(snapshot.serviceArn, snapshot.listenerArn);
        const ours = rules.find((rule) => rule.name === plan.name);
        if (!ours) return undefined;
        const read = await api.readRule(snapshot.serviceArn, snapshot.listenerArn, ours.arn);
        return { id: ours.arn, view: ruleView(read.spec as Record<string, unknown>) };
      },
      create: () =>
        api.createRule({
          serviceArn: snapshot.serviceArn,
          listenerArn: snapshot.listenerArn,
          name: plan.name,
          priority: plan.priority,
          match: plan.match,
          action,
          tags: { [deploymentTagKey]: deploymentId },
        }),
      remove: (ruleArn) => api.deleteRule(snapshot.serviceArn, snapshot.listenerArn, ruleArn),
      routesCanary: (view) =>
        ((view as { forward?: Array<{ group: unknown; weight: unknown }> }).forward ?? []).some(
          (target) => target.group === canary && Number(target.weight) > 0,
        ),
    },
  ];
}
