import { AwsError, isObject, type Json } from '../protocol.js';
import { queryList } from '../query-protocol.js';

/** ELBv2's error codes (the Query protocol's Code), all HTTP 400. */
export function elbError(code: string, message: string): AwsError {
  return new AwsError(code, message, 400);
}

export function validationError(message: string): AwsError {
  return elbError('ValidationError', message);
}

const partition = String.raw`arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:`;
export const arnPatterns = {
  'load balancer': new RegExp(`^${partition}loadbalancer/(app|net|gwy)/[^/]+/[0-9a-f]{16}$`),
  listener: new RegExp(`^${partition}listener/(app|net|gwy)/[^/]+/[0-9a-f]{16}/[0-9a-f]{16}$`),
  rule: new RegExp(`^${partition}listener-rule/(app|net)/[^/]+/[0-9a-f]{16}/[0-9a-f]{16}/[0-9a-f]{16}$`),
  'target group': new RegExp(`^${partition}targetgroup/[A-Za-z0-9-]{1,32}/[0-9a-f]{16}$`),
} as const;

export function checkArn(kind: keyof typeof arnPatterns, value: unknown): string {
  if (typeof value !== 'string' || !arnPatterns[kind].test(value))
    throw validationError(`'${String(value)}' is not a valid ${kind} ARN`);
  return value;
}

/** What an action's target groups must satisfy: exist, and fit the load balancer the action belongs to. */
export interface TargetGroupCheck {
  /** The target group, or TargetGroupNotFound. */
  find(arn: string): { arn: string; vpcId: string; protocol: string; loadBalancerArns: string[] };
  loadBalancer: { arn: string; vpcId: string; type: string };
}

const terminal = new Set(['forward', 'redirect', 'fixed-response']);
const modelled = new Set([...terminal]);

function integer(value: unknown, field: string, min: number, max: number): number {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(number) || number < min || number > max)
    throw validationError(
      `1 validation error detected: Value '${String(value)}' at '${field}' failed to satisfy constraint: Member must have value between ${min} and ${max}`,
    );
  return number;
}

function boolean(value: unknown, field: string): boolean {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw validationError(`Value '${String(value)}' at '${field}' is not a boolean`);
}

/**
 * Listener default actions or rule actions, as ModifyListener / ModifyRule take them, normalized as ELBv2
 * stores them: a forward keeps its target groups in ForwardConfig (a bare TargetGroupArn becomes one group of
 * weight 1), at most 5, weights 0-999, stickiness off unless enabled with a duration of 1-604800 seconds.
 */
export function checkActions(value: unknown, field: string, groups: TargetGroupCheck): Json[] {
  const actions = queryList(value);
  if (!actions || actions.length === 0) throw validationError(`${field} must hold at least one action`);
  const checked = actions.map((action, index) => checkAction(action, `${field}.member.${index + 1}`, groups));
  const terminals = checked.filter((action) => terminal.has(String(action.Type)));
  if (terminals.length !== 1)
    throw elbError(
      'InvalidLoadBalancerAction',
      'A rule must have exactly one forward, redirect or fixed-response action, and it must be the last',
    );
  return checked;
}

function checkAction(value: unknown, field: string, groups: TargetGroupCheck): Json {
  if (!isObject(value)) throw validationError(`${field} must be an action`);
  const type = value.Type;
  if (typeof type !== 'string') throw validationError(`${field}.type is required`);
  if (!modelled.has(type))
    throw validationError(
      `Action type '${type}' is not modelled by the local stack (forward, redirect, fixed-response)`,
    );
  const order = value.Order === undefined ? {} : { Order: integer(value.Order, `${field}.order`, 1, 50000) };
  if (type === 'fixed-response') {
    const config = value.FixedResponseConfig;
    if (!isObject(config) || typeof config.StatusCode !== 'string' || !/^[245]\d\d$/.test(config.StatusCode))
      throw validationError(`${field}.fixedResponseConfig.statusCode must be a 2XX, 4XX or 5XX code`);
    return { Type: type, ...order, FixedResponseConfig: structuredClone(config) };
  }
  if (type === 'redirect') {
    const config = value.RedirectConfig;
    if (!isObject(config) || !['HTTP_301', 'HTTP_302'].includes(String(config.StatusCode)))
      throw validationError(`${field}.redirectConfig.statusCode must be HTTP_301 or HTTP_302`);
    return { Type: type, ...order, RedirectConfig: structuredClone(config) };
  }
  return { Type: type, ...order, ForwardConfig: checkForward(value, field, groups) };
}

