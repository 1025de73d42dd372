import { describe, expect, it } from '@jest/globals';
import { parseTaskDefinition, type RenderOptions, renderTaskDefinition } from '../../src/taskdef/index.js';
import { appOnly, fixture, inputErrorOf, type Json } from './support.js';

const options: RenderOptions = {
  region: 'us-west-2',
  account: '123456789012',
  mesh: 'apps',
  virtualNode: 'serviceB',
};
const fargateApp = appOnly(fixture('seed-taskB-fargate.json'));

function withChanges(change: (taskDefinition: Json) => void): string {
  const copy = structuredClone(fargateApp);
  change(copy);
  return JSON.stringify(copy);
}

const secondApp = { name: 'api', image: 'api:1', essential: true, portMappings: [{ containerPort: 9000 }] };

/** [case, task definition text, options, input named, what the message tells the user to do] */
const cases: [string, string, Partial<RenderOptions>, string, RegExp][] = [
  [
    'invalid JSON',
    '{"family": "taskB",',
    {},
    'task-definition',
    /not valid JSON .*Give an ECS task definition JSON/,
  ],
  [
    'a JSON array',
    '[{"family": "taskB"}]',
    {},
    'task-definition',
    /must be a JSON object.*Give an ECS task definition/,
  ],
  ['no containerDefinitions', '{"family": "taskB"}', {}, 'task-definition', /Add the list of containers/],
  ['no family', withChanges((td) => delete td.family), {}, 'task-definition', /Add "family"/],
  [
    'a container-name that names no container',
    JSON.stringify(fargateApp),
    { containerName: 'web' },
    'container-name',
    /no container named "web".*set it to one of: appName/,
  ],
  [
    'a container-name naming the Envoy sidecar',
    JSON.stringify(fixture('seed-taskB-fargate.json')),
    { containerName: 'envoy' },
    'container-name',
    /"envoy" is the name of a sidecar.*set it to the app container/,
  ],
  [
    'two candidate app containers',
    withChanges((td) => td.containerDefinitions.push(secondApp)),
    {},
    'container-name',
    /several essential containers \(appName, api\); set container-name/,
  ],
  [
    'no candidate app container',
    withChanges((td) => {
      td.containerDefinitions[0].essential = false;
    }),
    {},
    'container-name',
    /no essential app container.*set container-name/,
  ],
  [
    'bridge network mode',
    withChanges((td) => {
      td.networkMode = 'bridge';
    }),
    {},
    'task-definition',
    /"bridge", but App Mesh on ECS needs "awsvpc"\. Set "networkMode": "awsvpc"/,
  ],
  [
    'no network mode',
    withChanges((td) => delete td.networkMode),
    {},
    'task-definition',
    /unset \(bridge\).*Set "networkMode": "awsvpc"/,
  ],
  [
    'Fargate without task-level cpu',
    withChanges((td) => delete td.cpu),
    {},
    'task-definition',
    /FARGATE, which needs task-level "cpu" and "memory"\. Add them/,
  ],
  [
    'Fargate without task-level memory',
    withChanges((td) => delete td.memory),
    {},
    'task-definition',
    /FARGATE, which needs task-level "cpu" and "memory"\. Add them/,
  ],
  [
    'a non-numeric container memory string',
    withChanges((td) => {
      td.containerDefinitions[0].memory = '512 MiB';
    }),
    {},
    'task-definition',
    /container "appName" memory must be a whole number.*"512 MiB"\. Fix it in the task definition/,
  ],
  [
    'an EC2 container without memory in a task without memory',
    withChanges((td) => {
      td.requiresCompatibilities = ['EC2'];
      delete td.memory;
    }),
    {},
    'task-definition',
    /container "appName" sets neither memory nor memoryReservation.*Add "memoryReservation"/,
  ],
  [
    'an app container without image',
    withChanges((td) => delete td.containerDefinitions[0].image),
    {},
    'image',
    /app container "appName" has no image\. Set image/,
  ],
  [
    'an app container without ports',
    withChanges((td) => delete td.containerDefinitions[0].portMappings),
    {},
    'app-ports',
    /Set app-ports to the ports the app listens on/,
  ],
  [
    'an app container on an Envoy port',
    withChanges((td) => {
      td.containerDefinitions[0].portMappings[0].containerPort = 15001;
    }),
    {},
    'app-ports',
    /must not include 15001.*Move the app to another port/,
  ],
  ['app port 0', JSON.stringify(fargateApp), { appPorts: [0] }, 'app-ports', /from 1 to 65535; got 0\. Fix/],
  ['app port 70000', JSON.stringify(fargateApp), { appPorts: [9080, 70000] }, 'app-ports', /got 70000\. Fix/],
  [
    'app port 15000',
    JSON.stringify(fargateApp),
    { appPorts: [15000] },
    'app-ports',
    /Move the app to another port/,
  ],
  [
    'egress ignored port 65536',
    JSON.stringify(fargateApp),
    { egressIgnoredPorts: [22, 65536] },
    'egress-ignored-ports',
    /from 1 to 65535; got 65536\. Fix/,
  ],
  [
    'an egress ignored IP that is no address',
    JSON.stringify(fargateApp),
    { egressIgnoredIps: ['169.254.170.2', 'metadata'] },
    'egress-ignored-ips',
    /"metadata" is not an IP address.*list addresses/,
  ],
  [
    'an unknown region without envoy-image',
    JSON.stringify(fargateApp),
    { region: 'xx-moon-1' },
    'envoy-image',
    /region "xx-moon-1"\. Set envoy-image/,
  ],
  [
    'a malformed region without envoy-image',
    JSON.stringify(fargateApp),
    { region: 'Oregon' },
    'envoy-image',
    /Set envoy-image/,
  ],
  [
    'a malformed region for the node ARN',
    JSON.stringify(fargateApp),
    { region: 'Oregon', envoyImage: 'mirror/envoy:1' },
    'region',
    /set a region such as us-west-2/,
  ],
  [
    'an envoy image with spaces',
    JSON.stringify(fargateApp),
    { envoyImage: 'envoy latest' },
    'envoy-image',
    /without spaces/,
  ],
  [
    'an 11-digit account',
    JSON.stringify(fargateApp),
    { account: '12345678901' },
    'account',
    /must be the 12-digit ID/,
  ],
  [
    'an account alias',
    JSON.stringify(fargateApp),
    { account: 'prod' },
    'account',
    /12-digit ID of the account that owns/,
  ],
  [
    'a virtual node name with a slash',
    JSON.stringify(fargateApp),
    { virtualNode: 'mesh/apps/serviceB' },
    'virtual-node',
    /must be the name of the virtual node: 1 to 255 letters, digits/,
  ],
  ['an empty mesh name', JSON.stringify(fargateApp), { mesh: '' }, 'mesh', /must be the name of the mesh/],
  [
    'a mesh name of 256 characters',
    JSON.stringify(fargateApp),
    { mesh: 'm'.repeat(256) },
    'mesh',
    /1 to 255/,
  ],
  [
    'a negative ignored UID',
    JSON.stringify(fargateApp),
    { ignoredUid: -1 },
    'ignored-uid',
    /whole number from 0/,
  ],
  [
    'a fractional ignored UID',
    JSON.stringify(fargateApp),
    { ignoredUid: 1.5 },
    'ignored-uid',
    /whole number from 0/,
  ],
  ['2 MiB for Envoy', JSON.stringify(fargateApp), { envoyMemory: 2 }, 'envoy-memory', /of at least 6; got 2/],
  [
    'an unknown node identity',
    JSON.stringify(fargateApp),
    { nodeIdentity: 'id' as 'arn' },
    'envoy-node-identity',
    /must be arn or name/,
  ],
];

describe('bad input is refused before anything is rendered', () => {
  it.each(cases)('%s', (_case, text, overrides, input, message) => {
    const error = inputErrorOf(() =>
      renderTaskDefinition(parseTaskDefinition(text), { ...options, ...overrides }),
    );
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`input "${input}": `)).toBe(true);
  });

  it('renders the unchanged base of every case, so each case fails for its own reason', () => {
    expect(() =>
      renderTaskDefinition(parseTaskDefinition(JSON.stringify(fargateApp)), options),
    ).not.toThrow();
  });
});
