import { AppMeshClient, DescribeRouteCommand, UpdateRouteCommand } from '@aws-sdk/client-app-mesh';
import { DescribeServicesCommand, DescribeTaskDefinitionCommand, ECSClient } from '@aws-sdk/client-ecs';
import { DescribeExecutionCommand, ListExecutionsCommand, SFNClient } from '@aws-sdk/client-sfn';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { Command } from 'commander';
import { registerSetWeightCommand } from '../../../src/cli/commands/set-weight.js';
import { registerWeightsCommand } from '../../../src/cli/commands/weights.js';
import type { CliIo } from '../../../src/cli/io.js';
import { InputError } from '../../../src/errors.js';
import { DriftError } from '../../../src/routing/app-mesh/index.js';
import { seedDocument } from '../../orchestrator/fixtures.js';
import { serviceDescription, taskDefinitionArn } from '../../support/ecs-responses.js';
import { type FakeAppMesh, seedHttp2RouteSpec, seedMesh } from './fake-app-mesh.js';

const meshMock = mockClient(AppMeshClient);
const ecsMock = mockClient(ECSClient);
const sfnMock = mockClient(SFNClient);
let fake: FakeAppMesh;
const stateMachineArn = 'arn:aws:states:us-west-2:123456789012:stateMachine:appmesh-canary';

/** Both services running 2 tasks (or what `counts` says), no canary execution. */
function services(counts: { serviceB?: number; serviceBv2?: number } = {}) {
  ecsMock.on(DescribeServicesCommand).callsFake((input: { services: string[] }) => {
    const service = input.services[0]!;
    const family = service === 'serviceB' ? 'taskB' : 'taskBv2';
    const desiredCount = counts[service as 'serviceB' | 'serviceBv2'] ?? 2;
    return {
      services: [serviceDescription({ service, taskDefinition: taskDefinitionArn(family, 1), desiredCount })],
      failures: [],
    };
  });
  ecsMock.on(DescribeTaskDefinitionCommand).callsFake((input: { taskDefinition: string }) => ({
    taskDefinition: {
      taskDefinitionArn: input.taskDefinition,
      family: input.taskDefinition.split('/')[1]!.split(':')[0],
      containerDefinitions: [{ name: 'app', image: 'serviceb:1.0.0', essential: true }],
    },
  }));
}

beforeEach(() => {
  meshMock.reset();
  ecsMock.reset();
  sfnMock.reset();
  fake = seedMesh(seedHttp2RouteSpec());
  fake.install(meshMock);
  services();
  sfnMock.on(ListExecutionsCommand).resolves({ executions: [] });
});

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const program = new Command().exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  registerWeightsCommand(program, io);
  registerSetWeightCommand(program, io);
  await program.parseAsync(args, { from: 'user' });
  return { out: out.join(''), err: err.join('') };
}

const where = ['--mesh', 'apps', '--virtual-router', 'serviceB', '--region', 'us-west-2'];
const nodes = [
  '--stable-node',
  'serviceB',
  '--canary-node',
  'serviceBv2',
  '--cluster',
  'apps',
  '--service',
  'serviceBv2',
  '--stable-service',
  'serviceB',
  '--state-machine-arn',
  stateMachineArn,
];