function checkForward(action: Json, field: string, groups: TargetGroupCheck): Json {
  const bare = action.TargetGroupArn;
  const config = isObject(action.ForwardConfig) ? action.ForwardConfig : undefined;
  const listed = queryList(config?.TargetGroups);
  if (bare === undefined && (!listed || listed.length === 0))
    throw validationError(`${field}: a forward action needs a TargetGroupArn or ForwardConfig target groups`);
  if (listed && listed.length > 5)
    throw validationError(
      `${field}.forwardConfig.targetGroups: a forward action can hold at most 5 target groups`,
    );
  const tuples = (listed && listed.length > 0 ? listed : [{ TargetGroupArn: bare }]).map((tuple, index) => {
    const where = `${field}.forwardConfig.targetGroups.member.${index + 1}`;
    if (!isObject(tuple)) throw validationError(`${where} must be a target group tuple`);
    const arn = checkArn('target group', tuple.TargetGroupArn);
    const weight = tuple.Weight === undefined ? 1 : integer(tuple.Weight, `${where}.weight`, 0, 999);
    return { TargetGroupArn: arn, Weight: weight };
  });
  if (bare !== undefined) {
    checkArn('target group', bare);
    if (tuples.length !== 1 || tuples[0]!.TargetGroupArn !== bare)
      throw validationError(
        `${field}: with both TargetGroupArn and ForwardConfig, ForwardConfig must hold that one target group only`,
      );
  }
  const seen = new Set<string>();
  for (const tuple of tuples) {
    if (seen.has(tuple.TargetGroupArn))
      throw validationError(`${field}: target group '${tuple.TargetGroupArn}' is listed twice`);
    seen.add(tuple.TargetGroupArn);
    checkFits(tuple.TargetGroupArn, groups);
  }
  return { TargetGroups: tuples, TargetGroupStickinessConfig: checkStickiness(config, field) };
}

function checkFits(arn: string, groups: TargetGroupCheck): void {
  const group = groups.find(arn);
  const { loadBalancer } = groups;
  if (group.vpcId !== loadBalancer.vpcId)
    throw elbError(
      'InvalidConfigurationRequest',
      `Target group '${arn}' is in a different VPC than load balancer '${loadBalancer.arn}'`,
    );
  if (loadBalancer.type === 'application' && !['HTTP', 'HTTPS'].includes(group.protocol))
    throw elbError(
      'IncompatibleProtocols',
      `Target group '${arn}' uses ${group.protocol}; an Application Load Balancer forwards to HTTP or HTTPS target groups`,
    );
  const others = group.loadBalancerArns.filter((other) => other !== loadBalancer.arn);
  if (others.length > 0)
    throw elbError(
      'TargetGroupAssociationLimit',
      `The following target groups cannot be associated with more than one load balancer: ${arn}`,
    );
}

function checkStickiness(config: Json | undefined, field: string): Json {
  const stickiness = config?.TargetGroupStickinessConfig;
  if (!isObject(stickiness) || stickiness.Enabled === undefined) return { Enabled: false };
  const enabled = boolean(stickiness.Enabled, `${field}.forwardConfig.targetGroupStickinessConfig.enabled`);
  if (!enabled) return { Enabled: false };
  if (stickiness.DurationSeconds === undefined)
    throw validationError(`${field}: stickiness needs DurationSeconds when enabled`);
  return {
    Enabled: true,
    DurationSeconds: integer(
      stickiness.DurationSeconds,
      `${field}.forwardConfig.targetGroupStickinessConfig.durationSeconds`,
      1,
      604800,
    ),
  };
}

