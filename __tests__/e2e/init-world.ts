import { fileURLToPath } from 'node:url';
import type { Service } from '@aws-sdk/client-ecs';
import {
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
  ModifyRuleCommand,
  type Tag,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { type LocalStack, startLocalStack } from '../../local/index.js';
import { seedNames } from '../../local/seed/seed.js';
import { albSeedNames } from '../../local/seed/seed-routers.js';
import type { NodeRun } from '../support/run-node.js';
import { initEcsSide, localClientConfig } from './init-ecs-side.js';

/** The names init gives the canary side of serviceB by default. */
export const canaryService = 'serviceB-canary';
export const canaryGroup = 'serviceB-canary';
/** How serviceB registers in its target group (the seed's app container). */
export const stableRegistration = { containerName: 'app', containerPort: 9080 };

/** The scenario of a stable-only stack, per router: the README's tutorial starts the same one. */
export const stableOnlyScenarios = {
  alb: fileURLToPath(new URL('../../local/scenarios/versions-alb-stable-only.json', import.meta.url)),
  'app-mesh': fileURLToPath(new URL('../../local/scenarios/versions-stable-only.json', import.meta.url)),
  'vpc-lattice': fileURLToPath(
    new URL('../../local/scenarios/versions-lattice-stable-only.json', import.meta.url),
  ),
} as const;

/** A stack seeded with the stable side only, its traffic on the router's rule. */
export function initStack(router: keyof typeof stableOnlyScenarios): Promise<LocalStack> {
  // 400 ms a simulated minute: the written workflow's 5-minute bakes take 2 s, and a loaded machine's slower
  // Lambdas cost a canary fewer simulated minutes.
  return startLocalStack({ seed: 'stable-only', msPerSimMinute: 400, scenario: stableOnlyScenarios[router] });
}

/** Reading the ALB side whole, hand edits as from a console, and `appmesh-canary init` runs. */
export interface AlbInitWorld {
  listenerArn: string;
  ruleArn: string;
  /** A rule of the same listener that forwards elsewhere. */
  otherRuleArn: string;
  /** A target group that exists with another port and health check. */
  differentGroup: string;
  /** A service of the cluster that registers in no target group. */
  differentService: string;
  init(args: string[]): Promise<NodeRun>;
  targetGroup(
    name: string,
  ): Promise<{ group: TargetGroup; attributes: Record<string, string>; tags: Tag[] } | undefined>;
  service(name: string): Promise<Service | undefined>;
  /** The rule, the stable target group (with attributes and tags) and the stable service, read whole. */
  stableSide(): Promise<unknown>;
  setCanaryWeight(weight: number): Promise<void>;
  scaleCanary(desiredCount: number): Promise<void>;
  close(): void;
}

export function albInitWorld(stack: LocalStack): AlbInitWorld {
  const elbv2 = new ElasticLoadBalancingV2Client(localClientConfig(stack));
  const ecs = initEcsSide(stack);
  const { listenerArn, ruleArn } = stack.elbv2.resolve({
    loadBalancer: albSeedNames.loadBalancer,
    listenerPort: albSeedNames.listenerPort,
    rulePriority: albSeedNames.rulePriority,
  });
  const legacy = stack.elbv2.createTargetGroup({
    name: 'serviceB-legacy',
    port: 9080,
    vpcId: albSeedNames.vpc,
  });
  const otherRuleArn = stack.elbv2.createRule({
    listenerArn,
    priority: 20,
    conditions: [{ Field: 'path-pattern', Values: ['/legacy/*'] }],
    actions: [{ Type: 'forward', TargetGroupArn: legacy }],
  });
  const differentGroup = 'serviceB-8080';
  stack.elbv2.createTargetGroup({ name: differentGroup, port: 8080, vpcId: albSeedNames.vpc });
  const differentService = 'serviceB-old';
  stack.ecs.createService({
    cluster: seedNames.cluster,
    service: differentService,
    taskDefinition: 'taskB',
    desiredCount: 0,
  });

  const targetGroup = async (name: string) => {
    const found = await elbv2
      .send(new DescribeTargetGroupsCommand({ Names: [name] }))
      .catch((error: Error) =>
        error.name === 'TargetGroupNotFoundException' ? undefined : Promise.reject(error),
      );
    const group = found?.TargetGroups?.[0];
    if (!group) return undefined;
    const arn = group.TargetGroupArn!;
    const { Attributes } = await elbv2.send(
      new DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn }),
    );
    const { TagDescriptions } = await elbv2.send(new DescribeTagsCommand({ ResourceArns: [arn] }));
    return {
      group,
      attributes: Object.fromEntries((Attributes ?? []).map((one) => [one.Key!, one.Value!])),
      tags: TagDescriptions?.[0]?.Tags ?? [],
    };
  };
  const rule = async () => (await elbv2.send(new DescribeRulesCommand({ RuleArns: [ruleArn] }))).Rules?.[0];

  return {
    listenerArn,
    ruleArn,
    otherRuleArn,
    differentGroup,
    differentService,
    // A later --listener-rule-arn or --stable-service wins: commander keeps the last value.
    init: (args) => ecs.init('alb', ['--listener-rule-arn', ruleArn], args),
    targetGroup,
    service: ecs.service,
    async stableSide() {
      return {
        rule: await rule(),
        targetGroup: await targetGroup(albSeedNames.stableTargetGroup),
        service: await ecs.stableService(),
      };
    },
    async setCanaryWeight(weight) {
      const canaryArn = (await targetGroup(canaryGroup))!.group.TargetGroupArn!;
      const stableArn = (await targetGroup(albSeedNames.stableTargetGroup))!.group.TargetGroupArn!;
      await elbv2.send(
        new ModifyRuleCommand({
          RuleArn: ruleArn,
          Actions: [
            {
              Type: 'forward',
              ForwardConfig: {
                TargetGroups: [
                  { TargetGroupArn: stableArn, Weight: 1 },
                  { TargetGroupArn: canaryArn, Weight: weight },
                ],
              },
            },
          ],
        }),
      );
    },
    async scaleCanary(desiredCount) {
      await ecs.scaleCanary(canaryService, desiredCount);
    },
    close: () => {
      elbv2.destroy();
      ecs.close();
    },
  };
}
