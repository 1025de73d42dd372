import {
  CreateServiceCommand,
  type CreateServiceCommandInput,
  DeleteServiceCommand,
  GetServiceCommand,
  ListNamespacesCommand,
  ListServicesCommand,
  ListTagsForResourceCommand,
  type Namespace,
  type Service,
  type ServiceDiscoveryClient,
} from '@aws-sdk/client-servicediscovery';
import { AwsCallError, callAws } from '../../errors.js';

/** A Cloud Map service read whole: its settings and tags. */
export interface CloudMapServiceRead {
  service: Service;
  tags: Array<{ Key: string; Value: string }>;
}

/** The Cloud Map calls of setting the canary's service up and taking it down (`init` on App Mesh). */
export class CloudMapSetup {
  constructor(private readonly client: ServiceDiscoveryClient) {}

  /** A service by ID (the end of a registry ARN); undefined when it is gone. */
  async service(id: string): Promise<CloudMapServiceRead | undefined> {
    let found: Service | undefined;
    try {
      found = (
        await callAws(`reading Cloud Map service ${id}`, () =>
          this.client.send(new GetServiceCommand({ Id: id })),
        )
      ).Service;
    } catch (error) {
      if (error instanceof AwsCallError && error.awsErrorName === 'ServiceNotFound') return undefined;
      throw error;
    }
    if (!found) return undefined;
    const { Tags } = await callAws(`reading the tags of Cloud Map service ${found.Name}`, () =>
      this.client.send(new ListTagsForResourceCommand({ ResourceARN: found.Arn })),
    );
    return {
      service: found,
      tags: (Tags ?? []).map((tag) => ({ Key: tag.Key ?? '', Value: tag.Value ?? '' })),
    };
  }

  /** A service of the namespace by name (Cloud Map names are DNS labels: case-insensitive). */
  async serviceNamed(namespaceId: string, name: string): Promise<CloudMapServiceRead | undefined> {
    let token: string | undefined;
    do {
      const page = await callAws(`listing the Cloud Map services of namespace ${namespaceId}`, () =>
        this.client.send(
          new ListServicesCommand({
            Filters: [{ Name: 'NAMESPACE_ID', Values: [namespaceId], Condition: 'EQ' }],
            NextToken: token,
          }),
        ),
      );
      const match = page.Services?.find((one) => one.Name?.toLowerCase() === name.toLowerCase());
      if (match?.Id) return this.service(match.Id);
      token = page.NextToken;
    } while (token);
    return undefined;
  }

  async namespace(id: string): Promise<Namespace | undefined> {
    let token: string | undefined;
    do {
      const page = await callAws('listing the Cloud Map namespaces', () =>
        this.client.send(new ListNamespacesCommand({ NextToken: token })),
      );
      const match = page.Namespaces?.find((one) => one.Id === id);
      if (match) return match;
      token = page.NextToken;
    } while (token);
    return undefined;
  }

  /** The service's ARN. The SDK gives it a CreatorRequestId that its own retries reuse. */
  async create(input: CreateServiceCommandInput): Promise<string> {
    const { Service: created } = await callAws(`creating Cloud Map service ${input.Name}`, () =>
      this.client.send(new CreateServiceCommand(input)),
    );
    return created?.Arn ?? '';
  }

  async delete(id: string): Promise<void> {
    await callAws(`deleting Cloud Map service ${id}`, () =>
      this.client.send(new DeleteServiceCommand({ Id: id })),
    );
  }
}
