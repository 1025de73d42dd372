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

/** The Cloud Map service the stable ECS service registers its tasks in. */
export interface StableCloudMap {
  namespace: Namespace;
  /** Read whole, with its tags. */
  registry: CloudMapServiceRead;
  /** How the stable service registers (container and port): the canary's registers the same way. */
  registration: ServiceRegistry;
}

/**
 * How the stable node's endpoints are found: a DNS name (Cloud Map's, when the stable service registers its
 * tasks in a Cloud Map service of a DNS namespace), or the instances of a Cloud Map service.
 */
export type StableDiscovery =
  | { kind: 'dns'; hostname: string; cloudMap?: StableCloudMap }
  | { kind: 'cloud-map'; attributes: Array<{ key: string; value: string }>; cloudMap: StableCloudMap };

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
 * The stable node's service discovery: DNS (a name of its own, or the one Cloud Map gives the service the stable
 * ECS service registers its tasks in), or Cloud Map, that service being the one the node names: the canary's
 * clone then has a Cloud Map service of its own, whose instances are the canary's tasks alone.
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
    if (!registration) {
      if (settings.canaryCloudMapService !== undefined)
        throw new InputError(
          initInputs.canaryCloudMapService,
          `applies to a stable service that registers its tasks in Cloud Map; ${settings.stableService} registers none and ${settings.stableNode} uses DNS (${dns.hostname}): give canary-dns-hostname, or nothing.`,
        );
      return { kind: 'dns', hostname: dns.hostname };
    }
    const cloudMap = await readStableCloudMap(apis, settings, registration);
    const answers = `${cloudMap.registry.service.Name}.${cloudMap.namespace.Name}`;
    if (cloudMap.namespace.Type === 'HTTP' || answers.toLowerCase() !== dns.hostname.toLowerCase())
      throw new InputError(
        initInputs.stableService,
        `${settings.stableService} registers its tasks in Cloud Map service ${cloudMap.namespace.Name}/${cloudMap.registry.service.Name}${cloudMap.namespace.Type === 'HTTP' ? ' (an HTTP namespace: no DNS name)' : `, whose DNS name is ${answers}`}, while ${settings.stableNode} is discovered as ${dns.hostname}; init cannot tell which name the canary's tasks would answer to.`,
      );
    if (settings.canaryHostname !== undefined)
      throw new InputError(
        initInputs.canaryHostname,
        `the canary's DNS name is that of its Cloud Map service in ${cloudMap.namespace.Name}, as the stable's (${dns.hostname}) is: give canary-cloud-map-service, or nothing.`,
      );
    return { kind: 'dns', hostname: dns.hostname, cloudMap };
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
  const cloudMap = await readStableCloudMap(apis, settings, registration);
  if (
    cloudMap.registry.service.Name?.toLowerCase() !== awsCloudMap.serviceName.toLowerCase() ||
    cloudMap.namespace.Name?.toLowerCase() !== awsCloudMap.namespaceName.toLowerCase()
  )
    throw new InputError(
      initInputs.stableService,
      `${settings.stableService} registers its tasks in ${cloudMap.namespace.Name}/${cloudMap.registry.service.Name}, not in ${named} where ${settings.stableNode} finds its endpoints; give the stable service and node that go together.`,
    );
  return {
    kind: 'cloud-map',
    attributes: (awsCloudMap.attributes ?? []).map(({ key, value }) => ({ key, value })),
    cloudMap,
  };
}

/** The Cloud Map service (and its namespace) the stable ECS service registers its tasks in. */
async function readStableCloudMap(
  apis: MeshInitApis,
  settings: MeshInitSettings,
  registration: ServiceRegistry,
): Promise<StableCloudMap> {
  const registry = registration.registryArn
    ? await apis.cloudMap.service(serviceIdOf(registration.registryArn))
    : undefined;
  const namespace = registry?.service.NamespaceId
    ? await apis.cloudMap.namespace(registry.service.NamespaceId)
    : undefined;
  if (!registry || !namespace)
    throw new InputError(
      initInputs.stableService,
      `${settings.stableService} registers its tasks in ${registration.registryArn}, which does not exist; fix its serviceRegistries first.`,
    );
  return { namespace, registry, registration };
}
