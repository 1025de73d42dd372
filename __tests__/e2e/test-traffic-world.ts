import { AppMeshClient, type RouteSpec, UpdateRouteCommand } from '@aws-sdk/client-app-mesh';
import {
  DeleteRuleCommand as DeleteAlbRuleCommand,
  ElasticLoadBalancingV2Client,
  ModifyRuleCommand,
  type ModifyRuleInput,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  DeleteRuleCommand as DeleteLatticeRuleCommand,
  UpdateRuleCommand,
  VPCLatticeClient,
} from '@aws-sdk/client-vpc-lattice';
import { afterAll, afterEach, beforeAll } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { seedInputs } from '../../local/runs/action-runner.js';
import { albRefs, type RouterView, routerView, scenarioFiles } from '../../local/runs/router-view.js';
import { seedNames } from '../../local/seed/seed.js';
import { albSeedNames, latticeSeedNames } from '../../local/seed/seed-routers.js';
import { e2eStack, imageOf, quickCanary } from './harness.js';

export type SeededRouter = 'app-mesh' | 'alb' | 'vpc-lattice';

/** A route or rule as the router lists it: what a deploy must leave exactly as it found it. */
export interface ListedRule {
  name: string;
  priority: number | string | undefined;
  spec: unknown;
}

/**
 * One seeded router, seen for test traffic: its deploy and rollback inputs, every route or rule it holds
 * (read from the local stack), the test route or rule a deployment added, and hand edits made with the SDK
 * as from a console.
 */
export interface TestTrafficWorld {
  router: SeededRouter;
  stack: LocalStack;
  view: RouterView;
  deployInputs(tag: string, overrides?: Record<string, string>): Record<string, string>;
  /** The inputs of mode: rollback or promote on this router. */
  modeInputs(mode: 'rollback' | 'promote' | 'status'): Record<string, string>;
  /** Every route (App Mesh) or rule (ALB, VPC Lattice) of the router, in order, timestamps aside. */
  rules(): ListedRule[];
  /** The rules that the seed did not hold: test routes or rules, or rules a test added. */
  addedRules(before: readonly ListedRule[]): ListedRule[];
  /** Adds a rule at `priority` that matches /other only: it takes the priority and no test request. */
  takePriority(priority: number): void;
  /** Changes the header value of a test route or rule by hand. */
  editHeaderValue(rule: ListedRule, value: string): Promise<void>;
  /** Deletes a route or rule by hand. */
  remove(rule: ListedRule): Promise<void>;
  close(): void;
}

const credentials = { accessKeyId: 'ops', secretAccessKey: 'ops' };

