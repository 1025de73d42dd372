import type { AppMeshClient } from '@aws-sdk/client-app-mesh';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { lazy } from '../aws/lazy.js';
import type { Ecs } from '../ecs/index.js';
import type { HealthReaders } from '../health/index.js';
import type { EngineDeps } from '../orchestrator/deps.js';
import type { Executions } from '../orchestrator/sfn.js';
import { pause } from '../pace.js';
import type { Log } from '../report/log.js';

/** What the Action's and the CLI's modes need: the engine's deps, as the steps take them, plus timing. */
export interface ModeDeps extends EngineDeps {
  region: string;
  log: Log & EngineDeps['log'];
  sleep: (seconds: number) => Promise<void>;
}

/** Each client is loaded when a mode first calls it: a mode loads only the clients it uses. */
export function awsModeDeps(region: string, log: Log): ModeDeps {
  return {
    region,
    appMesh: lazy<AppMeshClient>(async () => (await import('../aws/clients/app-mesh.js')).appMesh(region)),
    vpcLattice: lazy<VPCLatticeClient>(async () =>
      (await import('../aws/clients/vpc-lattice.js')).vpcLattice(region),
    ),
    elbv2: lazy<ElasticLoadBalancingV2Client>(async () =>
      (await import('../aws/clients/elbv2.js')).elbv2(region),
    ),
    ecs: lazy<Ecs>(async () => (await import('../aws/clients/ecs.js')).ecs(region)),
    health: lazy<HealthReaders>(async () => (await import('../aws/clients/health.js')).health(region)),
    executions: lazy<Executions>(async () =>
      (await import('../aws/clients/executions.js')).executions(region),
    ),
    now: () => new Date(),
    sleep: pause,
    log,
  };
}
