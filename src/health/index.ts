export {
  checkWindow,
  firstOwnVerdictAt,
  hasWindowedSources,
  type PreflightReport,
  runHealthCheck,
  type StepWindowOptions,
  stepWindow,
  validateHealthSources,
} from './check.js';
export { describeThresholds, formatVerdictText } from './format.js';
export {
  applyLimits,
  combineVerdicts,
  type Escalation,
  judgeAlarms,
  judgeCounts,
  noCounters,
  type TrafficRouting,
} from './policy.js';
export { compareErrorRates, type ErrorRateComparison, type SignificanceMethod } from './significance.js';
export { awsHealthReaders, type HealthClients, healthClients } from './sources/index.js';
export type * from './types.js';
