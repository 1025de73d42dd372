import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import {
  CreateRuleCommand,
  ElasticLoadBalancingV2Client,
  PriorityInUseException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  albSeedNames,
  type LocalStack,
  latticeSeedNames,
  seedNames,
  startLocalStack,
} from '../../local/index.js';
import { albRefs } from '../../local/runs/router-view.js';
import { readerOf } from '../../src/config/inputs.js';
import { testTrafficSettings } from '../../src/config/test-traffic.js';
import { InputError } from '../../src/errors.js';
import { type RoutingClients, routerFromSettings, type TrafficSnapshot } from '../../src/routing/engine.js';
import { DriftError } from '../../src/routing/errors.js';
import { routerSettings } from '../../src/routing/router-settings.js';
import {
  closeTestTraffic,
  openTestTraffic,
  planTestTraffic,
  type TestTrafficPlan,
  testTrafficDoors,
} from '../../src/routing/test-traffic/index.js';

/**
 * Test traffic against the local stack's App Mesh, ELBv2 and VPC Lattice, in process: what the pre-flight
 * plans and refuses, and what opening and closing send. The end-to-end runs are in __tests__/e2e.
 */
let stack: LocalStack;
let clients: RoutingClients;
const deploymentId = 'serviceB-1a2b3c4-20261206T080000Z';

beforeAll(async () => {
  stack = await startLocalStack();
  const config = {
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  };
  clients = {
    appMesh: new AppMeshClient(config),
    elbv2: new ElasticLoadBalancingV2Client(config),
    vpcLattice: new VPCLatticeClient(config),
  };
});

afterAll(async () => {
  for (const client of Object.values(clients ?? {})) client.destroy();
  await stack?.stop();
});

const inputsOf = {
  'app-mesh': (): Record<string, string> => ({
    mesh: seedNames.mesh,
    'virtual-router': seedNames.virtualRouter,
    route: seedNames.route,
    'stable-node': seedNames.stableNode,
    'canary-node': seedNames.canaryNode,
  }),
  alb: (): Record<string, string> => ({
    router: 'alb',
    'listener-arn': albRefs(stack).listenerArn,
    'listener-rule-arn': albRefs(stack).ruleArn,
    'stable-target-group': albSeedNames.stableTargetGroup,
    'canary-target-group': albSeedNames.canaryTargetGroup,
  }),
  'vpc-lattice': (): Record<string, string> => ({
    router: 'vpc-lattice',
    'lattice-service': latticeSeedNames.service,
    'lattice-listener': latticeSeedNames.listener,
    'lattice-rule': latticeSeedNames.rule,
    'stable-target-group': latticeSeedNames.stableTargetGroup,
    'canary-target-group': latticeSeedNames.canaryTargetGroup,
  }),
};
type Router = keyof typeof inputsOf;

async function planned(router: Router, test: Record<string, string>, inputs = inputsOf[router]()) {
  const read = readerOf({ ...inputs, ...test });
  const settings = routerSettings(read);
  const inputRouter = await routerFromSettings(settings, clients, { deploymentId });
  const snapshot = (await inputRouter.current()) as TrafficSnapshot;
  const plan = await planTestTraffic(testTrafficSettings(read)!, snapshot, clients, { deploymentId });
  return { plan, snapshot, doors: await testTrafficDoors(plan, snapshot, clients, { deploymentId }) };
}

/** The refusal of a plan, and the calls it sent: none may be a write. */
async function refusal(router: Router, test: Record<string, string>, inputs?: Record<string, string>) {
  const mark = stack.calls.calls.length;
  const error = await planned(router, test, inputs).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  const writes = stack.calls.calls
    .slice(mark)
    .filter((call) => /^(Create|Delete|Update|Modify)/.test(call.operation))
    .map((call) => call.operation);
  expect(writes).toEqual([]);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const header = { 'test-traffic-header': 'x-canary: true' };
let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
  cleanups = [];
});

describe.each<Router>(['app-mesh', 'alb', 'vpc-lattice'])('test traffic on %s', (router) => {
  it('opens once (a retried step finds it in place), closes exactly, and closes nothing twice', async () => {
    const { doors } = await planned(router, header);
    expect(await openTestTraffic(doors)).toEqual([doors[0]!.label]);
    expect(await openTestTraffic(doors)).toEqual([]);
    expect(await closeTestTraffic(doors)).toEqual({ removed: [doors[0]!.label], absent: [], kept: [] });
    expect(await closeTestTraffic(doors)).toEqual({ removed: [], absent: [doors[0]!.label], kept: [] });
  });

  it('refuses to open over a test rule someone changed, writing nothing', async () => {
    const { doors } = await planned(router, header);
    // The same name or tag, another header: what a hand edit of the created rule looks like.
    const { doors: edited } = await planned(router, { 'test-traffic-header': 'x-canary: other' });
    await openTestTraffic(doors);
    const mark = stack.calls.calls.length;
    await expect(openTestTraffic(edited)).rejects.toThrow(DriftError);
    expect(stack.calls.calls.slice(mark).filter((call) => /^(Create|Delete)/.test(call.operation))).toEqual(
      [],
    );
    const closed = await closeTestTraffic(edited);
    expect(closed.kept).toEqual([
      expect.objectContaining({
        label: edited[0]!.label,
        routesCanary: true,
        differences: expect.any(Array),
      }),
    ]);
    await closeTestTraffic(doors);
  });

  it('takes the closest free priority ahead of the production route or rule, or the one given', async () => {
    const closest = (await planned(router, header)).plan;
    const given = (await planned(router, { ...header, 'test-traffic-priority': '3' })).plan;
    const priorityOf = (plan: TestTrafficPlan) =>
      plan.router === 'app-mesh' ? plan.routes[0]!.spec.priority : plan.priority;
    // App Mesh: the seeded route has no priority (last); ALB and VPC Lattice: rules at priority 10.
    expect(priorityOf(closest)).toBe(router === 'app-mesh' ? 1000 : 9);
    expect(priorityOf(given)).toBe(3);
  });
});

