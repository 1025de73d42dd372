import { isObject, type Json } from '../protocol.js';
import { queryList } from '../query-protocol.js';
import { elbError, validationError } from './elbv2-model.js';

/**
 * What CreateTargetGroup takes, checked as ELBv2 checks it, and the attributes and tags a target group
 * carries (DescribeTargetGroupAttributes, ModifyTargetGroupAttributes, DescribeTags).
 */

export interface TargetGroupHealthCheck {
  HealthCheckProtocol: string;
  HealthCheckPort: string;
  HealthCheckEnabled: boolean;
  HealthCheckIntervalSeconds: number;
  HealthCheckTimeoutSeconds: number;
  HealthyThresholdCount: number;
  UnhealthyThresholdCount: number;
  HealthCheckPath: string;
  Matcher: { HttpCode: string };
}

export interface TargetGroupSettings {
  name: string;
  protocol: string;
  port: number;
  vpcId: string;
  targetType: string;
  protocolVersion: string;
  ipAddressType: string;
  healthCheck: TargetGroupHealthCheck;
}

export interface Tag {
  Key: string;
  Value: string;
}

/** An HTTP target group's health check when CreateTargetGroup leaves it unset. */
export const defaultHealthCheck: TargetGroupHealthCheck = {
  HealthCheckProtocol: 'HTTP',
  HealthCheckPort: 'traffic-port',
  HealthCheckEnabled: true,
  HealthCheckIntervalSeconds: 30,
  HealthCheckTimeoutSeconds: 5,
  HealthyThresholdCount: 5,
  UnhealthyThresholdCount: 2,
  HealthCheckPath: '/',
  Matcher: { HttpCode: '200' },
};

/** The attributes of a new HTTP target group (those the local stack models). */
export const defaultAttributes: Readonly<Record<string, string>> = {
  'deregistration_delay.timeout_seconds': '300',
  'stickiness.enabled': 'false',
  'stickiness.type': 'lb_cookie',
  'stickiness.lb_cookie.duration_seconds': '86400',
  'slow_start.duration_seconds': '0',
  'load_balancing.algorithm.type': 'round_robin',
  'load_balancing.cross_zone.enabled': 'use_load_balancer_configuration',
};

function range(value: unknown, field: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max)
    throw validationError(
      `1 validation error detected: Value '${String(value)}' at '${field}' failed to satisfy constraint: Member must have value between ${min} and ${max}`,
    );
  return number;
}

const namePattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/;

/** CreateTargetGroup's parameters (instance, ip and alb targets over HTTP or HTTPS: what an ALB forwards to). */
export function checkCreateTargetGroup(params: Json): TargetGroupSettings & { tags: Tag[] } {
  const name = params.Name;
  if (typeof name !== 'string' || !namePattern.test(name) || name.startsWith('internal-'))
    throw validationError(
      `Target group name '${String(name)}' can only contain characters that are alphanumeric characters or hyphens(-), must be 1-32 characters long, and must not begin or end with a hyphen or with 'internal-'`,
    );
  const targetType = String(params.TargetType ?? 'instance');
  if (!['instance', 'ip', 'alb'].includes(targetType))
    throw validationError(`The local stack models target types instance, ip and alb, not '${targetType}'`);
  const protocol = String(params.Protocol ?? '');
  if (!['HTTP', 'HTTPS'].includes(protocol))
    throw validationError('A protocol (HTTP or HTTPS, for an Application Load Balancer) must be specified');
  if (params.Port === undefined) throw validationError('A port must be specified');
  const port = range(params.Port, 'port', 1, 65535);
  if (typeof params.VpcId !== 'string' || !/^vpc-[0-9a-f]{8,17}$/.test(params.VpcId))
    throw validationError(`A VPC ID must be specified ('${String(params.VpcId)}' is not one)`);
  const healthCheck = checkHealthCheck(params);
  return {
    name,
    protocol,
    port,
    vpcId: params.VpcId,
    targetType,
    protocolVersion: String(params.ProtocolVersion ?? 'HTTP1'),
    ipAddressType: String(params.IpAddressType ?? 'ipv4'),
    healthCheck,
    tags: checkTags(params.Tags),
  };
}

