import type { RouterName } from './props.js';

/**
 * The permissions of the role the GitHub workflow assumes: the one source of the policy in README.md and
 * infra/README.md (scripts/render-docs.ts writes both; a test fails when they differ). The end-to-end tests
 * check that every AWS call the Action makes is in this table.
 */
export interface WorkflowGrant {
  sid: string;
  /** The router whose deployments need it; unset: every deployment. */
  router?: RouterName;
  actions: readonly string[];
  /**
   * Policy resources, with placeholders for the user to replace: REGION, ACCOUNT, MESH_OWNER,
   * STATE_MACHINE_NAME, SERVICE_ID, STABLE_TG_ID, CANARY_TG_ID, LB_NAME, LB_ID, LISTENER_ID.
   */
  resources: readonly string[];
  conditions?: Record<string, Record<string, string>>;
  /** Which modes or inputs need it, for the README. */
  neededBy: string;
}

const mesh = 'arn:aws:appmesh:REGION:MESH_OWNER:mesh/apps';
const latticeService = 'arn:aws:vpc-lattice:REGION:ACCOUNT:service/SERVICE_ID';
const latticeTargetGroup = 'arn:aws:vpc-lattice:REGION:ACCOUNT:targetgroup';
const albListener = 'arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener/app/LB_NAME/LB_ID/LISTENER_ID';
const albRules = 'arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener-rule/app/LB_NAME/LB_ID/LISTENER_ID/*';

