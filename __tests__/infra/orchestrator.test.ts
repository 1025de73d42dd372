import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { App, type CfnResource, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import cdkNag, { type IApplyRule } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import type { AppMeshCanaryOrchestrator } from '../../infra/construct.js';
import { definitionFile } from '../../infra/construct.js';
import { type HandlerName, handlerNames, taskSubstitutions } from '../../infra/handlers.js';
import { CanaryNotifications } from '../../infra/notifications.js';
import { buildOrchestratorApp } from '../../infra/orchestrator-app.js';
import { handlersUnderTest } from './support/handlers.js';

const handlers = handlersUnderTest();
const outdir = mkdtempSync(join(tmpdir(), 'appmesh-canary-cdk-'));
const context = {
  // One stack serving all three routers: every kind of grant, and its cdk-nag acknowledgments, is checked.
  mesh: 'apps',
  latticeServices: 'svc-0123456789abcdef0',
  listenerArns:
    'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2',
  cluster: 'apps',
  services: 'serviceB,serviceBv2',
  passRoles: 'arn:aws:iam::111122223333:role/taskB-task,arn:aws:iam::111122223333:role/taskB-execution',
  logLevel: 'DEBUG',
  logRetentionDays: '14',
  executionTimeout: '2h',
  notifyEmails: 'platform@example.com',
  ...(handlers.lambdasDir ? { lambdasDir: handlers.lambdasDir } : {}),
};

let app: App;
let stack: Stack;
let orchestrator: AppMeshCanaryOrchestrator;
let template: Template;
let assembly: CloudAssembly;

beforeAll(() => {
  app = new App({ context, outdir });
  ({ stack, orchestrator } = buildOrchestratorApp(app));
  // Synthesizes the app as `cdk synth` does, with the cdk-nag plugin: an unacknowledged finding throws here.
  template = Template.fromStack(stack);
  assembly = app.synth();
}, 180_000);

afterAll(() => {
  handlers.cleanup();
  rmSync(outdir, { recursive: true, force: true });
});

/** Template JSON, as loosely typed as CDK gives it. */
type Json = ReturnType<Template['toJSON']>;
const resources = () => template.toJSON().Resources as Record<string, { Type: string; Properties: Json }>;
const logicalId = (construct: IConstruct) =>
  stack.getLogicalId((construct.node.defaultChild ?? construct) as CfnResource);
const functionOf = (handler: HandlerName) => resources()[logicalId(orchestrator.functions[handler])]!;

describe('notifications', () => {
  const ofType = (type: string) => Object.values(resources()).filter((resource) => resource.Type === type);

  it('send the one-line message of each appmesh-canary event to a topic, encrypted with a key EventBridge may use', () => {
    const [rule] = ofType('AWS::Events::Rule').filter(
      (one) => JSON.stringify(one.Properties.EventPattern) === JSON.stringify({ source: ['appmesh-canary'] }),
    );
    expect(rule!.Properties.Targets).toEqual([expect.objectContaining({ InputPath: '$.detail.message' })]);
    const [topic] = ofType('AWS::SNS::Topic');
    expect(topic!.Properties.KmsMasterKeyId).toBeDefined();
    expect(ofType('AWS::SNS::Subscription').map((one) => one.Properties)).toEqual([
      expect.objectContaining({ Protocol: 'email', Endpoint: 'platform@example.com' }),
    ]);
    const [key] = ofType('AWS::KMS::Key');
    expect(JSON.stringify(key!.Properties.KeyPolicy)).toContain('events.amazonaws.com');
    expect(key!.Properties.EnableKeyRotation).toBe(true);
  });

  it("go to a topic given by ARN (AWS Chatbot's), creating none", () => {
    const bare = new Stack(new App(), 'Bare', { env: { account: '111122223333', region: 'eu-west-1' } });
    const topicArn = 'arn:aws:sns:eu-west-1:111122223333:chatbot-deploys';
    new CanaryNotifications(bare, 'Notifications', { topicArn });
    const json = Template.fromStack(bare).toJSON().Resources as Record<
      string,
      { Type: string; Properties: Json }
    >;
    expect(Object.values(json).map((resource) => resource.Type)).toEqual(['AWS::Events::Rule']);
    expect(Object.values(json)[0]!.Properties.Targets).toEqual([
      expect.objectContaining({ Arn: topicArn, InputPath: '$.detail.message' }),
    ]);
  });
});

describe('handler functions', () => {
  it('are ESM bundles on Node.js 24, arm64, with X-Ray tracing, one per handler', () => {
    expect(
      Object.values(resources()).filter((resource) => resource.Type === 'AWS::Lambda::Function'),
    ).toHaveLength(handlerNames.length);
    for (const handler of handlerNames) {
      const { Properties } = functionOf(handler);
      expect(Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        Handler: 'index.handler',
      });
      const asset = join(assembly.directory, `asset.${Properties.Code.S3Key.replace(/\.zip$/, '')}`);
      const entry = readFileSync(join(asset, 'index.mjs'), 'utf8');
      expect(entry).toMatch(/export\s*\{[^}]*\bas handler\b/);
      // The map ships beside it, unlinked: only -c sourceMaps=true links it for --enable-source-maps.
      expect(existsSync(join(asset, 'index.mjs.map'))).toBe(true);
      expect(entry).not.toContain('sourceMappingURL');
      // ESM without a require() shim: esbuild's stand-in for a CommonJS require() would throw at run time.
      for (const file of readdirSync(asset, { recursive: true, encoding: 'utf8' }).filter((name) =>
        name.endsWith('.mjs'),
      ))
        expect(readFileSync(join(asset, file), 'utf8')).not.toContain('Dynamic require of');
    }
  });

  it('each run their own bundle: one asset per handler', () => {
    const keys = handlerNames.map((handler) => functionOf(handler).Properties.Code.S3Key);
    expect(new Set(keys).size).toBe(handlerNames.length);
  });

  it('log with Powertools at the level given, to their own log group kept as long as asked', () => {
    const logGroups = new Set<string>();
    for (const handler of handlerNames) {
      const { Properties } = functionOf(handler);
      expect(Properties.Environment.Variables).toEqual({
        POWERTOOLS_SERVICE_NAME: 'appmesh-canary',
        POWERTOOLS_LOG_LEVEL: 'DEBUG',
        // The guard stops this state machine's canaries when an alarm they name fires.
        ...(handler === 'guard' ? { STATE_MACHINE_ARN: { Ref: logicalId(orchestrator.stateMachine) } } : {}),
      });
      const logGroup = Properties.LoggingConfig.LogGroup.Ref as string;
      expect(resources()[logGroup]).toMatchObject({
        Type: 'AWS::Logs::LogGroup',
        Properties: { RetentionInDays: 14 },
      });
      logGroups.add(logGroup);
    }
    expect(logGroups.size).toBe(handlerNames.length);
  });

  it('give the rollback and the guard more time than a step', () => {
    expect(functionOf('rollback').Properties.Timeout).toBeGreaterThan(functionOf('shift').Properties.Timeout);
    expect(functionOf('guard').Properties.Timeout).toBe(functionOf('rollback').Properties.Timeout);
  });
});

