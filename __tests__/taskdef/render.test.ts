import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { describe, expect, it } from '@jest/globals';
import {
  envoyImageFor,
  envoyImageVersion,
  parseTaskDefinition,
  type RenderOptions,
  renderTaskDefinition,
  resolveAppContainer,
  type TaskDefinitionDocument,
} from '../../src/taskdef/index.js';
import {
  appOnly,
  containerNamed,
  deepFreeze,
  fixture,
  fixtureText,
  inputErrorOf,
  proxyProperty,
} from './support.js';

const options: RenderOptions = {
  region: 'us-west-2',
  account: '123456789012',
  mesh: 'apps',
  virtualNode: 'serviceB',
};

function taskDefinition(containers: ContainerDefinition[], extra: Partial<TaskDefinitionDocument> = {}) {
  return deepFreeze<TaskDefinitionDocument>({
    family: 'taskB',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '512',
    memory: '1024',
    containerDefinitions: containers,
    ...extra,
  });
}

const app: ContainerDefinition = {
  name: 'app',
  image: 'app:1',
  essential: true,
  portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
};

describe('envoyImageFor', () => {
  it.each([
    ['us-west-2', `840364872350.dkr.ecr.us-west-2.amazonaws.com/aws-appmesh-envoy:${envoyImageVersion}`],
    [
      'eu-central-1',
      `840364872350.dkr.ecr.eu-central-1.amazonaws.com/aws-appmesh-envoy:${envoyImageVersion}`,
    ],
    ['me-south-1', `772975370895.dkr.ecr.me-south-1.amazonaws.com/aws-appmesh-envoy:${envoyImageVersion}`],
    ['ap-east-1', `856666278305.dkr.ecr.ap-east-1.amazonaws.com/aws-appmesh-envoy:${envoyImageVersion}`],
    [
      'ap-southeast-3',
      `909464085924.dkr.ecr.ap-southeast-3.amazonaws.com/aws-appmesh-envoy:${envoyImageVersion}`,
    ],
    ['eu-south-1', `422531588944.dkr.ecr.eu-south-1.amazonaws.com/aws-appmesh-envoy:${envoyImageVersion}`],
    [
      'il-central-1',
      `564877687649.dkr.ecr.il-central-1.amazonaws.com/aws-appmesh-envoy:${envoyImageVersion}`,
    ],
    ['af-south-1', `924023996002.dkr.ecr.af-south-1.amazonaws.com/aws-appmesh-envoy:${envoyImageVersion}`],
    ['cn-north-1', `919366029133.dkr.ecr.cn-north-1.amazonaws.com.cn/aws-appmesh-envoy:${envoyImageVersion}`],
    [
      'cn-northwest-1',
      `919366029133.dkr.ecr.cn-northwest-1.amazonaws.com.cn/aws-appmesh-envoy:${envoyImageVersion}`,
    ],
  ])('knows the image of %s', (region, image) => {
    expect(envoyImageFor(region)).toBe(image);
  });

  it.each(['us-gov-west-1', 'ap-south-2', 'mars-1', ''])('asks for envoy-image in %j', (region) => {
    const error = inputErrorOf(() => envoyImageFor(region));
    expect(error.input).toBe('envoy-image');
    expect(error.message).toMatch(/Set envoy-image/);
  });
});

