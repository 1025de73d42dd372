import {
  AppMeshClient,
  DescribeRouteCommand,
  DescribeVirtualNodeCommand,
  ListTagsForResourceCommand,
  UpdateRouteCommand,
} from '@aws-sdk/client-app-mesh';
import type { Service } from '@aws-sdk/client-ecs';
import type { LocalStack } from '../../local/index.js';
import { seedNames, seedRouteSpec } from '../../local/seed/seed.js';
import type { NodeRun } from '../support/run-node.js';
import { initEcsSide, localClientConfig } from './init-ecs-side.js';

/** The canary node init gives serviceB by default. */
export const canaryNode = 'serviceB-canary';

/** Reading the App Mesh side whole, hand edits as from a console, and `appmesh-canary init` runs. */
export interface MeshInitWorld {
  init(args: string[]): Promise<NodeRun>;
  node(name: string): Promise<{ spec: unknown; tags: unknown } | undefined>;
  service(name: string): Promise<Service | undefined>;
  /** The route, the stable node (with tags) and the stable service, read whole. */
  stableSide(): Promise<unknown>;
  setCanaryWeight(weight: number): Promise<void>;
  scaleCanary(desiredCount: number): Promise<void>;
  close(): void;
}

export function meshInitWorld(stack: LocalStack): MeshInitWorld {
  const appMesh = new AppMeshClient(localClientConfig(stack));
  const ecs = initEcsSide(stack);
  const mesh = { meshName: seedNames.mesh };
  const route = { ...mesh, virtualRouterName: seedNames.virtualRouter, routeName: seedNames.route };

  const node = async (name: string) => {
    const found = await appMesh
      .send(new DescribeVirtualNodeCommand({ ...mesh, virtualNodeName: name }))
      .catch((error: Error) => (error.name === 'NotFoundException' ? undefined : Promise.reject(error)));
    if (!found?.virtualNode) return undefined;
    const { tags } = await appMesh.send(
      new ListTagsForResourceCommand({ resourceArn: found.virtualNode.metadata!.arn! }),
    );
    return { spec: found.virtualNode.spec, tags };
  };

  return {
    init: (args) =>
      ecs.init(
        'app-mesh',
        [
          '--mesh',
          seedNames.mesh,
          '--virtual-router',
          seedNames.virtualRouter,
          '--route',
          seedNames.route,
          '--stable-node',
          seedNames.stableNode,
        ],
        args,
      ),
    node,
    service: ecs.service,
    async stableSide() {
      // App Mesh versions and stamps every write: the route is the same when its spec is.
      const { routeName: _r, ...described } = (await appMesh.send(new DescribeRouteCommand(route))).route!;
      return {
        route: described.spec,
        node: await node(seedNames.stableNode),
        service: await ecs.stableService(),
      };
    },
    async setCanaryWeight(weight) {
      // App Mesh weights add up to at most 100: the stable gives the canary its share.
      const spec = seedRouteSpec() as {
        http2Route: { action: { weightedTargets: Array<{ virtualNode: string; weight: number }> } };
      };
      spec.http2Route.action.weightedTargets[0]!.weight = 100 - weight;
      spec.http2Route.action.weightedTargets.push({ virtualNode: canaryNode, weight });
      await appMesh.send(new UpdateRouteCommand({ ...route, spec: spec as never }));
    },
    async scaleCanary(desiredCount) {
      await ecs.scaleCanary('serviceB-canary', desiredCount);
    },
    close: () => {
      appMesh.destroy();
      ecs.close();
    },
  };
}
