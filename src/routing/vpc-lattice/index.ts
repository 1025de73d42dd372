export { LatticeApi, type LatticeRead, type LatticeResource, type LatticeTargetGroupInfo } from './api.js';
export { readLatticeWeights } from './describe.js';
export {
  identifies,
  type LatticeIdentifier,
  type LatticeKind,
  latticeIdOf,
  parseLatticeIdentifier,
} from './identifiers.js';
export { type LatticePreflightChecks, readLatticeState } from './preflight.js';
export { VpcLatticeRouter } from './router.js';
export {
  type LatticeLocation,
  type LatticeSettings,
  latticeInputs,
  latticeLocationSettings,
  latticeSettings,
} from './settings.js';
export * as latticeSpec from './spec.js';
export {
  type LatticeRouteSpec,
  LatticeSpecError,
  type LatticeWeightedTargetGroup,
  maxLatticeTargetGroups,
  parseLatticeSpec,
} from './spec.js';
export * from './state.js';