describe('refusals, before any write', () => {
  it('ALB: a priority not ahead of the production rule', async () => {
    const error = await refusal('alb', { ...header, 'test-traffic-priority': '11' });
    expect(error.message).toBe(
      `input "test-traffic-priority": 11 is not ahead of ALB rule ${albRefs(stack).ruleArn.split('/').pop()} of listener ${albRefs(stack).listenerArn.split('/').pop()} (load balancer apps) (priority 10; lower numbers go first): choose a free priority from 1 to 9, or leave it unset to take the closest free one.`,
    );
  });

  /** Fills the load balancer to 100 rules (the seeded one and 99 more), each removed after the test. */
  function fillLoadBalancer(): void {
    const { listenerArn } = albRefs(stack);
    const fixed = [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }];
    const added = Array.from({ length: 99 }, (_, index) =>
      stack.elbv2.createRule({
        listenerArn,
        priority: 100 + index,
        conditions: [{ Field: 'path-pattern', Values: [`/x${index}`] }],
        actions: fixed,
      }),
    );
    cleanups.push(() => {
      for (const RuleArn of added) stack.elbv2.deleteRule({ RuleArn });
    });
  }

  it('ALB: a load balancer at its 100 rules', async () => {
    fillLoadBalancer();
    const error = await refusal('alb', header);
    expect(error.input).toBe('test-traffic-header');
    expect(error.message).toContain(
      "the load balancer already has 100 rules, this account's ELBv2 quota (rules-per-application-load-balancer 100)",
    );
  });

  it('ALB: a quota raised above 100 is read from the account, not assumed', async () => {
    fillLoadBalancer();
    stack.elbv2.accountLimits['rules-per-application-load-balancer'] = 200;
    cleanups.push(() => {
      stack.elbv2.accountLimits['rules-per-application-load-balancer'] = 100;
    });
    const { plan } = await planned('alb', header);
    expect(plan).toMatchObject({ router: 'alb', priority: 9 });
  });

  it('ALB: a production rule with no room for one more condition value', async () => {
    const { listenerArn } = albRefs(stack);
    const groups = [albSeedNames.stableTargetGroup, albSeedNames.canaryTargetGroup].map(
      (name) => stack.elbv2.targetGroupByName(name)!.arn,
    );
    const full = stack.elbv2.createRule({
      listenerArn,
      priority: 20,
      conditions: [{ Field: 'path-pattern', Values: ['/a', '/b', '/c', '/d', '/e'] }],
      actions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: groups[0], Weight: 1 },
              { TargetGroupArn: groups[1], Weight: 0 },
            ],
          },
        },
      ],
    });
    cleanups.push(() => stack.elbv2.deleteRule({ RuleArn: full }));
    const error = await refusal('alb', header, { ...inputsOf.alb(), 'listener-rule-arn': full });
    expect(error.message).toContain('already matches 5 condition values; with the header that is 6');
  });

  it('VPC Lattice: a listener at its 10 rules', async () => {
    const added = Array.from({ length: 9 }, (_, index) => `extra-${index}`);
    for (const [index, name] of added.entries())
      stack.vpcLattice.createRule({
        service: latticeSeedNames.service,
        listener: latticeSeedNames.listener,
        name,
        priority: 50 + index,
        match: { httpMatch: { pathMatch: { match: { prefix: `/x${index}` } } } },
        action: { fixedResponse: { statusCode: 404 } },
      });
    const ids = stack.vpcLattice.resolve({
      service: latticeSeedNames.service,
      listener: latticeSeedNames.listener,
    });
    cleanups.push(() => {
      for (const name of added) {
        const { ruleId } = stack.vpcLattice.resolve({
          service: latticeSeedNames.service,
          listener: latticeSeedNames.listener,
          rule: name,
        });
        stack.vpcLattice.deleteRule(ids.serviceId, ids.listenerId, ruleId);
      }
    });
    const error = await refusal('vpc-lattice', header);
    expect(error.message).toContain('listener http-80 already has 10 rules, the VPC Lattice quota (10)');
  });

  it('App Mesh: a route with no free priority ahead of it', async () => {
    const query = new URLSearchParams();
    stack.appMesh.createRoute(seedNames.mesh, seedNames.virtualRouter, query, {
      routeName: 'first',
      spec: {
        priority: 0,
        http2Route: {
          match: { prefix: '/first' },
          action: { weightedTargets: [{ virtualNode: seedNames.stableNode, weight: 1 }] },
        },
      },
    });
    cleanups.push(() => stack.appMesh.deleteRoute(seedNames.mesh, seedNames.virtualRouter, 'first', query));
    const error = await refusal('app-mesh', header, { ...inputsOf['app-mesh'](), route: 'first' });
    expect(error.message).toBe(
      'input "test-traffic-header": no free priority ahead of route first (priority 0): give it a larger number, then deploy again.',
    );
  });
});

