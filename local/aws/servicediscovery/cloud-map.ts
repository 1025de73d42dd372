import { createHash } from 'node:crypto';
import type { SimClock } from '../../clock.js';
import {
  AwsError,
  epochSeconds,
  isObject,
  type Json,
  type JsonOperation,
  type Place,
  pageOf,
} from '../protocol.js';

/** A Cloud Map namespace: DNS_PRIVATE (a hosted zone) or HTTP (API discovery only). */
interface Namespace {
  id: string;
  arn: string;
  name: string;
  type: 'DNS_PRIVATE' | 'DNS_PUBLIC' | 'HTTP';
  createdAt: number;
}

interface CloudMapService {
  id: string;
  arn: string;
  name: string;
  namespaceId: string;
  description?: string;
  dnsConfig?: Json;
  healthCheckConfig?: Json;
  healthCheckCustomConfig?: Json;
  type: 'HTTP' | 'DNS_HTTP' | 'DNS';
  creatorRequestId?: string;
  createdAt: number;
  tags: Array<{ Key: string; Value: string }>;
  /** Instances registered through the API (RegisterInstance), by ID. */
  instances: Map<string, Json>;
}

/** One instance as ListInstances shows it. */
export interface CloudMapInstance {
  Id: string;
  Attributes: Record<string, string>;
}

/** Who else registers instances: ECS, one per running task of a service whose serviceRegistries name it. */
export type InstanceSource = (serviceArn: string) => CloudMapInstance[];

const serviceName =
  /^((?=^.{1,127}$)^([a-zA-Z0-9_][a-zA-Z0-9-_]{0,61}[a-zA-Z0-9_]|[a-zA-Z0-9])(\.([a-zA-Z0-9_][a-zA-Z0-9-_]{0,61}[a-zA-Z0-9_]|[a-zA-Z0-9]))*$)|(^\.$)$/;

function invalid(message: string): AwsError {
  return new AwsError('InvalidInput', message, 400);
}

function idOf(prefix: string, ...parts: string[]): string {
  return `${prefix}-${createHash('sha256').update(parts.join('/')).digest('hex').slice(0, 16)}`;
}

