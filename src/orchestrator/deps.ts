import type { AppMeshClient } from '@aws-sdk/client-app-mesh';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import type { Ecs } from '../ecs/index.js';
import type { EventPublisher } from '../events/publisher.js';
import type { HealthReaders } from '../health/index.js';
import type { RetryTiming } from '../routing/app-mesh/index.js';
import type { Executions } from './sfn.js';

export interface StepLog {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
}

/**
 * What the engine needs from the outside world to read and change routes and services: the steps and the
 * Action's modes alike. The Lambdas build it over real clients, tests inject fakes.
 */
export interface EngineDeps {
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

/** What a step needs: the engine's deps, and where it announces the canary's transitions. */
export interface StepDeps extends EngineDeps {
  events: EventPublisher;
}

/** Deps for the region a document names (clients are regional). */
export type DepsForRegion = (region: string) => StepDeps;
