export {
  type DescribedTaskDefinition,
  Ecs,
  type RegisteredTaskDefinition,
  type UpdateServiceParams,
} from './ecs.js';
export {
  DeploymentFailedError,
  type DeploymentFailure,
  DeploymentTimeoutError,
  ServiceNotFoundError,
} from './errors.js';
export { describeProgress, judgeRollout, type RolloutVerdict } from './rollout.js';
export {
  accountIdOf,
  type DeploymentState,
  type ServiceEventSummary,
  type ServiceState,
} from './service-state.js';
export type { DeploymentOutcome, WaitForDeploymentParams } from './wait.js';
