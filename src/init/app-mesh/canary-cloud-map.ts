import type { ServiceRegistry } from '@aws-sdk/client-ecs';
import type { CreateServiceCommandInput, Namespace, Service } from '@aws-sdk/client-servicediscovery';
import { jsonDifferences } from '../../routing/json.js';
import { createdByTag } from '../names.js';

/**
 * The attributes of the canary node's Cloud Map discovery: the stable's, those that name the stable's ECS
 * service or task definition family naming the canary's. Envoy's endpoints are the instances matching every
 * attribute, and ECS registers each task with its service and family: the canary's select its own tasks. Pure.
 */
export function canaryCloudMapAttributes(
  stable: ReadonlyArray<{ key: string; value: string }>,
  names: { stableService: string; canaryService: string; stableFamily: string; canaryFamily: string },
): Array<{ key: string; value: string }> {
  return stable.map(({ key, value }) => {
    if (key === 'ECS_SERVICE_NAME' && value === names.stableService)
      return { key, value: names.canaryService };
    if (key === 'ECS_TASK_DEFINITION_FAMILY' && value === names.stableFamily)
      return { key, value: names.canaryFamily };
    return { key, value };
  });
}

/**
 * The canary's Cloud Map service: in the stable's namespace, with its DNS records (a DNS namespace's) and
 * health check settings, and its tags with init's mark. Pure.
 */
export function canaryCloudMapServiceInput(options: {
  stable: Service;
  stableTags: ReadonlyArray<{ Key: string; Value: string }>;
  namespace: Namespace;
  name: string;
}): CreateServiceCommandInput {
  const { stable } = options;
  const dnsConfig = stable.DnsConfig
    ? {
        RoutingPolicy: stable.DnsConfig.RoutingPolicy,
        DnsRecords: structuredClone(stable.DnsConfig.DnsRecords),
      }
    : undefined;
  return {
    Name: options.name,
    NamespaceId: options.namespace.Id,
    ...(dnsConfig && options.namespace.Type !== 'HTTP' ? { DnsConfig: dnsConfig } : {}),
    ...(stable.HealthCheckConfig ? { HealthCheckConfig: structuredClone(stable.HealthCheckConfig) } : {}),
    ...(stable.HealthCheckCustomConfig
      ? { HealthCheckCustomConfig: structuredClone(stable.HealthCheckCustomConfig) }
      : {}),
    Tags: [
      ...options.stableTags.filter((tag) => !tag.Key.startsWith('aws:') && tag.Key !== createdByTag.key),
      { Key: createdByTag.key, Value: createdByTag.value },
    ],
  };
}

/** "DnsConfig.DnsRecords[0].TTL 300 (would be 60)": where an existing Cloud Map service differs from the clone. */
export function cloudMapServiceDifferences(existing: Service, wanted: CreateServiceCommandInput): string[] {
  const pick = (service: Pick<Service, 'DnsConfig' | 'HealthCheckConfig' | 'HealthCheckCustomConfig'>) => ({
    DnsConfig: service.DnsConfig
      ? { RoutingPolicy: service.DnsConfig.RoutingPolicy, DnsRecords: service.DnsConfig.DnsRecords }
      : undefined,
    HealthCheckConfig: service.HealthCheckConfig,
    HealthCheckCustomConfig: service.HealthCheckCustomConfig,
  });
  const differences: string[] = [];
  jsonDifferences(pick(existing), pick(wanted as Service), '', differences);
  return differences;
}

/** The canary ECS service's registry: the canary's Cloud Map service, reached as the stable's is. */
export function canaryRegistration(stable: ServiceRegistry, registryArn: string): ServiceRegistry {
  return {
    registryArn,
    ...(stable.port !== undefined ? { port: stable.port } : {}),
    ...(stable.containerName !== undefined ? { containerName: stable.containerName } : {}),
    ...(stable.containerPort !== undefined ? { containerPort: stable.containerPort } : {}),
  };
}

/** "A 60, MULTIVALUE, custom health check": a Cloud Map service's settings, in words. */
export function describeCloudMapService(input: CreateServiceCommandInput): string {
  const records = input.DnsConfig?.DnsRecords?.map((record) => `${record.Type} ${record.TTL}`).join(', ');
  return [
    records
      ? `DNS ${records}${input.DnsConfig?.RoutingPolicy ? ` ${input.DnsConfig.RoutingPolicy}` : ''}`
      : 'API only',
    ...(input.HealthCheckCustomConfig ? ['custom health check'] : []),
    ...(input.HealthCheckConfig ? [`Route 53 health check ${input.HealthCheckConfig.Type}`] : []),
  ].join(', ');
}

/** srv-... of arn:aws:servicediscovery:<region>:<account>:service/srv-... */
export function serviceIdOf(registryArn: string): string {
  return registryArn.split('/').pop() ?? '';
}