describe('state machine', () => {
  const stateMachine = () => resources()[logicalId(orchestrator.stateMachine)]!.Properties;

  it('runs the ASL file, with the execution timeout given', () => {
    const deployed = JSON.parse(stateMachine().DefinitionString);
    expect(deployed).toEqual({ ...JSON.parse(readFileSync(definitionFile, 'utf8')), TimeoutSeconds: 7200 });
  });

  it("substitutes each Task's function ARN, every placeholder of the definition and no other", () => {
    const placeholders = [...stateMachine().DefinitionString.matchAll(/\$\{(\w+)\}/g)].map(
      (match) => match[1],
    );
    const substitutions = stateMachine().DefinitionSubstitutions;
    expect(Object.keys(substitutions).sort()).toEqual([...new Set(placeholders)].sort());
    for (const [name, handler] of Object.entries(taskSubstitutions)) {
      expect(substitutions[name]).toEqual({
        'Fn::GetAtt': [logicalId(orchestrator.functions[handler]), 'Arn'],
      });
    }
  });

  it('logs every state (without execution data) and traces with X-Ray', () => {
    expect(stateMachine().LoggingConfiguration).toMatchObject({ Level: 'ALL', IncludeExecutionData: false });
    const logGroup = stateMachine().LoggingConfiguration.Destinations[0].CloudWatchLogsLogGroup.LogGroupArn;
    expect(resources()[logGroup['Fn::GetAtt'][0]]!.Properties.RetentionInDays).toBe(14);
    expect(stateMachine().TracingConfiguration).toEqual({ Enabled: true });
  });

  it('is the stack output named StateMachineArn, as the docs say, and a property of the construct', () => {
    const ref = { Ref: logicalId(orchestrator.stateMachine) };
    expect(Object.keys(template.toJSON().Outputs)).toEqual(['StateMachineArn']);
    expect(template.toJSON().Outputs.StateMachineArn.Value).toEqual(ref);
    expect(stack.resolve(orchestrator.stateMachineArn)).toEqual(ref);
  });
});

