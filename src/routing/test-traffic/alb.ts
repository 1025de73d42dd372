import { type TestTrafficSettings, testTrafficInputs } from '../../config/test-traffic.js';
import { AwsCallError, InputError } from '../../errors.js';
import { type AlbApi, type AlbRuleRead, defaultRulesPerLoadBalancer } from '../alb/api.js';
import type { AlbRouteSpec } from '../alb/spec.js';
import type { AlbTrafficState } from '../alb/state.js';
import { albResourceLabel } from '../alb/state.js';
import type { MeshLog } from '../app-mesh/appmesh-api.js';
import { isObject } from '../json.js';
import type { TestTrafficDoor } from './door.js';
import { deploymentTagKey, type TestTrafficPlan } from './plan.js';
import { priorityAhead } from './priority.js';

// With its router's API, so a deployment loads its test traffic as one chunk, not two.
export { AlbApi } from '../alb/api.js';

type AlbPlan = Extract<TestTrafficPlan, { router: 'alb' }>;

// ELBv2 quotas: priorities 1-50000; 5 condition values a rule. Rules per load balancer: the account's.
const maxPriority = 50000;
const maxConditionValues = 5;

/**
 * Pre-flight, read-only: a listener rule with the production rule's conditions and an http-header condition,
 * forwarding to the canary target group, at a free priority ahead of the production rule. Refuses
 * (InputError) a wildcard in the value, a priority taken or not ahead, a load balancer at its rule quota, a
 * rule with no room for one more condition value.
 * Calls: DescribeRules of the listener, DescribeListeners of the load balancer, DescribeRules of each other
 * listener (the rule quota is per load balancer), DescribeAccountLimits (the quota, raised or not).
 */
export async function planAlbTestTraffic(
  api: AlbApi,
  snapshot: AlbTrafficState,
  settings: TestTrafficSettings,
  log?: MeshLog,
): Promise<AlbPlan> {
  const { header } = settings;
  if (header.value !== undefined && /[*?]/.test(header.value))
    throw new InputError(
      testTrafficInputs.header,
      `an ALB reads * and ? in a header value as wildcards, so "${header.value}" would match other values: choose a value without them, or give the name alone to match any value.`,
    );
  const rules = await api.listenerRules(snapshot.listenerArn);
  const taken = new Map(
    rules.filter((rule) => !rule.isDefault).map((rule) => [priorityOf(rule), rule.ruleArn]),
  );
  const production = snapshot.ruleArn ? Number(snapshot.spec.Priority) : maxPriority + 1;
  const priority = priorityAhead(
    settings.priority,
    production,
    { router: 'ALB', maxPriority, taken },
    albResourceLabel(snapshot),
  );

  let count = taken.size;
  for (const listener of await api.listenersOf(snapshot.loadBalancerArn)) {
    if (listener === snapshot.listenerArn) continue;
    count += (await api.listenerRules(listener)).filter((rule) => !rule.isDefault).length;
  }
  const quota = await rulesQuota(api, log);
  if (count >= quota)
    throw new InputError(
      testTrafficInputs.header,
      `the load balancer already has ${count} rules, this account's ELBv2 quota (rules-per-application-load-balancer ${quota}): no room for the test rule. Remove a rule or raise the quota, or remove ${testTrafficInputs.header}.`,
    );

  const conditions = [
    ...(snapshot.spec.Conditions ?? []).map(writableCondition),
    {
      Field: 'http-header',
      HttpHeaderConfig: { HttpHeaderName: header.name, Values: [header.value ?? '*'] },
    },
  ];
  const values = conditions.reduce((total, condition) => total + valuesOf(condition).length, 0);
  if (values > maxConditionValues)
    throw new InputError(
      testTrafficInputs.header,
      `${albResourceLabel(snapshot)} already matches ${values - 1} condition values; with the header that is ${values}, above ELBv2's ${maxConditionValues} a rule: no room for the test header.`,
    );
  return { router: 'alb', header, priority, conditions };
}

/**
 * The account's rule quota; a role from before it was read (no elasticloadbalancing:DescribeAccountLimits) gets
 * ELBv2's default with a warning, as the pre-flight counted before, rather than a deploy that no longer starts.
 */
