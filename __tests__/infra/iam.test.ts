import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { App, type CfnResource, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { AppMeshCanaryOrchestrator } from '../../infra/construct.js';
import { type HandlerName, handlerNames, taskSubstitutions } from '../../infra/handlers.js';
import { buildOrchestratorApp } from '../../infra/orchestrator-app.js';
import { awsCallsOf, type HandlerCalls } from './support/aws-calls.js';
import { handlersUnderTest } from './support/handlers.js';

const sharedMeshOwner = '444455556666';
const passRoles = [
  'arn:aws:iam::111122223333:role/taskB-task',
  'arn:aws:iam::111122223333:role/taskB-execution',
];
const handlers = handlersUnderTest();
const outdir = mkdtempSync(join(tmpdir(), 'appmesh-canary-cdk-'));

let stack: Stack;
let orchestrator: AppMeshCanaryOrchestrator;
let template: Template;
let calls: Record<string, HandlerCalls>;

beforeAll(async () => {
  const app = new App({
    outdir,
    context: {
      meshes: [{ name: 'apps' }, { name: 'shared', owner: sharedMeshOwner }],
      ecsServices: JSON.stringify([{ cluster: 'apps', services: ['serviceB', 'serviceBv2'] }]),
      passRoles: passRoles.join(','),
      alarmPrefixes: 'serviceB-',
      ...(handlers.lambdasDir ? { lambdasDir: handlers.lambdasDir } : {}),
    },
  });
  ({ stack, orchestrator } = buildOrchestratorApp(app));
  template = Template.fromStack(stack);
  calls = await awsCallsOf(
    Object.fromEntries(handlers.present.map((name) => [name, join(handlers.sourceDir, `${name}.ts`)])),
  );
}, 180_000);

afterAll(() => {
  handlers.cleanup();
  rmSync(outdir, { recursive: true, force: true });
});

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

function logicalId(resource: { node: { defaultChild?: unknown } }): string {
  return stack.getLogicalId(resource.node.defaultChild as CfnResource);
}

/** Every statement that applies to the handler's role: inline, attached policies; managed ones are refused. */
function roleStatements(handler: HandlerName): Statement[] {
  const role = orchestrator.functions[handler].role!;
  const roleId = logicalId(role);
  const roleResource = template.toJSON().Resources[roleId];
  expect(roleResource.Properties.ManagedPolicyArns).toBeUndefined();
  const inline: Statement[] = (roleResource.Properties.Policies ?? []).flatMap(
    (policy: { PolicyDocument: { Statement: Statement[] } }) => policy.PolicyDocument.Statement,
  );
  const attached = Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(JSON.stringify({ Ref: roleId })))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
  return [...inline, ...attached];
}

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
  if (typeof node.Ref === 'string') return `<${node.Ref}>`;
  if (Array.isArray(node['Fn::GetAtt'])) return `<${(node['Fn::GetAtt'] as string[]).join('.')}>`;
  throw new Error(`unexpected resource ${JSON.stringify(value)}`);
}

function allowedActions(handler: HandlerName): string[] {
  const statements = roleStatements(handler);
  expect(statements.every((statement) => statement.Effect === 'Allow')).toBe(true);
  return [...new Set(statements.flatMap(actionsOf))].sort();
}

function statementsWith(handler: HandlerName, action: string): Statement[] {
  return roleStatements(handler).filter((statement) => actionsOf(statement).includes(action));
}

/** What every handler's role needs whatever its code: its log stream and active X-Ray tracing. */
const platformActions = [
  'logs:CreateLogStream',
  'logs:PutLogEvents',
  'xray:PutTelemetryRecords',
  'xray:PutTraceSegments',
];

/** Actions IAM authorizes along with one the code calls. */
const impliedBy: Record<string, string[]> = {
  // Passes the task and execution roles; tags the revision when the family has tags (tag-on-create).
  'ecs:RegisterTaskDefinition': ['iam:PassRole', 'ecs:TagResource'],
};

function expectedActions(handler: HandlerName): string[] {
  const called = calls[handler]!.called;
  return [
    ...new Set([
      ...called,
      ...called.flatMap((action) => impliedBy[action] ?? []),
      ...platformActions,
      // The guard's failed invocations go to its dead-letter queue.
      ...(handler === 'guard' ? ['sqs:SendMessage'] : []),
    ]),
  ].sort();
}

describe('each handler role allows exactly the AWS calls its code makes', () => {
  for (const handler of handlerNames) {
    if (handlers.missing.includes(handler)) {
      it.todo(`${handler}: lambdas/${handler}.ts does not exist yet`);
      continue;
    }
    it(`${handler}`, () => {
      expect(calls[handler]!.called.length).toBeGreaterThan(0);
      expect(allowedActions(handler)).toEqual(expectedActions(handler));
    });
  }
});

