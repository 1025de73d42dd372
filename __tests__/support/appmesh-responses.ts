import type { RestHandler } from './json-target-server.js';

/** App Mesh REST responses for the getting-started guide's mesh, shaped as the App Mesh API returns them. */
const account = '123456789012';
const metadata = (path: string, version = 1) => ({
  arn: `arn:aws:appmesh:us-west-2:${account}:mesh/${path}`,
  version,
  uid: `uid-${path.replace(/\W/g, '-')}`,
  createdAt: 1_790_000_000,
  lastUpdatedAt: 1_790_000_000,
  meshOwner: account,
  resourceOwner: account,
});
const active = { status: 'ACTIVE' };
const nodeSpec = (hostname: string) => ({
  listeners: [{ portMapping: { port: 80, protocol: 'http2' } }],
  serviceDiscovery: { dns: { hostname } },
});
export const seedRouteSpec = {
  http2Route: {
    action: { weightedTargets: [{ virtualNode: 'serviceB', weight: 100 }] },
    match: { prefix: '/' },
  },
};
const nodes: Record<string, string> = {
  serviceB: 'serviceB.apps.local',
  serviceBv2: 'serviceBv2.apps.local',
};

const notFound = (message: string) => ({ status: 404, body: { message } });

export const seedMeshRoutes: { method: string; path: RegExp; handle: RestHandler }[] = [
  {
    method: 'GET',
    path: /^\/v20190125\/meshes\/([^/]+)$/,
    handle: ([, mesh]) =>
      mesh === 'apps'
        ? { body: { meshName: mesh, spec: {}, metadata: metadata('apps'), status: active } }
        : notFound(`Mesh ${mesh} not found`),
  },
  {
    method: 'GET',
    path: /^\/v20190125\/meshes\/apps\/virtualRouters\/([^/]+)$/,
    handle: ([, router]) =>
      router === 'serviceB'
        ? {
            body: {
              meshName: 'apps',
              virtualRouterName: router,
              spec: { listeners: [{ portMapping: { port: 80, protocol: 'http2' } }] },
              metadata: metadata(`apps/virtualRouter/${router}`),
              status: active,
            },
          }
        : notFound(`VirtualRouter ${router} not found`),
  },
  {
    method: 'GET',
    path: /^\/v20190125\/meshes\/apps\/virtualRouter\/serviceB\/routes$/,
    handle: () => ({
      body: {
        routes: [
          {
            meshName: 'apps',
            virtualRouterName: 'serviceB',
            routeName: 'serviceB',
            ...metadata('apps/virtualRouter/serviceB/route/serviceB'),
          },
        ],
      },
    }),
  },
  {
    method: 'GET',
    path: /^\/v20190125\/meshes\/apps\/virtualRouter\/serviceB\/routes\/([^/]+)$/,
    handle: ([, route]) =>
      route === 'serviceB'
        ? {
            body: {
              meshName: 'apps',
              virtualRouterName: 'serviceB',
              routeName: route,
              spec: seedRouteSpec,
              metadata: metadata(`apps/virtualRouter/serviceB/route/${route}`, 3),
              status: active,
            },
          }
        : notFound(`Route ${route} not found`),
  },
  {
    method: 'GET',
    path: /^\/v20190125\/meshes\/apps\/virtualNodes\/([^/]+)$/,
    handle: ([, node]) =>
      node && nodes[node]
        ? {
            body: {
              meshName: 'apps',
              virtualNodeName: node,
              spec: nodeSpec(nodes[node]),
              metadata: metadata(`apps/virtualNode/${node}`),
              status: active,
            },
          }
        : notFound(`VirtualNode ${node} not found`),
  },
];
