import { AppMeshClient, DescribeRouteCommand, UpdateRouteCommand } from '@aws-sdk/client-app-mesh';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { Command } from 'commander';
import { registerSetWeightCommand } from '../../../src/cli/commands/set-weight.js';
import { registerWeightsCommand } from '../../../src/cli/commands/weights.js';
import type { CliIo } from '../../../src/cli/io.js';
import { InputError } from '../../../src/errors.js';
import { DriftError } from '../../../src/routing/app-mesh/index.js';
import { type FakeAppMesh, seedHttp2RouteSpec, seedMesh } from './fake-app-mesh.js';

const meshMock = mockClient(AppMeshClient);
let fake: FakeAppMesh;

beforeEach(() => {
  meshMock.reset();
  fake = seedMesh(seedHttp2RouteSpec());
  fake.install(meshMock);
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
const nodes = ['--stable-node', 'serviceB', '--canary-node', 'serviceBv2'];

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