function checkHealthCheck(params: Json): TargetGroupHealthCheck {
  const check = { ...defaultHealthCheck, Matcher: { ...defaultHealthCheck.Matcher } };
  if (params.HealthCheckProtocol !== undefined)
    check.HealthCheckProtocol = String(params.HealthCheckProtocol);
  if (params.HealthCheckPort !== undefined) check.HealthCheckPort = String(params.HealthCheckPort);
  if (params.HealthCheckEnabled !== undefined)
    check.HealthCheckEnabled = String(params.HealthCheckEnabled) === 'true';
  if (params.HealthCheckIntervalSeconds !== undefined)
    check.HealthCheckIntervalSeconds = range(
      params.HealthCheckIntervalSeconds,
      'healthCheckIntervalSeconds',
      5,
      300,
    );
  if (params.HealthCheckTimeoutSeconds !== undefined)
    check.HealthCheckTimeoutSeconds = range(
      params.HealthCheckTimeoutSeconds,
      'healthCheckTimeoutSeconds',
      2,
      120,
    );
  if (params.HealthyThresholdCount !== undefined)
    check.HealthyThresholdCount = range(params.HealthyThresholdCount, 'healthyThresholdCount', 2, 10);
  if (params.UnhealthyThresholdCount !== undefined)
    check.UnhealthyThresholdCount = range(params.UnhealthyThresholdCount, 'unhealthyThresholdCount', 2, 10);
  if (params.HealthCheckPath !== undefined) {
    const path = String(params.HealthCheckPath);
    if (!path.startsWith('/') || path.length > 1024)
      throw validationError(`Health check path '${path}' must begin with '/' and be at most 1024 characters`);
    check.HealthCheckPath = path;
  }
  if (isObject(params.Matcher) && params.Matcher.HttpCode !== undefined)
    check.Matcher = { HttpCode: String(params.Matcher.HttpCode) };
  if (check.HealthCheckTimeoutSeconds >= check.HealthCheckIntervalSeconds)
    throw validationError('Health check timeout must be smaller than the interval');
  return check;
}

/** Tags as CreateTargetGroup and AddTags take them: at most 50, unique keys, none under aws:. */
export function checkTags(value: unknown): Tag[] {
  const tags = (queryList(value) ?? []).map((tag, index) => {
    if (!isObject(tag) || typeof tag.Key !== 'string' || tag.Key === '' || tag.Key.length > 128)
      throw validationError(`Tags.member.${index + 1}.Key must be 1-128 characters`);
    if (tag.Key.startsWith('aws:')) throw validationError(`Tag keys starting with 'aws:' are reserved`);
    return { Key: tag.Key, Value: tag.Value === undefined ? '' : String(tag.Value) };
  });
  if (tags.length > 50) throw elbError('TooManyTags', 'A resource can have at most 50 tags');
  if (new Set(tags.map((tag) => tag.Key)).size !== tags.length)
    throw elbError('DuplicateTagKeys', 'A tag key is given more than once');
  return tags;
}

/** ModifyTargetGroupAttributes' attributes, checked key by key; returns the attributes after the change. */
export function checkAttributes(value: unknown, current: Record<string, string>): Record<string, string> {
  const attributes = queryList(value);
  if (!attributes || attributes.length === 0)
    throw validationError('Attributes must hold at least one attribute');
  const next = { ...current };
  for (const attribute of attributes) {
    if (!isObject(attribute) || typeof attribute.Key !== 'string')
      throw validationError('Each attribute needs a Key and a Value');
    const key = attribute.Key;
    const text = String(attribute.Value ?? '');
    if (!(key in defaultAttributes))
      throw elbError('InvalidConfigurationRequest', `The attribute key '${key}' is not recognized`);
    next[key] = checkAttributeValue(key, text);
  }
  if (next['slow_start.duration_seconds'] !== '0' && next['load_balancing.algorithm.type'] !== 'round_robin')
    throw elbError(
      'InvalidConfigurationRequest',
      'Slow start mode is supported only with the round_robin load balancing algorithm',
    );
  return next;
}

function checkAttributeValue(key: string, text: string): string {
  const invalid = (expected: string) =>
    elbError('InvalidConfigurationRequest', `The value of '${key}' must be ${expected}: '${text}' is not`);
  switch (key) {
    case 'deregistration_delay.timeout_seconds':
      if (!/^\d+$/.test(text) || Number(text) > 3600) throw invalid('an integer from 0 to 3600');
      return text;
    case 'slow_start.duration_seconds': {
      const seconds = Number(text);
      if (!/^\d+$/.test(text) || (seconds !== 0 && (seconds < 30 || seconds > 900)))
        throw invalid('0, or an integer from 30 to 900');
      return text;
    }
    case 'stickiness.lb_cookie.duration_seconds':
      if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 604800) throw invalid('from 1 to 604800');
      return text;
    case 'stickiness.enabled':
      if (!['true', 'false'].includes(text)) throw invalid('true or false');
      return text;
    case 'stickiness.type':
      if (!['lb_cookie', 'app_cookie'].includes(text)) throw invalid('lb_cookie or app_cookie');
      return text;
    case 'load_balancing.algorithm.type':
      if (!['round_robin', 'least_outstanding_requests', 'weighted_random'].includes(text))
        throw invalid('round_robin, least_outstanding_requests or weighted_random');
      return text;
    default:
      if (!['true', 'false', 'use_load_balancer_configuration'].includes(text))
        throw invalid('true, false or use_load_balancer_configuration');
      return text;
  }
}

/** Whether a second CreateTargetGroup of an existing name asks for the same group (ELBv2 then returns it). */
export function sameSettings(a: TargetGroupSettings, b: TargetGroupSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
