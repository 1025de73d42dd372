import { AwsError, isObject, type Json } from '../protocol.js';

/**
 * CreateService's parameters checked as ECS checks them, for a REPLICA service of the ECS deployment
 * controller: the settings a service keeps (network, capacity, platform, deployment configuration, tags) are
 * returned as DescribeServices shows them; load balancers and VPC Lattice configurations are checked by the
 * caller, which knows the target groups.
 */

function invalid(message: string): AwsError {
  return new AwsError('InvalidParameterException', message, 400);
}

/** What a service keeps of its creation and DescribeServices returns as it was given. */
export interface ServiceSettings {
  launchType?: string;
  capacityProviderStrategy?: Json[];
  platformVersion?: string;
  networkConfiguration?: Json;
  healthCheckGracePeriodSeconds?: number;
  propagateTags?: string;
  enableECSManagedTags?: boolean;
  enableExecuteCommand?: boolean;
  placementConstraints?: Json[];
  placementStrategy?: Json[];
  deploymentConfiguration: Json;
}

export interface CheckedCreateService {
  serviceName: string;
  desiredCount: number;
  settings: ServiceSettings;
  tags: Json[];
}

const defaultDeployment = {
  deploymentCircuitBreaker: { enable: false, rollback: false },
  maximumPercent: 200,
  minimumHealthyPercent: 100,
};

export function checkCreateService(input: Json, taskDefinition: Json): CheckedCreateService {
  const serviceName = input.serviceName;
  if (typeof serviceName !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/.test(serviceName))
    throw invalid('serviceName must be 1-255 letters, numbers, hyphens and underscores.');
  const desiredCount = input.desiredCount ?? 0;
  if (!Number.isInteger(desiredCount) || (desiredCount as number) < 0)
    throw invalid('desiredCount must be a non-negative integer.');
  if (input.schedulingStrategy !== undefined && input.schedulingStrategy !== 'REPLICA')
    throw invalid('The local stack models REPLICA services only.');
  if (isObject(input.deploymentController) && input.deploymentController.type !== 'ECS')
    throw invalid('The local stack models the ECS deployment controller only.');
  if (input.launchType !== undefined && input.capacityProviderStrategy !== undefined)
    throw invalid(
      'Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.',
    );
  const settings: ServiceSettings = { deploymentConfiguration: deploymentOf(input.deploymentConfiguration) };
  const compatibilities = (taskDefinition.compatibilities as string[] | undefined) ?? [];
  if (input.capacityProviderStrategy !== undefined) {
    settings.capacityProviderStrategy = capacityProviders(input.capacityProviderStrategy);
  } else {
    const launchType = String(input.launchType ?? 'EC2');
    if (!['EC2', 'FARGATE', 'EXTERNAL'].includes(launchType))
      throw invalid(`launchType must be EC2, FARGATE or EXTERNAL: '${launchType}' is not.`);
    if (!compatibilities.includes(launchType))
      throw invalid(`Task definition does not support launch_type ${launchType}.`);
    settings.launchType = launchType;
  }
  if (input.platformVersion !== undefined) {
    if (settings.launchType !== undefined && settings.launchType !== 'FARGATE')
      throw invalid('Platform version is only supported with the FARGATE launch type.');
    settings.platformVersion = String(input.platformVersion);
  }
  if (taskDefinition.networkMode === 'awsvpc') {
    if (!isObject(input.networkConfiguration))
      throw invalid("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
    settings.networkConfiguration = awsvpc(input.networkConfiguration);
  } else if (input.networkConfiguration !== undefined) {
    throw invalid('Network Configuration is not valid for the given networkMode of this task definition.');
  }
  if (input.healthCheckGracePeriodSeconds !== undefined) {
    const loadBalancers = Array.isArray(input.loadBalancers) ? input.loadBalancers : [];
    if (loadBalancers.length === 0)
      throw invalid('Health check grace period is only valid for services configured to use load balancers');
    settings.healthCheckGracePeriodSeconds = Number(input.healthCheckGracePeriodSeconds);
  }
  if (input.propagateTags !== undefined) {
    if (!['TASK_DEFINITION', 'SERVICE', 'NONE'].includes(String(input.propagateTags)))
      throw invalid('propagateTags must be TASK_DEFINITION, SERVICE or NONE.');
    settings.propagateTags = String(input.propagateTags);
  }
  if (input.enableECSManagedTags !== undefined)
    settings.enableECSManagedTags = input.enableECSManagedTags === true;
  if (input.enableExecuteCommand !== undefined)
    settings.enableExecuteCommand = input.enableExecuteCommand === true;
  if (Array.isArray(input.placementConstraints))
    settings.placementConstraints = structuredClone(input.placementConstraints) as Json[];
  if (Array.isArray(input.placementStrategy))
    settings.placementStrategy = structuredClone(input.placementStrategy) as Json[];
  return { serviceName, desiredCount: desiredCount as number, settings, tags: checkServiceTags(input.tags) };
}

function deploymentOf(value: unknown): Json {
  if (value === undefined) return structuredClone(defaultDeployment);
  if (!isObject(value)) throw invalid('deploymentConfiguration must be an object.');
  const configuration = { ...structuredClone(defaultDeployment), ...structuredClone(value) };
  const max = Number(configuration.maximumPercent);
  const min = Number(configuration.minimumHealthyPercent);
  if (
    !Number.isInteger(max) ||
    !Number.isInteger(min) ||
    min < 0 ||
    min > 100 ||
    max < 100 ||
    max > 200 + min
  )
    throw invalid('deploymentConfiguration: maximumPercent and minimumHealthyPercent are out of range.');
  return configuration;
}

export function capacityProviders(value: unknown): Json[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 20)
    throw invalid('capacityProviderStrategy must hold 1 to 20 capacity providers.');
  return value.map((entry) => {
    if (!isObject(entry) || typeof entry.capacityProvider !== 'string' || entry.capacityProvider === '')
      throw invalid('Each capacityProviderStrategy entry needs a capacityProvider.');
    return structuredClone(entry);
  });
}

export function awsvpc(value: Json): Json {
  const configuration = value.awsvpcConfiguration;
  if (!isObject(configuration)) throw invalid('networkConfiguration.awsvpcConfiguration is required.');
  const subnets = configuration.subnets;
  if (!Array.isArray(subnets) || subnets.length === 0 || subnets.length > 16)
    throw invalid('subnets can not be empty and can hold at most 16 subnets.');
  for (const subnet of subnets)
    if (typeof subnet !== 'string' || !/^subnet-[0-9a-f]{8,17}$/.test(subnet))
      throw invalid(
        `Error retrieving subnet information for [${String(subnet)}]: The subnet ID '${String(subnet)}' is malformed`,
      );
  const groups = configuration.securityGroups;
  if (groups !== undefined && (!Array.isArray(groups) || groups.length > 5))
    throw invalid('securityGroups can hold at most 5 security groups.');
  return { awsvpcConfiguration: structuredClone(configuration) };
}

/** ECS tags (key/value, lower case): at most 50, none under aws:. */
export function checkServiceTags(value: unknown): Json[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 50) throw invalid('tags can hold at most 50 tags.');
  return value.map((tag) => {
    if (!isObject(tag) || typeof tag.key !== 'string' || tag.key === '' || tag.key.length > 128)
      throw invalid('Each tag needs a key of 1-128 characters.');
    if (tag.key.toLowerCase().startsWith('aws:'))
      throw invalid("Tag keys starting with 'aws:' are reserved.");
    return { key: tag.key, value: tag.value === undefined ? '' : String(tag.value) };
  });
}
