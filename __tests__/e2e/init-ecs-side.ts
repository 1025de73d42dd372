import { DescribeServicesCommand, ECSClient, type Service, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import type { LocalStack } from '../../local/index.js';
import { seedNames } from '../../local/seed/seed.js';
import { type NodeRun, runNode } from '../support/run-node.js';

const cli = new URL('../../dist/cli/index.js', import.meta.url).pathname;

/** How the worlds' SDK clients reach the local stack. */
export const localClientConfig = (stack: LocalStack) => ({
  endpoint: stack.endpoint,
  region: stack.region,
  credentials: { accessKeyId: 'ops', secretAccessKey: 'ops' },
});

/** What every router's init world shares: the CLI bundle's init on serviceB, and the ECS side read and edited. */
export interface InitEcsSide {
  /** `appmesh-canary init --router <router>` for serviceB, then the router's own arguments and `args`. */
  init(router: string, routerArgs: string[], args: string[]): Promise<NodeRun>;
  service(name: string): Promise<Service | undefined>;
  /** The stable service read whole, but for what changes by itself as time passes: its events. */
  stableService(): Promise<unknown>;
  /** Sets the canary service's desired count, as an operator would. */
  scaleCanary(name: string, desiredCount: number): Promise<void>;
  close(): void;
}

export function initEcsSide(stack: LocalStack): InitEcsSide {
  const ecs = new ECSClient(localClientConfig(stack));
  const service = async (name: string) => {
    const { services } = await ecs.send(
      new DescribeServicesCommand({ cluster: seedNames.cluster, services: [name], include: ['TAGS'] }),
    );
    const found = services?.[0];
    return found && found.status !== 'INACTIVE' ? found : undefined;
  };
  return {
    init: (router, routerArgs, args) =>
      runNode(
        cli,
        [
          'init',
          '--router',
          router,
          '--cluster',
          seedNames.cluster,
          '--stable-service',
          seedNames.stableService,
          ...routerArgs,
          ...args,
        ],
        stack.env,
      ),
    service,
    async stableService() {
      const {
        $metadata: _m,
        events: _events,
        ...settled
      } = (await service(seedNames.stableService)) as Service & { $metadata?: unknown };
      return settled;
    },
    async scaleCanary(name, desiredCount) {
      await ecs.send(new UpdateServiceCommand({ cluster: seedNames.cluster, service: name, desiredCount }));
    },
    close: () => ecs.destroy(),
  };
}
