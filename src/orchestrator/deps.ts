import type { AppMeshClient } from '@aws-sdk/client-app-mesh';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
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
  /** The routers' clients: each deployment reaches only its own router's. */
  appMesh: AppMeshClient;
  vpcLattice: VPCLatticeClient;
  elbv2: ElasticLoadBalancingV2Client;
  /** In-process retry of the routers' calls; longer outages are left to the state machine's Retry. */
  routingRetry?: RetryTiming;
  ecs: Ecs;
  health: HealthReaders;
  executions: Executions;
  now: () => Date;
  log: StepLog;
}

/** Deps for the region a document names (clients are regional). */
export type DepsForRegion = (region: string) => StepDeps;