async function rulesQuota(api: AlbApi, log?: MeshLog): Promise<number> {
  try {
    return await api.rulesPerLoadBalancer();
  } catch (error) {
    if (!(error instanceof AwsCallError) || !/AccessDenied/.test(error.awsErrorName)) throw error;
    log?.warn(
      `could not read the account's ELBv2 rule quota (${error.awsErrorName}): counting against the default ${defaultRulesPerLoadBalancer}; grant elasticloadbalancing:DescribeAccountLimits to read a raised one`,
    );
    return defaultRulesPerLoadBalancer;
  }
}

function priorityOf(rule: AlbRuleRead): number {
  return Number((rule.spec as AlbRouteSpec).Priority);
}

/** A condition as CreateRule takes it: a condition read back carries Values and its config both. */
function writableCondition(condition: unknown): Record<string, unknown> {
  const copy = structuredClone(condition) as Record<string, unknown>;
  if (Object.keys(copy).some((key) => key.endsWith('Config'))) delete copy.Values;
  return copy;
}

function valuesOf(condition: unknown): unknown[] {
  if (!isObject(condition)) return [];
  const config = Object.entries(condition).find(([key]) => key.endsWith('Config'))?.[1];
  const values = isObject(config) ? config.Values : condition.Values;
  return Array.isArray(values) ? values : [];
}

/** What decides which requests reach which group: priority, conditions, forwarded groups and weights. */
function ruleView(rule: AlbRuleRead): unknown {
  const spec = rule.spec as AlbRouteSpec;
  return {
    priority: priorityOf(rule),
    conditions: (spec.Conditions ?? []).map(conditionView),
    forward: (spec.Actions ?? []).map(forwardView),
  };
}

function conditionView(condition: unknown): unknown {
  const record = isObject(condition) ? condition : {};
  const headerConfig = isObject(record.HttpHeaderConfig) ? record.HttpHeaderConfig : undefined;
  return {
    field: record.Field,
    ...(headerConfig ? { header: headerConfig.HttpHeaderName } : {}),
    values: valuesOf(condition),
  };
}

function forwardView(action: unknown): unknown {
  const record = isObject(action) ? action : {};
  const config = isObject(record.ForwardConfig) ? record.ForwardConfig : undefined;
  const groups = config && Array.isArray(config.TargetGroups) ? config.TargetGroups : undefined;
  if (record.Type !== 'forward') return { type: record.Type };
  const targets = groups
    ? groups.filter(isObject).map((group) => ({ group: group.TargetGroupArn, weight: group.Weight ?? 1 }))
    : [{ group: record.TargetGroupArn, weight: 1 }];
  return { type: 'forward', targets };
}

/** The test rule of a plan: found by the deployment tag among the listener's rules, created carrying it. */
export function albTestDoors(
  api: AlbApi,
  plan: AlbPlan,
  snapshot: AlbTrafficState,
  deploymentId: string,
): TestTrafficDoor[] {
  const actions = [{ Type: 'forward', TargetGroupArn: snapshot.canaryTargetGroupArn }];
  const expected = ruleView({
    ruleArn: '',
    isDefault: false,
    spec: { Priority: String(plan.priority), Conditions: plan.conditions, Actions: actions },
  });
  return [
    {
      label: `ALB test rule at priority ${plan.priority} of ${albResourceLabel({ listenerArn: snapshot.listenerArn })}`,
      expected,
      read: async () => {
        const rules = (await api.listenerRules(snapshot.listenerArn)).filter((rule) => !rule.isDefault);
        const tags = await api.tagsOf(rules.map((rule) => rule.ruleArn));
        const ours = rules.find((rule) => tags.get(rule.ruleArn)?.[deploymentTagKey] === deploymentId);
        return ours ? { id: ours.ruleArn, view: ruleView(ours) } : undefined;
      },
      create: async () => {
        await api.createRule({
          listenerArn: snapshot.listenerArn,
          priority: plan.priority,
          conditions: plan.conditions,
          actions,
          tags: { [deploymentTagKey]: deploymentId },
        });
      },
      remove: (ruleArn) => api.deleteRule(ruleArn),
      routesCanary: (view) =>
        (
          (view as { forward?: Array<{ targets?: Array<{ group: unknown; weight: unknown }> }> }).forward ??
          []
        ).some((action) =>
          (action.targets ?? []).some(
            (target) => target.group === snapshot.canaryTargetGroupArn && Number(target.weight) > 0,
          ),
        ),
    },
  ];
}
