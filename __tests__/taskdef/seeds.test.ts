import { describe, expect, it } from '@jest/globals';
import {
  envoyImageVersion,
  parseTaskDefinition,
  type RenderOptions,
  renderTaskDefinition,
} from '../../src/taskdef/index.js';
import { appOnly, canonical, fixture, type Json } from './support.js';

const seedOptions: RenderOptions = {
  region: 'us-west-2',
  account: '123456789012',
  mesh: 'apps',
  virtualNode: 'serviceB',
  appPorts: [9080],
  egressIgnoredPorts: [22],
};

const seeds = [
  { file: 'seed-taskB-fargate.json', options: { envoyMemory: 500 } },
  {
    file: 'seed-taskB-fargate-xray.json',
    options: { envoyMemory: 500, enableXray: true, xrayImage: 'amazon/aws-xray-daemon' },
  },
  { file: 'seed-taskB-ec2.json', options: {} },
  { file: 'seed-taskB-ec2-xray.json', options: { enableXray: true, xrayImage: 'amazon/aws-xray-daemon' } },
];

/** The seed's own output with only the Envoy image tag (and, for 'arn', the node identity) brought up to date. */
function expectedFrom(seed: Json, identity: { name: string; value: string } | undefined): Json {
  const expected = structuredClone(seed);
  const envoy = expected.containerDefinitions.find((container: Json) => container.name === 'envoy');
  const [repository, seedTag] = envoy.image.split(':');
  expect(seedTag).not.toBe(envoyImageVersion);
  envoy.image = `${repository}:${envoyImageVersion}`;
  if (identity) {
    const variable = envoy.environment.find((entry: Json) => entry.name === 'APPMESH_VIRTUAL_NODE_NAME');
    expect(variable.value).toBe('mesh/apps/virtualNode/serviceB');
    variable.name = identity.name;
    variable.value = identity.value;
  }
  return canonical(expected);
}

describe.each(seeds)('getting-started guide, $file', ({ file, options }) => {
  const seed = fixture(file);
  const input = parseTaskDefinition(JSON.stringify(appOnly(seed)));

  it('renders the app-only task definition into the guide own augmented one (legacy node name)', () => {
    const rendered = renderTaskDefinition(input, { ...seedOptions, ...options, nodeIdentity: 'name' });
    expect(canonical(rendered)).toEqual(expectedFrom(seed, undefined));
  });

  it('differs only by APPMESH_RESOURCE_ARN with the default node identity', () => {
    const rendered = renderTaskDefinition(input, { ...seedOptions, ...options });
    expect(canonical(rendered)).toEqual(
      expectedFrom(seed, {
        name: 'APPMESH_RESOURCE_ARN',
        value: 'arn:aws:appmesh:us-west-2:123456789012:mesh/apps/virtualNode/serviceB',
      }),
    );
  });

  it('leaves the already augmented seed as it is, but for the image and identity', () => {
    const rendered = renderTaskDefinition(parseTaskDefinition(JSON.stringify(seed)), {
      ...seedOptions,
      ...options,
      nodeIdentity: 'name',
    });
    expect(canonical(rendered)).toEqual(expectedFrom(seed, undefined));
  });
});

describe('App Mesh workshop, crystal sidecar step', () => {
  const described = fixture('crystal-describe-task-definition.json');
  const options: RenderOptions = {
    region: 'us-west-2',
    account: '123456789012',
    mesh: 'appmesh-workshop',
    virtualNode: 'crystal-lb-blue',
    nodeIdentity: 'name',
  };

  /** The workshop's jq pipeline, step by step, on the describe-task-definition output. */
  function workshopJq(envoyImage: string): Json {
    const taskDefinition = structuredClone(described.taskDefinition);
    taskDefinition.containerDefinitions.push({
      environment: [
        { name: 'APPMESH_VIRTUAL_NODE_NAME', value: 'mesh/appmesh-workshop/virtualNode/crystal-lb-blue' },
      ],
      image: envoyImage,
      healthCheck: {
        retries: 3,
        command: ['CMD-SHELL', 'curl -s http://localhost:9901/server_info | grep state | grep -q LIVE'],
        timeout: 2,
        interval: 5,
        startPeriod: 10,
      },
      essential: true,
      user: '1337',
      name: 'envoy',
    });
    taskDefinition.containerDefinitions[0].dependsOn = [{ containerName: 'envoy', condition: 'HEALTHY' }];
    taskDefinition.proxyConfiguration = {
      type: 'APPMESH',
      containerName: 'envoy',
      properties: [
        { name: 'IgnoredUID', value: '1337' },
        { name: 'ProxyIngressPort', value: '15000' },
        { name: 'ProxyEgressPort', value: '15001' },
        { name: 'AppPorts', value: '3000' },
        { name: 'EgressIgnoredIPs', value: '169.254.170.2,169.254.169.254' },
      ],
    };
    for (const field of [
      'status',
      'compatibilities',
      'taskDefinitionArn',
      'requiresAttributes',
      'revision',
    ]) {
      delete taskDefinition[field];
    }
    // The workshop predates these describe fields; RegisterTaskDefinition rejects them too.
    delete taskDefinition.registeredAt;
    delete taskDefinition.registeredBy;
    return taskDefinition;
  }

  it('renders what the jq pipeline builds, with the current Envoy image and AppPorts from the container', () => {
    const rendered = renderTaskDefinition(parseTaskDefinition(JSON.stringify(described)), options);
    const seedImage = '840364872350.dkr.ecr.us-west-2.amazonaws.com/aws-appmesh-envoy:v1.11.2.0-prod';
    expect(rendered.containerDefinitions.find((container) => container.name === 'envoy')?.image).toBe(
      seedImage.replace('v1.11.2.0-prod', envoyImageVersion),
    );
    expect(canonical(rendered)).toEqual(
      canonical(workshopJq(seedImage.replace('v1.11.2.0-prod', envoyImageVersion))),
    );
  });

  it('gives the same with AppPorts 3000 stated explicitly', () => {
    const input = parseTaskDefinition(JSON.stringify(described));
    expect(renderTaskDefinition(input, { ...options, appPorts: [3000] })).toEqual(
      renderTaskDefinition(input, options),
    );
  });
});
