import type { LocalAppMesh } from '../aws/app-mesh/appmesh.js';
import type { LocalEcs } from '../aws/ecs/ecs.js';
import type { Json } from '../aws/protocol.js';
import type { LocalCloudMap } from '../aws/servicediscovery/cloud-map.js';

/**
 * The getting-started guide's world (shared/seeds): mesh `apps`; virtual nodes serviceB, serviceBv2 and
 * serviceA; router and route serviceB (http2, 100% serviceB); virtual service serviceb.apps.local; cluster
 * `apps` with services serviceB and serviceBv2 running taskB and taskBv2 (the app plus Envoy, as the
 * workshop's sidecar step writes it).
 */
export const seedNames = {
  mesh: 'apps',
  virtualRouter: 'serviceB',
  route: 'serviceB',
  stableNode: 'serviceB',
  canaryNode: 'serviceBv2',
  callerNode: 'serviceA',
  cluster: 'apps',
  stableService: 'serviceB',
  canaryService: 'serviceBv2',
} as const;

export function seedImage(account: string, region: string, tag = '1.0.0'): string {
  return `${account}.dkr.ecr.${region}.amazonaws.com/serviceb:${tag}`;
}

function nodeSpec(hostname: string, backends: Json[] = []): Json {
  return {
    listeners: [{ portMapping: { port: 80, protocol: 'http2' } }],
    serviceDiscovery: { dns: { hostname } },
    ...(backends.length > 0 ? { backends } : {}),
  };
}

/** The seed's route: all traffic to serviceB, over HTTP/2 (the router's listener). */
export function seedRouteSpec(): Json {
  return {
    http2Route: {
      action: { weightedTargets: [{ virtualNode: seedNames.stableNode, weight: 100 }] },
      match: { prefix: '/' },
    },
  };
}

/** taskB as the workshop's sidecar step leaves it (Fargate, awsvpc, app on 9080 plus Envoy). */
export function seedTaskDefinition(options: {
  family: string;
  node: string;
  image: string;
  account: string;
  region: string;
}): Json {
  return {
    family: options.family,
    memory: '1024',
    cpu: '0.5 vCPU',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    taskRoleArn: `arn:aws:iam::${options.account}:role/ecsTaskRole`,
    executionRoleArn: `arn:aws:iam::${options.account}:role/ecsTaskExecutionRole`,
    proxyConfiguration: {
      type: 'APPMESH',
      containerName: 'envoy',
      properties: [
        { name: 'ProxyIngressPort', value: '15000' },
        { name: 'AppPorts', value: '9080' },
        { name: 'EgressIgnoredIPs', value: '169.254.170.2,169.254.169.254' },
        { name: 'EgressIgnoredPorts', value: '22' },
        { name: 'IgnoredUID', value: '1337' },
        { name: 'ProxyEgressPort', value: '15001' },
      ],
    },
    containerDefinitions: [
      {
        name: 'app',
        image: options.image,
        portMappings: [{ containerPort: 9080, protocol: 'tcp' }],
        essential: true,
        dependsOn: [{ containerName: 'envoy', condition: 'HEALTHY' }],
      },
      {
        name: 'envoy',
        image: `840364872350.dkr.ecr.${options.region}.amazonaws.com/aws-appmesh-envoy:v1.29.12.1-prod`,
        essential: true,
        environment: [
          { name: 'APPMESH_VIRTUAL_NODE_NAME', value: `mesh/${seedNames.mesh}/virtualNode/${options.node}` },
        ],
        healthCheck: {
          command: ['CMD-SHELL', 'curl -s http://localhost:9901/server_info | grep state | grep -q LIVE'],
          interval: 5,
          retries: 3,
          startPeriod: 10,
          timeout: 2,
        },
        memory: 500,
        user: '1337',
      },
    ],
  };
}

/**
 * The world before any canary (`startLocalStack({ seed: 'stable-only' })`): serviceB alone, as a team that keeps
 * one service per app has it; `init` makes the canary side. Its service runs on Fargate in two subnets, with
 * tags, tag propagation and ECS Exec: what a clone must carry over.
 */
export const stableOnlyService = {
  settings: {
    launchType: 'FARGATE',
    platformVersion: '1.4.0',
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
        securityGroups: ['sg-0a1b2c3d4e5f60003'],
        assignPublicIp: 'DISABLED',
      },
    },
    healthCheckGracePeriodSeconds: 30,
    propagateTags: 'SERVICE',
    enableECSManagedTags: true,
    enableExecuteCommand: true,
  },
  tags: [
    { key: 'team', value: 'payments' },
    { key: 'app', value: 'serviceb' },
  ],
} as const;

/**
 * stable-only-cloud-map: stable-only, serviceB registering its tasks in Cloud Map (apps.local/serviceB) and its
 * node finding them there; stable-only-cloud-map-dns: the same, its node discovered through the DNS name Cloud Map
 * answers for them (serviceB.apps.local), as the App Mesh getting-started guide sets it up.
 */
export const seedKinds = [
  'getting-started',
  'stable-only',
  'stable-only-cloud-map',
  'stable-only-cloud-map-dns',
] as const;
export type SeedKind = (typeof seedKinds)[number];

export function isStableOnly(kind: SeedKind): boolean {
  return kind !== 'getting-started';
}