export const workflowGrants: readonly WorkflowGrant[] = [
  {
    sid: 'TaskDefinitions',
    actions: ['ecs:DescribeTaskDefinition', 'ecs:RegisterTaskDefinition'],
    resources: ['*'],
    neededBy: 'deploy (register: not on a dry run; describe an ECS task hook); rollback after a promotion',
  },
  {
    sid: 'TagTaskDefinitionsOnRegister',
    actions: ['ecs:TagResource'],
    resources: ['arn:aws:ecs:REGION:ACCOUNT:task-definition/*'],
    conditions: { StringEquals: { 'ecs:CreateAction': 'RegisterTaskDefinition' } },
    neededBy: 'deploy (every registered revision carries the deployment id tag a rollback checks)',
  },
  {
    sid: 'Services',
    actions: ['ecs:DescribeServices', 'ecs:UpdateService'],
    resources: [
      'arn:aws:ecs:REGION:ACCOUNT:service/apps/serviceB',
      'arn:aws:ecs:REGION:ACCOUNT:service/apps/serviceBv2',
    ],
    neededBy: 'deploy (update: not on a dry run); rollback',
  },
  {
    sid: 'PassTaskRoles',
    actions: ['iam:PassRole'],
    resources: ['arn:aws:iam::ACCOUNT:role/taskB-task', 'arn:aws:iam::ACCOUNT:role/taskB-execution'],
    conditions: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
    neededBy: 'deploy (registering a task definition with roles)',
  },
  {
    sid: 'ReadMesh',
    router: 'app-mesh',
    actions: [
      'appmesh:DescribeMesh',
      'appmesh:DescribeRoute',
      'appmesh:DescribeVirtualNode',
      'appmesh:DescribeVirtualRouter',
      'appmesh:ListRoutes',
    ],
    resources: [mesh, `${mesh}/*`],
    neededBy: 'every mode',
  },
  {
    sid: 'RestoreRoutes',
    router: 'app-mesh',
    actions: ['appmesh:DeleteRoute', 'appmesh:UpdateRoute'],
    resources: [`${mesh}/virtualRouter/*`],
    neededBy: 'rollback, when the guard has not restored the routes (or removed the test route) in time',
  },
  {
    sid: 'CreateCanaryNode',
    router: 'app-mesh',
    actions: ['appmesh:CreateVirtualNode'],
    resources: [`${mesh}/virtualNode/*`],
    neededBy: 'deploy with create-canary-node: true',
  },
  {
    sid: 'ReadLatticeRoutes',
    router: 'vpc-lattice',
    actions: ['vpc-lattice:GetListener', 'vpc-lattice:GetRule', 'vpc-lattice:GetService'],
    resources: [latticeService, `${latticeService}/listener/*`],
    neededBy: 'every mode',
  },
  {
    sid: 'ReadLatticeTargetGroups',
    router: 'vpc-lattice',
    actions: ['vpc-lattice:GetTargetGroup'],
    resources: [`${latticeTargetGroup}/STABLE_TG_ID`, `${latticeTargetGroup}/CANARY_TG_ID`],
    neededBy: 'every mode',
  },
  {
    sid: 'FindLatticeByName',
    router: 'vpc-lattice',
    actions: [
      'vpc-lattice:ListListeners',
      'vpc-lattice:ListRules',
      'vpc-lattice:ListServices',
      'vpc-lattice:ListTargetGroups',
    ],
    resources: ['*'],
    neededBy:
      'every mode, when a lattice-* or target-group input is a name rather than an ID or ARN; deploy with test-traffic-header (ListRules)',
  },
  {
    sid: 'RestoreLatticeRoutes',
    router: 'vpc-lattice',
    actions: ['vpc-lattice:DeleteRule', 'vpc-lattice:UpdateListener', 'vpc-lattice:UpdateRule'],
    resources: [`${latticeService}/listener/*`],
    neededBy:
      'rollback, when the guard has not restored the rule (or default action) or removed the test rule in time',
  },
  {
    sid: 'ReadAlbRoutes',
    router: 'alb',
    actions: [
      'elasticloadbalancing:DescribeAccountLimits',
      'elasticloadbalancing:DescribeListeners',
      'elasticloadbalancing:DescribeRules',
      'elasticloadbalancing:DescribeTags',
      'elasticloadbalancing:DescribeTargetGroups',
    ],
    resources: ['*'],
    neededBy: 'every mode (Describe* support no resource-level permissions)',
  },
  {
    sid: 'RestoreAlbRoutes',
    router: 'alb',
    actions: [
      'elasticloadbalancing:DeleteRule',
      'elasticloadbalancing:ModifyListener',
      'elasticloadbalancing:ModifyRule',
    ],
    resources: [albListener, albRules],
    neededBy:
      'rollback, when the guard has not restored the rule (or default actions) or removed the test rule in time',
  },
  {
    sid: 'StartAndListCanaries',
    actions: ['states:DescribeStateMachine', 'states:ListExecutions', 'states:StartExecution'],
    resources: ['arn:aws:states:REGION:ACCOUNT:stateMachine:STATE_MACHINE_NAME'],
    neededBy: 'every mode (describe, start: deploy, before any write)',
  },
  {
    sid: 'FollowAndStopCanaries',
    actions: ['states:DescribeExecution', 'states:GetExecutionHistory', 'states:StopExecution'],
    resources: ['arn:aws:states:REGION:ACCOUNT:execution:STATE_MACHINE_NAME:*'],
    neededBy: 'every mode (stop: rollback)',
  },
  {
    sid: 'ResumePausedCanaries',
    actions: ['states:SendTaskSuccess'],
    resources: ['arn:aws:states:REGION:ACCOUNT:stateMachine:STATE_MACHINE_NAME'],
    neededBy: 'promote: answers the task token of a paused canary (a token acts for its state machine)',
  },
  {
    sid: 'ReadHealth',
    actions: ['cloudwatch:DescribeAlarms', 'cloudwatch:GetMetricData', 'xray:GetTimeSeriesServiceStatistics'],
    resources: ['*'],
    neededBy: 'deploy (pre-flight of the health sources it is given)',
  },
];

/** The actions a set of grants allows, each once, sorted. */
export function actionsOf(grants: readonly WorkflowGrant[]): string[] {
  return [...new Set(grants.flatMap((grant) => grant.actions))].sort();
}

/** A role's policy document from its grants, as infra/README shows it. */
export function policyJson(grants: readonly WorkflowGrant[]): string {
  const statements = grants.map((grant) => ({
    Sid: grant.sid,
    Effect: 'Allow',
    Action: grant.actions.length === 1 ? grant.actions[0] : grant.actions,
    Resource: grant.resources.length === 1 ? grant.resources[0] : grant.resources,
    ...(grant.conditions ? { Condition: grant.conditions } : {}),
  }));
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

export const workflowActions: readonly string[] = actionsOf(workflowGrants);

/** The workflow role's policy document, as infra/README shows it. */
export function workflowPolicyJson(): string {
  return policyJson(workflowGrants);
}

export function workflowPolicyTable(): string {
  const code = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ');
  const rows = workflowGrants.map(
    (grant) =>
      `| ${grant.sid} | ${grant.router ?? 'all'} | ${code(grant.actions)} | ${code(grant.resources)} | ${grant.neededBy} |`,
  );
  return ['| Statement | Router | Actions | Resources | Needed by |', '|---|---|---|---|---|', ...rows].join(
    '\n',
  );
}
