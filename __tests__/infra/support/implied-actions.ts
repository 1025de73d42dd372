/**
 * Actions IAM authorizes along with one the code calls (Service Authorization Reference): RegisterTaskDefinition
 * passes the task and execution roles, and tags the revision when the family has tags (tag-on-create); a test
 * route or rule is created with the deployment tag, and a service, a target group, a virtual node or a Cloud Map
 * service with its tags (tag-on-create).
 */
const impliedBy: Readonly<Record<string, readonly string[]>> = {
  'ecs:RegisterTaskDefinition': ['iam:PassRole', 'ecs:TagResource'],
  'appmesh:CreateRoute': ['appmesh:TagResource'],
  'servicediscovery:CreateService': ['servicediscovery:TagResource'],
  'elasticloadbalancing:CreateRule': ['elasticloadbalancing:AddTags'],
  'vpc-lattice:CreateRule': ['vpc-lattice:TagResource'],
  'ecs:CreateService': ['ecs:TagResource'],
  'elasticloadbalancing:CreateTargetGroup': ['elasticloadbalancing:AddTags'],
  'vpc-lattice:CreateTargetGroup': ['vpc-lattice:TagResource'],
};

/** init creates its virtual node with tags (init's mark); a deploy's create-canary-node passes none. */
export const impliedByInit: Readonly<Record<string, readonly string[]>> = {
  'appmesh:CreateVirtualNode': ['appmesh:TagResource'],
};

/** The actions called and those IAM checks alongside them, sorted. */
export function withImpliedActions(
  called: readonly string[],
  also: Readonly<Record<string, readonly string[]>> = {},
): string[] {
  const implied = (action: string) => [...(impliedBy[action] ?? []), ...(also[action] ?? [])];
  return [...new Set([...called, ...called.flatMap(implied)])].sort();
}
