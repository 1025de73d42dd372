import {
  AppMeshClient,
  CreateVirtualNodeCommand,
  DescribeVirtualNodeCommand,
  UpdateVirtualNodeCommand,
  type VirtualNodeSpec,
} from '@aws-sdk/client-app-mesh';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { InputError } from '../../../src/errors.js';
import { MeshResourceNotFoundError } from '../../../src/routing/app-mesh/index.js';
import { type FakeAppMesh, seedMesh } from './fake-app-mesh.js';
import { routerOf } from './helpers.js';

const meshMock = mockClient(AppMeshClient);
let fake: FakeAppMesh;

const stableSpec: VirtualNodeSpec = {
  listeners: [
    {
      portMapping: { port: 80, protocol: 'http2' },
      healthCheck: {
        protocol: 'http2',
        path: '/ping',
        healthyThreshold: 2,
        unhealthyThreshold: 3,
        intervalMillis: 5000,
        timeoutMillis: 2000,
      },
      tls: {
        mode: 'STRICT',
        certificate: { acm: { certificateArn: 'arn:aws:acm:us-west-2:123456789012:certificate/abc' } },
      },
      timeout: { http2: { perRequest: { unit: 's', value: 10 } } },
    },
  ],
  backends: [{ virtualService: { virtualServiceName: 'servicec.apps.local' } }],
  backendDefaults: {
    clientPolicy: {
      tls: {
        enforce: true,
        validation: { trust: { acm: { certificateAuthorityArns: ['arn:aws:acm-pca:ca'] } } },
      },
    },
  },
  logging: { accessLog: { file: { path: '/dev/stdout' } } },
  serviceDiscovery: {
    dns: { hostname: 'serviceB.apps.local', responseType: 'ENDPOINTS', ipPreference: 'IPv4_ONLY' },
  },
};

const creating = { 'create-canary-node': 'true', 'canary-dns-hostname': 'serviceBv2.apps.local' };

beforeEach(() => {
  meshMock.reset();
  fake = seedMesh().addNode('apps', 'serviceB', stableSpec);
  fake.nodes.delete('apps/serviceBv2');
  fake.install(meshMock);
});

describe('ensureCanaryNode', () => {
  it("creates the canary from the stable node's spec with its own DNS name", async () => {
    const result = await routerOf({ ...creating, 'mesh-owner': '111122223333' }).ensureCanaryNode();

    expect(result).toEqual({ created: true });
    const { serviceDiscovery, ...copied } = stableSpec;
    expect(meshMock).toHaveReceivedCommandWith(CreateVirtualNodeCommand, {
      meshName: 'apps',
      meshOwner: '111122223333',
      virtualNodeName: 'serviceBv2',
      spec: {
        ...copied,
        serviceDiscovery: {
          dns: { hostname: 'serviceBv2.apps.local', responseType: 'ENDPOINTS', ipPreference: 'IPv4_ONLY' },
        },
      },
    });
    const token = meshMock.commandCalls(CreateVirtualNodeCommand)[0]!.args[0].input.clientToken;
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("uses Cloud Map with the stable node's namespace by default", async () => {
    fake.addNode('apps', 'serviceB', {
      ...stableSpec,
      serviceDiscovery: {
        awsCloudMap: {
          namespaceName: 'apps.local',
          serviceName: 'serviceB',
          attributes: [{ key: 'ECS_TASK_DEFINITION_FAMILY', value: 'taskB' }],
        },
      },
    });

    await routerOf({
      'create-canary-node': 'true',
      'canary-cloud-map-service': 'serviceBv2',
      'canary-cloud-map-attributes': 'stage=canary',
    }).ensureCanaryNode();

    const created = meshMock.commandCalls(CreateVirtualNodeCommand)[0]!.args[0].input.spec;
    expect(created?.serviceDiscovery).toEqual({
      awsCloudMap: {
        namespaceName: 'apps.local',
        serviceName: 'serviceBv2',
        attributes: [{ key: 'stage', value: 'canary' }],
      },
    });
    expect(created?.listeners).toEqual(stableSpec.listeners);
  });

  it('never modifies an existing canary node', async () => {
    fake.addNode('apps', 'serviceBv2', { listeners: [] });

    expect(await routerOf(creating).ensureCanaryNode()).toEqual({ created: false });
    expect(meshMock).not.toHaveReceivedCommand(CreateVirtualNodeCommand);
    expect(meshMock).not.toHaveReceivedCommand(UpdateVirtualNodeCommand);
    expect(meshMock.commandCalls(DescribeVirtualNodeCommand)).toHaveLength(1);
  });

  it('refuses to create a missing node unless create-canary-node is set', async () => {
    const ensure = routerOf().ensureCanaryNode();

    await expect(ensure).rejects.toThrow(MeshResourceNotFoundError);
    await expect(ensure).rejects.toThrow(
      'virtual node serviceBv2 not found in mesh apps; create it, or set create-canary-node: true',
    );
    expect(meshMock).not.toHaveReceivedCommand(CreateVirtualNodeCommand);
  });

  it.each([
    [
      { 'canary-dns-hostname': 'serviceb.apps.local' },
      'input "canary-dns-hostname": is the stable node\'s own hostname',
    ],
    [
      { 'canary-cloud-map-service': 'serviceBv2' },
      'input "canary-cloud-map-namespace": is required: the stable node does not use Cloud Map',
    ],
  ])('refuses discovery that cannot work: %j', async (discovery, message) => {
    const ensure = routerOf({ 'create-canary-node': 'true', ...discovery }).ensureCanaryNode();

    await expect(ensure).rejects.toThrow(InputError);
    await expect(ensure).rejects.toThrow(message);
    expect(meshMock).not.toHaveReceivedCommand(CreateVirtualNodeCommand);
  });

  it('lets the pre-flight pass while the canary node is still to be created', async () => {
    const router = routerOf(creating);
    const snapshot = await router.snapshot();
    await router.ensureCanaryNode();

    expect(snapshot.routes.map((route) => route.routeName)).toEqual(['serviceB']);
    expect(fake.nodes.has('apps/serviceBv2')).toBe(true);
  });
});
