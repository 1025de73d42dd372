import {
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
  ModifyRuleCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetRuleCommand, UpdateRuleCommand, VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import type { LocalStack } from '../../local/index.js';
import { albRefs, type RouterView, routerView } from '../../local/runs/router-view.js';
import { albSeedNames, latticeSeedNames } from '../../local/seed/seed-routers.js';

export type TargetGroupRouter = 'vpc-lattice' | 'alb';

/** A weight by target group name. */
export interface GroupWeight {
  name: string;
  weight: number;
}

/**
 * One seeded router as an operator sees it: the inputs that name it, its rule read whole through the router's
 * own API (every field a restore must keep), and hand edits made with the SDK, as from a console.
 */
export interface RouterWorld {
  router: TargetGroupRouter;
  view: RouterView;
  /** router and its resource inputs: what `weights` reads. */
  location: Record<string, string>;
  /** stable-target-group and canary-target-group. */
  targetGroups: Record<string, string>;
  /** Every deploy input that changes from App Mesh: router, resource, target groups, metrics preset. */
  deployInputs: Record<string, string>;
  /** A third target group in the rule's forward action, which no canary may touch. */
  otherGroup: string;
  /** A target group that exists but is in no forward action. */
  strayGroup: string;
  /** The rule as its API returns it now: match or conditions, priority, the whole action. */
  readRule(): Promise<unknown>;
  /** Sets the rule's forward action by hand; `stickySeconds` (ALB): stickiness on for that long. */
  setForward(groups: GroupWeight[], stickySeconds?: number): Promise<void>;
  /** The rule before any canary: the stable and the other group (and, for the ALB, the canary at 0). */
  prepare(): Promise<void>;
  /** A rule of another listener of the same service or load balancer. */
  ruleOfAnotherListener: string;
  /** Sets the rule's input to `rule` (lattice-rule or listener-rule-arn). */
  withRule(rule: string): Record<string, string>;
  close(): void;
}

const credentials = { accessKeyId: 'ops', secretAccessKey: 'ops' };

export function routerWorld(stack: LocalStack, router: TargetGroupRouter): RouterWorld {
  return router === 'vpc-lattice' ? latticeWorld(stack) : albWorld(stack);
}

function clientConfig(stack: LocalStack) {
  return { endpoint: stack.endpoint, region: stack.region, credentials };
}

/** The inputs of the seeded router without its metrics preset and the blanked App Mesh inputs. */
function split(inputs: Record<string, string>) {
  const targetGroupNames = ['stable-target-group', 'canary-target-group'];
  const location = Object.fromEntries(
    Object.entries(inputs).filter(
      ([name, value]) => value !== '' && name !== 'metrics-preset' && !targetGroupNames.includes(name),
    ),
  );
  const targetGroups = Object.fromEntries(
    Object.entries(inputs).filter(([name]) => targetGroupNames.includes(name)),
  );
  const { mesh: _m, 'virtual-router': _r, 'stable-node': _s, 'canary-node': _c, ...deployInputs } = inputs;
  return { location, targetGroups, deployInputs };
}

function latticeWorld(stack: LocalStack): RouterWorld {
  const client = new VPCLatticeClient(clientConfig(stack));
  const names = latticeSeedNames;
  const ids = stack.vpcLattice.resolve({
    service: names.service,
    listener: names.listener,
    rule: names.rule,
  });
  const where = {
    serviceIdentifier: ids.serviceId,
    listenerIdentifier: ids.listenerId,
    ruleIdentifier: ids.ruleId,
  };
  const otherGroup = 'serviceb-legacy';
  const strayGroup = 'serviceb-blue';
  for (const name of [otherGroup, strayGroup])
    stack.vpcLattice.createTargetGroup({ name, port: 9080, vpcIdentifier: names.vpc });
  stack.vpcLattice.createListener({
    service: names.service,
    name: 'http-8080',
    protocol: 'HTTP',
    port: 8080,
    defaultAction: { fixedResponse: { statusCode: 404 } },
  });
  const ruleOfAnotherListener = stack.vpcLattice.createRule({
    service: names.service,
    listener: 'http-8080',
    name: 'all-paths',
    priority: 10,
    match: { httpMatch: { pathMatch: { match: { prefix: '/' } } } },
    action: { fixedResponse: { statusCode: 404 } },
  });
  const view = routerView(stack, 'vpc-lattice');
  const idOf = (name: string) => stack.vpcLattice.targetGroupByName(name)!.id;
  const setForward = async (groups: GroupWeight[]) => {
    await client.send(
      new UpdateRuleCommand({
        ...where,
        action: {
          forward: {
            targetGroups: groups.map((group) => ({
              targetGroupIdentifier: idOf(group.name),
              weight: group.weight,
            })),
          },
        },
      }),
    );
  };
  return {
    router: 'vpc-lattice',
    view,
    ...split(view.inputs),
    otherGroup,
    strayGroup,
    async readRule() {
      const { $metadata: _, lastUpdatedAt: _at, ...rule } = await client.send(new GetRuleCommand(where));
      return rule;
    },
    setForward,
    prepare: () =>
      setForward([
        { name: names.stableTargetGroup, weight: 80 },
        { name: otherGroup, weight: 20 },
      ]),
    ruleOfAnotherListener,
    withRule: (rule) => ({ 'lattice-rule': rule }),
    close: () => client.destroy(),
  };
}

function albWorld(stack: LocalStack): RouterWorld {
  const client = new ElasticLoadBalancingV2Client(clientConfig(stack));
  const names = albSeedNames;
  const { ruleArn } = albRefs(stack);
  const otherGroup = 'serviceB-legacy';
  const strayGroup = 'serviceB-blue';
  for (const name of [otherGroup, strayGroup])
    stack.elbv2.createTargetGroup({ name, port: 9080, vpcId: names.vpc });
  const { loadBalancerArn } = stack.elbv2.resolve({
    loadBalancer: names.loadBalancer,
    listenerPort: names.listenerPort,
  });
  const fixed404 = [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }];
  const otherListener = stack.elbv2.createListener({ loadBalancerArn, port: 8080, defaultActions: fixed404 });
  const ruleOfAnotherListener = stack.elbv2.createRule({
    listenerArn: otherListener,
    priority: 10,
    conditions: [{ Field: 'path-pattern', Values: ['/*'] }],
    actions: fixed404,
  });
  const view = routerView(stack, 'alb');
  const arnOf = (name: string) => stack.elbv2.targetGroupByName(name)!.arn;
  const setForward = async (groups: GroupWeight[], stickySeconds?: number) => {
    await client.send(
      new ModifyRuleCommand({
        RuleArn: ruleArn,
        Actions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: groups.map((group) => ({
                TargetGroupArn: arnOf(group.name),
                Weight: group.weight,
              })),
              TargetGroupStickinessConfig:
                stickySeconds === undefined
                  ? { Enabled: false }
                  : { Enabled: true, DurationSeconds: stickySeconds },
            },
          },
        ],
      }),
    );
  };
  return {
    router: 'alb',
    view,
    ...split(view.inputs),
    otherGroup,
    strayGroup,
    async readRule() {
      const { Rules } = await client.send(new DescribeRulesCommand({ RuleArns: [ruleArn] }));
      return Rules?.[0];
    },
    setForward,
    // Equal weights: a 25% step cannot be written without scaling, which keeps the other group's share.
    prepare: () =>
      setForward(
        [
          { name: names.stableTargetGroup, weight: 1 },
          { name: otherGroup, weight: 1 },
          { name: names.canaryTargetGroup, weight: 0 },
        ],
        300,
      ),
    ruleOfAnotherListener,
    withRule: (rule) => ({ 'listener-rule-arn': rule }),
    close: () => client.destroy(),
  };
}

