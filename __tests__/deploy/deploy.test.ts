import { readFileSync, writeFileSync } from 'node:fs';
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { deploySettings } from '../../src/config/deploy.js';
import { readerOf } from '../../src/config/inputs.js';
import { deployCanaryService } from '../../src/deploy/deploy.js';
import { Ecs } from '../../src/ecs/index.js';
import { InputError } from '../../src/errors.js';
import { serviceDescription, taskDefinitionArn } from '../support/ecs-responses.js';

const ecsMock = mockClient(ECSClient);
const fixture = '__tests__/support/fixtures/taskB-fargate-app-only.json';
const current = taskDefinitionArn('taskB', 7);
const registered = taskDefinitionArn('taskB', 8);
const newImage = '123456789012.dkr.ecr.us-west-2.amazonaws.com/serviceb:abc1234';

const baseInputs = {
  'task-definition': fixture,
  cluster: 'apps',
  service: 'serviceBv2',
  mesh: 'apps',
  'canary-node': 'serviceBv2',
  image: newImage,
};

function lines() {
  const info: string[] = [];
  return { info, log: { info: (line: string) => info.push(line), warn: (line: string) => info.push(line) } };
}

async function deploy(inputs: Record<string, string>, region = 'us-west-2') {
  const settings = deploySettings(readerOf(inputs));
  const { log, info } = lines();
  const result = await deployCanaryService(settings, {
    ecs: new Ecs(new ECSClient({ region })),
    region,
    log,
  });
  return { result, info };
}

function expectNothingMutating() {
  expect(ecsMock).not.toHaveReceivedCommand(RegisterTaskDefinitionCommand);
  expect(ecsMock).not.toHaveReceivedCommand(UpdateServiceCommand);
}

beforeEach(() => {
  ecsMock.reset();
  ecsMock.on(DescribeServicesCommand).resolves({
    services: [serviceDescription({ service: 'serviceBv2', taskDefinition: current })],
    failures: [],
  });
});

