export * from '../errors.js';
export { checkCanaryPercent } from '../percent.js';
export type * from '../router.js';
export {
  appMeshRetryable,
  MeshApi,
  type MeshApiOptions,
  type MeshLog,
  type RetryTiming,
  type RouteRead,
} from './appmesh-api.js';
export { AppMeshRouter, type AppMeshRouterOptions } from './appmesh-router.js';
export { canaryNodeSpec, type NodeSpec } from './canary-node-spec.js';
export { clientToken } from './client-token.js';
export * from './errors.js';
export { checkCanaryAtZero, readTrafficState } from './preflight.js';
export * from './route-spec.js';
export { readRouteWeights, routeWeightsOf } from './route-weights.js';
export type * from './state.js';
export * from './weights.js';
