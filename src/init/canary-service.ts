import type { CreateServiceCommandInput, Service } from '@aws-sdk/client-ecs';
import { clonedEcsTags } from './tags.js';

/** How the canary's tasks join the canary side: one of a load balancer, VPC Lattice or a service registry. */
export type CanaryAttachment = Pick<
  CreateServiceCommandInput,
  'loadBalancers' | 'vpcLatticeConfigurations' | 'serviceRegistries'
>;

/**
 * The canary ECS service as a clone of the stable one, on the stable's task definition at 0 tasks: where
 * tasks run (launch type or capacity providers, platform version, network, placement), the deployment
 * configuration (circuit breaker included), tags and their propagation, ECS Exec; it joins the canary side
 * as `attachment` says (the router's code builds it from the stable's own). Pure.
 */
export function canaryServiceInput(options: {
  stable: Service;
  cluster: string;
  name: string;
  attachment: CanaryAttachment;
}): CreateServiceCommandInput {
  const { stable } = options;
  const input: CreateServiceCommandInput = {
    cluster: options.cluster,
    serviceName: options.name,
    taskDefinition: stable.taskDefinition,
    desiredCount: 0,
    ...structuredClone(options.attachment),
    schedulingStrategy: 'REPLICA',
    tags: clonedEcsTags(stable.tags ?? []),
  };
  const copied = {
    ...(stable.capacityProviderStrategy?.length
      ? { capacityProviderStrategy: stable.capacityProviderStrategy }
      : stable.launchType
        ? { launchType: stable.launchType }
        : {}),
    platformVersion: stable.platformVersion,
    networkConfiguration: stable.networkConfiguration,
    placementConstraints: nonEmpty(stable.placementConstraints),
    placementStrategy: nonEmpty(stable.placementStrategy),
    // ECS takes a grace period only for a service behind a load balancer.
    healthCheckGracePeriodSeconds: options.attachment.loadBalancers?.length
      ? stable.healthCheckGracePeriodSeconds
      : undefined,
    deploymentConfiguration: stable.deploymentConfiguration,
    propagateTags: stable.propagateTags,
    enableECSManagedTags: stable.enableECSManagedTags,
    enableExecuteCommand: stable.enableExecuteCommand,
  };
  for (const [field, value] of Object.entries(copied))
    if (value !== undefined) Object.assign(input, { [field]: structuredClone(value) });
  return input;
}

/** What a service's settings must match for it to be the canary init would create (its revision may differ). */
const comparedFields = [
  'launchType',
  'capacityProviderStrategy',
  'platformVersion',
  'networkConfiguration',
  'loadBalancers',
  'vpcLatticeConfigurations',
  'serviceRegistries',
  'propagateTags',
  'enableExecuteCommand',
] as const;

/** "loadBalancers [...] (would be [...])": each setting where an existing service differs from the clone. */
export function serviceDifferences(existing: Service, wanted: CreateServiceCommandInput): string[] {
  const has = settingsOf(existing);
  const out = comparedFields
    .filter((field) => !sameJson(has[field], wanted[field]))
    .map((field) => `${field} ${show(has[field])} (would be ${show(wanted[field])})`);
  const breaker = (service: Pick<Service, 'deploymentConfiguration'>) =>
    service.deploymentConfiguration?.deploymentCircuitBreaker;
  if (!sameJson(breaker(existing), breaker(wanted)))
    out.push(`deploymentCircuitBreaker ${show(breaker(existing))} (would be ${show(breaker(wanted))})`);
  return out;
}

/** "FARGATE 1.4.0, 0 tasks of taskB:3, registers app:9080 in serviceB-canary, circuit breaker with rollback". */
export function describeServiceInput(input: CreateServiceCommandInput, registeredIn: string): string {
  const runsOn = input.capacityProviderStrategy
    ? `capacity providers ${input.capacityProviderStrategy.map((one) => one.capacityProvider).join(', ')}`
    : `${input.launchType ?? 'EC2'}${input.platformVersion ? ` ${input.platformVersion}` : ''}`;
  const breaker = input.deploymentConfiguration?.deploymentCircuitBreaker;
  const parts = [
    runsOn,
    `0 tasks of ${input.taskDefinition?.split('/').pop()}`,
    registeredIn,
    breaker?.enable ? `circuit breaker${breaker.rollback ? ' with rollback' : ''}` : 'no circuit breaker',
    ...(input.propagateTags ? [`propagates tags from ${input.propagateTags}`] : []),
    ...(input.enableExecuteCommand ? ['ECS Exec on'] : []),
  ];
  return parts.join(', ');
}

/** A service's settings as CreateService names them: ECS shows VPC Lattice configurations on its deployments. */
function settingsOf(service: Service): Partial<Record<(typeof comparedFields)[number], unknown>> {
  const primary = service.deployments?.find((deployment) => deployment.status === 'PRIMARY');
  return { ...service, vpcLatticeConfigurations: primary?.vpcLatticeConfigurations };
}

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

/** Equal as JSON, an empty list or object being the same as unset (ECS answers either). */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

function normal(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(normal);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, member]) => [key, normal(member)] as const)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

function show(value: unknown): string {
  return value === undefined ? 'unset' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
