import { ArnFormat, Fn, Stack, Token } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { eventSource } from '../src/events/transitions.js';
import type { HandlerName } from './handlers.js';
import { type EcsServiceAccess, type MeshAccess, type RouterName, routersOf } from './props.js';

/**
 * The AWS actions each handler sends. Kept by hand on purpose (least privilege is reviewed, not generated);
 * __tests__/infra derives the same lists from the bundled code and fails when they differ.
 */
export const handlerActions: Readonly<Record<HandlerName, readonly string[]>> = {
  init: ['states:ListExecutions', 'states:DescribeExecution', ...readRoutes(), 'events:PutEvents'],
  shift: [
    ...readRoutes(),
    ...writeRoutes(),
    ...readTestRoutes(),
    ...createTestRoutes(),
    'ecs:DescribeServices',
    'events:PutEvents',
  ],
  check: [
    'cloudwatch:GetMetricData',
    'cloudwatch:DescribeAlarms',
    'xray:GetTimeSeriesServiceStatistics',
    'ecs:DescribeServices',
    'events:PutEvents',
  ],
  hold: [
    'cloudwatch:GetMetricData',
    'cloudwatch:DescribeAlarms',
    'xray:GetTimeSeriesServiceStatistics',
    'ecs:DescribeServices',
    'states:SendTaskSuccess',
    'states:SendTaskFailure',
    'events:PutEvents',
  ],
  resume: [
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
  // Builds a hook call and judges its result: Step Functions' own integrations call the hook itself.
  hook: ['events:PutEvents'],
  finish: [
    ...readRoutes(),
    ...writeRoutes(),
    ...readTestRoutes(),
    ...deleteTestRoutes(),
    'ecs:DescribeServices',
    'ecs:UpdateService',
    'events:PutEvents',
  ],
  rollback: [
    ...readRoutes(),
    ...writeRoutes(),
    ...readTestRoutes(),
    ...deleteTestRoutes(),
    'ecs:DescribeServices',
    'ecs:DescribeTaskDefinition',
    'ecs:UpdateService',
    'events:PutEvents',
  ],
  guard: [
    'states:DescribeExecution',
    'states:ListExecutions',
    'states:StopExecution',
    ...readRoutes(),
    ...writeRoutes(),
    ...readTestRoutes(),
    ...deleteTestRoutes(),
    'ecs:DescribeServices',
    'ecs:DescribeTaskDefinition',
    'ecs:UpdateService',
    'events:PutEvents',
  ],
};

/**
 * How a handler reads the routed resource a document names, whatever its router: an App Mesh route, a VPC
 * Lattice rule or listener, an ALB rule or listener (the drift check before every write).
 */
function readRoutes(): string[] {
  return [
    'appmesh:DescribeRoute',
    'vpc-lattice:GetListener',
    'vpc-lattice:GetRule',
    'elasticloadbalancing:DescribeListeners',
    'elasticloadbalancing:DescribeRules',
  ];
}

/** How it writes one: only the weights of the route, or the action(s) of the rule or listener. */
function writeRoutes(): string[] {
  return [
    'appmesh:UpdateRoute',
    'vpc-lattice:UpdateListener',
    'vpc-lattice:UpdateRule',
    'elasticloadbalancing:ModifyListener',
    'elasticloadbalancing:ModifyRule',
  ];
}

/** How a handler finds the test route or rule of a deployment: by its name, or by its deployment tag. */
function readTestRoutes(): string[] {
  return ['elasticloadbalancing:DescribeTags', 'vpc-lattice:ListRules'];
}

/** How the first shift creates it (tagged with the deployment id: the tags are authorized on create). */
function createTestRoutes(): string[] {
  return ['appmesh:CreateRoute', 'elasticloadbalancing:CreateRule', 'vpc-lattice:CreateRule'];
}

/** How promotion and rollback remove it. */
function deleteTestRoutes(): string[] {
  return ['appmesh:DeleteRoute', 'elasticloadbalancing:DeleteRule', 'vpc-lattice:DeleteRule'];
}

/**
 * The router each router action serves: a stack is granted only the actions of the routers whose resources its
 * props give (a mesh-only stack gets no VPC Lattice or ELB permission at all).
 */
const routerOfPrefix: Readonly<Record<string, RouterName>> = {
  appmesh: 'app-mesh',
  'vpc-lattice': 'vpc-lattice',
  elasticloadbalancing: 'alb',
};

export function routerOfAction(action: string): RouterName | undefined {
  return routerOfPrefix[action.split(':')[0]!];
}

/**
 * Actions IAM checks on top of the one called: RegisterTaskDefinition passes the task and execution roles,
 * and tags the new revision when the family carries tags (tag-on-create authorization).
 */
const impliedActions: Readonly<Record<string, readonly string[]>> = {
  'ecs:RegisterTaskDefinition': ['iam:PassRole', 'ecs:TagResource'],
  'appmesh:CreateRoute': ['appmesh:TagResource'],
  'elasticloadbalancing:CreateRule': ['elasticloadbalancing:AddTags'],
  'vpc-lattice:CreateRule': ['vpc-lattice:TagResource'],
};

/** Where an action may act, from the Service Authorization Reference. */
type ResourceKind =
  | 'mesh'
  | 'latticeListener'
  | 'albListener'
  | 'albListenerRule'
  | 'albListenerAndRules'
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
  'appmesh:CreateRoute': 'mesh',
  'appmesh:DeleteRoute': 'mesh',
  'appmesh:TagResource': 'mesh',
  // The Listener resource (service/<id>/listener/<id>) and the Rule resource (…/rule/<id>).
  'vpc-lattice:GetListener': 'latticeListener',
  'vpc-lattice:UpdateListener': 'latticeListener',
  'vpc-lattice:GetRule': 'latticeListener',
  'vpc-lattice:UpdateRule': 'latticeListener',
  'vpc-lattice:ListRules': 'latticeListener',
  'vpc-lattice:CreateRule': 'latticeListener',
  'vpc-lattice:DeleteRule': 'latticeListener',
  'vpc-lattice:TagResource': 'latticeListener',
  'elasticloadbalancing:DescribeListeners': 'unscoped',
  'elasticloadbalancing:DescribeRules': 'unscoped',
  'elasticloadbalancing:ModifyListener': 'albListener',
  'elasticloadbalancing:ModifyRule': 'albListenerRule',
  'elasticloadbalancing:DescribeTags': 'unscoped',
  // CreateRule acts on the listener, and the new rule is tagged on create.
  'elasticloadbalancing:CreateRule': 'albListenerAndRules',
  'elasticloadbalancing:AddTags': 'albListenerRule',
  'elasticloadbalancing:DeleteRule': 'albListenerRule',
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
  // A callback task's token answers for its state machine (CDK's grantTaskResponse scopes it the same way).
  'states:SendTaskSuccess': 'stateMachine',
  'states:SendTaskFailure': 'stateMachine',
  'events:PutEvents': 'defaultEventBus',
};