describe('the ALB rule quota', () => {
  const plannedWith = async () => {
    const read = readerOf({ ...inputsOf.alb(), ...header });
    const snapshot = (await (
      await routerFromSettings(routerSettings(read), clients, { deploymentId })
    ).current()) as TrafficSnapshot;
    const warnings: string[] = [];
    const log = { info: () => {}, warn: (line: string) => warnings.push(line) };
    const plan = await planTestTraffic(testTrafficSettings(read)!, snapshot, clients, { deploymentId, log });
    return { plan, warnings };
  };

  it('a role without DescribeAccountLimits counts against the default, with a warning naming the permission', async () => {
    stack.elbv2.accountLimits['rules-per-application-load-balancer'] = 200;
    cleanups.push(() => {
      stack.elbv2.accountLimits['rules-per-application-load-balancer'] = 100;
    });
    stack.injectFault({
      service: 'elbv2',
      operation: 'DescribeAccountLimits',
      error: { code: 'AccessDenied', status: 403, message: 'not authorized' },
    });
    const { plan, warnings } = await plannedWith();
    expect(plan).toMatchObject({ router: 'alb', priority: 9 });
    expect(warnings).toEqual([
      expect.stringContaining(
        "could not read the account's ELBv2 rule quota (AccessDenied): counting against the default 100; grant elasticloadbalancing:DescribeAccountLimits",
      ),
    ]);
  });

  it('a throttled DescribeAccountLimits is asked again, not read as the default', async () => {
    stack.injectFault({ service: 'elbv2', operation: 'DescribeAccountLimits' });
    const mark = stack.calls.calls.length;
    const { warnings } = await plannedWith();
    expect(warnings).toEqual([
      expect.stringMatching(/^reading the ELBv2 account limits: Rate exceeded; attempt 2/),
    ]);
    expect(
      stack.calls.calls.slice(mark).filter((call) => call.operation === 'DescribeAccountLimits'),
    ).toHaveLength(2);
  });
});

describe('App Mesh routes per virtual router', () => {
  it('warns past the default quota of 50, which an account may have raised, and still plans', async () => {
    const query = new URLSearchParams();
    const names = Array.from({ length: 49 }, (_, index) => `extra-${index}`);
    for (const [index, routeName] of names.entries())
      stack.appMesh.createRoute(seedNames.mesh, seedNames.virtualRouter, query, {
        routeName,
        spec: {
          priority: 500 + index,
          http2Route: {
            match: { prefix: `/extra-${index}` },
            action: { weightedTargets: [{ virtualNode: seedNames.stableNode, weight: 1 }] },
          },
        },
      });
    cleanups.push(() => {
      for (const routeName of names)
        stack.appMesh.deleteRoute(seedNames.mesh, seedNames.virtualRouter, routeName, query);
    });
    const read = readerOf({ ...inputsOf['app-mesh'](), ...header });
    const snapshot = (await (
      await routerFromSettings(routerSettings(read), clients, { deploymentId })
    ).current()) as TrafficSnapshot;
    const warnings: string[] = [];
    const log = { info: () => {}, warn: (line: string) => warnings.push(line) };
    const plan = await planTestTraffic(testTrafficSettings(read)!, snapshot, clients, { deploymentId, log });
    expect(plan.router).toBe('app-mesh');
    expect(warnings).toEqual([
      expect.stringContaining(
        "virtual router serviceB holds 50 routes; with the test route that is 51, above App Mesh's default quota of 50 routes per virtual router",
      ),
    ]);
  });
});

describe('the local stack answers the test rule calls as AWS does', () => {
  it('ELBv2 refuses a priority in use, VPC Lattice a rule name or priority in use', async () => {
    const { listenerArn } = albRefs(stack);
    await expect(
      clients.elbv2.send(
        new CreateRuleCommand({
          ListenerArn: listenerArn,
          Priority: albSeedNames.rulePriority,
          Conditions: [
            { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'x-canary', Values: ['1'] } },
          ],
          Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
        }),
      ),
    ).rejects.toThrow(PriorityInUseException);
    const { doors } = await planned('vpc-lattice', header);
    await openTestTraffic(doors);
    // The name is taken by the rule just opened: a second CreateRule of it is a conflict.
    await expect(doors[0]!.create()).rejects.toThrow(
      /ConflictException: A rule named test-\S+ already exists/,
    );
    await closeTestTraffic(doors);
  });
});
