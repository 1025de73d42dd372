import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** Acknowledges one cdk-nag finding on a construct and everything under it, with the reason. */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/** Acknowledges AwsSolutions-IAM5 for exactly these wildcard resources of one policy, each with its reason. */
export function acknowledgeWildcards(
  policy: IConstruct,
  wildcards: ReadonlyArray<{ resource: string; reason: string }>,
): void {
  for (const { resource, reason } of wildcards) {
    acknowledge(policy, `AwsSolutions-IAM5[${wildcardFinding(policy, resource)}]`, reason);
  }
}

/** A resource as cdk-nag names it in an AwsSolutions-IAM5 finding ("Resource::arn:<AWS::Partition>:..."). */
function wildcardFinding(scope: IConstruct, resource: string): string {
  return `Resource::${flatten(Stack.of(scope).resolve(resource))}`;
}

/** CloudFormation intrinsics flattened the way cdk-nag prints them: Ref -> <Id>, GetAtt -> <Id.Attr>. */
function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    if (Array.isArray(node['Fn::Join'])) {
      const [delimiter, items] = node['Fn::Join'] as [string, unknown[]];
      return items.map(flatten).join(delimiter);
    }
    if (typeof node.Ref === 'string') return `<${node.Ref}>`;
    if (Array.isArray(node['Fn::GetAtt'])) {
      const [id, attribute] = node['Fn::GetAtt'] as [string, string];
      return `<${id}.${attribute}>`;
    }
  }
  return JSON.stringify(value);
}