describe('node identity', () => {
  const input = taskDefinition([app]);

  it('uses the partition of the region in the node ARN', () => {
    const china = renderTaskDefinition(input, { ...options, region: 'cn-north-1' });
    expect(containerNamed(china, 'envoy').environment).toEqual([
      {
        name: 'APPMESH_RESOURCE_ARN',
        value: 'arn:aws-cn:appmesh:cn-north-1:123456789012:mesh/apps/virtualNode/serviceB',
      },
    ]);
    const govCloud = renderTaskDefinition(input, {
      ...options,
      region: 'us-gov-west-1',
      envoyImage: 'mirror/envoy:1',
    });
    expect(containerNamed(govCloud, 'envoy')).toMatchObject({
      image: 'mirror/envoy:1',
      environment: [
        {
          name: 'APPMESH_RESOURCE_ARN',
          value: 'arn:aws-us-gov:appmesh:us-gov-west-1:123456789012:mesh/apps/virtualNode/serviceB',
        },
      ],
    });
  });

  it('switches an existing Envoy from the node name to the ARN of another node, keeping other variables', () => {
    const envoy: ContainerDefinition = {
      name: 'envoy',
      image: 'old-envoy',
      environment: [
        { name: 'ENVOY_LOG_LEVEL', value: 'debug' },
        { name: 'APPMESH_VIRTUAL_NODE_NAME', value: 'mesh/apps/virtualNode/serviceB' },
        {
          name: 'APPMESH_RESOURCE_ARN',
          value: 'arn:aws:appmesh:us-west-2:123456789012:mesh/apps/virtualNode/x',
        },
      ],
    };
    const rendered = renderTaskDefinition(taskDefinition([app, envoy]), {
      ...options,
      virtualNode: 'serviceBv2',
    });
    expect(containerNamed(rendered, 'envoy').environment).toEqual([
      {
        name: 'APPMESH_RESOURCE_ARN',
        value: 'arn:aws:appmesh:us-west-2:123456789012:mesh/apps/virtualNode/serviceBv2',
      },
      { name: 'ENVOY_LOG_LEVEL', value: 'debug' },
    ]);
  });
});

describe('the Envoy container', () => {
  it('updates an existing envoy in place, never adding a second one, and keeps its other settings', () => {
    const envoy: ContainerDefinition = {
      name: 'envoy',
      image: 'old-envoy',
      essential: false,
      user: '0',
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'envoy' } },
      healthCheck: { command: ['CMD', 'true'] },
      memory: 300,
    };
    const rendered = renderTaskDefinition(taskDefinition([envoy, app]), options);
    expect(rendered.containerDefinitions.map((container) => container.name)).toEqual(['envoy', 'app']);
    expect(containerNamed(rendered, 'envoy')).toEqual({
      name: 'envoy',
      image: envoyImageFor('us-west-2'),
      essential: true,
      user: '1337',
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'envoy' } },
      healthCheck: {
        command: ['CMD-SHELL', 'curl -s http://localhost:9901/server_info | grep state | grep -q LIVE'],
        startPeriod: 10,
        interval: 5,
        timeout: 2,
        retries: 3,
      },
      memory: 300,
      environment: [
        {
          name: 'APPMESH_RESOURCE_ARN',
          value: 'arn:aws:appmesh:us-west-2:123456789012:mesh/apps/virtualNode/serviceB',
        },
      ],
    });
  });

  it('reserves 256 MiB for Envoy when the task has no task-level memory', () => {
    const input = taskDefinition([{ ...app, memoryReservation: 128 }], {
      requiresCompatibilities: ['EC2'],
      cpu: undefined,
      memory: undefined,
    });
    const envoy = containerNamed(renderTaskDefinition(input, options), 'envoy');
    expect(envoy.memoryReservation).toBe(256);
    expect(envoy.memory).toBeUndefined();
    const sized = containerNamed(
      renderTaskDefinition(input, { ...options, envoyMemory: 300, envoyCpu: 128 }),
      'envoy',
    );
    expect(sized).toMatchObject({ memory: 300, memoryReservation: 300, cpu: 128 });
  });

  it('sizes Envoy only as asked when the task has memory, lowering a reservation above the new limit', () => {
    const plain = containerNamed(renderTaskDefinition(taskDefinition([app]), options), 'envoy');
    expect(plain).not.toHaveProperty('memory');
    expect(plain).not.toHaveProperty('memoryReservation');
    expect(plain).not.toHaveProperty('cpu');
    const envoy: ContainerDefinition = { name: 'envoy', memoryReservation: 512, cpu: 256 };
    const sized = containerNamed(
      renderTaskDefinition(taskDefinition([app, envoy]), { ...options, envoyMemory: 384 }),
      'envoy',
    );
    expect(sized).toMatchObject({ memory: 384, memoryReservation: 384, cpu: 256 });
  });
});

