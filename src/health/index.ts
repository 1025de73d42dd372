export {
  checkWindow,
  hasWindowedSources,
  type PreflightReport,
  runHealthCheck,
  validateHealthSources,
} from './check.js';
export { describeThresholds, formatVerdictText } from './format.js';
export { describeLatency } from './latency-verdict.js';
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
export {
  firstOwnPeriod,
  firstOwnVerdictAt,
  nextWindowStart,
  periodReadableAt,
  type StepWindowOptions,
  stepWindow,
} from './step-window.js';
export type * from './types.js';
