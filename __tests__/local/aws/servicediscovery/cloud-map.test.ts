import {
  CreateServiceCommand as CreateEcsService,
  DeleteServiceCommand as DeleteEcsService,
  ECSClient,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import {
  CreateServiceCommand,
  DeleteServiceCommand,
  DeregisterInstanceCommand,
  GetServiceCommand,
  ListInstancesCommand,
  ListNamespacesCommand,
  ListServicesCommand,
  ListTagsForResourceCommand,
  RegisterInstanceCommand,
  ServiceDiscoveryClient,
  TagResourceCommand,
} from '@aws-sdk/client-servicediscovery';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocalStack, startLocalStack } from '../../../../local/index.js';
import { stableOnlyService } from '../../../../local/seed/seed.js';
import { until } from '../../support.js';

let stack: LocalStack;
let cloudMap: ServiceDiscoveryClient;
let ecs: ECSClient;
let namespaceId: string;
let stableRegistry: { Id: string; Arn: string };

beforeAll(async () => {
  stack = await startLocalStack({ seed: 'stable-only-cloud-map' });
  const config = {
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  };
  cloudMap = new ServiceDiscoveryClient(config);
  ecs = new ECSClient(config);
  const { Namespaces } = await cloudMap.send(new ListNamespacesCommand({}));
  namespaceId = Namespaces!.find((one) => one.Name === 'apps.local')!.Id!;
  const { Services } = await cloudMap.send(
    new ListServicesCommand({ Filters: [{ Name: 'NAMESPACE_ID', Values: [namespaceId], Condition: 'EQ' }] }),
  );
  stableRegistry = { Id: Services![0]!.Id!, Arn: Services![0]!.Arn! };
});

afterAll(async () => {
  cloudMap.destroy();
  ecs.destroy();
  await stack.stop();
});

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: Error & { ServiceId?: string }) => ({
      name: error.name,
      message: error.message,
      ServiceId: error.ServiceId,
    }),
  );