describe('appmesh-canary set-weight', () => {
  it('does what the seed update-route does by hand: serviceB 75, serviceBv2 25', async () => {
    const { out, err } = await run(['set-weight', ...where, ...nodes, '--canary-percent', '25']);

    expect(meshMock).toHaveReceivedCommandWith(UpdateRouteCommand, {
      meshName: 'apps',
      virtualRouterName: 'serviceB',
      routeName: 'serviceB',
      spec: {
        http2Route: {
          action: {
            weightedTargets: [
              { virtualNode: 'serviceB', weight: 75 },
              { virtualNode: 'serviceBv2', weight: 25 },
            ],
          },
          match: { prefix: '/' },
        },
      },
    });
    expect(out).toBe(
      [
        'ROUTE     TYPE        VIRTUAL NODE  PORT  WEIGHT  SHARE',
        'serviceB  http2Route  serviceB            75      75%',
        '                      serviceBv2          25      25%',
        '',
      ].join('\n'),
    );
    expect(err).toBe('canary serviceBv2 at 25%: written serviceB; already set none');
  });

  it('moves on from a canary that already has weight, and back to 0', async () => {
    await run(['set-weight', ...where, ...nodes, '--canary-percent', '25']);
    await run(['set-weight', ...where, ...nodes, '--canary-percent', '100']);
    expect(fake.route('apps', 'serviceB', 'serviceB').spec.http2Route?.action?.weightedTargets).toEqual([
      { virtualNode: 'serviceB', weight: 0 },
      { virtualNode: 'serviceBv2', weight: 100 },
    ]);

    const { out } = await run(['set-weight', ...where, ...nodes, '--canary-percent', '0', '--json']);
    const result = JSON.parse(out);
    expect(result.canaryPercent).toBe(0);
    expect(result.routes[0].spec.http2Route.action.weightedTargets).toEqual([
      { virtualNode: 'serviceB', weight: 100 },
      { virtualNode: 'serviceBv2', weight: 0 },
    ]);
  });

  it('refuses to overwrite a route that changed between its read and its write', async () => {
    let reads = 0;
    meshMock.on(DescribeRouteCommand).callsFake(() => {
      reads += 1;
      const weight = reads === 1 ? 100 : 90;
      return {
        route: {
          routeName: 'serviceB',
          metadata: { version: reads },
          spec: {
            http2Route: {
              action: { weightedTargets: [{ virtualNode: 'serviceB', weight }] },
              match: { prefix: '/' },
            },
          },
        },
      };
    });

    await expect(run(['set-weight', ...where, ...nodes, '--canary-percent', '25'])).rejects.toThrow(
      DriftError,
    );
    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);
  });

  it.each([
    [['--canary-percent', '150'], 'input "canary-percent": must be a whole number from 0 to 100; got 150.'],
    [['--canary-percent', '-1'], 'input "canary-percent": must be a whole number from 0 to 100; got -1.'],
    [
      ['--canary-percent', '33.3'],
      'input "canary-percent": must be a whole number from 0 to 100; got "33.3".',
    ],
    [
      ['--canary-percent', '25', '--canary-node', 'serviceB'],
      'input "canary-node": must differ from stable-node',
    ],
    [['--canary-percent', '25', '--route', ','], 'input "route": lists no route name'],
    [
      ['--canary-percent', '25', '--mesh-owner', 'me'],
      'input "mesh-owner": must be a 12-digit AWS account ID',
    ],
    [
      ['--canary-percent', '25', '--mesh', 'my mesh'],
      'input "mesh": "my mesh" is not an App Mesh resource name',
    ],
  ])('refuses %j before any AWS call', async (extra, message) => {
    const attempt = run(['set-weight', ...where, ...nodes, ...extra]);

    await expect(attempt).rejects.toThrow(InputError);
    await expect(attempt).rejects.toThrow(message);
    expect(meshMock.calls()).toHaveLength(0);
  });

  it('refuses to send traffic to a canary service with no task, and writes nothing', async () => {
    services({ serviceBv2: 0 });
    await expect(run(['set-weight', ...where, ...nodes, '--canary-percent', '25'])).rejects.toThrow(
      'canary service serviceBv2 has 0 running of 0 desired tasks: the canary at 25% would send it traffic of route serviceB',
    );
    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);
  });

  it('sends everything back to the stable one only if it runs tasks; the canary may have none', async () => {
    services({ serviceBv2: 0 });
    await run(['set-weight', ...where, ...nodes, '--canary-percent', '0']);
    services({ serviceB: 0 });
    await expect(run(['set-weight', ...where, ...nodes, '--canary-percent', '0'])).rejects.toThrow(
      'stable service serviceB has 0 running of 0 desired tasks',
    );
    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);
  });

  it('refuses while a canary runs on the route, unless --force, which it prints', async () => {
    const executionArn = `${stateMachineArn.replace('stateMachine', 'execution')}:serviceB-1a2b3c4-20261122T043000Z`;
    sfnMock.on(ListExecutionsCommand).resolves({
      executions: [
        {
          executionArn,
          stateMachineArn,
          name: 'x',
          status: 'RUNNING',
          startDate: new Date('2026-11-22T04:30:00Z'),
        },
      ],
    });
    const document = seedDocument({ deploymentId: 'serviceB-1a2b3c4-20261122T043000Z' });
    sfnMock.on(DescribeExecutionCommand).resolves({
      executionArn,
      stateMachineArn,
      status: 'RUNNING',
      startDate: new Date('2026-11-22T04:30:00Z'),
      input: JSON.stringify({ document }),
    });
    await expect(run(['set-weight', ...where, ...nodes, '--canary-percent', '25'])).rejects.toThrow(
      `execution ${executionArn} (deployment serviceB-1a2b3c4-20261122T043000Z) is running a canary on route serviceB`,
    );
    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);

    const { err } = await run(['set-weight', ...where, ...nodes, '--canary-percent', '25', '--force']);
    expect(err).toContain(`warning: --force: writing while execution ${executionArn}`);
    expect(meshMock).toHaveReceivedCommand(UpdateRouteCommand);
  });

  it('needs --state-machine-arn to check for a running canary, or --force', async () => {
    const withoutStateMachine = nodes.slice(0, -2);
    await expect(
      run(['set-weight', ...where, ...withoutStateMachine, '--canary-percent', '25']),
    ).rejects.toThrow(
      'input "state-machine-arn": is required: set-weight first checks that no canary runs or is paused on the route',
    );
    expect(meshMock.calls()).toHaveLength(0);
    const { err } = await run([
      'set-weight',
      ...where,
      ...withoutStateMachine,
      '--canary-percent',
      '25',
      '--force',
    ]);
    expect(err).toContain('warning: --force: not checked whether a canary runs on route serviceB');
  });

  it('needs --canary-percent', async () => {
    await expect(run(['set-weight', ...where, ...nodes])).rejects.toThrow(
      "required option '--canary-percent <percent>'",
    );
    expect(meshMock.calls()).toHaveLength(0);
  });
});

