import type { LocalStack } from '../../local/index.js';
import { describeTutorial } from './init-tutorial-runner.js';
import { stableOnlyScenarios } from './init-world.js';

/** README.md's "From one service to canaries", its ALB part, run as written (init-tutorial-runner.ts). */
describeTutorial({
  heading: 'ALB',
  scenario: stableOnlyScenarios.alb,
  title: "README's From one service to canaries, on an ALB",
  stableSide,
});

/** The rule and serviceB's target group (settings, attributes, tags), as ELBv2 answers for them. */
function stableSide({ elbv2 }: LocalStack) {
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
