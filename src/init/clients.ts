import type { AppMeshClient } from '@aws-sdk/client-app-mesh';
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { ServiceDiscoveryClient } from '@aws-sdk/client-servicediscovery';
import type { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { lazy } from '../aws/lazy.js';
import type { Executions } from '../orchestrator/sfn.js';

/** The clients `init` calls; each is loaded on its first call. */
export interface InitClients {
  ecs: ECSClient;
  elbv2: ElasticLoadBalancingV2Client;
  lattice: VPCLatticeClient;
  appMesh: AppMeshClient;
  /** Cloud Map: only for a stable node discovered through it. */
  cloudMap: ServiceDiscoveryClient;
  /** Step Functions, read only: --remove refuses while a canary runs. */
  executions: () => Promise<Executions>;
}

export function awsInitClients(region: string): InitClients {
  return {
    ecs: lazy<ECSClient>(async () => {
      const [{ ECSClient }, { clientConfig }] = await Promise.all([
        import('@aws-sdk/client-ecs'),
        import('../aws/client-config.js'),
      ]);
      return new ECSClient(clientConfig({ region }));
    }),
    elbv2: lazy<ElasticLoadBalancingV2Client>(async () =>
      (await import('../aws/clients/elbv2.js')).elbv2(region),
    ),
    executions: async () => (await import('../aws/clients/executions.js')).executions(region),
    appMesh: lazy<AppMeshClient>(async () => (await import('../aws/clients/app-mesh.js')).appMesh(region)),
    cloudMap: lazy<ServiceDiscoveryClient>(async () =>
      (await import('../aws/clients/cloud-map.js')).cloudMap(region),
    ),
    lattice: lazy<VPCLatticeClient>(async () =>
      (await import('../aws/clients/vpc-lattice.js')).vpcLattice(region),
    ),
  };
}