export interface GrantScope {
  meshes?: readonly MeshAccess[];
  latticeServices?: readonly string[];
  albListenerArns?: readonly string[];
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
  conditions?: Record<string, Record<string, string | string[]>>;
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

/**
 * The handler's actions this stack grants: all but those of the routers it does not serve (a document naming
 * such a router is then refused by IAM, before any write).
 */
export function grantedActionsOf(handler: HandlerName, scope: GrantScope): string[] {
  const routers = new Set(routersOf(scope));
  return actionsOf(handler).filter((action) => {
    const router = routerOfAction(action);
    return router === undefined || routers.has(router);
  });
}

/** Least-privilege statements for one handler: actions grouped by the resources they may act on. */
export function grantsFor(scope: Construct, handler: HandlerName, grantScope: GrantScope): Grant[] {
  const byKind = new Map<ResourceKind, string[]>();
  for (const action of grantedActionsOf(handler, grantScope)) {
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
        resources: (scope.meshes ?? []).flatMap((mesh) => {
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
    case 'latticeListener':
      return {
        resources: unique(
          (scope.latticeServices ?? []).map((service) => `${latticeServiceArn(stack, service)}/listener/*`),
        ),
        wildcardReason:
          'Limited to the given VPC Lattice services: service/<id>/listener/* covers their listeners and ' +
          'listener rules, which each execution document names at run time.',
      };
    case 'albListener':
      return { resources: unique(scope.albListenerArns ?? []) };
    case 'albListenerRule':
      return {
        resources: unique((scope.albListenerArns ?? []).map(rulesOfListener)),
        wildcardReason:
          'Limited to the rules of the given ALB listeners (listener-rule/app/<lb>/<lb-id>/<listener-id>/*); ' +
          'each execution document names its rule at run time.',
      };
    case 'albListenerAndRules':
      return {
        resources: unique([
          ...(scope.albListenerArns ?? []),
          ...(scope.albListenerArns ?? []).map(rulesOfListener),
        ]),
        wildcardReason:
          'Limited to the given ALB listeners and their rules (listener-rule/app/<lb>/<lb-id>/<listener-id>/*): ' +
          'the test rule is created on the listener and tagged on create.',
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

/** A service ARN as given, or built from an ID in this account and Region. A token is taken as an ARN. */
function latticeServiceArn(stack: Stack, service: string): string {
  if (Token.isUnresolved(service) || service.startsWith('arn:')) return service;
  return stack.formatArn({ service: 'vpc-lattice', resource: 'service', resourceName: service });
}

/**
 * The rules of an ALB listener: a rule's ARN is its listener's with listener-rule/ for listener/ and the rule ID
 * appended (arn:…:listener-rule/app/<lb>/<lb-id>/<listener-id>/<rule-id>).
 */
function rulesOfListener(listenerArn: string): string {
  if (!Token.isUnresolved(listenerArn)) return `${listenerArn.replace(':listener/', ':listener-rule/')}/*`;
  const [head, tail] = Fn.split(':listener/', listenerArn, 2);
  return `${head}:listener-rule/${tail}/*`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
