import { AwsError, isObject, type Json } from '../protocol.js';
import { validation } from './lattice-model.js';

/**
 * CreateTargetGroup's body checked as VPC Lattice checks it (API reference, CreateTargetGroup and
 * TargetGroupConfig) for the types ECS registers in (IP, INSTANCE): a name, a config with port, protocol and
 * VPC, an optional health check, tags. Returns the config as GetTargetGroup then shows it, defaults filled.
 */
export interface CheckedTargetGroup {
  name: string;
  type: string;
  config: Json;
  tags: Record<string, string>;
}

const namePattern = /^(?!tg-)(?!-)(?!.*-$)(?!.*--)[a-z0-9-]{3,128}$/;

export function checkCreateTargetGroup(body: Json): CheckedTargetGroup {
  const { name, type, config } = body;
  if (typeof name !== 'string' || !namePattern.test(name))
    throw validation([
      {
        name: 'name',
        message:
          '3-128 lowercase letters, digits and hyphens, not starting with tg-, not starting or ending with a hyphen, no two hyphens in a row',
      },
    ]);
  if (type !== 'IP' && type !== 'INSTANCE')
    throw validation([
      { name: 'type', message: `'${String(type)}': the local stack models IP and INSTANCE` },
    ]);
  if (!isObject(config))
    throw validation([{ name: 'config', message: 'is required for an IP or INSTANCE group' }]);
  const port = config.port;
  if (!Number.isInteger(port) || (port as number) < 1 || (port as number) > 65535)
    throw validation([{ name: 'config.port', message: 'must be an integer from 1 to 65535' }]);
  const protocol = config.protocol;
  if (!['HTTP', 'HTTPS', 'TCP'].includes(String(protocol)))
    throw validation([{ name: 'config.protocol', message: 'must be HTTP, HTTPS or TCP' }]);
  if (typeof config.vpcIdentifier !== 'string' || !/^vpc-[0-9a-f]{8,17}$/.test(config.vpcIdentifier))
    throw validation([{ name: 'config.vpcIdentifier', message: 'must be a VPC ID (vpc-...)' }]);
  const protocolVersion = config.protocolVersion ?? (protocol === 'TCP' ? undefined : 'HTTP1');
  if (protocolVersion !== undefined && !['HTTP1', 'HTTP2', 'GRPC'].includes(String(protocolVersion)))
    throw validation([{ name: 'config.protocolVersion', message: 'must be HTTP1, HTTP2 or GRPC' }]);
  const ipAddressType = config.ipAddressType ?? (type === 'IP' ? 'IPV4' : undefined);
  if (ipAddressType !== undefined && !['IPV4', 'IPV6'].includes(String(ipAddressType)))
    throw validation([{ name: 'config.ipAddressType', message: 'must be IPV4 or IPV6' }]);
  return {
    name,
    type,
    config: {
      port: port as number,
      protocol: String(protocol),
      ...(protocolVersion !== undefined ? { protocolVersion: String(protocolVersion) } : {}),
      ...(ipAddressType !== undefined ? { ipAddressType: String(ipAddressType) } : {}),
      vpcIdentifier: config.vpcIdentifier,
      healthCheck: healthCheckOf(config.healthCheck, String(protocol)),
    },
    tags: tagsOf(body.tags),
  };
}

/** The health check as stored: VPC Lattice's defaults for what is not given. */
function healthCheckOf(value: unknown, protocol: string): Json {
  if (value !== undefined && !isObject(value))
    throw validation([{ name: 'config.healthCheck', message: 'must be an object' }]);
  const given = (value ?? {}) as Json;
  const check = {
    enabled: true,
    protocol: protocol === 'HTTPS' ? 'HTTPS' : 'HTTP',
    protocolVersion: 'HTTP1',
    path: '/',
    healthCheckIntervalSeconds: 30,
    healthCheckTimeoutSeconds: 5,
    healthyThresholdCount: 5,
    unhealthyThresholdCount: 2,
    matcher: { httpCode: '200' },
    ...structuredClone(given),
  };
  const within = (field: string, low: number, high: number) => {
    const number = (check as Record<string, unknown>)[field];
    if (!Number.isInteger(number) || (number as number) < low || (number as number) > high)
      throw validation([
        { name: `config.healthCheck.${field}`, message: `must be an integer from ${low} to ${high}` },
      ]);
  };
  within('healthCheckIntervalSeconds', 5, 300);
  within('healthCheckTimeoutSeconds', 1, 120);
  within('healthyThresholdCount', 2, 10);
  within('unhealthyThresholdCount', 2, 10);
  if (typeof check.path !== 'string' || !check.path.startsWith('/'))
    throw validation([{ name: 'config.healthCheck.path', message: 'must start with /' }]);
  return check;
}

/** Tags: at most 50, keys of 1-128 characters, none under aws:. */
export function tagsOf(value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (!isObject(value) || Object.keys(value).length > 50)
    throw validation([{ name: 'tags', message: 'must be a map of at most 50 tags' }]);
  for (const key of Object.keys(value)) {
    if (key.length < 1 || key.length > 128)
      throw validation([{ name: 'tags', message: `key '${key}' must be 1-128 characters` }]);
    if (key.toLowerCase().startsWith('aws:'))
      throw validation([{ name: 'tags', message: `key '${key}': the aws: prefix is reserved` }]);
  }
  return Object.fromEntries(Object.entries(value).map(([key, text]) => [key, String(text)]));
}

export function conflict(message: string, resourceId: string): AwsError {
  return new AwsError('ConflictException', message, 409, { resourceId, resourceType: 'TARGET_GROUP' });
}
