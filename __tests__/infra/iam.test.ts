import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { App, CfnParameter, type CfnResource, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import cdkNag from 'cdk-nag';
import { AppMeshCanaryOrchestrator } from '../../infra/construct.js';
import { type HandlerName, handlerNames, taskSubstitutions } from '../../infra/handlers.js';
import { buildOrchestratorApp } from '../../infra/orchestrator-app.js';
import { routerOfAction } from '../../infra/permissions.js';
import type { RouterName } from '../../infra/props.js';
import { awsCallsOf, type HandlerCalls } from './support/aws-calls.js';
import { handlersUnderTest, repoRoot } from './support/handlers.js';
import { withImpliedActions } from './support/implied-actions.js';

const sharedMeshOwner = '444455556666';
const passRoles = [
  'arn:aws:iam::111122223333:role/taskB-task',
  'arn:aws:iam::111122223333:role/taskB-execution',
];
const latticeServiceId = 'svc-0123456789abcdef0';
const latticeServiceArn = 'arn:aws:vpc-lattice:eu-west-1:111122223333:service/svc-0fedcba9876543210';
const listenerArn =
  'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2';
const allRouters: RouterName[] = ['app-mesh', 'vpc-lattice', 'alb'];

const handlers = handlersUnderTest();
const outdir = mkdtempSync(join(tmpdir(), 'appmesh-canary-cdk-'));

const routerContext: Record<RouterName, Record<string, unknown>> = {
  'app-mesh': { meshes: [{ name: 'apps' }, { name: 'shared', owner: sharedMeshOwner }] },
  'vpc-lattice': { latticeServices: `${latticeServiceId},${latticeServiceArn}` },
  alb: { listenerArns: [listenerArn] },
};

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

/** One synthesized stack and readers of its roles' statements. */
class StackUnderTest {
  readonly app: App;
  readonly stack: Stack;
  readonly orchestrator: AppMeshCanaryOrchestrator;
  readonly template: Template;

  constructor(readonly routers: RouterName[]) {
    this.app = new App({
      outdir: mkdtempSync(join(outdir, 'stack-')),
      context: {
        ...Object.assign({}, ...routers.map((router) => routerContext[router])),
        ecsServices: JSON.stringify([{ cluster: 'apps', services: ['serviceB', 'serviceBv2'] }]),
        passRoles: passRoles.join(','),
        alarmPrefixes: 'serviceB-',
        // The roles do not depend on the bundles (orchestrator.test.ts synthesizes those).
        'aws:cdk:bundling-stacks': [],
        ...(handlers.lambdasDir ? { lambdasDir: handlers.lambdasDir } : {}),
      },
    });
    ({ stack: this.stack, orchestrator: this.orchestrator } = buildOrchestratorApp(this.app));
    this.template = Template.fromStack(this.stack);
  }

  logicalId(resource: { node: { defaultChild?: unknown } }): string {
    return this.stack.getLogicalId(resource.node.defaultChild as CfnResource);
  }

  /** Every statement that applies to the handler's role: inline, attached policies; managed ones are refused. */
  roleStatements(handler: HandlerName): Statement[] {
    const roleId = this.logicalId(this.orchestrator.functions[handler].role!);
    const roleResource = this.template.toJSON().Resources[roleId];
    expect(roleResource.Properties.ManagedPolicyArns).toBeUndefined();
    const inline: Statement[] = (roleResource.Properties.Policies ?? []).flatMap(
      (policy: { PolicyDocument: { Statement: Statement[] } }) => policy.PolicyDocument.Statement,
    );
    const attached = Object.values(this.template.findResources('AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(JSON.stringify({ Ref: roleId })))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
    return [...inline, ...attached];
  }

  allowedActions(handler: HandlerName): string[] {
    const statements = this.roleStatements(handler);
    expect(statements.every((statement) => statement.Effect === 'Allow')).toBe(true);
    return [...new Set(statements.flatMap(actionsOf))].sort();
  }

  statementsWith(handler: HandlerName, action: string): Statement[] {
    return this.roleStatements(handler).filter((statement) => actionsOf(statement).includes(action));
  }

  /** cdk-nag's AwsSolutions findings left unacknowledged, as `cdk synth` would report them. */
  nagViolations() {
    return new cdkNag.AwsSolutionsChecks(undefined, { verbose: true }).validateScope(this.app).violations;
  }
}

let all: StackUnderTest;
let calls: Record<string, HandlerCalls>;

beforeAll(async () => {
  all = new StackUnderTest(allRouters);
  calls = await awsCallsOf(
    Object.fromEntries(handlers.present.map((name) => [name, join(handlers.sourceDir, `${name}.ts`)])),
  );
}, 180_000);

afterAll(() => {
  handlers.cleanup();
  rmSync(outdir, { recursive: true, force: true });
});

const actionsOf = (statement: Statement) => [statement.Action].flat();
/** Resources as readable text: Ref -> <Id>, GetAtt -> <Id.Attr>, Fn::Join concatenated. */
const resourcesOf = (statement: Statement) => [statement.Resource].flat().map(flat);

function flat(value: unknown): string {
  if (typeof value === 'string') return value;
  const node = value as Record<string, unknown>;
  if (Array.isArray(node['Fn::Join'])) {
    const [delimiter, parts] = node['Fn::Join'] as [string, unknown[]];
    return parts.map(flat).join(delimiter);
  }
  if (Array.isArray(node['Fn::Select'])) {
    const [index, list] = node['Fn::Select'] as [number, { 'Fn::Split': [string, unknown] }];
    const [delimiter, source] = list['Fn::Split'];
    return `select(${index}, split(${delimiter}, ${flat(source)}))`;
  }
  if (typeof node.Ref === 'string') return `<${node.Ref}>`;
  if (Array.isArray(node['Fn::GetAtt'])) return `<${(node['Fn::GetAtt'] as string[]).join('.')}>`;
  throw new Error(`unexpected resource ${JSON.stringify(value)}`);
}

/** What every handler's role needs whatever its code: its log stream and active X-Ray tracing. */
const platformActions = [
  'logs:CreateLogStream',
  'logs:PutLogEvents',
  'xray:PutTelemetryRecords',
  'xray:PutTraceSegments',
];

/** What the handler's code calls, but of the routers a stack serves only. */
function expectedActions(handler: HandlerName, routers: RouterName[]): string[] {
  const called = calls[handler]!.called.filter((action) => {
    const router = routerOfAction(action);
    return router === undefined || routers.includes(router);
  });
  return [
    ...new Set([
      ...withImpliedActions(called),
      ...platformActions,
      // The guard's failed invocations go to its dead-letter queue.
      ...(handler === 'guard' ? ['sqs:SendMessage'] : []),
    ]),
  ].sort();
}

function isPlatformAction(handler: HandlerName, action: string): boolean {
  return platformActions.includes(action) || (handler === 'guard' && action === 'sqs:SendMessage');
}

/** The rows of infra/README.md's Lambda role table, as written: handler -> its cells. */
function readmeRoleRows(): Record<string, string[]> {
  const readme = readFileSync(join(repoRoot, 'infra', 'README.md'), 'utf8');
  const block = readme.slice(
    readme.indexOf('<!-- lambda-roles-table:start'),
    readme.indexOf('<!-- lambda-roles-table:end -->'),
  );
  const rows = block.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Handler'));
  return Object.fromEntries(
    rows.map((row) => {
      const cells = row.slice(2, -2).split(' | ');
      return [cells[0]!, cells];
    }),
  );
}

const actionsInCell = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

const present = handlerNames.filter((name) => !handlers.missing.includes(name));

describe('each handler role allows exactly the AWS calls its code makes', () => {
  for (const handler of handlerNames) {
    if (handlers.missing.includes(handler)) {
      it.todo(`${handler}: lambdas/${handler}.ts does not exist yet`);
      continue;
    }
    it(`${handler}`, () => {
      expect(calls[handler]!.called.length).toBeGreaterThan(0);
      expect(all.allowedActions(handler)).toEqual(expectedActions(handler, allRouters));
    });
  }
});

describe('each handler bundles the SDK clients of the services it calls, and no other', () => {
  const services = (actions: string[]) => [...new Set(actions.map((action) => action.split(':')[0]))].sort();
  for (const handler of present) {
    it(`${handler}`, () => {
      expect(services(calls[handler]!.bundled)).toEqual(services(calls[handler]!.called));
    });
  }
});

describe('a stack grants the router actions of the routers it is given resources of, and no other', () => {
  const routeHandlers = ['init', 'shift', 'finish', 'rollback', 'guard'] as const;

  it('the route handlers call all three routers: a document may name any of them', () => {
    for (const handler of routeHandlers.filter((name) => present.includes(name))) {
      const routers = new Set(calls[handler]!.called.map(routerOfAction).filter(Boolean));
      expect({ handler, routers: [...routers].sort() }).toEqual({
        handler,
        routers: ['alb', 'app-mesh', 'vpc-lattice'],
      });
    }
  });

  it.each([['app-mesh'], ['vpc-lattice'], ['alb']] as const)('%s only', (router) => {
    const only = new StackUnderTest([router]);
    for (const handler of present) {
      expect({ handler, allowed: only.allowedActions(handler) }).toEqual({
        handler,
        allowed: expectedActions(handler, [router]),
      });
    }
    expect(only.nagViolations()).toEqual([]);
  });

  it.each([['app-mesh'], ['vpc-lattice'], ['alb']] as const)(
    "infra/README.md's table shows what each role of a %s-only stack is granted",
    (router) => {
      const only = new StackUnderTest([router]);
      const column = { 'app-mesh': 2, 'vpc-lattice': 3, alb: 4 }[router];
      for (const handler of present) {
        const cells = readmeRoleRows()[handler]!;
        const shown = [cells[1]!, cells[column]!].flatMap(actionsInCell).sort();
        const granted = only.allowedActions(handler).filter((action) => !isPlatformAction(handler, action));
        expect({ handler, shown }).toEqual({ handler, shown: granted });
      }
    },
  );

  it('a mesh-only stack grants what it granted before the other routers existed', () => {
    const meshOnly = new StackUnderTest(['app-mesh']);
    const granted = present.flatMap((handler) => meshOnly.allowedActions(handler));
    expect(granted.filter((action) => /^(vpc-lattice|elasticloadbalancing):/.test(action))).toEqual([]);
    expect(meshOnly.allowedActions('shift')).toEqual([
      // The test route: created with the deployment tag before the first step.
      'appmesh:CreateRoute',
      'appmesh:DescribeRoute',
      'appmesh:TagResource',
      'appmesh:UpdateRoute',
      'ecs:DescribeServices',
      'events:PutEvents',
      ...platformActions,
    ]);
  });

  it('all three: cdk-nag reports nothing', () => {
    expect(all.nagViolations()).toEqual([]);
  });
});

describe('resources are scoped to the props', () => {
  const arn = (service: string, resource: string, account = '<AWS::AccountId>') =>
    `arn:<AWS::Partition>:${service}:<AWS::Region>:${account}:${resource}`;

  it('App Mesh actions act on the given meshes only, a shared mesh in its owner account', () => {
    const meshResources = [
      arn('appmesh', 'mesh/apps'),
      arn('appmesh', 'mesh/apps/*'),
      arn('appmesh', 'mesh/shared', sharedMeshOwner),
      arn('appmesh', 'mesh/shared/*', sharedMeshOwner),
    ];
    let checked = 0;
    for (const handler of handlerNames) {
      for (const statement of all.roleStatements(handler)) {
        if (actionsOf(statement).some((action) => action.startsWith('appmesh:'))) {
          expect(actionsOf(statement).every((action) => action.startsWith('appmesh:'))).toBe(true);
          expect(resourcesOf(statement)).toEqual(meshResources);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('VPC Lattice actions act on the listeners and rules of the given services only', () => {
    const listenersAndRules = [
      arn('vpc-lattice', `service/${latticeServiceId}/listener/*`),
      `${latticeServiceArn}/listener/*`,
    ];
    const lattice = handlerNames.flatMap((handler) =>
      all.roleStatements(handler).filter((statement) => actionsOf(statement).some(isLattice)),
    );
    expect(lattice.length).toBeGreaterThan(0);
    for (const statement of lattice) {
      expect(actionsOf(statement).every(isLattice)).toBe(true);
      expect(resourcesOf(statement)).toEqual(listenersAndRules);
    }
    expect(actionsOf(all.statementsWith('shift', 'vpc-lattice:UpdateRule')[0]!).sort()).toEqual([
      'vpc-lattice:CreateRule',
      'vpc-lattice:GetListener',
      'vpc-lattice:GetRule',
      'vpc-lattice:ListRules',
      'vpc-lattice:TagResource',
      'vpc-lattice:UpdateListener',
      'vpc-lattice:UpdateRule',
    ]);
  });

  it('ModifyListener acts on the given ALB listeners, ModifyRule on their rules', () => {
    const rules = listenerArn.replace(':listener/', ':listener-rule/');
    // Besides ModifyRule, a rule statement holds what the test rule needs: tagged on create, then deleted.
    const ruleActions = {
      shift: ['elasticloadbalancing:AddTags', 'elasticloadbalancing:ModifyRule'],
      finish: ['elasticloadbalancing:DeleteRule', 'elasticloadbalancing:ModifyRule'],
      rollback: ['elasticloadbalancing:DeleteRule', 'elasticloadbalancing:ModifyRule'],
      guard: ['elasticloadbalancing:DeleteRule', 'elasticloadbalancing:ModifyRule'],
    };
    for (const handler of ['shift', 'finish', 'rollback', 'guard'] as const) {
      const [listener] = all.statementsWith(handler, 'elasticloadbalancing:ModifyListener');
      expect(actionsOf(listener!)).toEqual(['elasticloadbalancing:ModifyListener']);
      expect(resourcesOf(listener!)).toEqual([listenerArn]);
      const [rule] = all.statementsWith(handler, 'elasticloadbalancing:ModifyRule');
      expect(actionsOf(rule!).sort()).toEqual(ruleActions[handler]);
      expect(resourcesOf(rule!)).toEqual([`${rules}/*`]);
    }
    // The test rule is created on the listener, and tagged as a rule of it.
    const [create] = all.statementsWith('shift', 'elasticloadbalancing:CreateRule');
    expect(actionsOf(create!)).toEqual(['elasticloadbalancing:CreateRule']);
    expect(resourcesOf(create!)).toEqual([listenerArn, `${rules}/*`]);
    // init reads the routed resource (the drift check), never writes it.
    expect(all.statementsWith('init', 'elasticloadbalancing:ModifyRule')).toEqual([]);
    expect(all.statementsWith('init', 'vpc-lattice:UpdateRule')).toEqual([]);
  });

  it('DescribeServices and UpdateService act on the given services only', () => {
    const services = [arn('ecs', 'service/apps/serviceB'), arn('ecs', 'service/apps/serviceBv2')];
    for (const handler of handlerNames) {
      for (const action of ['ecs:DescribeServices', 'ecs:UpdateService']) {
        for (const statement of all.statementsWith(handler, action))
          expect(resourcesOf(statement)).toEqual(services);
      }
    }
  });

  it('iam:PassRole passes only the given roles, and only to ECS tasks', () => {
    const passing = handlerNames.flatMap((handler) => all.statementsWith(handler, 'iam:PassRole'));
    expect(passing.length).toBeGreaterThan(0);
    for (const statement of passing) {
      expect(actionsOf(statement)).toEqual(['iam:PassRole']);
      expect(resourcesOf(statement)).toEqual(passRoles);
      expect(statement.Condition).toEqual({
        StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
      });
    }
  });

  it('ecs:TagResource only tags a task definition being registered', () => {
    for (const statement of handlerNames.flatMap((handler) =>
      all.statementsWith(handler, 'ecs:TagResource'),
    )) {
      expect(actionsOf(statement)).toEqual(['ecs:TagResource']);
      expect(statement.Condition).toEqual({ StringEquals: { 'ecs:CreateAction': 'RegisterTaskDefinition' } });
      expect(resourcesOf(statement)).toEqual([arn('ecs', 'task-definition/*')]);
    }
  });

  it('DescribeAlarms is limited to the given alarm name prefixes', () => {
    const describing = handlerNames.flatMap((handler) =>
      all.statementsWith(handler, 'cloudwatch:DescribeAlarms'),
    );
    expect(describing.length).toBeGreaterThan(0);
    for (const statement of describing) {
      expect(resourcesOf(statement)).toEqual([arn('cloudwatch', 'alarm:serviceB-*')]);
    }
  });

  it('Step Functions actions act on this state machine and its executions only', () => {
    const stateMachineId = all.logicalId(all.orchestrator.stateMachine);
    for (const handler of handlerNames) {
      for (const statement of all.statementsWith(handler, 'states:ListExecutions')) {
        expect(resourcesOf(statement)).toEqual([`<${stateMachineId}>`]);
      }
      for (const statement of all.statementsWith(handler, 'states:DescribeExecution')) {
        expect(resourcesOf(statement)).toEqual([arn('states', `execution:<${stateMachineId}.Name>:*`)]);
      }
    }
  });

  it('PutEvents puts only events of source appmesh-canary, on the default bus only', () => {
    const putting = handlerNames.flatMap((handler) => all.statementsWith(handler, 'events:PutEvents'));
    expect(putting.length).toBeGreaterThan(0);
    for (const statement of putting) {
      expect(actionsOf(statement)).toEqual(['events:PutEvents']);
      expect(resourcesOf(statement)).toEqual([arn('events', 'event-bus/default')]);
      expect(statement.Condition).toEqual({ StringEquals: { 'events:source': 'appmesh-canary' } });
    }
  });

  it('"*" appears only with actions that support no resource-level permissions', () => {
    const unscoped = new Set([
      'cloudwatch:GetMetricData',
      'xray:GetTimeSeriesServiceStatistics',
      'ecs:RegisterTaskDefinition',
      'ecs:DescribeTaskDefinition',
      'elasticloadbalancing:DescribeListeners',
      'elasticloadbalancing:DescribeRules',
      'elasticloadbalancing:DescribeTags',
      'xray:PutTraceSegments',
      'xray:PutTelemetryRecords',
    ]);
    for (const handler of handlerNames) {
      for (const statement of all.roleStatements(handler)) {
        if (resourcesOf(statement).includes('*')) {
          expect(actionsOf(statement).filter((action) => !unscoped.has(action))).toEqual([]);
        }
      }
    }
  });

  it('each handler writes logs to its own log group only', () => {
    for (const handler of handlerNames) {
      const [logs] = all.statementsWith(handler, 'logs:PutLogEvents');
      const logGroupId =
        all.template.toJSON().Resources[all.logicalId(all.orchestrator.functions[handler])].Properties
          .LoggingConfig.LogGroup.Ref;
      expect(resourcesOf(logs!)).toEqual([`<${logGroupId}.Arn>`]);
    }
  });

  it('the state machine may invoke the seven Task functions and not the guard', () => {
    const stateMachineRole =
      all.template.toJSON().Resources[all.logicalId(all.orchestrator.stateMachine)].Properties.RoleArn[
        'Fn::GetAtt'
      ][0];
    const invoke = Object.values(all.template.findResources('AWS::IAM::Policy'))
      .filter(
        (policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: stateMachineRole }]),
      )
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[])
      .filter((statement) => actionsOf(statement).includes('lambda:InvokeFunction'));
    expect(invoke).toHaveLength(1);
    expect(actionsOf(invoke[0]!)).toEqual(['lambda:InvokeFunction']);
    expect(resourcesOf(invoke[0]!)).toEqual(
      Object.values(taskSubstitutions).map(
        (handler) => `<${all.logicalId(all.orchestrator.functions[handler])}.Arn>`,
      ),
    );
  });
});

describe('resources given as CloudFormation values (tokens) of the stack', () => {
  it('scope the Lattice and ALB statements to the values, cdk-nag clean', () => {
    const app = new App({
      outdir: mkdtempSync(join(outdir, 'tokens-')),
      context: { 'aws:cdk:bundling-stacks': [] },
    });
    const stack = new Stack(app, 'Tokens');
    const service = new CfnParameter(stack, 'LatticeServiceArn').valueAsString;
    const listener = new CfnParameter(stack, 'ListenerArn').valueAsString;
    const orchestrator = new AppMeshCanaryOrchestrator(stack, 'Orchestrator', {
      latticeServices: [service],
      albListenerArns: [listener],
      ecsServices: [{ cluster: 'apps', services: ['serviceB'] }],
      passRoleArns: passRoles,
      ...(handlers.lambdasDir ? { lambdasDir: handlers.lambdasDir } : {}),
    });
    const roleId = stack.getLogicalId(orchestrator.functions.shift.role!.node.defaultChild as CfnResource);
    const statements = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(JSON.stringify({ Ref: roleId })))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
    const resourcesFor = (action: string) =>
      statements.filter((statement) => actionsOf(statement).includes(action)).flatMap(resourcesOf);
    expect(resourcesFor('vpc-lattice:UpdateRule')).toEqual(['<LatticeServiceArn>/listener/*']);
    expect(resourcesFor('elasticloadbalancing:ModifyListener')).toEqual(['<ListenerArn>']);
    expect(resourcesFor('elasticloadbalancing:ModifyRule')).toEqual([
      'select(0, split(:listener/, <ListenerArn>)):listener-rule/select(1, split(:listener/, <ListenerArn>))/*',
    ]);
    expect(resourcesFor('appmesh:UpdateRoute')).toEqual([]);
    const { violations } = new cdkNag.AwsSolutionsChecks(undefined, { verbose: true }).validateScope(app);
    expect(violations).toEqual([]);
  });
});

function isLattice(action: string): boolean {
  return action.startsWith('vpc-lattice:');
}
