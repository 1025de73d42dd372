/**
 * The permissions of `appmesh-canary init` (and `init --remove`): a one-time setup role, broader than the
 * deploy role and kept apart from it (infra/README.md renders it; `npm run docs`). __tests__/docs/workflow-role
 * derives init's calls from its code and fails when this table misses one or grants one it does not make.
 * Placeholders: REGION, ACCOUNT, CLUSTER, STABLE_SERVICE, CANARY_SERVICE, CANARY_TG, LB_NAME, LB_ID, LISTENER_ID,
 * SERVICE_ID (the VPC Lattice service), INFRASTRUCTURE_ROLE (the one its ECS services pass), STATE_MACHINE_NAME,
 * MESH, ROUTER, ROUTE, CANARY_NODE, TASK_ROLE, EXECUTION_ROLE, NAMESPACE_ID (the stable node's Cloud Map
 * namespace).
 */
import { actionsOf, policyJson, type WorkflowGrant } from './workflow-role.js';

const canaryService = 'arn:aws:ecs:REGION:ACCOUNT:service/CLUSTER/CANARY_SERVICE';
const canaryTargetGroup = 'arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/CANARY_TG/*';

const latticeService = 'arn:aws:vpc-lattice:REGION:ACCOUNT:service/SERVICE_ID';
/** A VPC Lattice target group's ARN holds its ID, not its name: the created group is not known before. */
const latticeTargetGroups = 'arn:aws:vpc-lattice:REGION:ACCOUNT:targetgroup/*';

const latticeInitGrants: readonly WorkflowGrant[] = [
  {
    sid: 'ReadLattice',
    router: 'vpc-lattice',
    actions: [
      'vpc-lattice:GetListener',
      'vpc-lattice:GetRule',
      'vpc-lattice:GetService',
      'vpc-lattice:GetTargetGroup',
      'vpc-lattice:ListListeners',
      'vpc-lattice:ListRules',
      'vpc-lattice:ListServices',
      'vpc-lattice:ListTagsForResource',
      'vpc-lattice:ListTargetGroups',
    ],
    resources: ['*'],
    neededBy:
      'init, init --remove (the service, listener and rule found by name; target groups read with their tags)',
  },
  {
    sid: 'CreateCanaryLatticeTargetGroup',
    router: 'vpc-lattice',
    actions: ['vpc-lattice:CreateTargetGroup', 'vpc-lattice:TagResource'],
    resources: [latticeTargetGroups],
    conditions: { StringEquals: { 'aws:RequestTag/appmesh-canary:created-by': 'init' } },
    neededBy: "init --apply (created with its tags, init's mark among them)",
  },
  {
    sid: 'DeleteCanaryLatticeTargetGroup',
    router: 'vpc-lattice',
    actions: ['vpc-lattice:DeleteTargetGroup'],
    resources: [latticeTargetGroups],
    conditions: { StringEquals: { 'aws:ResourceTag/appmesh-canary:created-by': 'init' } },
    neededBy: 'init --remove --apply (only a target group init made)',
  },
  {
    sid: 'PassLatticeInfrastructureRole',
    router: 'vpc-lattice',
    actions: ['iam:PassRole'],
    resources: ['arn:aws:iam::ACCOUNT:role/INFRASTRUCTURE_ROLE'],
    conditions: { StringEquals: { 'iam:PassedToService': 'ecs.amazonaws.com' } },
    neededBy:
      "init --apply (the canary service's vpcLatticeConfigurations pass the stable's infrastructure role to ECS)",
  },
  {
    sid: 'AddCanaryToLatticeAction',
    router: 'vpc-lattice',
    actions: ['vpc-lattice:UpdateListener', 'vpc-lattice:UpdateRule'],
    resources: [`${latticeService}/listener/*`],
    neededBy: 'init --apply (the weight-0 entry), init --remove --apply (taken out)',
  },
];

