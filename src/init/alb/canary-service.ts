import type { CreateServiceCommandInput, LoadBalancer, Service } from '@aws-sdk/client-ecs';
import { clonedEcsTags } from '../tags.js';

/**
 * The canary ECS service as a clone of the stable one, on the stable's task definition at 0 tasks: where
 * tasks run (launch type or capacity providers, platform version, network, placement), the deployment
 * configuration (circuit breaker included), tags and their propagation, ECS Exec; it registers in the canary
 * target group with the stable's container and port. Pure.
 */
export function canaryServiceInput(options: {
  stable: Service;
  cluster: string;
  name: string;
  registration: LoadBalancer;
  canaryTargetGroupArn: string;
}): CreateServiceCommandInput {
  const { stable, registration } = options;
  const input: CreateServiceCommandInput = {
    cluster: options.cluster,
    serviceName: options.name,
    taskDefinition: stable.taskDefinition,
    desiredCount: 0,
    loadBalancers: [
      {
        targetGroupArn: options.canaryTargetGroupArn,
        containerName: registration.containerName,
        containerPort: registration.containerPort,
      },
    ],
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
    healthCheckGracePeriodSeconds: stable.healthCheckGracePeriodSeconds,
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
  'propagateTags',
  'enableExecuteCommand',
] as const;

/** "loadBalancers [...] (would be [...])": each setting where an existing service differs from the clone. */
export function serviceDifferences(existing: Service, wanted: CreateServiceCommandInput): string[] {
  const out = comparedFields
    .filter((field) => !sameJson(existing[field], wanted[field]))
    .map((field) => `${field} ${show(existing[field])} (would be ${show(wanted[field])})`);
  const breaker = (service: Pick<Service, 'deploymentConfiguration'>) =>
    service.deploymentConfiguration?.deploymentCircuitBreaker;
  if (!sameJson(breaker(existing), breaker(wanted)))
    out.push(`deploymentCircuitBreaker ${show(breaker(existing))} (would be ${show(breaker(wanted))})`);
  return out;
}

/** "FARGATE 1.4.0, 0 tasks of taskB:3, registers app:9080 in serviceB-canary, circuit breaker with rollback". */
export function describeServiceInput(input: CreateServiceCommandInput, targetGroupName: string): string {
  const runsOn = input.capacityProviderStrategy
    ? `capacity providers ${input.capacityProviderStrategy.map((one) => one.capacityProvider).join(', ')}`
    : `${input.launchType ?? 'EC2'}${input.platformVersion ? ` ${input.platformVersion}` : ''}`;
  const registration = input.loadBalancers?.[0];
  const breaker = input.deploymentConfiguration?.deploymentCircuitBreaker;
  const parts = [
    runsOn,
    `0 tasks of ${input.taskDefinition?.split('/').pop()}`,
    `registers ${registration?.containerName}:${registration?.containerPort} in ${targetGroupName}`,
    breaker?.enable ? `circuit breaker${breaker.rollback ? ' with rollback' : ''}` : 'no circuit breaker',
    ...(input.propagateTags ? [`propagates tags from ${input.propagateTags}`] : []),
    ...(input.enableExecuteCommand ? ['ECS Exec on'] : []),
  ];
  return parts.join(', ');
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
