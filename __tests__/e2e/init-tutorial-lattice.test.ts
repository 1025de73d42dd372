import {
  GetRuleCommand,
  GetTargetGroupCommand,
  ListTagsForResourceCommand,
  VPCLatticeClient,
} from '@aws-sdk/client-vpc-lattice';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { latticeSeedNames } from '../../local/seed/seed-routers.js';
import { runTutorial, tutorialBlocks, tutorialStack } from './init-tutorial-runner.js';
import { stableOnlyScenarios } from './init-world.js';

/** README.md's "From one service to canaries", its VPC Lattice part, run as written (init-tutorial-runner.ts). */
const blocks = tutorialBlocks('VPC Lattice');
let stack: LocalStack;
let lattice: VPCLatticeClient;

beforeAll(async () => {
  stack = await tutorialStack(blocks, stableOnlyScenarios['vpc-lattice']);
  lattice = new VPCLatticeClient({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});

afterAll(async () => {
  await stack?.settled();
  lattice?.destroy();
  await stack?.stop();
});

/** The rule (all but the stamp of its writes) and serviceb's target group with its tags. */
async function stableSide() {
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
}

describe("README's From one service to canaries, on VPC Lattice", () => {
  it('runs as written: plan, apply, nothing to do, a deploy promoted, a deploy rolled back, remove', async () => {
    const before = await stableSide();
    await runTutorial(stack, blocks);
    expect(await stableSide()).toEqual(before);
  }, 180_000);
});