describe('each handler bundles the SDK clients of the services it calls, and no other', () => {
  const services = (actions: string[]) => [...new Set(actions.map((action) => action.split(':')[0]))].sort();
  for (const handler of handlerNames.filter((name) => !handlers.missing.includes(name))) {
    it(`${handler}`, () => {
      expect(services(calls[handler]!.bundled)).toEqual(services(calls[handler]!.called));
    });
  }
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
    for (const handler of handlerNames) {
      for (const statement of roleStatements(handler)) {
        if (actionsOf(statement).some((action) => action.startsWith('appmesh:'))) {
          expect(actionsOf(statement).every((action) => action.startsWith('appmesh:'))).toBe(true);
          expect(resourcesOf(statement)).toEqual(meshResources);
        }
      }
    }
  });

  it('DescribeServices and UpdateService act on the given services only', () => {
    const services = [arn('ecs', 'service/apps/serviceB'), arn('ecs', 'service/apps/serviceBv2')];
    for (const handler of handlerNames) {
      for (const action of ['ecs:DescribeServices', 'ecs:UpdateService']) {
        for (const statement of statementsWith(handler, action))
          expect(resourcesOf(statement)).toEqual(services);
      }
    }
  });

  it('iam:PassRole passes only the given roles, and only to ECS tasks', () => {
    const passing = handlerNames.flatMap((handler) => statementsWith(handler, 'iam:PassRole'));
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
    for (const statement of handlerNames.flatMap((handler) => statementsWith(handler, 'ecs:TagResource'))) {
      expect(actionsOf(statement)).toEqual(['ecs:TagResource']);
      expect(statement.Condition).toEqual({ StringEquals: { 'ecs:CreateAction': 'RegisterTaskDefinition' } });
      expect(resourcesOf(statement)).toEqual([arn('ecs', 'task-definition/*')]);
    }
  });

  it('DescribeAlarms is limited to the given alarm name prefixes', () => {
    const describing = handlerNames.flatMap((handler) =>
      statementsWith(handler, 'cloudwatch:DescribeAlarms'),
    );
    expect(describing.length).toBeGreaterThan(0);
    for (const statement of describing) {
      expect(resourcesOf(statement)).toEqual([arn('cloudwatch', 'alarm:serviceB-*')]);
    }
  });

  it('Step Functions actions act on this state machine and its executions only', () => {
    const stateMachineId = logicalId(orchestrator.stateMachine);
    for (const handler of handlerNames) {
      for (const statement of statementsWith(handler, 'states:ListExecutions')) {
        expect(resourcesOf(statement)).toEqual([`<${stateMachineId}>`]);
      }
      for (const statement of statementsWith(handler, 'states:DescribeExecution')) {
        expect(resourcesOf(statement)).toEqual([arn('states', `execution:<${stateMachineId}.Name>:*`)]);
      }
    }
  });

  it('PutEvents puts only events of source appmesh-canary, on the default bus only', () => {
    const putting = handlerNames.flatMap((handler) => statementsWith(handler, 'events:PutEvents'));
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
      'xray:PutTraceSegments',
      'xray:PutTelemetryRecords',
    ]);
    for (const handler of handlerNames) {
      for (const statement of roleStatements(handler)) {
        if (resourcesOf(statement).includes('*')) {
          expect(actionsOf(statement).filter((action) => !unscoped.has(action))).toEqual([]);
        }
      }
    }
  });

  it('each handler writes logs to its own log group only', () => {
    for (const handler of handlerNames) {
      const [logs] = statementsWith(handler, 'logs:PutLogEvents');
      const logGroupId =
        template.toJSON().Resources[logicalId(orchestrator.functions[handler])].Properties.LoggingConfig
          .LogGroup.Ref;
      expect(resourcesOf(logs!)).toEqual([`<${logGroupId}.Arn>`]);
    }
  });

  it('the state machine may invoke the seven Task functions and not the guard', () => {
    const stateMachineRole =
      template.toJSON().Resources[logicalId(orchestrator.stateMachine)].Properties.RoleArn['Fn::GetAtt'][0];
    const invoke = Object.values(template.findResources('AWS::IAM::Policy'))
      .filter(
        (policy) => JSON.stringify(policy.Properties.Roles) === JSON.stringify([{ Ref: stateMachineRole }]),
      )
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[])
      .filter((statement) => actionsOf(statement).includes('lambda:InvokeFunction'));
    expect(invoke).toHaveLength(1);
    expect(actionsOf(invoke[0]!)).toEqual(['lambda:InvokeFunction']);
    expect(resourcesOf(invoke[0]!)).toEqual(
      Object.values(taskSubstitutions).map(
        (handler) => `<${logicalId(orchestrator.functions[handler])}.Arn>`,
      ),
    );
  });
});
