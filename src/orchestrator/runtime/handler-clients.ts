import type { AppMeshClient } from '@aws-sdk/client-app-mesh';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import type { Ecs } from '../../ecs/index.js';
import type { EventPublisher } from '../../events/publisher.js';
import type { HealthReaders } from '../../health/index.js';
import type { Executions } from '../sfn.js';

/**
 * The clients one handler builds. Each handler names only those it calls (lambdas/*.ts), so its bundle holds
 * only those SDK clients; the others are absent and fail loudly if a step reaches for them.
 */
export interface HandlerClients {
  appMesh?: (region: string) => AppMeshClient;
  vpcLattice?: (region: string) => VPCLatticeClient;
  elbv2?: (region: string) => ElasticLoadBalancingV2Client;
  ecs?: (region: string) => Ecs;
  health?: (region: string) => HealthReaders;
  /** The state machine's own Step Functions API, in the Lambda's region. */
  executions?: () => Executions;
  /** The default event bus of the Lambda's region: where the steps announce the canary's transitions. */
  events?: () => EventPublisher;
}
