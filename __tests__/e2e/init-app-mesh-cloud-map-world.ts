import {
  GetServiceCommand,
  ListNamespacesCommand,
  ListServicesCommand,
  ListTagsForResourceCommand,
  type Service,
  ServiceDiscoveryClient,
} from '@aws-sdk/client-servicediscovery';
import { type LocalStack, startLocalStack } from '../../local/index.js';
import { cloudMapSeed } from '../../local/seed/seed.js';
import { stableOnlyScenarios } from './init-world.js';

/**
 * The stable-only stack whose serviceB registers its tasks in Cloud Map (apps.local/serviceB), its node finding
 * them there, or (dns) through the DNS name Cloud Map answers, serviceB.apps.local.
 */
export function cloudMapInitStack(discovery: 'cloud-map' | 'dns' = 'cloud-map'): Promise<LocalStack> {
  return startLocalStack({
    seed: discovery === 'dns' ? 'stable-only-cloud-map-dns' : 'stable-only-cloud-map',
    msPerSimMinute: 400,
    scenario: stableOnlyScenarios['app-mesh'],
  });
}

/** The Cloud Map services of apps.local, read whole with their tags. */
export function cloudMapReader(stack: LocalStack) {
  const client = new ServiceDiscoveryClient({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'ops', secretAccessKey: 'ops' },
  });
  const namespaceId = async () =>
    (await client.send(new ListNamespacesCommand({}))).Namespaces!.find(
      (one) => one.Name === cloudMapSeed.namespace,
    )!.Id!;
  return {
    async service(name: string): Promise<{ service: Service; tags: unknown } | undefined> {
      const { Services } = await client.send(
        new ListServicesCommand({
          Filters: [{ Name: 'NAMESPACE_ID', Values: [await namespaceId()], Condition: 'EQ' }],
        }),
      );
      const found = Services?.find((one) => one.Name === name);
      if (!found) return undefined;
      const { Service: service } = await client.send(new GetServiceCommand({ Id: found.Id }));
      const { Tags } = await client.send(new ListTagsForResourceCommand({ ResourceARN: found.Arn }));
      const { CreateDate: _date, CreatorRequestId: _request, ...settings } = service!;
      return { service: settings, tags: Tags };
    },
    close: () => client.destroy(),
  };
}
