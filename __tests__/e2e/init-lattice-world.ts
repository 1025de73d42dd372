import type { Service } from '@aws-sdk/client-ecs';
import {
  GetListenerCommand,
  GetRuleCommand,
  GetTargetGroupCommand,
  ListTagsForResourceCommand,
  ListTargetGroupsCommand,
  UpdateRuleCommand,
  VPCLatticeClient,
} from '@aws-sdk/client-vpc-lattice';
import type { LocalStack } from '../../local/index.js';
import { latticeSeedNames } from '../../local/seed/seed-routers.js';
import type { NodeRun } from '../support/run-node.js';
import { initEcsSide, localClientConfig } from './init-ecs-side.js';

/** The names init gives the canary side of serviceB on VPC Lattice by default. */
export const latticeCanaryGroup = 'serviceb-canary';

/** Reading the VPC Lattice side whole, hand edits as from a console, and `appmesh-canary init` runs. */
export interface LatticeInitWorld {
  ruleId: string;
  init(args: string[]): Promise<NodeRun>;
  targetGroup(
    name: string,
  ): Promise<{ group: Record<string, unknown>; tags: Record<string, string> } | undefined>;
  service(name: string): Promise<Service | undefined>;
  /** The rule, the listener's default action, the stable target group (with tags) and the stable service. */
  stableSide(): Promise<unknown>;
  setCanaryWeight(weight: number): Promise<void>;
  scaleCanary(desiredCount: number): Promise<void>;
  close(): void;
}

export function latticeInitWorld(stack: LocalStack): LatticeInitWorld {
  const lattice = new VPCLatticeClient(localClientConfig(stack));
  const ecs = initEcsSide(stack);
  const { serviceId, listenerId, ruleId } = stack.vpcLattice.resolve({
    service: latticeSeedNames.service,
    listener: latticeSeedNames.listener,
    rule: latticeSeedNames.rule,
  });
  const where = { serviceIdentifier: serviceId, listenerIdentifier: listenerId };

  const targetGroup = async (name: string) => {
    const { items } = await lattice.send(new ListTargetGroupsCommand({}));
    const found = items?.find((item) => item.name === name);
    if (!found) return undefined;
    const { $metadata: _m, ...group } = await lattice.send(
      new GetTargetGroupCommand({ targetGroupIdentifier: found.id! }),
    );
    const { tags } = await lattice.send(new ListTagsForResourceCommand({ resourceArn: found.arn! }));
    return { group: group as Record<string, unknown>, tags: tags ?? {} };
  };
  const rule = async () => {
    // VPC Lattice stamps every write: the rule is the same when all but lastUpdatedAt is.
    const {
      $metadata: _m,
      lastUpdatedAt: _u,
      ...read
    } = await lattice.send(new GetRuleCommand({ ...where, ruleIdentifier: ruleId }));
    return read;
  };

  return {
    ruleId,
    init: (args) =>
      ecs.init(
        'vpc-lattice',
        [
          '--lattice-service',
          latticeSeedNames.service,
          '--lattice-listener',
          latticeSeedNames.listener,
          '--lattice-rule',
          latticeSeedNames.rule,
        ],
        args,
      ),
    targetGroup,
    service: ecs.service,
    async stableSide() {
      const { $metadata: _l, ...listener } = await lattice.send(new GetListenerCommand(where));
      return {
        rule: await rule(),
        listener,
        targetGroup: await targetGroup(latticeSeedNames.stableTargetGroup),
        service: await ecs.stableService(),
      };
    },
    async setCanaryWeight(weight) {
      const canary = (await targetGroup(latticeCanaryGroup))!.group.id as string;
      const stable = (await targetGroup(latticeSeedNames.stableTargetGroup))!.group.id as string;
      await lattice.send(
        new UpdateRuleCommand({
          ...where,
          ruleIdentifier: ruleId,
          action: {
            forward: {
              targetGroups: [
                { targetGroupIdentifier: stable, weight: 100 },
                { targetGroupIdentifier: canary, weight },
              ],
            },
          },
        }),
      );
    },
    async scaleCanary(desiredCount) {
      await ecs.scaleCanary('serviceB-canary', desiredCount);
    },
    close: () => {
      lattice.destroy();
      ecs.close();
    },
  };
}