/** AWS Cloud Map (servicediscovery, JSON 1.1): namespaces, services, their instances and tags. */
export class LocalCloudMap {
  private readonly namespaces = new Map<string, Namespace>();
  private readonly services = new Map<string, CloudMapService>();
  private created = 0;
  private instanceSource: InstanceSource = () => [];

  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
  ) {}

  configure(options: { instances: InstanceSource }): void {
    this.instanceSource = options.instances;
  }

  // ---- set-up (the seed) and reads for ECS and tests -----------------------------------------

  createNamespace(name: string, type: Namespace['type'] = 'DNS_PRIVATE'): string {
    const id = idOf('ns', this.place.account, name);
    this.namespaces.set(id, {
      id,
      arn: `arn:aws:servicediscovery:${this.place.region}:${this.place.account}:namespace/${id}`,
      name,
      type,
      createdAt: this.clock.nowMs(),
    });
    return id;
  }

  /** undefined when the registry exists; else ECS's message. */
  registryProblem(arn: string): string | undefined {
    return [...this.services.values()].some((service) => service.arn === arn)
      ? undefined
      : `The service registry ${arn} does not exist.`;
  }

  instancesOf(serviceId: string): CloudMapInstance[] {
    const service = this.service(serviceId);
    return [
      ...[...service.instances.entries()].map(([Id, attributes]) => ({
        Id,
        Attributes: structuredClone(attributes) as Record<string, string>,
      })),
      ...this.instanceSource(service.arn),
    ];
  }

  // ---- operations -------------------------------------------------------------------------------

  operations(): Record<string, JsonOperation> {
    return {
      CreateService: (input) => this.createService(input),
      GetService: (input) => ({ Service: this.serviceData(this.service(input.Id)) }),
      ListServices: (input) => this.listServices(input),
      DeleteService: (input) => this.deleteService(input),
      GetNamespace: (input) => ({ Namespace: this.namespaceData(this.namespace(input.Id)) }),
      ListNamespaces: (input) => this.listNamespaces(input),
      ListInstances: (input) => this.listInstances(input),
      RegisterInstance: (input) => this.registerInstance(input),
      DeregisterInstance: (input) => this.deregisterInstance(input),
      TagResource: (input) => this.tagResource(input),
      UntagResource: (input) => this.untagResource(input),
      ListTagsForResource: (input) => ({ Tags: structuredClone(this.tagged(input.ResourceARN).tags) }),
    };
  }

  /**
   * A name taken in the namespace is refused with the existing service's ID, unless the same CreatorRequestId
   * asks again (a retry), which gets the service it made.
   */
  createService(input: Json): Json {
    const name = input.Name;
    if (typeof name !== 'string' || !serviceName.test(name))
      throw invalid(`Name '${String(name)}' is not a valid service name: 1-127 characters of DNS labels.`);
    const dnsConfig = isObject(input.DnsConfig) ? input.DnsConfig : undefined;
    const namespaceId = input.NamespaceId ?? dnsConfig?.NamespaceId;
    if (typeof namespaceId !== 'string' || namespaceId === '') throw invalid('NamespaceId is required.');
    const namespace = this.namespaces.get(namespaceId);
    if (!namespace) throw new AwsError('NamespaceNotFound', `Namespace ${namespaceId} not found.`, 400);
    const requestId = typeof input.CreatorRequestId === 'string' ? input.CreatorRequestId : undefined;
    const taken = [...this.services.values()].find(
      (service) => service.namespaceId === namespaceId && service.name.toLowerCase() === name.toLowerCase(),
    );
    if (taken) {
      if (requestId && taken.creatorRequestId === requestId) return { Service: this.serviceData(taken) };
      throw new AwsError('ServiceAlreadyExists', `Service already exists. ServiceId: ${taken.id}`, 400, {
        ServiceId: taken.id,
        ...(taken.creatorRequestId ? { CreatorRequestId: taken.creatorRequestId } : {}),
      });
    }
    if (dnsConfig && namespace.type === 'HTTP')
      throw invalid(`DnsConfig is not valid for the HTTP namespace ${namespace.name}.`);
    if (input.HealthCheckConfig !== undefined && input.HealthCheckCustomConfig !== undefined)
      throw invalid('HealthCheckConfig and HealthCheckCustomConfig cannot both be specified.');
    if (dnsConfig) checkDnsConfig(dnsConfig);
    const tags = checkTags(input.Tags);
    this.created += 1;
    const id = idOf('srv', namespaceId, name, String(this.created));
    const service: CloudMapService = {
      id,
      arn: `arn:aws:servicediscovery:${this.place.region}:${this.place.account}:service/${id}`,
      name,
      namespaceId,
      ...(typeof input.Description === 'string' ? { description: input.Description } : {}),
      ...(dnsConfig ? { dnsConfig: withoutNamespace(dnsConfig) } : {}),
      ...(isObject(input.HealthCheckConfig)
        ? { healthCheckConfig: structuredClone(input.HealthCheckConfig) }
        : {}),
      ...(isObject(input.HealthCheckCustomConfig)
        ? { healthCheckCustomConfig: structuredClone(input.HealthCheckCustomConfig) }
        : {}),
      type: namespace.type === 'HTTP' ? 'HTTP' : dnsConfig ? 'DNS_HTTP' : 'HTTP',
      ...(requestId ? { creatorRequestId: requestId } : {}),
      createdAt: this.clock.nowMs(),
      tags,
      instances: new Map(),
    };
    this.services.set(id, service);
    return { Service: this.serviceData(service) };
  }

  /** Refused while any instance is registered (ECS deregisters a task's when it stops). */
  deleteService(input: Json): Json {
    const service = this.service(input.Id);
    const instances = this.instancesOf(service.id);
    if (instances.length > 0)
      throw new AwsError(
        'ResourceInUse',
        `Service ${service.id} has ${instances.length} registered instance${instances.length === 1 ? '' : 's'}; deregister them first.`,
        400,
      );
    this.services.delete(service.id);
    return {};
  }

  private listServices(input: Json): Json {
    const filters = Array.isArray(input.Filters) ? input.Filters.filter(isObject) : [];
    let services = [...this.services.values()];
    for (const filter of filters) {
      if (filter.Name !== 'NAMESPACE_ID') throw invalid(`Filter ${String(filter.Name)} is not supported.`);
      const values = Array.isArray(filter.Values) ? filter.Values.map(String) : [];
      services = services.filter((service) => values.includes(service.namespaceId));
    }
    const { page, nextToken } = pageOf(
      services,
      Number(input.MaxResults ?? 100),
      tokenOf(input),
      'InvalidInput',
    );
    return {
      Services: page.map((service) => {
        const { NamespaceId: _n, CreatorRequestId: _c, ...summary } = this.serviceData(service);
        return { ...summary, InstanceCount: this.instancesOf(service.id).length };
      }),
      ...(nextToken ? { NextToken: nextToken } : {}),
    };
  }

  private listNamespaces(input: Json): Json {
    const { page, nextToken } = pageOf(
      [...this.namespaces.values()],
      Number(input.MaxResults ?? 100),
      tokenOf(input),
      'InvalidInput',
    );
    return {
      Namespaces: page.map((namespace) => this.namespaceData(namespace)),
      ...(nextToken ? { NextToken: nextToken } : {}),
    };
  }

  private listInstances(input: Json): Json {
    const service = this.service(input.ServiceId);
    const { page, nextToken } = pageOf(
      this.instancesOf(service.id),
      Number(input.MaxResults ?? 100),
      tokenOf(input),
      'InvalidInput',
    );
    return { Instances: page, ...(nextToken ? { NextToken: nextToken } : {}) };
  }

  private registerInstance(input: Json): Json {
    const service = this.service(input.ServiceId);
    if (typeof input.InstanceId !== 'string' || !/^[0-9a-zA-Z_/:.@-]{1,64}$/.test(input.InstanceId))
      throw invalid('InstanceId must be 1-64 letters, digits and _/:.@-.');
    if (!isObject(input.Attributes)) throw invalid('Attributes is required.');
    service.instances.set(input.InstanceId, structuredClone(input.Attributes));
    return { OperationId: idOf('op', service.id, input.InstanceId, String(this.clock.nowMs())) };
  }

  private deregisterInstance(input: Json): Json {
    const service = this.service(input.ServiceId);
    if (typeof input.InstanceId !== 'string' || !service.instances.delete(input.InstanceId))
      throw new AwsError('InstanceNotFound', `Instance ${String(input.InstanceId)} not found.`, 400);
    return { OperationId: idOf('op', service.id, input.InstanceId, String(this.clock.nowMs())) };
  }

  private tagResource(input: Json): Json {
    const resource = this.tagged(input.ResourceARN);
    for (const tag of checkTags(input.Tags)) {
      const index = resource.tags.findIndex((one) => one.Key === tag.Key);
      if (index >= 0) resource.tags[index] = tag;
      else resource.tags.push(tag);
    }
    if (resource.tags.length > 50) throw new AwsError('TooManyTagsException', 'At most 50 tags.', 400);
    return {};
  }

  private untagResource(input: Json): Json {
    const resource = this.tagged(input.ResourceARN);
    const keys = Array.isArray(input.TagKeys) ? input.TagKeys.map(String) : [];
    resource.tags = resource.tags.filter((tag) => !keys.includes(tag.Key));
    return {};
  }

  private tagged(arn: unknown): CloudMapService {
    const found = [...this.services.values()].find((service) => service.arn === arn);
    if (!found) throw new AwsError('ResourceNotFoundException', `Resource ${String(arn)} not found.`, 400);
    return found;
  }

  private service(id: unknown): CloudMapService {
    const found = typeof id === 'string' ? this.services.get(id) : undefined;
    if (!found) throw new AwsError('ServiceNotFound', `Service ${String(id)} not found.`, 400);
    return found;
  }

  private namespace(id: unknown): Namespace {
    const found = typeof id === 'string' ? this.namespaces.get(id) : undefined;
    if (!found) throw new AwsError('NamespaceNotFound', `Namespace ${String(id)} not found.`, 400);
    return found;
  }

  private serviceData(service: CloudMapService): Json {
    return {
      Id: service.id,
      Arn: service.arn,
      Name: service.name,
      NamespaceId: service.namespaceId,
      ...(service.description ? { Description: service.description } : {}),
      ...(service.dnsConfig ? { DnsConfig: structuredClone(service.dnsConfig) } : {}),
      Type: service.type,
      ...(service.healthCheckConfig ? { HealthCheckConfig: structuredClone(service.healthCheckConfig) } : {}),
      ...(service.healthCheckCustomConfig
        ? { HealthCheckCustomConfig: structuredClone(service.healthCheckCustomConfig) }
        : {}),
      CreateDate: epochSeconds(service.createdAt),
      ...(service.creatorRequestId ? { CreatorRequestId: service.creatorRequestId } : {}),
    };
  }

  private namespaceData(namespace: Namespace): Json {
    return {
      Id: namespace.id,
      Arn: namespace.arn,
      Name: namespace.name,
      Type: namespace.type,
      Properties:
        namespace.type === 'HTTP'
          ? { HttpProperties: { HttpName: namespace.name } }
          : {
              DnsProperties: { HostedZoneId: `Z${namespace.id.slice(3).toUpperCase()}` },
              HttpProperties: { HttpName: namespace.name },
            },
      ServiceCount: [...this.services.values()].filter((service) => service.namespaceId === namespace.id)
        .length,
      CreateDate: epochSeconds(namespace.createdAt),
    };
  }
}

