import {
  DescribeServicesCommand,
  ECSClient,
  InvalidParameterException,
  type LoadBalancer,
  UpdateServiceCommand,
  type VpcLatticeConfiguration,
} from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { albSeedNames, type LocalStack, latticeSeedNames, startLocalStack } from '../../../../local/index.js';
import { until } from '../../support.js';

let stack: LocalStack;
let client: ECSClient;
const arns = { albStable: '', albCanary: '', latticeStable: '', latticeCanary: '' };
const minute = 60_000;

beforeAll(async () => {
  stack = await startLocalStack({
    scenario: { router: { type: 'alb', loadBalancer: 'apps', listenerPort: 80, rulePriority: 10 } },
  });
  client = new ECSClient({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  arns.albStable = stack.elbv2.targetGroupByName(albSeedNames.stableTargetGroup)!.arn;
  arns.albCanary = stack.elbv2.targetGroupByName(albSeedNames.canaryTargetGroup)!.arn;
  arns.latticeStable = stack.vpcLattice.targetGroupByName(latticeSeedNames.stableTargetGroup)!.arn;
  arns.latticeCanary = stack.vpcLattice.targetGroupByName(latticeSeedNames.canaryTargetGroup)!.arn;
});

afterAll(async () => {
  client.destroy();
  await stack.stop();
});

async function describe1(service: string) {
  return (await client.send(new DescribeServicesCommand({ cluster: 'apps', services: [service] })))
    .services![0]!;
}

const role = 'arn:aws:iam::123456789012:role/ecsInfrastructureRoleForVpcLattice';

describe('services in target groups', () => {
  it('describes the seeded services in the ALB target groups, and their deployments in the VPC Lattice ones', async () => {
    const stable = await describe1('serviceB');
    expect(stable.loadBalancers).toEqual([
      { targetGroupArn: arns.albStable, containerName: 'app', containerPort: 9080 },
    ]);
    expect(stable.deployments?.[0]?.vpcLatticeConfigurations).toEqual([
      { roleArn: role, targetGroupArn: arns.latticeStable, portName: 'app' },
    ]);
    const canary = await describe1('serviceBv2');
    expect(canary.loadBalancers?.[0]?.targetGroupArn).toBe(arns.albCanary);
    expect(canary.deployments?.[0]?.vpcLatticeConfigurations?.[0]?.targetGroupArn).toBe(arns.latticeCanary);
  });

  const broken: Array<
    [string, { loadBalancers?: LoadBalancer[]; vpcLatticeConfigurations?: VpcLatticeConfiguration[] }, RegExp]
  > = [
    [
      'a target group no load balancer uses',
      { loadBalancers: [{ targetGroupArn: 'unused', containerName: 'app', containerPort: 9080 }] },
      /does not have an associated load balancer/,
    ],
    [
      'a container port the task definition does not map',
      { loadBalancers: [{ targetGroupArn: 'canary', containerName: 'app', containerPort: 8080 }] },
      /did not have a container port 8080 defined/,
    ],
    [
      'a container that does not exist',
      { loadBalancers: [{ targetGroupArn: 'canary', containerName: 'web', containerPort: 9080 }] },
      /The container web does not exist/,
    ],
    [
      'a Classic Load Balancer name',
      { loadBalancers: [{ loadBalancerName: 'classic', containerName: 'app', containerPort: 9080 }] },
      /Classic Load Balancers/,
    ],
    [
      'a VPC Lattice target group that does not exist',
      {
        vpcLatticeConfigurations: [
          {
            roleArn: role,
            targetGroupArn: 'arn:aws:vpc-lattice:us-west-2:123456789012:targetgroup/tg-0000000000000000a',
            portName: 'app',
          },
        ],
      },
      /does not exist/,
    ],
    [
      'a role that is not an IAM role ARN',
      {
        vpcLatticeConfigurations: [
          { roleArn: 'ecsInfrastructureRole', targetGroupArn: 'lattice', portName: 'app' },
        ],
      },
      /not a valid IAM role ARN/,
    ],
  ];

  it.each(broken)(
    'refuses %s with InvalidParameterException and changes nothing',
    async (_, change, message) => {
      const unused = stack.elbv2.createTargetGroup({ name: 'unused', port: 9080, vpcId: albSeedNames.vpc });
      const named: Record<string, string> = { unused, canary: arns.albCanary, lattice: arns.latticeCanary };
      const input = structuredClone(change);
      for (const entry of [...(input.loadBalancers ?? []), ...(input.vpcLatticeConfigurations ?? [])])
        if (entry.targetGroupArn && named[entry.targetGroupArn])
          entry.targetGroupArn = named[entry.targetGroupArn];
      const before = await describe1('serviceBv2');
      const refused = client.send(
        new UpdateServiceCommand({ cluster: 'apps', service: 'serviceBv2', ...input }),
      );
      await expect(refused).rejects.toBeInstanceOf(InvalidParameterException);
      await expect(refused).rejects.toThrow(message);
      const after = await describe1('serviceBv2');
      expect(after.loadBalancers).toEqual(before.loadBalancers);
      expect(after.deployments?.[0]?.vpcLatticeConfigurations).toEqual(
        before.deployments?.[0]?.vpcLatticeConfigurations,
      );
      expect(after.deployments).toHaveLength(before.deployments!.length);
    },
  );

  it('starts a new deployment when the target groups change, and none when they are sent unchanged', async () => {
    const same = await client.send(
      new UpdateServiceCommand({
        cluster: 'apps',
        service: 'serviceB',
        loadBalancers: [{ targetGroupArn: arns.albStable, containerName: 'app', containerPort: 9080 }],
      }),
    );
    expect(same.service?.deployments).toHaveLength(1);
    const moved = await client.send(
      new UpdateServiceCommand({ cluster: 'apps', service: 'serviceBv2', loadBalancers: [] }),
    );
    expect(moved.service?.loadBalancers).toEqual([]);
    expect(moved.service?.deployments?.[0]?.vpcLatticeConfigurations?.[0]?.targetGroupArn).toBe(
      arns.latticeCanary,
    );
    expect(moved.service?.deployments?.map((deployment) => deployment.rolloutState)).toEqual([
      'IN_PROGRESS',
      'COMPLETED',
    ]);
  });

  it("sends a target group's requests to the services registered in it at each moment", async () => {
    stack.elbv2.modifyRule({
      RuleArn: stack.elbv2.resolve({ loadBalancer: 'apps', listenerPort: 80, rulePriority: 10 }).ruleArn,
      Actions: [
        { Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: arns.albCanary, Weight: 1 }] } },
      ],
    });
    const from = Math.ceil(stack.clock.nowMs() / minute) * minute;
    await until(() => stack.clock.nowMs() > from + minute, 5_000, 'a whole simulated minute');
    expect(stack.ecs.servicesBehind(arns.albCanary, from)).toEqual([]);
    const totals = stack.traffic.targetTotals(arns.albCanary, from, from + minute);
    expect(totals.requests).toBeCloseTo(20 * 60, 6);
    expect(totals.unserved).toBeCloseTo(totals.requests, 6);
    await client.send(
      new UpdateServiceCommand({
        cluster: 'apps',
        service: 'serviceBv2',
        loadBalancers: [{ targetGroupArn: arns.albCanary, containerName: 'app', containerPort: 9080 }],
      }),
    );
    const back = Math.ceil(stack.clock.nowMs() / minute) * minute;
    await until(() => stack.clock.nowMs() > back + minute, 5_000, 'a whole simulated minute');
    expect(stack.ecs.servicesBehind(arns.albCanary, back)).toEqual([
      { cluster: 'apps', service: 'serviceBv2' },
    ]);
    expect(stack.traffic.targetTotals(arns.albCanary, back, back + minute).unserved).toBe(0);
  });
});