/** The Cloud Map side of the stable-only-cloud-map seed: serviceB's tasks register in apps.local/serviceB. */
export const cloudMapSeed = {
  namespace: 'apps.local',
  service: 'serviceB',
  dnsConfig: { RoutingPolicy: 'MULTIVALUE', DnsRecords: [{ Type: 'A', TTL: 60 }] },
  healthCheckCustomConfig: { FailureThreshold: 1 },
  /** Envoy's endpoints: the instances of serviceB's own tasks. */
  attributes: [{ key: 'ECS_TASK_DEFINITION_FAMILY', value: 'taskB' }],
} as const;

export function seed(
  appMesh: LocalAppMesh,
  ecs: LocalEcs,
  place: { account: string; region: string },
  kind: SeedKind = 'getting-started',
  cloudMap?: LocalCloudMap,
): void {
  const stableOnly = isStableOnly(kind);
  const withCloudMap = kind.startsWith('stable-only-cloud-map');
  const none = new URLSearchParams();
  const { mesh } = seedNames;
  appMesh.createMesh({ meshName: mesh, spec: {} });
  const registry = withCloudMap ? seedCloudMap(cloudMap) : undefined;
  appMesh.create('virtualNode', mesh, none, {
    virtualNodeName: 'serviceB',
    spec:
      kind === 'stable-only-cloud-map'
        ? {
            ...nodeSpec(''),
            serviceDiscovery: {
              awsCloudMap: {
                namespaceName: cloudMapSeed.namespace,
                serviceName: cloudMapSeed.service,
                attributes: structuredClone(cloudMapSeed.attributes),
              },
            },
          }
        : nodeSpec('serviceB.apps.local'),
  });
  if (!stableOnly)
    appMesh.create('virtualNode', mesh, none, {
      virtualNodeName: 'serviceBv2',
      spec: nodeSpec('serviceBv2.apps.local'),
    });
  appMesh.create('virtualRouter', mesh, none, {
    virtualRouterName: seedNames.virtualRouter,
    spec: { listeners: [{ portMapping: { port: 80, protocol: 'http2' } }] },
  });
  appMesh.createRoute(mesh, seedNames.virtualRouter, none, {
    routeName: seedNames.route,
    spec: seedRouteSpec(),
  });
  appMesh.create('virtualService', mesh, none, {
    virtualServiceName: 'serviceb.apps.local',
    spec: { provider: { virtualRouter: { virtualRouterName: seedNames.virtualRouter } } },
  });
  appMesh.create('virtualNode', mesh, none, {
    virtualNodeName: seedNames.callerNode,
    spec: nodeSpec('servicea.apps.local', [
      { virtualService: { virtualServiceName: 'serviceb.apps.local' } },
    ]),
  });
  // The seeded route has carried traffic since long before the stack started.
  for (const write of appMesh.routeWrites) write.at = 0;

  ecs.createCluster(seedNames.cluster);
  const image = seedImage(place.account, place.region);
  const stable = ecs.registerTaskDefinition(
    seedTaskDefinition({ family: 'taskB', node: 'serviceB', image, ...place }),
  ).taskDefinition as Json;
  if (stableOnly) {
    ecs.createService({
      cluster: seedNames.cluster,
      service: seedNames.stableService,
      taskDefinition: String(stable.taskDefinitionArn),
      desiredCount: 2,
      settings: structuredClone(stableOnlyService.settings) as unknown as Json,
      tags: structuredClone(stableOnlyService.tags) as unknown as Json[],
    });
    if (registry)
      ecs.attachServiceRegistry(seedNames.cluster, seedNames.stableService, {
        registryArn: registry,
        containerName: 'app',
        containerPort: 9080,
      });
    return;
  }
  const canary = ecs.registerTaskDefinition(
    seedTaskDefinition({ family: 'taskBv2', node: 'serviceBv2', image, ...place }),
  ).taskDefinition as Json;
  // On Fargate in the workshop's subnets, as its task definitions ask (awsvpc): what an ECS task hook runs in.
  const fargate = {
    launchType: 'FARGATE',
    networkConfiguration: structuredClone(stableOnlyService.settings.networkConfiguration),
  } as unknown as Json;
  ecs.createService({
    cluster: seedNames.cluster,
    service: seedNames.stableService,
    taskDefinition: String(stable.taskDefinitionArn),
    desiredCount: 2,
    settings: fargate,
  });
  ecs.createService({
    cluster: seedNames.cluster,
    service: seedNames.canaryService,
    taskDefinition: String(canary.taskDefinitionArn),
    desiredCount: 1,
    settings: structuredClone(fargate),
  });
}

/** The namespace and serviceB's Cloud Map service; its ARN. */
function seedCloudMap(cloudMap: LocalCloudMap | undefined): string {
  if (!cloudMap) throw new Error('the stable-only-cloud-map seed needs the Cloud Map store');
  const namespaceId = cloudMap.createNamespace(cloudMapSeed.namespace);
  const { Service } = cloudMap.createService({
    Name: cloudMapSeed.service,
    NamespaceId: namespaceId,
    DnsConfig: structuredClone(cloudMapSeed.dnsConfig),
    HealthCheckCustomConfig: structuredClone(cloudMapSeed.healthCheckCustomConfig),
    Tags: [{ Key: 'team', Value: 'payments' }],
  }) as { Service: { Arn: string } };
  return Service.Arn;
}
