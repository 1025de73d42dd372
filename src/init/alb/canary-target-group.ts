import type { CreateTargetGroupCommandInput, TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { TargetGroupRead } from '../../routing/alb/target-group-setup.js';
import { clonedElbTags, describeElbTags } from '../tags.js';

/**
 * The canary target group as a clone of the stable one: protocol, port, VPC, target type, health check and
 * tags (CreateTargetGroup), then the attributes (ModifyTargetGroupAttributes). Pure.
 */

/** What CreateTargetGroup sets and a clone must match, in the order people read them. */
const clonedFields = [
  'Protocol',
  'ProtocolVersion',
  'Port',
  'VpcId',
  'TargetType',
  'IpAddressType',
  'HealthCheckProtocol',
  'HealthCheckPort',
  'HealthCheckEnabled',
  'HealthCheckPath',
  'HealthCheckIntervalSeconds',
  'HealthCheckTimeoutSeconds',
  'HealthyThresholdCount',
  'UnhealthyThresholdCount',
  'Matcher',
] as const satisfies ReadonlyArray<keyof TargetGroup & keyof CreateTargetGroupCommandInput>;

export function canaryTargetGroupInput(stable: TargetGroupRead, name: string): CreateTargetGroupCommandInput {
  const input: CreateTargetGroupCommandInput = { Name: name };
  for (const field of clonedFields) {
    const value = stable.group[field];
    if (value !== undefined) Object.assign(input, { [field]: structuredClone(value) });
  }
  input.Tags = clonedElbTags(stable.tags);
  return input;
}

/** "Port 8080 (serviceB's: 9080)": each cloned setting where an existing group differs from the stable one. */
export function targetGroupDifferences(
  existing: TargetGroup,
  stable: TargetGroup,
  stableName: string,
): string[] {
  return clonedFields
    .filter((field) => JSON.stringify(existing[field]) !== JSON.stringify(stable[field]))
    .map((field) => `${field} ${show(existing[field])} (${stableName}'s: ${show(stable[field])})`);
}

/** The stable group's attributes the canary lacks (by value): what ModifyTargetGroupAttributes sets. */
export function attributesToSet(
  stable: Record<string, string>,
  canary: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(Object.entries(stable).filter(([key, value]) => canary[key] !== value));
}

/** The attributes ELBv2 gives a new HTTP target group (its documented defaults): what a plan expects to set. */
export const newGroupAttributes: Readonly<Record<string, string>> = {
  'deregistration_delay.timeout_seconds': '300',
  'stickiness.enabled': 'false',
  'stickiness.type': 'lb_cookie',
  'stickiness.lb_cookie.duration_seconds': '86400',
  'slow_start.duration_seconds': '0',
  'load_balancing.algorithm.type': 'round_robin',
  'load_balancing.cross_zone.enabled': 'use_load_balancer_configuration',
  'load_balancing.algorithm.anomaly_mitigation': 'off',
  'stickiness.app_cookie.cookie_name': '',
  'stickiness.app_cookie.duration_seconds': '86400',
  'target_group_health.dns_failover.minimum_healthy_targets.count': '1',
  'target_group_health.dns_failover.minimum_healthy_targets.percentage': 'off',
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.count': '1',
  'target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage': 'off',
};

/** "HTTP:9080, VPC vpc-0a5c, target type ip, health check HTTP /health every 15 s; tags team=payments, ...". */
export function describeTargetGroupInput(input: CreateTargetGroupCommandInput): string {
  const health =
    input.HealthCheckEnabled === false
      ? 'health check off'
      : `health check ${input.HealthCheckProtocol ?? 'HTTP'} ${input.HealthCheckPath ?? '/'} every ${input.HealthCheckIntervalSeconds ?? 30} s, codes ${input.Matcher?.HttpCode ?? '200'}`;
  return `${input.Protocol}:${input.Port}, VPC ${input.VpcId}, target type ${input.TargetType}, ${health}; tags ${describeElbTags(input.Tags as Array<{ Key: string; Value: string }>)}`;
}

export function describeAttributes(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}

function show(value: unknown): string {
  return value === undefined ? 'unset' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
