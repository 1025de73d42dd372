/**
 * The permissions of the role the GitHub workflow assumes: the one source of the policy in README.md and
 * infra/README.md (scripts/render-docs.ts writes both; a test fails when they differ). The end-to-end tests
 * check that every AWS call the Action makes is in this table.
 */
export interface WorkflowGrant {
  sid: string;
  actions: readonly string[];
  /** Policy resources, with REGION, ACCOUNT, MESH_OWNER and STATE_MACHINE_NAME for the user to replace. */
  resources: readonly string[];
  conditions?: Record<string, Record<string, string>>;
  /** Which modes or inputs need it, for the README. */
  neededBy: string;
}

const mesh = 'arn:aws:appmesh:REGION:MESH_OWNER:mesh/apps';

export const workflowGrants: readonly WorkflowGrant[] = [
  {
    sid: 'TaskDefinitions',
    actions: ['ecs:DescribeTaskDefinition', 'ecs:RegisterTaskDefinition'],
    resources: ['*'],
    neededBy: 'deploy (register: not on a dry run); rollback after a promotion',
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
    actions: ['appmesh:UpdateRoute'],
    resources: [`${mesh}/virtualRouter/*`],
    neededBy: 'rollback, when the guard has not restored the routes in time',
  },
  {
    sid: 'CreateCanaryNode',
    actions: ['appmesh:CreateVirtualNode'],
    resources: [`${mesh}/virtualNode/*`],
    neededBy: 'deploy with create-canary-node: true',
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
    sid: 'ReadHealth',
    actions: ['cloudwatch:DescribeAlarms', 'cloudwatch:GetMetricData', 'xray:GetTimeSeriesServiceStatistics'],
    resources: ['*'],
    neededBy: 'deploy (pre-flight of the health sources it is given)',
  },
];

export const workflowActions: readonly string[] = [
  ...new Set(workflowGrants.flatMap((grant) => grant.actions)),
].sort();

/** The policy document, as infra/README shows it. */
export function workflowPolicyJson(): string {
  const statements = workflowGrants.map((grant) => ({
    Sid: grant.sid,
    Effect: 'Allow',
    Action: grant.actions.length === 1 ? grant.actions[0] : grant.actions,
    Resource: grant.resources.length === 1 ? grant.resources[0] : grant.resources,
    ...(grant.conditions ? { Condition: grant.conditions } : {}),
  }));
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

/** The table README shows: each statement's actions, resources and who needs them. */
export function workflowPolicyTable(): string {
  const code = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ');
  const rows = workflowGrants.map(
    (grant) => `| ${grant.sid} | ${code(grant.actions)} | ${code(grant.resources)} | ${grant.neededBy} |`,
  );
  return ['| Statement | Actions | Resources | Needed by |', '|---|---|---|---|', ...rows].join('\n');
}