function tokenOf(input: Json): string | undefined {
  return typeof input.NextToken === 'string' ? input.NextToken : undefined;
}

function withoutNamespace(dnsConfig: Json): Json {
  const { NamespaceId: _namespace, ...rest } = structuredClone(dnsConfig);
  return { RoutingPolicy: 'MULTIVALUE', ...rest };
}

function checkDnsConfig(dnsConfig: Json): void {
  const records = Array.isArray(dnsConfig.DnsRecords) ? dnsConfig.DnsRecords : undefined;
  if (!records || records.length === 0) throw invalid('DnsConfig.DnsRecords is required.');
  for (const record of records) {
    if (!isObject(record) || !['A', 'AAAA', 'SRV', 'CNAME'].includes(String(record.Type)))
      throw invalid('Each DnsRecords entry needs a Type: A, AAAA, SRV or CNAME.');
    const ttl = Number(record.TTL);
    if (!Number.isInteger(ttl) || ttl < 0 || ttl > 2_147_483_647)
      throw invalid('DnsRecords TTL is out of range.');
  }
  if (
    dnsConfig.RoutingPolicy !== undefined &&
    !['MULTIVALUE', 'WEIGHTED'].includes(String(dnsConfig.RoutingPolicy))
  )
    throw invalid('RoutingPolicy must be MULTIVALUE or WEIGHTED.');
}

function checkTags(value: unknown): Array<{ Key: string; Value: string }> {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 50) throw invalid('Tags can hold at most 50 tags.');
  return value.map((tag) => {
    if (!isObject(tag) || typeof tag.Key !== 'string' || tag.Key === '' || tag.Key.length > 128)
      throw invalid('Each tag needs a Key of 1-128 characters.');
    if (tag.Key.toLowerCase().startsWith('aws:'))
      throw invalid("Tag keys starting with 'aws:' are reserved.");
    return { Key: tag.Key, Value: typeof tag.Value === 'string' ? tag.Value : '' };
  });
}