describe('the proxy configuration', () => {
  it('sets our properties, keeps the user ones we do not own, and never writes an empty value', () => {
    const input = taskDefinition([app], {
      proxyConfiguration: {
        type: 'APPMESH',
        containerName: 'sidecar',
        properties: [
          { name: 'IgnoredGID', value: '1338' },
          { name: 'AppPorts', value: '1' },
          { name: 'EgressIgnoredPorts', value: '' },
        ],
      },
    });
    const rendered = renderTaskDefinition(input, {
      ...options,
      ignoredUid: 2000,
      egressIgnoredIps: ['10.0.0.0/8'],
    });
    expect(rendered.proxyConfiguration).toEqual({
      type: 'APPMESH',
      containerName: 'envoy',
      properties: [
        { name: 'IgnoredUID', value: '2000' },
        { name: 'ProxyIngressPort', value: '15000' },
        { name: 'ProxyEgressPort', value: '15001' },
        { name: 'AppPorts', value: '8080' },
        { name: 'EgressIgnoredIPs', value: '10.0.0.0/8' },
        { name: 'IgnoredGID', value: '1338' },
      ],
    });
    expect(containerNamed(rendered, 'envoy').user).toBe('2000');
  });

  it('lists every app port of the container, once, and the ignored ports when given', () => {
    const input = taskDefinition([
      {
        ...app,
        portMappings: [
          { containerPort: 8080, protocol: 'tcp' },
          { containerPort: 8080, protocol: 'udp' },
          { containerPort: 9090 },
        ],
      },
    ]);
    const rendered = renderTaskDefinition(input, { ...options, egressIgnoredPorts: [22, 3306] });
    expect(proxyProperty(rendered, 'AppPorts')).toBe('8080,9090');
    expect(proxyProperty(rendered, 'EgressIgnoredPorts')).toBe('22,3306');
    expect(proxyProperty(renderTaskDefinition(input, options), 'EgressIgnoredPorts')).toBeUndefined();
  });
});

describe('start-up order', () => {
  it('merges Envoy HEALTHY into the app dependencies, turning an existing Envoy dependency into HEALTHY', () => {
    const input = taskDefinition([
      {
        ...app,
        dependsOn: [
          { containerName: 'migrate', condition: 'SUCCESS' },
          { containerName: 'envoy', condition: 'START' },
          { containerName: 'envoy', condition: 'HEALTHY' },
        ],
      },
      { name: 'migrate', image: 'migrate:1', essential: false },
    ]);
    const rendered = renderTaskDefinition(input, options);
    expect(containerNamed(rendered, 'app').dependsOn).toEqual([
      { containerName: 'migrate', condition: 'SUCCESS' },
      { containerName: 'envoy', condition: 'HEALTHY' },
    ]);
  });

  it('makes containers that go through the proxy wait for Envoy, but not log routers, the ignored UID or Envoy prerequisites', () => {
    const input = taskDefinition([
      app,
      { name: 'worker', image: 'worker:1', essential: false },
      {
        name: 'log_router',
        image: 'fluent-bit',
        essential: true,
        firelensConfiguration: { type: 'fluentbit' },
      },
      { name: 'agent', image: 'agent:1', essential: false, user: '1337:1337' },
      { name: 'config', image: 'config:1', essential: false },
      { name: 'envoy', image: 'e', dependsOn: [{ containerName: 'config', condition: 'COMPLETE' }] },
    ]);
    const rendered = renderTaskDefinition(input, options);
    const waiting = rendered.containerDefinitions
      .filter((container) => container.dependsOn?.some((dependency) => dependency.containerName === 'envoy'))
      .map((container) => container.name);
    expect(waiting).toEqual(['app', 'worker']);
    expect(containerNamed(rendered, 'envoy').dependsOn).toEqual([
      { containerName: 'config', condition: 'COMPLETE' },
    ]);
  });
});

