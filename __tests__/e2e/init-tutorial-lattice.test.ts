import {
  GetRuleCommand,
  GetTargetGroupCommand,
  ListTagsForResourceCommand,
  VPCLatticeClient,
} from '@aws-sdk/client-vpc-lattice';
import type { LocalStack } from '../../local/index.js';
import { latticeSeedNames } from '../../local/seed/seed-routers.js';
import { describeTutorial } from './init-tutorial-runner.js';
import { stableOnlyScenarios } from './init-world.js';

/** README.md's "From one service to canaries", its VPC Lattice part, run as written (init-tutorial-runner.ts). */
describeTutorial({
  heading: 'VPC Lattice',
  scenario: stableOnlyScenarios['vpc-lattice'],
  title: "README's From one service to canaries, on VPC Lattice",
  stableSide,
});

/** The rule (all but the stamp of its writes) and serviceb's target group with its tags. */
async function stableSide(stack: LocalStack) {
  const lattice = new VPCLatticeClient({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const { serviceId, listenerId, ruleId } = stack.vpcLattice.resolve({
      service: latticeSeedNames.service,
      listener: latticeSeedNames.listener,
      rule: latticeSeedNames.rule,
    });
    const {
      $metadata: _r,
      lastUpdatedAt: _u,
      ...rule
    } = await lattice.send(
      new GetRuleCommand({
        serviceIdentifier: serviceId,
        listenerIdentifier: listenerId,
        ruleIdentifier: ruleId,
      }),
    );
    const stable = stack.vpcLattice.targetGroupByName(latticeSeedNames.stableTargetGroup)!;
    const { $metadata: _g, ...group } = await lattice.send(
      new GetTargetGroupCommand({ targetGroupIdentifier: stable.id }),
    );
    const { tags } = await lattice.send(new ListTagsForResourceCommand({ resourceArn: stable.arn }));
    return { rule, group, tags };
  } finally {
    lattice.destroy();
  }
}
