import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { AppMeshCanaryOrchestrator } from '../../infra/construct.js';
import { type AppSettings, settingsFromContext } from '../../infra/context.js';
import { placeholdersOf, stateMachineDefinition } from '../../infra/definition.js';
import { buildOrchestratorApp } from '../../infra/orchestrator-app.js';
import { type AppMeshCanaryOrchestratorProps, validateProps } from '../../infra/props.js';
import { InputError } from '../../src/errors.js';

const scratch = mkdtempSync(join(tmpdir(), 'appmesh-canary-infra-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const roleArn = 'arn:aws:iam::111122223333:role/taskB-task';
const listenerArn =
  'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2';
const minimal = { mesh: 'apps', cluster: 'apps', services: 'serviceB,serviceBv2', passRoles: roleArn };

function settings(context: Record<string, unknown>): AppSettings {
  return settingsFromContext((key) => context[key]);
}

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('app settings from CDK context', () => {
  it('reads the -c values of a one-cluster deployment, with defaults for the rest', () => {
    const { stackName, orchestrator } = settings(minimal);
    expect(stackName).toBe('AppMeshCanary');
    // No executionTimeout: the construct's default applies (__tests__/infra/cdk-json.test.ts).
    expect(orchestrator).toEqual({
      meshes: [{ name: 'apps' }],
      ecsServices: [{ cluster: 'apps', services: ['serviceB', 'serviceBv2'] }],
      passRoleArns: [roleArn],
      logLevel: 'INFO',
    });
  });

  it('reads a shared mesh owner, alarm prefixes, log settings, name, timeout and stack name', () => {
    const { stackName, orchestrator } = settings({
      ...minimal,
      meshOwner: '444455556666',
      alarmPrefixes: 'serviceB-, serviceBv2-',
      logLevel: 'DEBUG',
      logRetentionDays: '14',
      stateMachineName: 'appmesh-canary',
      executionTimeout: '2h',
      stackName: 'Canary',
    });
    expect(stackName).toBe('Canary');
    expect(orchestrator).toMatchObject({
      meshes: [{ name: 'apps', owner: '444455556666' }],
      alarmNamePrefixes: ['serviceB-', 'serviceBv2-'],
      logLevel: 'DEBUG',
      logRetention: 14,
      stateMachineName: 'appmesh-canary',
    });
    expect(orchestrator.executionTimeout?.toSeconds()).toBe(7200);
  });

  it('takes several meshes and clusters as cdk.json values or JSON text', () => {
    const { orchestrator } = settings({
      meshes: [{ name: 'apps' }, { name: 'shared', owner: '444455556666' }],
      ecsServices: '[{"cluster":"apps","services":["serviceB"]},{"cluster":"web","services":["front"]}]',
      passRoles: [roleArn, 'arn:aws:iam::111122223333:role/taskB-execution'],
    });
    expect(orchestrator.meshes).toEqual([{ name: 'apps' }, { name: 'shared', owner: '444455556666' }]);
    expect(orchestrator.ecsServices).toEqual([
      { cluster: 'apps', services: ['serviceB'] },
      { cluster: 'web', services: ['front'] },
    ]);
    expect(orchestrator.passRoleArns).toHaveLength(2);
  });

  it('reads the VPC Lattice services and ALB listeners, with or without meshes: one stack serves all three', () => {
    const serviceArn = 'arn:aws:vpc-lattice:eu-west-1:111122223333:service/svc-0fedcba9876543210';
    const { orchestrator } = settings({
      ...minimal,
      mesh: undefined,
      latticeServices: `svc-0123456789abcdef0, ${serviceArn}`,
      listenerArns: [listenerArn],
    });
    expect(orchestrator).toMatchObject({
      latticeServices: ['svc-0123456789abcdef0', serviceArn],
      albListenerArns: [listenerArn],
    });
    expect(orchestrator.meshes).toBeUndefined();
    expect(settings({ ...minimal, listenerArns: listenerArn }).orchestrator).toMatchObject({
      meshes: [{ name: 'apps' }],
      albListenerArns: [listenerArn],
    });
  });

  it('refuses a stack without any router, naming the three ways to give one', () => {
    const error = errorOf(() => settings({ ...minimal, mesh: undefined }));
    expect(error.input).toBe('mesh');
    expect(error.message).toMatch(/-c mesh=apps/);
    expect(error.message).toMatch(/-c latticeServices=svc-/);
    expect(error.message).toMatch(/-c listenerArns=arn:aws:elasticloadbalancing:/);
  });

  it.each([
    ['latticeServices', 'orders', /is a name; give the service ID \(svc-…\) or ARN/],
    ['latticeServices', 'svc-123', /not a VPC Lattice service ID/],
    [
      'latticeServices',
      'arn:aws:vpc-lattice:eu-west-1:111122223333:targetgroup/tg-0123456789abcdef0',
      /not a VPC Lattice service ARN/,
    ],
    [
      'listenerArns',
      listenerArn.replace(':listener/', ':listener-rule/').concat('/9'),
      /not a load balancer listener ARN/,
    ],
    ['listenerArns', listenerArn.replace('/app/', '/net/'), /Network Load Balancer; router alb shifts/],
    ['listenerArns', 'web', /not a load balancer listener ARN/],
  ])('refuses a malformed %s value (%s)', (key, value, message) => {
    const error = errorOf(() => settings({ ...minimal, [key]: value }));
    expect(error.input).toBe(key);
    expect(error.message).toMatch(message);
  });

  it.each([
    [{ ...minimal, mesh: undefined, meshOwner: '444455556666' }, 'meshOwner', /no mesh is/],
    [{ ...minimal, cluster: undefined }, 'cluster', /-c cluster=apps/],
    [{ ...minimal, services: '' }, 'services', /serviceB,serviceBv2/],
    [{ ...minimal, passRoles: undefined }, 'passRoles', /-c passRoles=arn:aws:iam::/],
    [{ ...minimal, meshes: '[{"mesh":"apps"}]' }, 'meshes', /at 0/],
    [{ ...minimal, ecsServices: '{not json' }, 'ecsServices', /not valid JSON/],
    [{ ...minimal, logLevel: 'TRACE' }, 'logLevel', /DEBUG, INFO, WARN, ERROR/],
    [{ ...minimal, logRetentionDays: '10' }, 'logRetentionDays', /retention/],
    [{ ...minimal, executionTimeout: 'soon' }, 'executionTimeout', /duration/],
  ])('names the bad context value and how to fix it (%#)', (context, input, message) => {
    const error = errorOf(() => settings(context));
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
  });
});

describe('synthesis errors', () => {
  /** Runs the app as `cdk synth` does; returns its InputError and what the app holds after it. */
  function synthError(context: Record<string, unknown>): { error: InputError; created: number } {
    const app = new App({ context, outdir: join(scratch, 'cdk.out') });
    const error = errorOf(() => buildOrchestratorApp(app));
    return { error, created: app.node.findAll().filter((construct) => construct !== app).length };
  }

  it('name the passRoles context key, not the construct prop, for a role that is not an ARN', () => {
    const { error } = synthError({ ...minimal, passRoles: `${roleArn},taskB-execution` });
    expect(error.input).toBe('passRoles');
    expect(error.message).toBe(
      'input "passRoles": must hold IAM role ARNs (arn:aws:iam::<account>:role/<name>); got "taskB-execution".',
    );
  });

  it.each([
    ['alarmPrefixes', 'serviceB-*', /without "\*"; got "serviceB-\*"/],
    ['mesh', 'apps/*', /mesh name: .*got "apps\/\*"/],
    ['meshOwner', '4444', /owner of mesh apps must be a 12-digit account ID; got "4444"/],
    ['cluster', 'arn:aws:ecs:eu-west-1:111122223333:cluster/apps', /cluster name \(not an ARN\)/],
    ['services', 'serviceB,arn:aws:ecs:eu-west-1:111122223333:service/apps/b', /service name \(not an ARN\)/],
    ['stateMachineName', 'appmesh canary', /got "appmesh canary"/],
    ['meshes', [{ name: 'apps', owner: '4444' }], /owner of mesh apps/],
    ['ecsServices', [{ cluster: 'apps', services: ['b/c'] }], /service name/],
  ])('name the context key %s, before creating anything', (key, value, message) => {
    const { error, created } = synthError({ ...minimal, [key]: value });
    expect({ input: error.input, created }).toEqual({ input: key, created: 0 });
    expect(error.message).toMatch(message);
  });

  it('refuse a notifyEmails value that is not an email address, naming the key and the value, before creating anything', () => {
    const { error, created } = synthError({ ...minimal, notifyEmails: 'platform@example.com, notanemail' });
    expect(error.input).toBe('notifyEmails');
    expect(error.message).toMatch(/^input "notifyEmails": .*"notanemail"/);
    expect(created).toBe(0);
  });

  it.each(['platform@example.com', 'first.last+canary@mail.example.co.uk'])(
    'accept the email address %s',
    (email) => {
      expect(settings({ ...minimal, notifyEmails: email }).orchestrator.notifications).toEqual({
        emails: [email],
      });
    },
  );

  it.each([
    'notanemail',
    'platform@',
    '@example.com',
    'platform@example',
    'a b@example.com',
    'platform@example.com.',
  ])('refuse the email address %s', (email) => {
    expect(errorOf(() => settings({ ...minimal, notifyEmails: email })).input).toBe('notifyEmails');
  });
});

describe('construct props', () => {
  const valid: AppMeshCanaryOrchestratorProps = {
    meshes: [{ name: 'apps' }],
    ecsServices: [{ cluster: 'apps', services: ['serviceB', 'serviceBv2'] }],
    passRoleArns: [roleArn],
  };

  it('accepts a valid set, for any router or several', () => {
    expect(() => validateProps(valid)).not.toThrow();
    const { meshes: _meshes, ...withoutMeshes } = valid;
    expect(() =>
      validateProps({ ...withoutMeshes, latticeServices: ['svc-0123456789abcdef0'] }),
    ).not.toThrow();
    expect(() => validateProps({ ...withoutMeshes, albListenerArns: [listenerArn] })).not.toThrow();
    expect(() =>
      validateProps({ ...valid, latticeServices: ['svc-0123456789abcdef0'], albListenerArns: [listenerArn] }),
    ).not.toThrow();
  });

  it.each([
    [{ meshes: [] }, 'meshes'],
    [{ meshes: undefined, latticeServices: [], albListenerArns: [] }, 'meshes'],
    [{ latticeServices: ['orders'] }, 'latticeServices'],
    [
      { albListenerArns: ['arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/1'] },
      'albListenerArns',
    ],
    [{ meshes: [{ name: 'apps', owner: '4444' }] }, 'meshes'],
    [{ meshes: [{ name: 'apps/*' }] }, 'meshes'],
    [{ ecsServices: [] }, 'ecsServices'],
    [
      { ecsServices: [{ cluster: 'arn:aws:ecs:eu-west-1:111122223333:cluster/apps', services: ['b'] }] },
      'ecsServices',
    ],
    [{ ecsServices: [{ cluster: 'apps', services: [] }] }, 'ecsServices'],
    [{ passRoleArns: [] }, 'passRoleArns'],
    [{ passRoleArns: ['taskB-task'] }, 'passRoleArns'],
    [{ alarmNamePrefixes: ['serviceB-*'] }, 'alarmNamePrefixes'],
    [{ stateMachineName: 'appmesh canary' }, 'stateMachineName'],
    [{ notifications: { emails: ['notanemail'] } }, 'notifications'],
  ])('refuses a policy that would grant nothing, or more than meant (%#)', (change, input) => {
    expect(errorOf(() => validateProps({ ...valid, ...change })).input).toBe(input);
  });

  it('refuses bad props before creating anything', () => {
    const stack = new Stack(new App({ outdir: join(scratch, 'cdk.out') }), 'Stack');
    expect(
      () => new AppMeshCanaryOrchestrator(stack, 'Orchestrator', { ...valid, passRoleArns: [] }),
    ).toThrow(InputError);
    expect(stack.node.findAll().filter((construct) => construct !== stack)).toEqual([
      stack.node.findChild('Orchestrator'),
    ]);
  });
});

describe('state machine definition', () => {
  const write = (text: string) => {
    const file = join(scratch, 'definition.asl.json');
    writeFileSync(file, text);
    return file;
  };
  const asl = JSON.stringify({
    StartAt: 'A',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Step Functions definition substitution
    States: { A: { Type: 'Task', Resource: '${AFunctionArn}', Next: 'B' }, B: { Type: 'Succeed' } },
  });

  it('sets the execution timeout, which CDK does not apply to a definition from a file', () => {
    const text = stateMachineDefinition(write(asl), Duration.hours(2), ['AFunctionArn']);
    expect(JSON.parse(text)).toEqual({ ...JSON.parse(asl), TimeoutSeconds: 7200 });
  });

  it('refuses a definition that uses a substitution the construct does not give', () => {
    expect(() => stateMachineDefinition(write(asl), Duration.hours(2), ['BFunctionArn'])).toThrow(
      /uses the substitutions AFunctionArn; the construct gives BFunctionArn/,
    );
  });

  it('lists each placeholder once', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Step Functions definition substitutions
    expect(placeholdersOf('"${B}" "${A}" "${B}" "$.path"')).toEqual(['A', 'B']);
  });
});

describe('source maps', () => {
  /** NODE_OPTIONS of every function of the app synthesized from this context (bundling skipped). */
  function nodeOptions(context: Record<string, unknown>): unknown[] {
    const app = new App({
      context: { ...minimal, ...context, 'aws:cdk:bundling-stacks': [] },
      outdir: join(scratch, 'maps'),
    });
    const { stack } = buildOrchestratorApp(app);
    const resources = app.synth().getStackByName(stack.stackName).template.Resources as Record<
      string,
      { Type: string; Properties: { Environment: { Variables: Record<string, unknown> } } }
    >;
    return Object.values(resources)
      .filter((resource) => resource.Type === 'AWS::Lambda::Function')
      .map((resource) => resource.Properties.Environment.Variables.NODE_OPTIONS);
  }

  it('are not read at each cold start unless sourceMaps is true', () => {
    expect(new Set(nodeOptions({}))).toEqual(new Set([undefined]));
    expect(new Set(nodeOptions({ sourceMaps: 'true' }))).toEqual(new Set(['--enable-source-maps']));
    expect(new Set(nodeOptions({ sourceMaps: true }))).toEqual(new Set(['--enable-source-maps']));
  });
});
