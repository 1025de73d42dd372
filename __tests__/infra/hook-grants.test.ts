import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { App, type CfnResource } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import cdkNag from 'cdk-nag';
import { settingsFromContext } from '../../infra/context.js';
import { buildOrchestratorApp } from '../../infra/orchestrator-app.js';
import { allowlistOf } from '../../src/orchestrator/hooks/allowlist.js';
import { inputErrorOf } from '../support/input-error.js';
import { handlersUnderTest } from './support/handlers.js';

// biome-ignore lint/suspicious/noExplicitAny: template JSON, read field by field
type Json = any;

const handlers = handlersUnderTest();
const allowlistPlaceholder = '$' + '{HookAllowlist}';
const outdir = mkdtempSync(join(tmpdir(), 'appmesh-canary-hooks-'));

afterAll(() => {
  handlers.cleanup();
  rmSync(outdir, { recursive: true, force: true });
});

const smoke = 'arn:aws:lambda:eu-west-1:111122223333:function:smoke';
const pinned = 'arn:aws:lambda:eu-west-1:111122223333:function:load:live';
const smokeTasks = 'arn:aws:ecs:eu-west-1:111122223333:task-definition/smoke';
const smokeRole = 'arn:aws:iam::111122223333:role/smoke-task';
const connection =
  'arn:aws:events:eu-west-1:111122223333:connection/hooks/4f5e6d7c-aaaa-bbbb-cccc-0123456789ab';
const endpoint = 'https://hooks.example.com/canary/';

const baseContext = {
  mesh: 'apps',
  cluster: 'apps',
  services: 'serviceB,serviceBv2',
  passRoles: 'arn:aws:iam::111122223333:role/taskB-task,arn:aws:iam::111122223333:role/taskB-execution',
  'aws:cdk:bundling-stacks': [],
  ...(handlers.lambdasDir ? { lambdasDir: handlers.lambdasDir } : {}),
};

function synth(context: Record<string, unknown>) {
  const app = new App({
    outdir: mkdtempSync(join(outdir, 'stack-')),
    context: { ...baseContext, ...context },
  });
  const { stack, orchestrator } = buildOrchestratorApp(app);
  const template = Template.fromStack(stack);
  const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Json }>;
  const machine = resources[stack.getLogicalId(orchestrator.stateMachine.node.defaultChild as CfnResource)]!;
  const roleId = stack.getLogicalId(orchestrator.stateMachine.role.node.defaultChild as CfnResource);
  const policies = Object.entries(resources)
    .filter(([, resource]) => resource.Type === 'AWS::IAM::Policy')
    .filter(([, policy]) => policy.Properties.Roles.some((role: { Ref?: string }) => role.Ref === roleId));
  const statementsOf = (entries: typeof policies) =>
    entries.flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as Array<Json>);
  return {
    app,
    statements: statementsOf(policies),
    hookStatements: statementsOf(policies.filter(([id]) => id.includes('HookTargets'))),
    substitutions: machine.Properties.DefinitionSubstitutions as Record<string, unknown>,
  };
}

const actionsOf = (statement: Json) => [statement.Action].flat() as string[];
const hookActions = [
  'lambda:InvokeFunction',
  'ecs:RunTask',
  'ecs:StopTask',
  'ecs:DescribeTasks',
  'events:PutTargets',
  'events:PutRule',
  'events:DescribeRule',
  'iam:PassRole',
  'states:InvokeHTTPEndpoint',
  'events:RetrieveConnectionCredentials',
  'secretsmanager:GetSecretValue',
  'secretsmanager:DescribeSecret',
];

