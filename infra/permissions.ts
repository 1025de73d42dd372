import { ArnFormat, Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { eventSource } from '../src/events/transitions.js';
import type { HandlerName } from './handlers.js';
import type { EcsServiceAccess, MeshAccess } from './props.js';

/**
 * The AWS actions each handler sends. Kept by hand on purpose (least privilege is reviewed, not generated);
 * __tests__/infra derives the same lists from the bundled code and fails when they differ.
 */
export const handlerActions: Readonly<Record<HandlerName, readonly string[]>> = {
  init: ['states:ListExecutions', 'states:DescribeExecution', 'appmesh:DescribeRoute', 'events:PutEvents'],
  shift: ['appmesh:DescribeRoute', 'appmesh:UpdateRoute', 'ecs:DescribeServices', 'events:PutEvents'],
  check: [
    'cloudwatch:GetMetricData',
    'cloudwatch:DescribeAlarms',
    'xray:GetTimeSeriesServiceStatistics',
    'ecs:DescribeServices',
    'events:PutEvents',
  ],
  promote: [
    'ecs:DescribeServices',
    'ecs:DescribeTaskDefinition',
    'ecs:RegisterTaskDefinition',
    'ecs:UpdateService',
  ],
  'promotion-check': ['ecs:DescribeServices'],
  finish: [
    'appmesh:DescribeRoute',
    'appmesh:UpdateRoute',
    'ecs:DescribeServices',
    'ecs:UpdateService',
    'events:PutEvents',
  ],
  rollback: [
    'appmesh:DescribeRoute',
    'appmesh:UpdateRoute',
    'ecs:DescribeServices',
    'ecs:DescribeTaskDefinition',
    'ecs:UpdateService',
    'events:PutEvents',
  ],
  guard: [
    'states:DescribeExecution',
    'states:ListExecutions',
    'states:StopExecution',
    'appmesh:DescribeRoute',
    'appmesh:UpdateRoute',
    'ecs:DescribeServices',
    'ecs:DescribeTaskDefinition',
    'ecs:UpdateService',
    'events:PutEvents',
  ],
};

/**
 * Actions IAM checks on top of the one called: RegisterTaskDefinition passes the task and execution roles,
 * and tags the new revision when the family carries tags (tag-on-create authorization).
 */
const impliedActions: Readonly<Record<string, readonly string[]>> = {
  'ecs:RegisterTaskDefinition': ['iam:PassRole', 'ecs:TagResource'],
};

/** Where an action may act, from the Service Authorization Reference. */
type ResourceKind =
  | 'mesh'
  | 'ecsService'
  | 'unscoped'
  | 'taskDefinitionOnCreate'
  | 'passRole'
  | 'alarm'
  | 'stateMachine'
  | 'execution'
  | 'defaultEventBus';

const resourceKinds: Readonly<Record<string, ResourceKind>> = {
  'appmesh:DescribeMesh': 'mesh',
  'appmesh:DescribeVirtualRouter': 'mesh',
  'appmesh:DescribeVirtualNode': 'mesh',
  'appmesh:ListRoutes': 'mesh',
  'appmesh:DescribeRoute': 'mesh',
  'appmesh:UpdateRoute': 'mesh',
  'ecs:DescribeServices': 'ecsService',
  'ecs:UpdateService': 'ecsService',
  'ecs:RegisterTaskDefinition': 'unscoped',
  'ecs:DescribeTaskDefinition': 'unscoped',
  'ecs:TagResource': 'taskDefinitionOnCreate',
  'iam:PassRole': 'passRole',
  'cloudwatch:GetMetricData': 'unscoped',
  'cloudwatch:DescribeAlarms': 'alarm',
  'xray:GetTimeSeriesServiceStatistics': 'unscoped',
  'states:ListExecutions': 'stateMachine',
  'states:DescribeExecution': 'execution',
  'states:StopExecution': 'execution',
  'events:PutEvents': 'defaultEventBus',
};

export interface GrantScope {
  meshes: readonly MeshAccess[];
  ecsServices: readonly EcsServiceAccess[];
  passRoleArns: readonly string[];
  alarmNamePrefixes?: readonly string[];
  stateMachineArn: string;
  stateMachineName: string;
}

/** One policy statement, and why its resources hold a wildcard when they do (for the cdk-nag suppression). */
export interface Grant {
  actions: string[];
  resources: string[];
  conditions?: Record<string, Record<string, string>>;
  wildcardReason?: string;
}

/** The handler's actions with those IAM checks alongside them, sorted. */
export function actionsOf(handler: HandlerName): string[] {
  const actions = new Set<string>();
  for (const action of handlerActions[handler]) {
    actions.add(action);
    for (const implied of impliedActions[action] ?? []) actions.add(implied);
  }
  return [...actions].sort();
}

/** Least-privilege statements for one handler: actions grouped by the resources they may act on. */
export function grantsFor(scope: Construct, handler: HandlerName, grantScope: GrantScope): Grant[] {
  const byKind = new Map<ResourceKind, string[]>();
  for (const action of actionsOf(handler)) {
    const kind = resourceKinds[action];
    if (!kind) throw new Error(`no resource scope is defined for ${action}; add it to infra/permissions.ts.`);
    byKind.set(kind, [...(byKind.get(kind) ?? []), action]);
  }
  return [...byKind].map(([kind, actions]) => ({
    actions,
    ...resourcesOf(kind, actions, scope, grantScope),
  }));
}

/** The wildcard resources of a grant, each with the reason it cannot be narrower. */
export function wildcardsOf(grant: Grant): Array<{ resource: string; reason: string }> {
  const wildcards = grant.resources.filter((resource) => resource.includes('*'));
  if (wildcards.length > 0 && !grant.wildcardReason) {
    throw new Error(
      `${grant.actions.join(', ')}: a wildcard resource needs a reason in infra/permissions.ts.`,
    );
  }
  return wildcards.map((resource) => ({ resource, reason: grant.wildcardReason ?? '' }));
}

function resourcesOf(
  kind: ResourceKind,
  actions: string[],
  construct: Construct,
  scope: GrantScope,
): Omit<Grant, 'actions'> {
  const stack = Stack.of(construct);
  switch (kind) {
    case 'mesh':
      return {
        resources: scope.meshes.flatMap((mesh) => {
          const arn = stack.formatArn({
            service: 'appmesh',
            resource: 'mesh',
            resourceName: mesh.name,
            ...(mesh.owner ? { account: mesh.owner } : {}),
          });
          return [arn, `${arn}/*`];
        }),
        wildcardReason:
          'Limited to the given meshes: mesh/<name>/* covers their virtual routers, routes and virtual nodes, ' +
          'which each execution document names at run time.',
      };
    case 'ecsService':
      return {
        resources: scope.ecsServices.flatMap(({ cluster, services }) =>
          services.map((service) =>
            stack.formatArn({ service: 'ecs', resource: 'service', resourceName: `${cluster}/${service}` }),
          ),
        ),
      };
    case 'unscoped':
      return {
        resources: ['*'],
        wildcardReason: `${actions.join(', ')} support no resource-level permissions (Service Authorization Reference).`,
      };
    case 'taskDefinitionOnCreate':
      return {
        resources: [stack.formatArn({ service: 'ecs', resource: 'task-definition', resourceName: '*' })],
        conditions: { StringEquals: { 'ecs:CreateAction': 'RegisterTaskDefinition' } },
        wildcardReason:
          'Tags only a task definition revision being registered (condition ecs:CreateAction); ' +
          'the families are those of the deployed services, named by each execution document.',
      };
    case 'passRole':
      return {
        resources: [...scope.passRoleArns],
        conditions: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
      };
    case 'alarm':
      return scope.alarmNamePrefixes && scope.alarmNamePrefixes.length > 0
        ? {
            resources: scope.alarmNamePrefixes.map((prefix) =>
              stack.formatArn({
                service: 'cloudwatch',
                resource: 'alarm',
                resourceName: `${prefix}*`,
                arnFormat: ArnFormat.COLON_RESOURCE_NAME,
              }),
            ),
            wildcardReason: 'Limited to the alarms whose names start with the given prefixes.',
          }
        : {
            resources: ['*'],
            wildcardReason:
              'cloudwatch:DescribeAlarms returns composite alarms only when allowed on *; ' +
              'give alarmNamePrefixes to limit it to metric alarms with those name prefixes.',
          };
    case 'stateMachine':
      return { resources: [scope.stateMachineArn] };
    case 'execution':
      return {
        resources: [
          stack.formatArn({
            service: 'states',
            resource: 'execution',
            resourceName: `${scope.stateMachineName}:*`,
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ],
        wildcardReason: "Limited to this state machine's executions, one per canary.",
      };
    case 'defaultEventBus':
      return {
        resources: [stack.formatArn({ service: 'events', resource: 'event-bus', resourceName: 'default' })],
        conditions: { StringEquals: { 'events:source': eventSource } },
      };
  }
}