describe('the X-Ray daemon', () => {
  const userDaemon: ContainerDefinition = {
    name: 'xray-daemon',
    image: 'my/xray:1',
    user: '0',
    memory: 64,
    logConfiguration: { logDriver: 'awslogs' },
    portMappings: [{ containerPort: 2000, protocol: 'tcp' }],
  };

  it('adds the daemon once with the public image by default', () => {
    const rendered = renderTaskDefinition(taskDefinition([app]), { ...options, enableXray: true });
    expect(rendered.containerDefinitions.map((container) => container.name)).toEqual([
      'app',
      'envoy',
      'xray-daemon',
    ]);
    expect(containerNamed(rendered, 'xray-daemon')).toEqual({
      name: 'xray-daemon',
      image: 'public.ecr.aws/xray/aws-xray-daemon:3.x',
      user: '1337',
      essential: true,
      cpu: 32,
      memoryReservation: 256,
      portMappings: [{ containerPort: 2000, protocol: 'udp' }],
    });
    expect(containerNamed(rendered, 'envoy').environment).toContainEqual({
      name: 'ENABLE_ENVOY_XRAY_TRACING',
      value: '1',
    });
  });

  it('updates a daemon the user wrote in place, keeping its image, sizes and logging', () => {
    const rendered = renderTaskDefinition(taskDefinition([userDaemon, app]), {
      ...options,
      enableXray: true,
    });
    expect(rendered.containerDefinitions.map((container) => container.name)).toEqual([
      'xray-daemon',
      'app',
      'envoy',
    ]);
    expect(containerNamed(rendered, 'xray-daemon')).toEqual({
      name: 'xray-daemon',
      image: 'my/xray:1',
      user: '1337',
      essential: true,
      cpu: 32,
      memory: 64,
      logConfiguration: { logDriver: 'awslogs' },
      portMappings: [
        { containerPort: 2000, protocol: 'tcp' },
        { containerPort: 2000, protocol: 'udp' },
      ],
    });
  });

  it('leaves a daemon the user wrote alone when X-Ray is not enabled', () => {
    const rendered = renderTaskDefinition(taskDefinition([app, userDaemon]), options);
    expect(containerNamed(rendered, 'xray-daemon')).toEqual(userDaemon);
    expect(containerNamed(rendered, 'envoy').environment?.map((variable) => variable.name)).toEqual([
      'APPMESH_RESOURCE_ARN',
    ]);
  });
});

describe('renderTaskDefinition', () => {
  it('sets the image of the app container only', () => {
    const input = taskDefinition([app, { name: 'worker', image: 'worker:1', essential: false }]);
    const rendered = renderTaskDefinition(input, { ...options, image: 'app:2' });
    expect(containerNamed(rendered, 'app').image).toBe('app:2');
    expect(containerNamed(rendered, 'worker').image).toBe('worker:1');
  });

  it('picks the named container when several could be the app', () => {
    const input = taskDefinition([app, { ...app, name: 'api', portMappings: [{ containerPort: 9000 }] }]);
    expect(resolveAppContainer(input, 'api')).toBe('api');
    const rendered = renderTaskDefinition(input, { ...options, containerName: 'api' });
    expect(proxyProperty(rendered, 'AppPorts')).toBe('9000');
    expect(containerNamed(rendered, 'api').dependsOn).toEqual([
      { containerName: 'envoy', condition: 'HEALTHY' },
    ]);
  });

  it('cleans describe output and keeps what the user wrote (roles, volumes, tags)', () => {
    const described = parseTaskDefinition(
      JSON.stringify({
        ...fixture('crystal-describe-task-definition.json'),
        tags: [{ key: 'team', value: 'mesh' }],
      }),
    );
    const rendered = renderTaskDefinition(described, { ...options, virtualNode: 'crystal-lb-blue' });
    for (const field of [
      'taskDefinitionArn',
      'revision',
      'status',
      'requiresAttributes',
      'compatibilities',
      'registeredAt',
    ]) {
      expect(rendered).not.toHaveProperty(field);
    }
    expect(rendered).toMatchObject({
      taskRoleArn: described.taskRoleArn,
      executionRoleArn: described.executionRoleArn,
      volumes: [],
      tags: [{ key: 'team', value: 'mesh' }],
    });
  });

  it('does not change its input', () => {
    const input = parseTaskDefinition(fixtureText('seed-taskB-ec2-xray.json'));
    const before = structuredClone(input);
    renderTaskDefinition(deepFreeze(input), {
      ...options,
      enableXray: true,
      image: 'new',
      virtualNode: 'serviceBv2',
    });
    expect(input).toEqual(before);
  });

  it('is idempotent and renders node A then B as B directly, on every seed', () => {
    for (const file of ['seed-taskB-fargate.json', 'seed-taskB-fargate-xray.json', 'seed-taskB-ec2.json']) {
      const input = parseTaskDefinition(JSON.stringify(appOnly(fixture(file))));
      const once = renderTaskDefinition(input, { ...options, enableXray: true });
      expect(renderTaskDefinition(once, { ...options, enableXray: true })).toEqual(once);
      const forB = { ...options, virtualNode: 'serviceBv2', nodeIdentity: 'name' } as const;
      expect(renderTaskDefinition(renderTaskDefinition(input, options), forB)).toEqual(
        renderTaskDefinition(input, forB),
      );
    }
  });
});
