import {
  CreateTargetGroupCommand,
  type CreateTargetGroupCommandInput,
  DeleteTargetGroupCommand,
  GetTargetGroupCommand,
  type GetTargetGroupCommandOutput,
  ListTagsForResourceCommand,
  ListTargetGroupsCommand,
  type VPCLatticeClient,
} from '@aws-sdk/client-vpc-lattice';
import { AwsCallError } from '../../errors.js';
import { callWithRetry, type RoutingApiOptions } from '../aws-call.js';

/** A VPC Lattice target group read whole: GetTargetGroup's answer and its tags. */
export interface LatticeTargetGroupRead {
  group: Omit<GetTargetGroupCommandOutput, '$metadata'>;
  tags: Record<string, string>;
}

/**
 * The VPC Lattice calls of setting a canary target group up and taking it down (`init`), beside the router's
 * (api.ts). Each is retried on throttling and 5xx.
 */
export class LatticeTargetGroupSetup {
  constructor(
    private readonly client: VPCLatticeClient,
    private readonly options: RoutingApiOptions = {},
  ) {}

  /** By ID or ARN, or by name (ListTargetGroups first); undefined when no such group exists. */
  async read(identifier: string): Promise<LatticeTargetGroupRead | undefined> {
    let id = identifier;
    if (!/^(tg-|arn:)/.test(identifier)) {
      const found = await this.byName(identifier);
      if (!found) return undefined;
      id = found;
    }
    let group: GetTargetGroupCommandOutput;
    try {
      group = await this.call(`describing VPC Lattice target group ${identifier}`, () =>
        this.client.send(new GetTargetGroupCommand({ targetGroupIdentifier: id })),
      );
    } catch (error) {
      if (error instanceof AwsCallError && error.awsErrorName === 'ResourceNotFoundException')
        return undefined;
      throw error;
    }
    const { $metadata: _metadata, ...settled } = group;
    const tags = await this.call(`reading the tags of VPC Lattice target group ${identifier}`, () =>
      this.client.send(new ListTagsForResourceCommand({ resourceArn: group.arn! })),
    );
    return { group: settled, tags: tags.tags ?? {} };
  }

  async create(input: CreateTargetGroupCommandInput): Promise<{ arn: string; id: string }> {
    const output = await this.call(`creating VPC Lattice target group ${input.name}`, () =>
      this.client.send(new CreateTargetGroupCommand(input)),
    );
    if (!output.arn || !output.id)
      throw new Error(`creating VPC Lattice target group ${input.name}: the answer holds no target group`);
    return { arn: output.arn, id: output.id };
  }

  async delete(identifier: string): Promise<void> {
    await this.call(`deleting VPC Lattice target group ${identifier}`, () =>
      this.client.send(new DeleteTargetGroupCommand({ targetGroupIdentifier: identifier })),
    );
  }

  private async byName(name: string): Promise<string | undefined> {
    let nextToken: string | undefined;
    do {
      const page = await this.call(`listing VPC Lattice target groups to find ${name}`, () =>
        this.client.send(new ListTargetGroupsCommand({ ...(nextToken ? { nextToken } : {}) })),
      );
      const found = page.items?.find((item) => item.name === name);
      if (found?.arn) return found.arn;
      nextToken = page.nextToken;
    } while (nextToken);
    return undefined;
  }

  private call<T>(doing: string, send: () => Promise<T>): Promise<T> {
    return callWithRetry(doing, this.options, undefined, send);
  }
}
