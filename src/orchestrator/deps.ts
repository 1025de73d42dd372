import type { AppMeshClient } from '@aws-sdk/client-app-mesh';
import type { Ecs } from '../ecs/index.js';
import type { HealthReaders } from '../health/index.js';
import type { RetryTiming } from '../routing/app-mesh/index.js';
import type { Executions } from './sfn.js';

export interface StepLog {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
}

/** What a step needs from the outside world; the Lambdas build it over real clients, tests inject fakes. */
export interface StepDeps {
  appMesh: AppMeshClient;
  /** In-process retry of App Mesh calls; longer outages are left to the state machine's Retry. */
  meshRetry?: RetryTiming;
  ecs: Ecs;
  health: HealthReaders;
  executions: Executions;
  now: () => Date;
  log: StepLog;
}

/** Deps for the region a document names (clients are regional). */
export type DepsForRegion = (region: string) => StepDeps;