export async function testTrafficWorld(router: SeededRouter): Promise<TestTrafficWorld> {
  const stack = await e2eStack(200, scenarioFiles[router]);
  const view = routerView(stack, router);
  const config = { endpoint: stack.endpoint, region: stack.region, credentials };
  const common = {
    router,
    stack,
    view,
    // App Mesh: the seeded route by name, so a route a test adds is not shifted too.
    deployInputs: (tag: string, overrides: Record<string, string> = {}) =>
      seedInputs(stack.stateMachineArn, imageOf(stack, tag), {
        ...quickCanary,
        ...(router === 'app-mesh' ? { route: seedNames.route } : view.inputs),
        ...overrides,
      }),
    addedRules(this: TestTrafficWorld, before: readonly ListedRule[]) {
      const names = new Set(before.map((rule) => rule.name));
      return this.rules().filter((rule) => !names.has(rule.name));
    },
  };
  const modeInputs = (mode: 'rollback' | 'promote' | 'status', location: Record<string, string>) => ({
    mode,
    'state-machine-arn': stack.stateMachineArn,
    'wait-for-minutes': '10',
    ...location,
  });

  if (router === 'app-mesh') {
    const client = new AppMeshClient(config);
    const { mesh, virtualRouter } = seedNames;
    const query = new URLSearchParams();
    const rules = () =>
      (stack.appMesh.listRoutes(mesh, virtualRouter, query).routes as Array<{ routeName: string }>).map(
        ({ routeName }) => {
          const spec = stack.appMesh.routeSpec(mesh, virtualRouter, routeName);
          return { name: routeName, priority: spec?.priority as number | undefined, spec };
        },
      );
    return {
      ...common,
      modeInputs: (mode) =>
        modeInputs(mode, {
          mesh,
          route: seedNames.route,
          'virtual-router': virtualRouter,
          'stable-node': seedNames.stableNode,
          'canary-node': seedNames.canaryNode,
        }),
      rules,
      takePriority: (priority) => {
        stack.appMesh.createRoute(mesh, virtualRouter, query, {
          routeName: `other-${priority}`,
          spec: {
            priority,
            http2Route: {
              match: { prefix: '/other' },
              action: { weightedTargets: [{ virtualNode: seedNames.stableNode, weight: 1 }] },
            },
          },
        });
      },
      editHeaderValue: async (rule, value) => {
        const spec = structuredClone(rule.spec) as RouteSpec & {
          http2Route: { match: { headers: unknown } };
        };
        spec.http2Route.match.headers = [{ name: 'x-canary', match: { exact: value } }];
        await client.send(
          new UpdateRouteCommand({
            meshName: mesh,
            virtualRouterName: virtualRouter,
            routeName: rule.name,
            spec,
          }),
        );
      },
      remove: async (rule) => {
        stack.appMesh.deleteRoute(mesh, virtualRouter, rule.name, query);
      },
      close: () => client.destroy(),
    };
  }

  if (router === 'alb') {
    const client = new ElasticLoadBalancingV2Client(config);
    const { listenerArn } = albRefs(stack);
    const rules = () =>
      (stack.elbv2.describeRules({ ListenerArn: listenerArn }).Rules as Array<Record<string, unknown>>).map(
        (rule) => ({ name: String(rule.RuleArn), priority: rule.Priority as string, spec: rule }),
      );
    const location = Object.fromEntries(
      Object.entries(view.inputs).filter(([name]) => !['metrics-preset'].includes(name)),
    );
    return {
      ...common,
      modeInputs: (mode) => modeInputs(mode, location),
      rules,
      takePriority: (priority) => {
        stack.elbv2.createRule({
          listenerArn,
          priority,
          conditions: [{ Field: 'path-pattern', Values: ['/other*'] }],
          actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
        });
      },
      editHeaderValue: async (rule, value) => {
        const conditions = (rule.spec as { Conditions: Array<Record<string, unknown>> }).Conditions.map(
          (condition) =>
            condition.Field === 'http-header'
              ? { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'x-canary', Values: [value] } }
              : { Field: condition.Field, Values: condition.Values },
        );
        await client.send(
          new ModifyRuleCommand({
            RuleArn: rule.name,
            Conditions: conditions as ModifyRuleInput['Conditions'],
          }),
        );
      },
      remove: async (rule) => {
        await client.send(new DeleteAlbRuleCommand({ RuleArn: rule.name }));
      },
      close: () => client.destroy(),
    };
  }

  const client = new VPCLatticeClient(config);
  const ids = stack.vpcLattice.resolve({
    service: latticeSeedNames.service,
    listener: latticeSeedNames.listener,
  });
  const rules = () =>
    (
      stack.vpcLattice.listRules(ids.serviceId, ids.listenerId, new URLSearchParams()).items as Array<
        Record<string, unknown>
      >
    ).map(({ createdAt: _c, lastUpdatedAt: _u, ...rule }) => ({
      name: String(rule.name),
      priority: rule.priority as number | undefined,
      spec: rule,
    }));
  const location = Object.fromEntries(
    Object.entries(view.inputs).filter(([name]) => !['metrics-preset'].includes(name)),
  );
  const where = (rule: ListedRule) => ({
    serviceIdentifier: ids.serviceId,
    listenerIdentifier: ids.listenerId,
    ruleIdentifier: String((rule.spec as { arn: string }).arn),
  });
  return {
    ...common,
    modeInputs: (mode) => modeInputs(mode, location),
    rules,
    takePriority: (priority) => {
      stack.vpcLattice.createRule({
        service: latticeSeedNames.service,
        listener: latticeSeedNames.listener,
        name: `other-${priority}`,
        priority,
        match: { httpMatch: { pathMatch: { match: { prefix: '/other' } } } },
        action: { fixedResponse: { statusCode: 404 } },
      });
    },
    editHeaderValue: async (rule, value) => {
      await client.send(
        new UpdateRuleCommand({
          ...where(rule),
          match: {
            httpMatch: {
              pathMatch: { match: { prefix: '/' } },
              headerMatches: [{ name: 'x-canary', match: { exact: value } }],
            },
          },
        }),
      );
    },
    remove: async (rule) => {
      await client.send(new DeleteLatticeRuleCommand(where(rule)));
    },
    close: () => client.destroy(),
  };
}

/** The names of the targets a request reaches with any weight. */
export function reached(view: RouterView, headers: Record<string, string> = {}): string[] {
  return view
    .requestTargets({ headers })
    .targets.filter((target) => target.weight > 0)
    .map((target) => target.target);
}

export const albCanary = albSeedNames.canaryTargetGroup;

/**
 * A world for one describe block: started before its tests, whatever a test added (a kept edit, a rule taking a
 * priority) removed after it so the next starts clean, stopped at the end. `before` is every route or rule the
 * seed held: what each run must leave.
 */
export function describeWorld(router: SeededRouter): {
  world: () => TestTrafficWorld;
  before: () => ListedRule[];
} {
  let world: TestTrafficWorld | undefined;
  let before: ListedRule[] = [];
  beforeAll(async () => {
    world = await testTrafficWorld(router);
    before = world.rules();
  });
  afterAll(async () => {
    await world?.stack.settled();
    world?.close();
    await world?.stack.stop();
  });
  afterEach(async () => {
    if (!world) return;
    await world.stack.settled();
    for (const rule of world.addedRules(before)) await world.remove(rule);
  });
  return { world: () => world!, before: () => before };
}
