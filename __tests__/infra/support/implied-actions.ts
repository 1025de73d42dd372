/**
 * Actions IAM authorizes along with one the code calls (Service Authorization Reference): RegisterTaskDefinition
 * passes the task and execution roles, and tags the revision when the family has tags (tag-on-create); a test
 * route or rule is created with the deployment tag, and a service or a target group with its tags (tag-on-create).
 */
const impliedBy: Readonly<Record<string, readonly string[]>> = {
  'ecs:RegisterTaskDefinition': ['iam:PassRole', 'ecs:TagResource'],
  'appmesh:CreateRoute': ['appmesh:TagResource'],
  'elasticloadbalancing:CreateRule': ['elasticloadbalancing:AddTags'],
  'vpc-lattice:CreateRule': ['vpc-lattice:TagResource'],
  'ecs:CreateService': ['ecs:TagResource'],
  'elasticloadbalancing:CreateTargetGroup': ['elasticloadbalancing:AddTags'],
  'vpc-lattice:CreateTargetGroup': ['vpc-lattice:TagResource'],
};

/** The actions called and those IAM checks alongside them, sorted. */
export function withImpliedActions(called: readonly string[]): string[] {
  return [...new Set([...called, ...called.flatMap((action) => impliedBy[action] ?? [])])].sort();
}