describe('Cloud Map services', () => {
  it('lists the seeded service with one instance per running task of serviceB', async () => {
    const { Services } = await cloudMap.send(
      new ListServicesCommand({
        Filters: [{ Name: 'NAMESPACE_ID', Values: [namespaceId], Condition: 'EQ' }],
      }),
    );
    expect(Services).toEqual([
      expect.objectContaining({ Name: 'serviceB', InstanceCount: 2, Type: 'DNS_HTTP' }),
    ]);
    const { Instances } = await cloudMap.send(new ListInstancesCommand({ ServiceId: stableRegistry.Id }));
    expect(Instances).toHaveLength(2);
    expect(Instances![0]!.Attributes).toEqual(
      expect.objectContaining({
        ECS_CLUSTER_NAME: 'apps',
        ECS_SERVICE_NAME: 'serviceB',
        ECS_TASK_DEFINITION_FAMILY: 'taskB',
        AWS_INSTANCE_PORT: '9080',
        AVAILABILITY_ZONE: 'us-west-2a',
      }),
    );
  });

  it('refuses a bad name, an unknown namespace and DNS records for nothing, naming the fault', async () => {
    expect(
      await errorOf(cloudMap.send(new CreateServiceCommand({ Name: 'bad name', NamespaceId: namespaceId }))),
    ).toEqual(
      expect.objectContaining({ name: 'InvalidInput', message: expect.stringContaining("Name 'bad name'") }),
    );
    expect(
      await errorOf(cloudMap.send(new CreateServiceCommand({ Name: 'x', NamespaceId: 'ns-nope' }))),
    ).toEqual(expect.objectContaining({ name: 'NamespaceNotFound' }));
    expect(
      await errorOf(
        cloudMap.send(
          new CreateServiceCommand({ Name: 'x', NamespaceId: namespaceId, DnsConfig: { DnsRecords: [] } }),
        ),
      ),
    ).toEqual(
      expect.objectContaining({ name: 'InvalidInput', message: expect.stringContaining('DnsRecords') }),
    );
  });

  it('answers a taken name with the existing ID, and a retry of the same request with its service', async () => {
    const input = {
      Name: 'serviceB-canary',
      NamespaceId: namespaceId,
      CreatorRequestId: 'request-1',
      DnsConfig: { DnsRecords: [{ Type: 'A' as const, TTL: 60 }] },
      Tags: [{ Key: 'appmesh-canary:created-by', Value: 'init' }],
    };
    const { Service } = await cloudMap.send(new CreateServiceCommand(input));
    const retried = await cloudMap.send(new CreateServiceCommand(input));
    expect(retried.Service?.Id).toBe(Service!.Id);
    expect(
      await errorOf(cloudMap.send(new CreateServiceCommand({ ...input, CreatorRequestId: 'request-2' }))),
    ).toEqual({
      name: 'ServiceAlreadyExists',
      message: expect.stringContaining(Service!.Id!),
      ServiceId: Service!.Id,
    });
    await cloudMap.send(
      new TagResourceCommand({ ResourceARN: Service!.Arn!, Tags: [{ Key: 'team', Value: 'a' }] }),
    );
    expect(
      (await cloudMap.send(new ListTagsForResourceCommand({ ResourceARN: Service!.Arn! }))).Tags,
    ).toEqual([
      { Key: 'appmesh-canary:created-by', Value: 'init' },
      { Key: 'team', Value: 'a' },
    ]);
    await cloudMap.send(new DeleteServiceCommand({ Id: Service!.Id! }));
    expect(await errorOf(cloudMap.send(new GetServiceCommand({ Id: Service!.Id! })))).toEqual(
      expect.objectContaining({ name: 'ServiceNotFound' }),
    );
  });

  it('refuses to delete a service with instances: registered by hand, then by ECS until its tasks stop', async () => {
    const { Service } = await cloudMap.send(
      new CreateServiceCommand({ Name: 'busy', NamespaceId: namespaceId }),
    );
    await cloudMap.send(
      new RegisterInstanceCommand({
        ServiceId: Service!.Id!,
        InstanceId: 'i-1',
        Attributes: { AWS_INSTANCE_IPV4: '10.0.0.9' },
      }),
    );
    expect(await errorOf(cloudMap.send(new DeleteServiceCommand({ Id: Service!.Id! })))).toEqual(
      expect.objectContaining({ name: 'ResourceInUse' }),
    );
    await cloudMap.send(new DeregisterInstanceCommand({ ServiceId: Service!.Id!, InstanceId: 'i-1' }));

    const taskDefinition = stack.service('serviceB').taskDefinition;
    await ecs.send(
      new CreateEcsService({
        cluster: 'apps',
        serviceName: 'busy',
        taskDefinition,
        desiredCount: 1,
        launchType: 'FARGATE',
        networkConfiguration: structuredClone(stableOnlyService.settings.networkConfiguration) as never,
        serviceRegistries: [{ registryArn: Service!.Arn!, containerName: 'app', containerPort: 9080 }],
      }),
    );
    await until(() => stack.service('busy').runningCount === 1, 10_000, 'one task running');
    expect((await cloudMap.send(new ListInstancesCommand({ ServiceId: Service!.Id! }))).Instances).toEqual([
      { Id: expect.any(String), Attributes: expect.objectContaining({ ECS_SERVICE_NAME: 'busy' }) },
    ]);
    expect(await errorOf(cloudMap.send(new DeleteServiceCommand({ Id: Service!.Id! })))).toEqual(
      expect.objectContaining({ name: 'ResourceInUse' }),
    );
    await ecs.send(new UpdateServiceCommand({ cluster: 'apps', service: 'busy', desiredCount: 0 }));
    await ecs.send(new DeleteEcsService({ cluster: 'apps', service: 'busy' }));
    await until(() => stack.service('busy').runningCount === 0, 10_000, 'its task stopped');
    await cloudMap.send(new DeleteServiceCommand({ Id: Service!.Id! }));
  });

  it('ECS refuses a registry that does not exist or a container port the task definition lacks', async () => {
    const base = {
      cluster: 'apps',
      serviceName: 'refused',
      taskDefinition: stack.service('serviceB').taskDefinition,
      launchType: 'FARGATE' as const,
      networkConfiguration: structuredClone(stableOnlyService.settings.networkConfiguration) as never,
    };
    const gone = stableRegistry.Arn.replace(/srv-[0-9a-z]+$/, 'srv-0000000000000000');
    expect(
      await errorOf(ecs.send(new CreateEcsService({ ...base, serviceRegistries: [{ registryArn: gone }] }))),
    ).toEqual(
      expect.objectContaining({
        name: 'InvalidParameterException',
        message: expect.stringContaining('does not exist'),
      }),
    );
    expect(
      await errorOf(
        ecs.send(
          new CreateEcsService({
            ...base,
            serviceRegistries: [
              { registryArn: stableRegistry.Arn, containerName: 'app', containerPort: 8080 },
            ],
          }),
        ),
      ),
    ).toEqual(expect.objectContaining({ message: expect.stringContaining('container port 8080') }));
  });
});