describe('the stack and hook targets', () => {
  it('grants the state machine exactly the allowlisted targets, cdk-nag clean, and writes the allowlist into the definition', () => {
    const { app, statements, hookStatements, substitutions } = synth({
      hookFunctions: `${smoke},${pinned}`,
      hookTaskDefinitions: smokeTasks,
      hookPassRoles: smokeRole,
      hookConnections: JSON.stringify([{ connectionArn: connection, endpoints: [endpoint] }]),
    });
    // Outside their own policy, the role holds no hook action but the invocation of the stack's functions.
    expect(
      statements
        .filter((statement) => !hookStatements.includes(statement))
        .flatMap(actionsOf)
        .filter((action) => hookActions.includes(action)),
    ).toEqual(['lambda:InvokeFunction']);
    const text = JSON.stringify(hookStatements);
    expect(hookStatements.find((s) => actionsOf(s).includes('lambda:InvokeFunction'))!.Resource).toEqual([
      smoke,
      `${smoke}:*`,
      pinned,
    ]);
    const runTask = hookStatements.find((s) => actionsOf(s).includes('ecs:RunTask'))!;
    expect(runTask.Resource).toBe(`${smokeTasks}:*`);
    expect(JSON.stringify(runTask.Condition)).toContain(':cluster/apps');
    expect(hookStatements.find((s) => actionsOf(s).includes('iam:PassRole'))).toMatchObject({
      Resource: smokeRole,
      Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
    });
    expect(hookStatements.find((s) => actionsOf(s).includes('states:InvokeHTTPEndpoint'))!.Condition).toEqual(
      {
        StringEquals: { 'states:HTTPMethod': 'POST' },
        StringLike: { 'states:HTTPEndpoint': [`${endpoint}*`] },
      },
    );
    expect(
      hookStatements.find((s) => actionsOf(s).includes('events:RetrieveConnectionCredentials'))!.Resource,
    ).toBe(connection);
    expect(text).toContain('rule/StepFunctionsGetEventsForECSTaskRule');
    expect(text).toContain('secret:events!connection/*');
    // Every statement of the role names one of the resources given, nothing wider.
    expect(text).not.toContain('"Resource":"*"');

    const asl = readFileSync(new URL('../../statemachine/canary.asl.json', import.meta.url), 'utf8');
    const definition = JSON.parse(asl.replace(allowlistPlaceholder, String(substitutions.HookAllowlist)));
    expect(allowlistOf(definition)).toEqual({
      functions: [smoke, pinned],
      taskDefinitions: [smokeTasks],
      passRoles: [smokeRole],
      connections: [{ connectionArn: connection, endpoints: [endpoint] }],
    });
    expect(new cdkNag.AwsSolutionsChecks(undefined, { verbose: true }).validateScope(app)).toEqual({
      success: true,
      violations: [],
    });
  });

  it('grants no hook action, and writes an empty allowlist, when no hook target is given', () => {
    const { statements, hookStatements, substitutions } = synth({});
    expect(hookStatements).toEqual([]);
    // The state machine invokes its own functions, which the construct grants; nothing else a hook would need.
    expect(statements.flatMap(actionsOf).filter((action) => hookActions.includes(action))).toEqual([
      'lambda:InvokeFunction',
    ]);
    const asl = readFileSync(new URL('../../statemachine/canary.asl.json', import.meta.url), 'utf8');
    const definition = JSON.parse(asl.replace(allowlistPlaceholder, String(substitutions.HookAllowlist)));
    expect(allowlistOf(definition)).toEqual({
      functions: [],
      taskDefinitions: [],
      passRoles: [],
      connections: [],
    });
  });

  it.each([
    [
      { hookFunctions: 'arn:aws:lambda:eu-west-1:111122223333:function:*' },
      'hookFunctions',
      /Lambda function ARNs/,
    ],
    [{ hookTaskDefinitions: smokeTasks }, 'hookPassRoles', /task and execution role ARNs/],
    [
      {
        hookConnections: JSON.stringify([
          { connectionArn: connection, endpoints: ['http://hooks.example.com/'] },
        ]),
      },
      'hookConnections',
      /https:\/\/ URL prefix/,
    ],
    [{ hookConnections: '[{"connectionArn": 1}]' }, 'hookConnections', /is not valid/],
  ])('refuses %j at synth, naming the context key', (context, input, message) => {
    const error = inputErrorOf(() =>
      settingsFromContext((key) => ({ ...baseContext, ...context })[key as never]),
    );
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
  });
});