describe('guard', () => {
  const rule = () => resources()[logicalId(orchestrator.guardRule)]!.Properties;
  const guardArn = () => ({ 'Fn::GetAtt': [logicalId(orchestrator.functions.guard), 'Arn'] });
  const queueArn = () => ({ 'Fn::GetAtt': [logicalId(orchestrator.guardDeadLetterQueue), 'Arn'] });

  it("matches this state machine's executions that end ABORTED, TIMED_OUT or FAILED", () => {
    expect(rule().EventPattern).toEqual({
      source: ['aws.states'],
      'detail-type': ['Step Functions Execution Status Change'],
      detail: {
        status: ['ABORTED', 'TIMED_OUT', 'FAILED'],
        stateMachineArn: [{ Ref: logicalId(orchestrator.stateMachine) }],
      },
    });
    expect(rule().State).toBe('ENABLED');
  });

  it('invokes the guard function, and keeps the events it could not deliver', () => {
    expect(rule().Targets).toEqual([
      expect.objectContaining({ Arn: guardArn(), DeadLetterConfig: { Arn: queueArn() } }),
    ]);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: guardArn(),
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [logicalId(orchestrator.guardRule), 'Arn'] },
    });
    expect(functionOf('guard').Properties.DeadLetterConfig).toEqual({ TargetArn: queueArn() });
  });
});

describe('alarm push', () => {
  const rule = () => resources()[logicalId(orchestrator.alarmRule)]!.Properties;
  const guardArn = () => ({ 'Fn::GetAtt': [logicalId(orchestrator.functions.guard), 'Arn'] });

  it('matches every alarm that enters ALARM (or those of alarmNamePrefixes)', () => {
    expect(rule().EventPattern).toEqual({
      source: ['aws.cloudwatch'],
      'detail-type': ['CloudWatch Alarm State Change'],
      detail: { state: { value: ['ALARM'] } },
    });
  });

  it('invokes the guard, which knows its state machine and may stop its executions, nothing more', () => {
    expect(rule().Targets).toEqual([expect.objectContaining({ Arn: guardArn() })]);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: guardArn(),
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [logicalId(orchestrator.alarmRule), 'Arn'] },
    });
    expect(functionOf('guard').Properties.Environment.Variables.STATE_MACHINE_ARN).toEqual({
      Ref: logicalId(orchestrator.stateMachine),
    });
    const policies = Object.values(resources()).filter(
      (resource) =>
        resource.Type === 'AWS::IAM::Policy' &&
        JSON.stringify(resource.Properties.Roles).includes(logicalId(orchestrator.functions.guard.role!)),
    );
    const stop = policies
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
      .filter((statement: { Action: string | string[] }) =>
        [statement.Action].flat().includes('states:StopExecution'),
      );
    expect(stop).toHaveLength(1);
    expect(JSON.stringify(stop[0].Resource)).toContain(':execution:');
  });
});

/** AwsSolutions with every finding recorded before acknowledgments are applied. */
class AllFindings extends cdkNag.AwsSolutionsChecks {
  readonly findings: Array<{ id: string; path: string }> = [];

  protected override applyRule(params: IApplyRule): void {
    const rule = `${this.readPackName}-${params.ruleSuffixOverride ?? params.rule.name}`;
    const path = params.node.node.path;
    try {
      const result = params.rule(params.node);
      if (result === cdkNag.NagRuleCompliance.NON_COMPLIANT) this.findings.push({ id: rule, path });
      if (Array.isArray(result))
        for (const finding of result) this.findings.push({ id: `${rule}[${finding}]`, path });
    } catch {
      this.findings.push({ id: rule, path });
    }
    super.applyRule(params);
  }
}

function acknowledgments(root: IConstruct): Array<{ id: string; path: string; reason: string }> {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          id: id.replace(/^annotation::/i, ''),
          path: construct.node.path,
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  it('reports nothing: every finding is fixed or acknowledged', () => {
    expect(new cdkNag.AwsSolutionsChecks(undefined, { verbose: true }).validateScope(app)).toEqual({
      success: true,
      violations: [],
    });
    const report = join(assembly.directory, 'policy-validation-report.json');
    if (existsSync(report)) expect(readFileSync(report, 'utf8')).not.toMatch(/AwsSolutions-/);
  });

  it('acknowledges only findings that occur, under the construct they occur in, each with a reason', () => {
    const checks = new AllFindings();
    checks.validateScope(app);
    const acknowledged = acknowledgments(app);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { id, path, reason } of acknowledged) {
      expect({
        id,
        path,
        found: checks.findings.some((finding) => finding.id === id && finding.path.startsWith(`${path}/`)),
      }).toEqual({
        id,
        path,
        found: true,
      });
      expect(reason.length).toBeGreaterThan(40);
    }
  });

  it('does flag a wildcard nobody acknowledged (the checks run in this environment)', () => {
    const scratch = new App({ outdir: join(outdir, 'scratch') });
    const scratchStack = new Stack(scratch, 'Scratch');
    new iam.Policy(scratchStack, 'Wide', {
      statements: [new iam.PolicyStatement({ actions: ['ecs:UpdateService'], resources: ['*'] })],
      roles: [
        new iam.Role(scratchStack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }),
      ],
    });
    const { violations } = new cdkNag.AwsSolutionsChecks().validateScope(scratch);
    expect(violations.map((violation) => violation.ruleName)).toContain('AwsSolutions-IAM5[Resource::*]');
  });
});