const mesh = 'arn:aws:appmesh:REGION:ACCOUNT:mesh/MESH';
/** A Cloud Map service's ARN holds its ID, not its name: the created one is not known before. */
const cloudMapServices = 'arn:aws:servicediscovery:REGION:ACCOUNT:service/*';

const meshInitGrants: readonly WorkflowGrant[] = [
  {
    sid: 'ReadMesh',
    router: 'app-mesh',
    actions: ['appmesh:DescribeRoute', 'appmesh:DescribeVirtualNode', 'appmesh:ListTagsForResource'],
    resources: [`${mesh}/*`],
    neededBy:
      'init, init --remove (the stable node cloned, the canary node found with its tags, the route read)',
  },
  {
    sid: 'CreateAndDeleteCanaryNode',
    router: 'app-mesh',
    actions: ['appmesh:CreateVirtualNode', 'appmesh:DeleteVirtualNode'],
    resources: [`${mesh}/virtualNode/CANARY_NODE`],
    neededBy: 'init --apply (create), init --remove --apply (delete)',
  },
  {
    sid: 'TagCanaryNodeOnCreate',
    router: 'app-mesh',
    actions: ['appmesh:TagResource'],
    resources: [`${mesh}/virtualNode/CANARY_NODE`],
    conditions: { StringEquals: { 'aws:RequestTag/appmesh-canary:created-by': 'init' } },
    neededBy: "init --apply (the node is created with its tags, init's mark among them: tag-on-create)",
  },
  {
    sid: 'FindCloudMapServices',
    router: 'app-mesh',
    actions: ['servicediscovery:ListNamespaces', 'servicediscovery:ListServices'],
    resources: ['*'],
    neededBy:
      "init, init --remove, for a stable node discovered through Cloud Map (the canary's service found by name; no resource-level permission)",
  },
  {
    sid: 'ReadCloudMapServices',
    router: 'app-mesh',
    actions: ['servicediscovery:GetService', 'servicediscovery:ListTagsForResource'],
    resources: [cloudMapServices],
    neededBy: "init, init --remove (the stable's Cloud Map service cloned, the canary's read with its tags)",
  },
  {
    sid: 'CreateCanaryCloudMapService',
    router: 'app-mesh',
    actions: ['servicediscovery:CreateService', 'servicediscovery:TagResource'],
    resources: ['arn:aws:servicediscovery:REGION:ACCOUNT:namespace/NAMESPACE_ID', cloudMapServices],
    conditions: { StringEquals: { 'aws:RequestTag/appmesh-canary:created-by': 'init' } },
    neededBy: "init --apply (created in the stable's namespace with its tags, init's mark among them)",
  },
  {
    sid: 'DeleteCanaryCloudMapService',
    router: 'app-mesh',
    actions: ['servicediscovery:DeleteService'],
    resources: [cloudMapServices],
    conditions: { StringEquals: { 'aws:ResourceTag/appmesh-canary:created-by': 'init' } },
    neededBy: 'init --remove --apply (only a Cloud Map service init made)',
  },
  {
    sid: 'AddCanaryToRoute',
    router: 'app-mesh',
    actions: ['appmesh:UpdateRoute'],
    resources: [`${mesh}/virtualRouter/ROUTER/route/ROUTE`],
    neededBy: 'init --apply (the weight-0 target), init --remove --apply (taken out)',
  },
  {
    sid: 'CanaryTaskDefinition',
    router: 'app-mesh',
    actions: ['ecs:DeregisterTaskDefinition', 'ecs:ListTaskDefinitions', 'ecs:RegisterTaskDefinition'],
    resources: ['*'],
    neededBy:
      "init --apply (the stable's task definition, its Envoy joining the canary node), init --remove (its revisions found), --apply (deregistered); no resource-level permission",
  },
  {
    sid: 'TagCanaryTaskDefinitionOnRegister',
    router: 'app-mesh',
    actions: ['ecs:TagResource'],
    resources: ['arn:aws:ecs:REGION:ACCOUNT:task-definition/*'],
    conditions: { StringEquals: { 'ecs:CreateAction': 'RegisterTaskDefinition' } },
    neededBy: 'init --apply (registered with its tags: tag-on-create authorization)',
  },
  {
    sid: 'PassCanaryTaskRoles',
    router: 'app-mesh',
    actions: ['iam:PassRole'],
    resources: ['arn:aws:iam::ACCOUNT:role/TASK_ROLE', 'arn:aws:iam::ACCOUNT:role/EXECUTION_ROLE'],
    conditions: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
    neededBy: "init --apply (the canary's task definition passes the stable's roles)",
  },
];

