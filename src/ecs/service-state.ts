import type { Deployment, DeploymentRolloutState, Service, ServiceEvent } from '@aws-sdk/client-ecs';

/** One deployment of a service, as DescribeServices reports it. */
export interface DeploymentState {
  id: string;
  /** PRIMARY (the newest), ACTIVE (being replaced) or INACTIVE. */
  status: string;
  taskDefinitionArn: string;
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  failedTasks: number;
  /** Absent for services that do not use the rolling update (ECS) deployment type. */
  rolloutState?: DeploymentRolloutState;
  rolloutStateReason?: string;
  createdAt?: Date;
}

export interface ServiceEventSummary {
  createdAt?: Date;
  message: string;
}

export interface ServiceState {
  serviceArn: string;
  serviceName: string;
  clusterArn: string;
  /** ACTIVE, DRAINING or INACTIVE. */
  status: string;
  taskDefinitionArn: string;
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  launchType?: string;
  /** The account that owns the service, from its ARN (the mesh owner unless told otherwise). */
  accountId: string;
  deployments: DeploymentState[];
  /** Newest first. */
  events: ServiceEventSummary[];
  /** Target groups the service registers its tasks in: load balancers, and VPC Lattice (primary deployment). */
  targetGroupArns: string[];
  /** Where its tasks run (awsvpc): a hook task runs there too. */
  awsvpcConfiguration?: {
    subnets: string[];
    securityGroups?: string[];
    assignPublicIp?: 'ENABLED' | 'DISABLED';
  };
  capacityProviderStrategy?: Array<{ capacityProvider: string; weight?: number; base?: number }>;
  /** Fargate: the platform version the service asks for (LATEST unless pinned). */
  platformVersion?: string;
}

export function toServiceState(service: Service): ServiceState {
  const serviceArn = service.serviceArn ?? '';
  return {
    serviceArn,
    serviceName: service.serviceName ?? '',
    clusterArn: service.clusterArn ?? '',
    status: service.status ?? '',
    taskDefinitionArn: service.taskDefinition ?? '',
    desiredCount: service.desiredCount ?? 0,
    runningCount: service.runningCount ?? 0,
    pendingCount: service.pendingCount ?? 0,
    ...(service.launchType ? { launchType: service.launchType } : {}),
    accountId: accountIdOf(serviceArn),
    deployments: (service.deployments ?? []).map(toDeploymentState),
    events: newestFirst(service.events ?? []),
    targetGroupArns: targetGroupsOf(service),
    ...placementOf(service),
  };
}

function placementOf(
  service: Service,
): Pick<ServiceState, 'awsvpcConfiguration' | 'capacityProviderStrategy' | 'platformVersion'> {
  const network = service.networkConfiguration?.awsvpcConfiguration;
  const strategy = (service.capacityProviderStrategy ?? []).filter((entry) => entry.capacityProvider);
  return {
    ...(service.platformVersion ? { platformVersion: service.platformVersion } : {}),
    ...(network?.subnets?.length
      ? {
          awsvpcConfiguration: {
            subnets: network.subnets,
            ...(network.securityGroups?.length ? { securityGroups: network.securityGroups } : {}),
            ...(network.assignPublicIp ? { assignPublicIp: network.assignPublicIp } : {}),
          },
        }
      : {}),
    ...(strategy.length > 0
      ? {
          capacityProviderStrategy: strategy.map((entry) => ({
            capacityProvider: entry.capacityProvider!,
            ...(entry.weight !== undefined ? { weight: entry.weight } : {}),
            ...(entry.base !== undefined ? { base: entry.base } : {}),
          })),
        }
      : {}),
  };
}

/** ELB target groups of the service, and VPC Lattice ones of its PRIMARY deployment (where ECS keeps them). */
function targetGroupsOf(service: Service): string[] {
  const primary = (service.deployments ?? []).find((deployment) => deployment.status === 'PRIMARY');
  const arns = [
    ...(service.loadBalancers ?? []).map((balancer) => balancer.targetGroupArn),
    ...(primary?.vpcLatticeConfigurations ?? []).map((configuration) => configuration.targetGroupArn),
  ];
  return [...new Set(arns.filter((arn): arn is string => typeof arn === 'string'))];
}

/** arn:partition:ecs:region:ACCOUNT:service/cluster/name */
export function accountIdOf(arn: string): string {
  const account = arn.split(':')[4] ?? '';
  if (!/^\d{12}$/.test(account)) throw new Error(`cannot read the account id from the ARN "${arn}"`);
  return account;
}

function toDeploymentState(deployment: Deployment): DeploymentState {
  return {
    id: deployment.id ?? '',
    status: deployment.status ?? '',
    taskDefinitionArn: deployment.taskDefinition ?? '',
    desiredCount: deployment.desiredCount ?? 0,
    runningCount: deployment.runningCount ?? 0,
    pendingCount: deployment.pendingCount ?? 0,
    failedTasks: deployment.failedTasks ?? 0,
    ...(deployment.rolloutState ? { rolloutState: deployment.rolloutState } : {}),
    ...(deployment.rolloutStateReason ? { rolloutStateReason: deployment.rolloutStateReason } : {}),
    ...(deployment.createdAt ? { createdAt: deployment.createdAt } : {}),
  };
}

function newestFirst(events: ServiceEvent[]): ServiceEventSummary[] {
  return events
    .map((event) => ({
      ...(event.createdAt ? { createdAt: event.createdAt } : {}),
      message: event.message ?? '',
    }))
    .sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
}
