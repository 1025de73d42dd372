import {
  CreateTargetGroupCommand,
  type CreateTargetGroupCommandInput,
  DeleteTargetGroupCommand,
  DescribeTagsCommand,
  DescribeTargetGroupAttributesCommand,
  DescribeTargetGroupsCommand,
  type ElasticLoadBalancingV2Client,
  ModifyTargetGroupAttributesCommand,
  type Tag,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { AwsCallError } from '../../errors.js';
import { callWithRetry, type RoutingApiOptions } from '../aws-call.js';

/** A target group read whole: its settings, attributes and tags. */
export interface TargetGroupRead {
  group: TargetGroup;
  attributes: Record<string, string>;
  tags: Tag[];
}

/**
 * The ELBv2 calls of setting a canary target group up and taking it down (`init`), beside the router's
 * (api.ts). Each is retried on throttling and 5xx.
 */
export class AlbTargetGroupSetup {
  constructor(
    private readonly client: ElasticLoadBalancingV2Client,
    private readonly options: RoutingApiOptions = {},
  ) {}

  /** By ARN or name; undefined when no such group exists. */
  async read(arnOrName: string): Promise<TargetGroupRead | undefined> {
    const byArn = arnOrName.startsWith('arn:');
    let groups: TargetGroup[];
    try {
      const output = await this.call(`describing target group ${arnOrName}`, () =>
        this.client.send(
          new DescribeTargetGroupsCommand(byArn ? { TargetGroupArns: [arnOrName] } : { Names: [arnOrName] }),
        ),
      );
      groups = output.TargetGroups ?? [];
    } catch (error) {
      if (error instanceof AwsCallError && notFoundNames.has(error.awsErrorName)) return undefined;
      throw error;
    }
    const group = groups[0];
    if (!group?.TargetGroupArn) return undefined;
    const arn = group.TargetGroupArn;
    const attributes = await this.call(`reading the attributes of target group ${arnOrName}`, () =>
      this.client.send(new DescribeTargetGroupAttributesCommand({ TargetGroupArn: arn })),
    );
    const tags = await this.call(`reading the tags of target group ${arnOrName}`, () =>
      this.client.send(new DescribeTagsCommand({ ResourceArns: [arn] })),
    );
    return {
      group,
      attributes: Object.fromEntries(
        (attributes.Attributes ?? []).map((one) => [one.Key ?? '', one.Value ?? '']),
      ),
      tags: tags.TagDescriptions?.find((one) => one.ResourceArn === arn)?.Tags ?? [],
    };
  }

  async create(input: CreateTargetGroupCommandInput): Promise<string> {
    const output = await this.call(`creating target group ${input.Name}`, () =>
      this.client.send(new CreateTargetGroupCommand(input)),
    );
    const arn = output.TargetGroups?.[0]?.TargetGroupArn;
    if (!arn) throw new Error(`creating target group ${input.Name}: the answer holds no target group`);
    return arn;
  }

  async setAttributes(arn: string, attributes: Record<string, string>): Promise<void> {
    await this.call(`setting the attributes of target group ${arn}`, () =>
      this.client.send(
        new ModifyTargetGroupAttributesCommand({
          TargetGroupArn: arn,
          Attributes: Object.entries(attributes).map(([Key, Value]) => ({ Key, Value })),
        }),
      ),
    );
  }

  async delete(arn: string): Promise<void> {
    await this.call(`deleting target group ${arn}`, () =>
      this.client.send(new DeleteTargetGroupCommand({ TargetGroupArn: arn })),
    );
  }

  private call<T>(doing: string, send: () => Promise<T>): Promise<T> {
    return callWithRetry(doing, this.options, undefined, send);
  }
}

const notFoundNames = new Set(['TargetGroupNotFoundException', 'TargetGroupNotFound']);