export const initGrants: readonly WorkflowGrant[] = [
  {
    sid: 'ReadServices',
    actions: ['ecs:DescribeServices'],
    resources: ['arn:aws:ecs:REGION:ACCOUNT:service/CLUSTER/STABLE_SERVICE', canaryService],
    neededBy: 'init (the stable service is cloned; the canary found if it exists), init --remove',
  },
  {
    sid: 'ReadTaskDefinitionRoles',
    actions: ['ecs:DescribeTaskDefinition'],
    resources: ['*'],
    neededBy:
      'init (the roles the printed cdk command and workflow policy let promotion pass; no resource-level permission)',
  },
  {
    sid: 'CreateAndDeleteCanaryService',
    actions: ['ecs:CreateService', 'ecs:DeleteService'],
    resources: [canaryService],
    neededBy: 'init --apply (create), init --remove --apply (delete)',
  },
  {
    sid: 'TagCanaryServiceOnCreate',
    actions: ['ecs:TagResource'],
    resources: [canaryService],
    conditions: { StringEquals: { 'ecs:CreateAction': 'CreateService' } },
    neededBy: 'init --apply (the service is created with its tags: tag-on-create authorization)',
  },
  {
    sid: 'ReadRunningCanaries',
    actions: ['states:DescribeExecution', 'states:ListExecutions'],
    resources: [
      'arn:aws:states:REGION:ACCOUNT:stateMachine:STATE_MACHINE_NAME',
      'arn:aws:states:REGION:ACCOUNT:execution:STATE_MACHINE_NAME:*',
    ],
    neededBy: 'init --remove with state-machine-arn (refused while a canary of these services runs)',
  },
  {
    sid: 'ReadAlb',
    router: 'alb',
    actions: [
      'elasticloadbalancing:DescribeRules',
      'elasticloadbalancing:DescribeTags',
      'elasticloadbalancing:DescribeTargetGroupAttributes',
      'elasticloadbalancing:DescribeTargetGroups',
    ],
    resources: ['*'],
    neededBy: 'init, init --remove (Describe* support no resource-level permissions)',
  },
  {
    sid: 'CreateAndDeleteCanaryTargetGroup',
    router: 'alb',
    actions: [
      'elasticloadbalancing:CreateTargetGroup',
      'elasticloadbalancing:DeleteTargetGroup',
      'elasticloadbalancing:ModifyTargetGroupAttributes',
    ],
    resources: [canaryTargetGroup],
    neededBy: 'init --apply (create, attributes), init --remove --apply (delete)',
  },
  {
    sid: 'TagCanaryTargetGroupOnCreate',
    router: 'alb',
    actions: ['elasticloadbalancing:AddTags'],
    resources: [canaryTargetGroup],
    conditions: { StringEquals: { 'elasticloadbalancing:CreateAction': 'CreateTargetGroup' } },
    neededBy: 'init --apply (the target group is created with its tags: tag-on-create authorization)',
  },
  {
    sid: 'AddCanaryToRule',
    router: 'alb',
    actions: ['elasticloadbalancing:ModifyRule'],
    resources: ['arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener-rule/app/LB_NAME/LB_ID/LISTENER_ID/*'],
    neededBy: 'init --apply (the weight-0 entry), init --remove --apply (taken out)',
  },
  ...latticeInitGrants,
  ...meshInitGrants,
];

export const initActions: readonly string[] = actionsOf(initGrants);

/** The init role's policy document, as infra/README shows it. */
export function initPolicyJson(): string {
  return policyJson(initGrants);
}
