import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { runTutorial, tutorialBlocks, tutorialStack } from './init-tutorial-runner.js';
import { stableOnlyScenarios } from './init-world.js';

/** README.md's "From one service to canaries", its ALB part, run as written (init-tutorial-runner.ts). */
const blocks = tutorialBlocks('ALB');
let stack: LocalStack;

beforeAll(async () => {
  stack = await tutorialStack(blocks, stableOnlyScenarios.alb);
});

afterAll(async () => {
  await stack?.settled();
  await stack?.stop();
});

/** The rule and serviceB's target group (settings, attributes, tags), as ELBv2 answers for them. */
function stableSide() {
  const { elbv2 } = stack;
  const { ruleArn } = elbv2.resolve({ loadBalancer: 'apps', listenerPort: 80, rulePriority: 10 });
  const group = (
    elbv2.describeTargetGroups({ Names: ['serviceB'] }).TargetGroups as Array<{ TargetGroupArn: string }>
  )[0]!;
  return {
    rule: elbv2.describeRules({ RuleArns: [ruleArn] }),
    group,
    attributes: elbv2.describeTargetGroupAttributes({ TargetGroupArn: group.TargetGroupArn }),
    tags: elbv2.describeTags({ ResourceArns: [group.TargetGroupArn] }),
  };
}

describe("README's From one service to canaries, on an ALB", () => {
  it('runs as written: plan, apply, nothing to do, a deploy promoted, a deploy rolled back, remove', async () => {
    const before = stableSide();
    await runTutorial(stack, blocks);
    expect(stableSide()).toEqual(before);
  }, 180_000);
});