/** Calls that change something in AWS: none may follow a refused input. */
const mutatingOperations = new Set([
  'UpdateRule',
  'UpdateListener',
  'ModifyRule',
  'ModifyListener',
  'UpdateRoute',
  'CreateRoute',
  'DeleteRoute',
  'CreateRule',
  'DeleteRule',
  'CreateVirtualNode',
  'RegisterTaskDefinition',
  'UpdateService',
  'StartExecution',
  'StopExecution',
  'CreateTargetGroup',
  'ModifyTargetGroupAttributes',
  'DeleteTargetGroup',
  'CreateService',
  'DeleteService',
  'DeleteVirtualNode',
  'DeregisterTaskDefinition',
]);

/**
 * The mutating calls a client (the Action, the CLI: not the orchestrator's Lambdas, which finish earlier
 * canaries on their own) sent since call number `mark` (stack.calls.calls.length).
 */
export function mutatingCallsSince(stack: LocalStack, mark: number): string[] {
  return stack.calls.calls
    .slice(mark)
    .filter((call) => call.caller === 'client' && mutatingOperations.has(call.operation))
    .map((call) => `${call.service}:${call.operation}`);
}

/** A share of the total weight, in percent (one decimal). */
export function sharePct(weights: readonly { target: string; weight: number }[], name: string): number {
  const total = weights.reduce((sum, one) => sum + one.weight, 0);
  const weight = weights.find((one) => one.target === name)?.weight ?? 0;
  return total === 0 ? 0 : Math.round((weight * 1000) / total) / 10;
}
