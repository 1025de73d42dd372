import type { AppMeshClient } from '@aws-sdk/client-app-mesh';
import {
  type EngineRouter,
  meshSettingsOfState,
  type RoutingOptions,
  routingApiOptions,
  snapshotResources,
} from '../deployment-router.js';
import type { RoutedResource } from '../resources.js';
import { MeshApi } from './appmesh-api.js';
import { AppMeshRouter } from './appmesh-router.js';
import { clientToken } from './client-token.js';
import type { RouteSpec } from './route-spec.js';
import type { MeshTrafficState } from './state.js';

/** The engine's App Mesh router of one deployment: loaded only by deployments on App Mesh. */
export function meshEngineRouter(
  snapshot: MeshTrafficState,
  client: AppMeshClient,
  options: RoutingOptions,
): EngineRouter {
  const settings = meshSettingsOfState(snapshot);
  const router = new AppMeshRouter(client, settings, options);
  const api = new MeshApi(client, settings, routingApiOptions(options));
  const pure = snapshotResources(snapshot);
  return {
    async shift(percent, expected) {
      const {
        canaryPercent: _percent,
        written,
        ...state
      } = await router.shift(percent, expected as MeshTrafficState);
      const routes = state.routes.map(({ routeName, version, spec }) => ({ routeName, version, spec }));
      return { state: { ...state, routes }, written };
    },
    resources: () =>
      pure.map((resource, index): RoutedResource => {
        const route = snapshot.routes[index]!;
        return {
          ...resource,
          read: async () => {
            const read = await api.describeRoute(route.routeName);
            return { raw: read.spec, version: read.version };
          },
          write: async (spec, readVersion, purpose) => {
            const { mesh, virtualRouter } = snapshot;
            const token = clientToken(
              options.deploymentId,
              mesh,
              virtualRouter,
              route.routeName,
              purpose,
              route.version,
              readVersion,
            );
            await api.updateRoute(route.routeName, spec as RouteSpec, token);
          },
        };
      }),
    lastWritten: (state) =>
      new Map((state as MeshTrafficState).routes.map((route) => [route.routeName, route.spec] as const)),
    describe: () => router.describe(),
  };
}
