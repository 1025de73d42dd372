import {
  type AppMeshClient,
  CreateVirtualNodeCommand,
  DeleteVirtualNodeCommand,
  DescribeVirtualNodeCommand,
  type DescribeVirtualNodeCommandOutput,
  ListTagsForResourceCommand,
  type VirtualNodeSpec,
} from '@aws-sdk/client-app-mesh';
import { AwsCallError, callAws } from '../../errors.js';
import type { NodeSpec } from './canary-node-spec.js';

/** A virtual node read whole: its spec, ARN and tags. */
export interface VirtualNodeRead {
  name: string;
  arn: string;
  spec: NodeSpec;
  tags: Array<{ key: string; value: string }>;
}

/** The App Mesh calls of setting a canary virtual node up and taking it down (`init`), beside the router's. */
export class MeshNodeSetup {
  constructor(
    private readonly client: AppMeshClient,
    private readonly mesh: string,
  ) {}

  /** undefined when the mesh has no node of that name. */
  async read(name: string): Promise<VirtualNodeRead | undefined> {
    let node: DescribeVirtualNodeCommandOutput;
    try {
      node = await callAws(`describing virtual node ${name} of mesh ${this.mesh}`, () =>
        this.client.send(new DescribeVirtualNodeCommand({ meshName: this.mesh, virtualNodeName: name })),
      );
    } catch (error) {
      if (error instanceof AwsCallError && error.awsErrorName === 'NotFoundException') return undefined;
      throw error;
    }
    const arn = node.virtualNode?.metadata?.arn ?? '';
    const tags = await callAws(`reading the tags of virtual node ${name}`, () =>
      this.client.send(new ListTagsForResourceCommand({ resourceArn: arn })),
    );
    return {
      name,
      arn,
      spec: (node.virtualNode?.spec ?? {}) as NodeSpec,
      tags: (tags.tags ?? []).map((tag) => ({ key: tag.key ?? '', value: tag.value ?? '' })),
    };
  }

  async create(name: string, spec: NodeSpec, tags: Array<{ key: string; value: string }>): Promise<string> {
    const output = await callAws(`creating virtual node ${name} in mesh ${this.mesh}`, () =>
      this.client.send(
        new CreateVirtualNodeCommand({
          meshName: this.mesh,
          virtualNodeName: name,
          spec: spec as VirtualNodeSpec,
          tags,
          // No clientToken: the SDK makes one per call (its retries reuse it), so a node deleted and made again is new.
        }),
      ),
    );
    return output.virtualNode?.metadata?.arn ?? '';
  }

  async delete(name: string): Promise<void> {
    await callAws(`deleting virtual node ${name} of mesh ${this.mesh}`, () =>
      this.client.send(new DeleteVirtualNodeCommand({ meshName: this.mesh, virtualNodeName: name })),
    );
  }
}
