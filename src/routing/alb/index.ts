export {
  AlbApi,
  type AlbListenerRead,
  type AlbRuleRead,
  type AlbTargetGroupInfo,
  writableActions,
} from './api.js';
export * from './arns.js';
export { readAlbWeights } from './describe.js';
export { type AlbPreflightChecks, readAlbState } from './preflight.js';
export { AlbRouter } from './router.js';
export {
  type AlbLocation,
  type AlbSettings,
  albInputs,
  albLocationSettings,
  albSettings,
} from './settings.js';
export * as albSpec from './spec.js';
export {
  type AlbAction,
  type AlbForwardConfig,
  type AlbRouteSpec,
  AlbSpecError,
  type AlbTargetGroupTuple,
  maxAlbTargetGroups,
  parseAlbSpec,
} from './spec.js';
export * from './state.js';
