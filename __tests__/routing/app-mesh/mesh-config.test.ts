import { describe, expect, it } from '@jest/globals';
import { readerOf } from '../../../src/config/inputs.js';
import { canaryPercentSetting, meshLocationSettings, meshSettings } from '../../../src/config/mesh.js';
import { InputError } from '../../../src/errors.js';
import { seedInputs } from './helpers.js';

const settings = (inputs: Record<string, string>) => meshSettings(readerOf({ ...seedInputs, ...inputs }));

describe('meshSettings', () => {
  it('reads the seed inputs, with every route by default', () => {
    expect(settings({})).toEqual({
      mesh: 'apps',
      meshOwner: undefined,
      virtualRouter: 'serviceB',
      routes: [],
      stableNode: 'serviceB',
      canaryNode: 'serviceBv2',
      createCanaryNode: false,
      canaryDiscovery: undefined,
    });
  });

  it('reads a route list, a mesh owner and DNS discovery for a created canary node', () => {
    expect(
      settings({
        route: 'serviceB, serviceB-grpc\nserviceB-tcp',
        'mesh-owner': '111122223333',
        'create-canary-node': 'true',
        'canary-dns-hostname': 'serviceBv2.apps.local',
      }),
    ).toMatchObject({
      routes: ['serviceB', 'serviceB-grpc', 'serviceB-tcp'],
      meshOwner: '111122223333',
      createCanaryNode: true,
      canaryDiscovery: { kind: 'dns', hostname: 'serviceBv2.apps.local' },
    });
  });

  it('reads Cloud Map discovery with attributes', () => {
    expect(
      settings({
        'create-canary-node': 'yes',
        'canary-cloud-map-service': 'serviceBv2',
        'canary-cloud-map-attributes': 'ECS_TASK_DEFINITION_FAMILY=taskBv2, stage=canary',
      }).canaryDiscovery,
    ).toEqual({
      kind: 'cloud-map',
      serviceName: 'serviceBv2',
      attributes: [
        { key: 'ECS_TASK_DEFINITION_FAMILY', value: 'taskBv2' },
        { key: 'stage', value: 'canary' },
      ],
    });
  });

  it.each([
    [{ mesh: '' }, 'mesh', 'is required'],
    [{ 'virtual-router': '' }, 'virtual-router', 'is required'],
    [{ 'stable-node': '' }, 'stable-node', 'is required'],
    [{ 'canary-node': 'serviceB' }, 'canary-node', 'must differ from stable-node (both are "serviceB")'],
    [{ route: ' , ' }, 'route', 'lists no route name'],
    [{ route: 'a,b,a' }, 'route', 'names route "a" twice'],
    [{ route: 'a b' }, 'route', '"a b" is not an App Mesh resource name'],
    [{ mesh: 'apps/prod' }, 'mesh', '"apps/prod" is not an App Mesh resource name'],
    [{ 'mesh-owner': '1234' }, 'mesh-owner', 'must be a 12-digit AWS account ID'],
    [{ 'create-canary-node': 'maybe' }, 'create-canary-node', 'must be true or false'],
    [{ 'create-canary-node': 'true' }, 'create-canary-node', "needs the canary's own service discovery"],
    [
      { 'canary-dns-hostname': 'b2.apps.local' },
      'canary-dns-hostname',
      'is only used with create-canary-node: true',
    ],
    [
      {
        'create-canary-node': 'true',
        'canary-dns-hostname': 'b2.apps.local',
        'canary-cloud-map-service': 'b2',
      },
      'canary-dns-hostname',
      'and canary-cloud-map-service exclude each other',
    ],
    [
      { 'create-canary-node': 'true', 'canary-dns-hostname': 'not a host' },
      'canary-dns-hostname',
      '"not a host" is not a DNS hostname',
    ],
    [
      {
        'create-canary-node': 'true',
        'canary-cloud-map-service': 'b2',
        'canary-cloud-map-attributes': 'stage',
      },
      'canary-cloud-map-attributes',
      '"stage" is not key=value',
    ],
    [
      {
        'create-canary-node': 'true',
        'canary-dns-hostname': 'b2.apps.local',
        'canary-cloud-map-namespace': 'apps.local',
      },
      'canary-cloud-map-namespace',
      'is only used with canary-cloud-map-service',
    ],
  ])('refuses %j', (inputs, input, message) => {
    const parse = () => settings(inputs);
    expect(parse).toThrow(InputError);
    expect(parse).toThrow(`input "${input}": ${message}`);
  });
});

describe('meshLocationSettings', () => {
  it('needs no nodes', () => {
    expect(meshLocationSettings(readerOf({ mesh: 'apps', 'virtual-router': 'serviceB' }))).toEqual({
      mesh: 'apps',
      meshOwner: undefined,
      virtualRouter: 'serviceB',
      routes: [],
    });
  });
});

describe('canaryPercentSetting', () => {
  it.each([
    ['150', 'must be a whole number from 0 to 100; got 150.'],
    ['-1', 'must be a whole number from 0 to 100; got -1.'],
    ['33.3', 'must be a whole number from 0 to 100; got "33.3".'],
    ['ten', 'must be a whole number from 0 to 100; got "ten".'],
    ['', 'is required'],
  ])('refuses %p', (value, message) => {
    expect(() => canaryPercentSetting(readerOf({ 'canary-percent': value }))).toThrow(
      `input "canary-percent": ${message}`,
    );
  });

  it('reads 0, 25 and 100', () => {
    for (const value of [0, 25, 100])
      expect(canaryPercentSetting(readerOf({ 'canary-percent': value }))).toBe(value);
  });
});
