import type {
  ContainerDefinition,
  RegisterTaskDefinitionCommandInput,
  TaskDefinition,
} from '@aws-sdk/client-ecs';

/** Fields that DescribeTaskDefinition returns and RegisterTaskDefinition rejects. */
export const registrationOnlyFields = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
  'deleteRequestedAt',
] as const satisfies readonly (keyof TaskDefinition)[];

export type RegistrationOnlyField = (typeof registrationOnlyFields)[number];

/** A task definition ready to register: a family and at least the container list. */
export type RegistrableTaskDefinition = Omit<
  RegisterTaskDefinitionCommandInput,
  'family' | 'containerDefinitions'
> & {
  family: string;
  containerDefinitions: ContainerDefinition[];
};

/** A task definition as a user or DescribeTaskDefinition gives it (it may still carry registration-only fields). */
export type TaskDefinitionDocument = RegistrableTaskDefinition &
  Partial<Pick<TaskDefinition, RegistrationOnlyField>>;

export interface RenderOptions {
  /** Picks the Envoy image (account and domain) and the partition of the node ARN. */
  region: string;
  /** The 12-digit account that owns the mesh (the mesh owner for a shared mesh). */
  account: string;
  mesh: string;
  virtualNode: string;
  /** 'arn' (default) sets APPMESH_RESOURCE_ARN; 'name' sets the legacy APPMESH_VIRTUAL_NODE_NAME. */
  nodeIdentity?: 'arn' | 'name';
  /** The app container; by default the only essential container that is not a sidecar. */
  containerName?: string;
  /** The app container's new image. */
  image?: string;
  /** Overrides the regional App Mesh Envoy image. */
  envoyImage?: string;
  /** Envoy's user and the proxy's IgnoredUID; default 1337. */
  ignoredUid?: number;
  /** Default: the app container's container ports. */
  appPorts?: number[];
  egressIgnoredPorts?: number[];
  /** Default: the task metadata endpoint and the instance metadata service. */
  egressIgnoredIps?: string[];
  enableXray?: boolean;
  xrayImage?: string;
  /** MiB. */
  envoyMemory?: number;
  /** CPU units. */
  envoyCpu?: number;
}

export const envoyContainerName = 'envoy';
export const xrayContainerName = 'xray-daemon';