describe('deployCanaryService', () => {
  it('registers the rendered task definition, updates the service and waits until it is stable', async () => {
    ecsMock.on(RegisterTaskDefinitionCommand).resolves({
      taskDefinition: { taskDefinitionArn: registered, family: 'taskB', revision: 8 },
    });
    ecsMock.on(UpdateServiceCommand).resolves({
      service: serviceDescription({
        service: 'serviceBv2',
        taskDefinition: registered,
        rolloutState: 'IN_PROGRESS',
      }),
    });
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce({
        services: [serviceDescription({ service: 'serviceBv2', taskDefinition: current })],
        failures: [],
      })
      .resolves({
        services: [serviceDescription({ service: 'serviceBv2', taskDefinition: registered })],
        failures: [],
      });

    const { result, info } = await deploy({ ...baseInputs, 'desired-count': '3' });

    const registration = ecsMock.commandCalls(RegisterTaskDefinitionCommand)[0]!.args[0].input;
    const names = registration.containerDefinitions?.map((container) => container.name);
    expect(names).toEqual(['appName', 'envoy']);
    expect(registration.containerDefinitions?.[0]?.image).toBe(newImage);
    expect(registration.proxyConfiguration?.type).toBe('APPMESH');
    expect(ecsMock).toHaveReceivedCommandWith(UpdateServiceCommand, {
      cluster: 'apps',
      service: 'serviceBv2',
      taskDefinition: registered,
      desiredCount: 3,
    });
    expect(result).toMatchObject({
      taskDefinitionArn: registered,
      previousTaskDefinitionArn: current,
      stable: true,
    });
    expect(info).toContain(`service serviceBv2 is stable on ${registered}`);
  });

  it('on a dry run, renders and plans with read-only calls only', async () => {
    const { result, info } = await deploy({ ...baseInputs, 'dry-run': 'true' });

    expectNothingMutating();
    expect(result.taskDefinitionArn).toBeUndefined();
    expect(result.plan).toMatchObject({ family: 'taskB', appContainer: 'appName', image: newImage });
    expect(info[0]).toBe(`plan (dry run): service serviceBv2 in cluster apps runs ${current}`);
  });

  it("renders the service's current task definition when no file is given, dropping the read-only fields", async () => {
    const described = JSON.parse(readFileSync(fixture, 'utf8'));
    ecsMock.on(DescribeTaskDefinitionCommand, { taskDefinition: current }).resolves({
      taskDefinition: {
        ...described,
        taskDefinitionArn: current,
        revision: 7,
        status: 'ACTIVE',
        compatibilities: ['EC2', 'FARGATE'],
        requiresAttributes: [{ name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' }],
        registeredAt: new Date('2026-11-01T10:00:00Z'),
        registeredBy: 'arn:aws:iam::123456789012:role/deployer',
      },
    });

    const { result } = await deploy({ ...baseInputs, 'task-definition': '', 'dry-run': 'true' });

    for (const field of [
      'taskDefinitionArn',
      'revision',
      'status',
      'compatibilities',
      'requiresAttributes',
      'registeredAt',
      'registeredBy',
    ]) {
      expect(result.rendered).not.toHaveProperty(field);
    }
    expect(result.rendered.family).toBe('taskB');
    expect(result.rendered.containerDefinitions?.map((container) => container.name)).toContain('envoy');
  });
});

describe('bad input: a clear error naming the input, and nothing mutating sent', () => {
  const twoApps = JSON.stringify({
    ...JSON.parse(readFileSync(fixture, 'utf8')),
    containerDefinitions: [
      { name: 'web', image: 'web', essential: true, portMappings: [{ containerPort: 80 }] },
      { name: 'worker', image: 'worker', essential: true, portMappings: [{ containerPort: 81 }] },
    ],
  });
  const bridge = JSON.stringify({ ...JSON.parse(readFileSync(fixture, 'utf8')), networkMode: 'bridge' });
  const write = (name: string, text: string) => {
    const path = `${process.env.TMPDIR ?? '/tmp'}/deploy-test-${process.pid}-${name}`;
    writeFileSync(path, text);
    return path;
  };

  const cases: [string, Record<string, string>, string, RegExp][] = [
    ['no cluster', { cluster: '' }, 'cluster', /is required/],
    ['no service', { service: '' }, 'service', /is required/],
    ['no mesh', { mesh: '' }, 'mesh', /is required/],
    ['no canary node', { 'canary-node': '' }, 'canary-node', /is required/],
    [
      'negative desired count',
      { 'desired-count': '-1' },
      'desired-count',
      /whole number of at least 0; got -1/,
    ],
    ['fractional desired count', { 'desired-count': '1.5' }, 'desired-count', /whole number/],
    ['wait of zero minutes', { 'wait-for-minutes': '0' }, 'wait-for-minutes', /from 1 to 360/],
    [
      'not a boolean',
      { 'wait-for-service-stability': 'maybe' },
      'wait-for-service-stability',
      /true or false/,
    ],
    ['mesh owner not an account', { 'mesh-owner': '1234' }, 'mesh-owner', /12-digit/],
    ['AppPorts not a port', { 'app-ports': '0' }, 'app-ports', /from 1 to 65535/],
    ['AppPorts not a number', { 'app-ports': 'http' }, 'app-ports', /whole number/],
    ['bad egress IP', { 'egress-ignored-ips': '169.254.170' }, 'egress-ignored-ips', /IPv4/],
    ['unknown node identity', { 'envoy-node-identity': 'uuid' }, 'envoy-node-identity', /one of arn, name/],
    ['missing file', { 'task-definition': '/nonexistent/taskdef.json' }, 'task-definition', /no such file/],
    ['missing container', { 'container-name': 'nope' }, 'container-name', /nope/],
  ];

  it.each(cases)('%s', async (_title, overrides, input, message) => {
    const error = await deploy({ ...baseInputs, ...overrides }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    expect((error as InputError).message).toMatch(message);
    expectNothingMutating();
  });

  const fileCases: [string, string, string, RegExp][] = [
    ['invalid JSON', '{"family": "taskB",', 'task-definition', /JSON/],
    ['two candidate app containers', twoApps, 'container-name', /web.*worker|worker.*web/],
    ['not awsvpc', bridge, 'task-definition', /awsvpc/],
  ];

  it.each(fileCases)('%s', async (name, text, input, message) => {
    const error = await deploy({
      ...baseInputs,
      'task-definition': write(name.replace(/\W/g, '-'), text),
    }).catch((caught: unknown) => caught);
    expect((error as InputError).input).toBe(input);
    expect((error as InputError).message).toMatch(message);
    expectNothingMutating();
  });

  it('an unknown region with no envoy-image', async () => {
    const error = await deploy(baseInputs, 'xx-nowhere-9').catch((caught: unknown) => caught);
    expect((error as InputError).input).toBe('envoy-image');
    expectNothingMutating();
  });
});