/** An action as DescribeListeners / DescribeRules return it: a single-group forward also as TargetGroupArn. */
export function actionView(action: Json): Json {
  if (action.Type !== 'forward' || !isObject(action.ForwardConfig)) return structuredClone(action);
  const groups = action.ForwardConfig.TargetGroups as Json[];
  const { Type, Order, ForwardConfig } = structuredClone(action);
  return {
    Type,
    ...(groups.length === 1 ? { TargetGroupArn: groups[0]!.TargetGroupArn } : {}),
    ...(Order !== undefined ? { Order } : {}),
    ForwardConfig,
  };
}

/** The weighted target groups of the forward among actions (none without a forward). */
export function forwardTargets(
  actions: Json[] | undefined,
): Array<{ targetGroupArn: string; weight: number }> {
  const forward = actions?.find((action) => action.Type === 'forward');
  const groups =
    forward && isObject(forward.ForwardConfig) ? (forward.ForwardConfig.TargetGroups as Json[]) : [];
  return groups.map((group) => ({
    targetGroupArn: String(group.TargetGroupArn),
    weight: Number(group.Weight),
  }));
}

const conditionFields = new Set([
  'path-pattern',
  'host-header',
  'http-header',
  'http-request-method',
  'query-string',
  'source-ip',
]);

/** Rule conditions: known fields; Values and the field's config are kept in step, as ELBv2 returns both. */
export function checkConditions(value: unknown, field: string): Json[] {
  const conditions = queryList(value) ?? [];
  const checked = conditions.map((condition, index) => {
    const where = `${field}.member.${index + 1}`;
    if (!isObject(condition) || typeof condition.Field !== 'string' || !conditionFields.has(condition.Field))
      throw validationError(`${where}.field must be one of ${[...conditionFields].join(', ')}`);
    const copy = structuredClone(condition);
    const configKey =
      condition.Field === 'path-pattern'
        ? 'PathPatternConfig'
        : condition.Field === 'host-header'
          ? 'HostHeaderConfig'
          : undefined;
    if (condition.Field === 'http-header') {
      const config = isObject(copy.HttpHeaderConfig) ? copy.HttpHeaderConfig : undefined;
      const name = config?.HttpHeaderName;
      const values = queryList(config?.Values);
      if (typeof name !== 'string' || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,40}$/.test(name))
        throw validationError(
          `${where}.httpHeaderConfig.httpHeaderName must be a header name of 1-40 characters`,
        );
      if (!values || values.length === 0 || values.some((one) => typeof one !== 'string' || one.length > 128))
        throw validationError(
          `${where}.httpHeaderConfig.values needs 1 or more values of at most 128 characters`,
        );
      copy.HttpHeaderConfig = { HttpHeaderName: name, Values: values };
      delete copy.Values;
      return copy;
    }
    if (configKey) {
      const values =
        queryList(copy.Values) ?? queryList(isObject(copy[configKey]) ? copy[configKey].Values : undefined);
      if (!values || values.length === 0) throw validationError(`${where} needs at least one value`);
      copy.Values = values;
      copy[configKey] = { Values: values };
    }
    return copy;
  });
  // ELBv2 quota: 5 condition values a rule, whatever the fields.
  const values = checked.reduce((total, condition) => {
    const config = Object.entries(condition).find(([key]) => key.endsWith('Config'))?.[1];
    const listed = queryList(isObject(config) ? config.Values : condition.Values) ?? [];
    return total + listed.length;
  }, 0);
  if (values > 5) throw validationError(`A rule can only have '5' condition values; ${field} has ${values}`);
  return checked;
}