describe('appmesh-canary weights', () => {
  it('prints a table of every route of the router', async () => {
    fake.addRoute('apps', 'serviceB', 'serviceB-tcp', {
      tcpRoute: {
        action: {
          weightedTargets: [
            { virtualNode: 'serviceB', weight: 3, port: 9000 },
            { virtualNode: 'serviceBv2', weight: 1, port: 9000 },
          ],
        },
      },
    });

    const { out } = await run(['weights', ...where]);

    expect(out).toBe(
      [
        'ROUTE         TYPE        VIRTUAL NODE  PORT  WEIGHT  SHARE',
        'serviceB      http2Route  serviceB            100     100%',
        'serviceB-tcp  tcpRoute    serviceB      9000  3       75%',
        '                          serviceBv2    9000  1       25%',
        '',
      ].join('\n'),
    );
    expect(meshMock).not.toHaveReceivedCommand(UpdateRouteCommand);
  });

  it('prints JSON for the named route', async () => {
    const { out } = await run(['weights', ...where, '--route', 'serviceB', '--json']);

    expect(JSON.parse(out)).toEqual([
      { route: 'serviceB', type: 'http2Route', version: 1, targets: [{ target: 'serviceB', weight: 100 }] },
    ]);
  });

  it('names a missing route', async () => {
    await expect(run(['weights', ...where, '--route', 'serviceC'])).rejects.toThrow(
      'route serviceC not found in virtual router serviceB of mesh apps; check route.',
    );
  });
});
