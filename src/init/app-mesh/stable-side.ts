import type { Service, ServiceRegistry, Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import type { Namespace } from '@aws-sdk/client-servicediscovery';
import { lazy } from '../../aws/lazy.js';
import { EcsServiceSetup } from '../../ecs/service-setup.js';
import { InputError } from '../../errors.js';
import { MeshApi } from '../../routing/app-mesh/appmesh-api.js';
import { readRoute } from '../../routing/app-mesh/canary-entry.js';
import { routeLabel } from '../../routing/app-mesh/names.js';
import { MeshNodeSetup, type VirtualNodeRead } from '../../routing/app-mesh/node-setup.js';
import { describeTargets, type RouteSpec, weightedTargetsOf } from '../../routing/app-mesh/route-spec.js';
import type { InitClients } from '../clients.js';
import { initInputs, type MeshInitSettings } from '../settings.js';
import { readStableService } from '../stable-service.js';
import { serviceIdOf } from './canary-cloud-map.js';
import type { CloudMapServiceRead, CloudMapSetup } from './cloud-map-setup.js';

/** How the stable node's endpoints are found: a DNS name, or the instances of a Cloud Map service. */
export type StableDiscovery =
  | { kind: 'dns'; hostname: string }
  | {
      kind: 'cloud-map';
      namespace: Namespace;
      /** The Cloud Map service the stable ECS service registers its tasks in, read whole. */
      registry: CloudMapServiceRead;
      /** How the stable service registers (container and port): the canary's registers the same way. */
      registration: ServiceRegistry;
      attributes: Array<{ key: string; value: string }>;
    };

/** What the canary side is cloned from, read once before anything is planned. */
export interface MeshStableSide {
  service: Service;
  taskDefinition: TaskDefinition & { tags: Tag[] };
  node: VirtualNodeRead;
  discovery: StableDiscovery;
  route: RouteSpec;
  routeLabel: string;
  region: string;
  account: string;
}

/** The readers and writers init uses for App Mesh. */
export function meshInitApis(clients: InitClients, settings: MeshInitSettings) {
  return {
    ecs: new EcsServiceSetup(clients.ecs),
    routes: new MeshApi(clients.appMesh, { mesh: settings.mesh, virtualRouter: settings.virtualRouter }),
    nodes: new MeshNodeSetup(clients.appMesh, settings.mesh),
    // Its commands load only for a stable node discovered through Cloud Map.
    cloudMap: lazy<CloudMapSetup>(
      async () => new (await import('./cloud-map-setup.js')).CloudMapSetup(clients.cloudMap),
    ),
  };
}
export type MeshInitApis = ReturnType<typeof meshInitApis>;

/**
 * Reads the stable service and its task definition, the stable virtual node and the route that sends it
 * traffic. Read-only; each refusal names the input to change.
 */
export async function readMeshStableSide(
  apis: MeshInitApis,
  settings: MeshInitSettings,
): Promise<MeshStableSide> {
  const service = await readStableService(apis.ecs, settings);
  const node = await apis.nodes.read(settings.stableNode);
  if (!node)
    throw new InputError(
      initInputs.stableNode,
      `mesh ${settings.mesh} has no virtual node ${settings.stableNode}; check stable-node and mesh.`,
    );
  const discovery = await readStableDiscovery(apis, settings, service, node);
  const route = await readRoute(apis.routes, settings.route);
  const label = routeLabel(apis.routes.place, settings.route);
  if (!weightedTargetsOf(route).some((target) => target.virtualNode === settings.stableNode))
    throw new InputError(
      initInputs.route,
      `${label} sends traffic to ${describeTargets(weightedTargetsOf(route))}, not to ${settings.stableNode}; give the route of the stable node.`,
    );
  const taskDefinition = await apis.ecs.taskDefinition(service.taskDefinition!);
  if (!taskDefinition)
    throw new InputError(
      initInputs.stableService,
      `its task definition ${service.taskDefinition} does not exist.`,
    );
  const [, , , region, account] = node.arn.split(':');
  return {
    service,
    taskDefinition,
    node,
    discovery,
    route,
    routeLabel: label,
    region: region!,
    account: account!,
  };
}

/**
 * The stable node's service discovery: DNS, or Cloud Map with the stable ECS service registering its tasks in
 * the very Cloud Map service the node names (so the canary's clone selects the canary's tasks alone).
 */
async function readStableDiscovery(
  apis: MeshInitApis,
  settings: MeshInitSettings,
  service: Service,
  node: VirtualNodeRead,
): Promise<StableDiscovery> {
  const { dns, awsCloudMap } = node.spec.serviceDiscovery ?? {};
  const registration = service.serviceRegistries?.[0];
  if (dns?.hostname) {
    if (registration)
      throw new InputError(
        initInputs.stableService,
        `${settings.stableService} registers its tasks in Cloud Map (serviceRegistries) while ${settings.stableNode} is discovered through DNS ${dns.hostname}; init clones a node and its service when both use Cloud Map, or neither does.`,
      );
    if (settings.canaryCloudMapService !== undefined)
      throw new InputError(
        initInputs.canaryCloudMapService,
        `applies to a stable node discovered through Cloud Map; ${settings.stableNode} uses DNS (${dns.hostname}): give canary-dns-hostname, or nothing.`,
      );
    return { kind: 'dns', hostname: dns.hostname };
  }
  if (!awsCloudMap)
    throw new InputError(
      initInputs.stableNode,
      `${settings.stableNode} has no service discovery; init clones nodes discovered through DNS or Cloud Map.`,
    );
  const named = `${awsCloudMap.namespaceName}/${awsCloudMap.serviceName}`;
  if (settings.canaryHostname !== undefined)
    throw new InputError(
      initInputs.canaryHostname,
      `applies to a stable node discovered through DNS; ${settings.stableNode} uses Cloud Map (${named}): give canary-cloud-map-service, or nothing.`,
    );
  if (!registration?.registryArn)
    throw new InputError(
      initInputs.stableService,
      `${settings.stableService} registers its tasks in no Cloud Map service (serviceRegistries), while ${settings.stableNode} finds its endpoints in ${named}: init cannot tell how the canary's tasks would register.`,
    );
  const registry = await apis.cloudMap.service(serviceIdOf(registration.registryArn));
  const namespace = registry?.service.NamespaceId
    ? await apis.cloudMap.namespace(registry.service.NamespaceId)
    : undefined;
  if (
    !registry ||
    !namespace ||
    registry.service.Name?.toLowerCase() !== awsCloudMap.serviceName.toLowerCase() ||
    namespace.Name?.toLowerCase() !== awsCloudMap.namespaceName.toLowerCase()
  )
    throw new InputError(
      initInputs.stableService,
      `${settings.stableService} registers its tasks in ${registry && namespace ? `${namespace.Name}/${registry.service.Name}` : `${registration.registryArn}, which does not exist`}, not in ${named} where ${settings.stableNode} finds its endpoints; give the stable service and node that go together.`,
    );
  return {
    kind: 'cloud-map',
    namespace,
    registry,
    registration,
    attributes: (awsCloudMap.attributes ?? []).map(({ key, value }) => ({ key, value })),
  };
}
