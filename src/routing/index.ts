export * from './alb/index.js';
export {
  callWithRetry,
  isThrottlingOrServerError,
  type NotFound,
  type RetryTiming,
  type RouterLog,
  type RoutingApiOptions,
} from './aws-call.js';
export * from './errors.js';
export { type ForwardAccess, type ForwardSpecOps, restoreForward, shiftForward } from './forward-shift.js';
export * from './group-weights.js';
export * from './router-settings.js';
export { describeGroups, groupDifferences, isShiftOf } from './target-groups.js';
export * from './vpc-lattice/index.js';
