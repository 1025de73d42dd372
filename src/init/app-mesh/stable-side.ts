import type { Service, Tag, TaskDefinition } from '@aws-sdk/client-ecs';
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

/** What the canary side is cloned from, read once before anything is planned. */
export interface MeshStableSide {
  service: Service;
  taskDefinition: TaskDefinition & { tags: Tag[] };
  node: VirtualNodeRead;
  /** The stable node's DNS hostname. */
  hostname: string;
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
  if (service.serviceRegistries?.length)
    throw new InputError(
      initInputs.stableService,
      `${settings.stableService} registers its tasks in Cloud Map (serviceRegistries); init clones DNS-discovered nodes only: create the canary's Cloud Map service, node and ECS service yourself.`,
    );
  const node = await apis.nodes.read(settings.stableNode);
  if (!node)
    throw new InputError(
      initInputs.stableNode,
      `mesh ${settings.mesh} has no virtual node ${settings.stableNode}; check stable-node and mesh.`,
    );
  const hostname = node.spec.serviceDiscovery?.dns?.hostname;
  if (!hostname)
    throw new InputError(
      initInputs.stableNode,
      `${settings.stableNode} is discovered through ${node.spec.serviceDiscovery?.awsCloudMap ? 'Cloud Map' : 'no service discovery'}; init clones DNS-discovered nodes only.`,
    );
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
    hostname,
    route,
    routeLabel: label,
    region: region!,
    account: account!,
  };
}
