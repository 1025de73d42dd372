import { ArnFormat, Stack, Token } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { InputError } from '../src/errors.js';
import {
  type HookAllowlist,
  taskDefinitionFamilyArn,
  unqualifiedFunctionArn,
} from '../src/orchestrator/hooks/allowlist.js';
import type { Grant } from './permissions.js';

/** An EventBridge connection https hooks may be called through, and the URL prefixes it may be used for. */
export interface HookConnectionAccess {
  readonly connectionArn: string;
  readonly endpoints: readonly string[];
}

/** The hook targets a stack may call: granted to the state machine's role, and written into its definition. */
export interface HookAccess {
  /** Lambda function ARNs hooks may invoke (a version or alias of an unqualified one too). */
  readonly hookFunctions?: readonly string[];
  /** Task definition ARNs hooks may run: a family (any revision) or one revision. */
  readonly hookTaskDefinitions?: readonly string[];
  /** Task and execution roles of the hook task definitions (iam:PassRole for RunTask). */
  readonly hookPassRoleArns?: readonly string[];
  /** Connections https hooks are called through, with the URL prefixes each may reach. */
  readonly hookConnections?: readonly HookConnectionAccess[];
}

/** The names a check reports: the construct props, or the CDK context keys the app read them from. */
export const hookPropNames = {
  functions: 'hookFunctions',
  taskDefinitions: 'hookTaskDefinitions',
  passRoles: 'hookPassRoleArns',
  connections: 'hookConnections',
} as const;

const functionArn =
  /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]{1,128})?$/;
const taskDefinitionArn =
  /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}(:\d+)?$/;
const roleArn = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const connectionArn = /^arn:aws[a-z-]*:events:[a-z0-9-]+:\d{12}:connection\/[\w.-]+\/[\w-]+$/;

/** Refuses at synth what would grant something else than meant (a wildcard, an http:// endpoint). */
export function validateHookAccess(
  access: HookAccess,
  names: Record<keyof typeof hookPropNames, string> = hookPropNames,
): void {
  const check = (name: string, pattern: RegExp, value: string, form: string) => {
    if (!Token.isUnresolved(value) && !pattern.test(value))
      throw new InputError(name, `must hold ${form}; got "${value}".`);
  };
  for (const arn of access.hookFunctions ?? [])
    check(
      names.functions,
      functionArn,
      arn,
      'Lambda function ARNs (arn:aws:lambda:REGION:ACCOUNT:function:NAME)',
    );
  for (const arn of access.hookTaskDefinitions ?? [])
    check(
      names.taskDefinitions,
      taskDefinitionArn,
      arn,
      'task definition ARNs (arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY[:REVISION])',
    );
  for (const arn of access.hookPassRoleArns ?? [])
    check(names.passRoles, roleArn, arn, 'IAM role ARNs (arn:aws:iam::ACCOUNT:role/NAME)');
  if ((access.hookTaskDefinitions ?? []).length > 0 && (access.hookPassRoleArns ?? []).length === 0)
    throw new InputError(
      names.passRoles,
      `is empty, but ${names.taskDefinitions} is given: give the hook task definitions' task and execution role ARNs (RunTask passes them).`,
    );
  for (const connection of access.hookConnections ?? []) {
    check(
      names.connections,
      connectionArn,
      connection.connectionArn,
      'EventBridge connection ARNs (arn:aws:events:REGION:ACCOUNT:connection/NAME/ID)',
    );
    if (connection.endpoints.length === 0)
      throw new InputError(
        names.connections,
        `connection ${connection.connectionArn} lists no endpoint: give the https:// URL prefixes it may call.`,
      );
    for (const endpoint of connection.endpoints)
      if (!Token.isUnresolved(endpoint) && !/^https:\/\/[^\s*/]+(\/\S*)?$/.test(endpoint))
        throw new InputError(
          names.connections,
          `endpoint "${endpoint}" must be an https:// URL prefix without "*" (e.g. https://hooks.example.com/canary/).`,
        );
  }
}

/** What the definition carries for the deploy's pre-flight. */
export function hookAllowlistOf(access: HookAccess): HookAllowlist {
  return {
    functions: [...(access.hookFunctions ?? [])],
    taskDefinitions: [...(access.hookTaskDefinitions ?? [])],
    passRoles: [...(access.hookPassRoleArns ?? [])],
    connections: (access.hookConnections ?? []).map((connection) => ({
      connectionArn: connection.connectionArn,
      endpoints: [...connection.endpoints],
    })),
  };
}

/**
 * The state machine role's grants for the hook targets, exactly those given: lambda:InvokeFunction; for ECS
 * tasks RunTask (in the given clusters), StopTask and DescribeTasks, the managed rule ecs:runTask.sync waits
 * with, and PassRole of the hook tasks' roles; for https, InvokeHTTPEndpoint (POST to the given prefixes)
 * and the connections' credentials.
 */
export function hookGrants(
  scope: Construct,
  access: HookAccess,
  clusters: readonly string[],
  stateMachineArn: string,
): Grant[] {
  const stack = Stack.of(scope);
  const grants: Grant[] = [];
  const functions = access.hookFunctions ?? [];
  if (functions.length > 0)
    grants.push({
      actions: ['lambda:InvokeFunction'],
      resources: functions.flatMap((arn) =>
        unqualifiedFunctionArn(arn) === arn ? [arn, `${arn}:*`] : [arn],
      ),
      wildcardReason: 'The versions and aliases of a hook function given unqualified: a hook may name one.',
    });
  const taskDefinitions = access.hookTaskDefinitions ?? [];
  if (taskDefinitions.length > 0) {
    const clusterArns = clusters.map((cluster) =>
      stack.formatArn({ service: 'ecs', resource: 'cluster', resourceName: cluster }),
    );
    grants.push(
      {
        actions: ['ecs:RunTask'],
        resources: taskDefinitions.map((arn) => (taskDefinitionFamilyArn(arn) === arn ? `${arn}:*` : arn)),
        conditions: { ArnEquals: { 'ecs:cluster': clusterArns } },
        wildcardReason:
          'Every revision of a hook task definition family given without one; only in the given clusters.',
      },
      {
        actions: ['ecs:StopTask', 'ecs:DescribeTasks'],
        resources: clusters.map((cluster) =>
          stack.formatArn({ service: 'ecs', resource: 'task', resourceName: `${cluster}/*` }),
        ),
        wildcardReason:
          'ecs:runTask.sync stops and describes the hook task it started; its ID is known only then.',
      },
      {
        actions: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
        resources: [
          stack.formatArn({
            service: 'events',
            resource: 'rule',
            resourceName: 'StepFunctionsGetEventsForECSTaskRule',
          }),
        ],
      },
      {
        actions: ['iam:PassRole'],
        resources: [...(access.hookPassRoleArns ?? [])],
        conditions: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
      },
    );
  }
  const connections = access.hookConnections ?? [];
  if (connections.length > 0)
    grants.push(
      {
        actions: ['states:InvokeHTTPEndpoint'],
        resources: [stateMachineArn],
        conditions: {
          StringEquals: { 'states:HTTPMethod': 'POST' },
          StringLike: {
            'states:HTTPEndpoint': connections.flatMap((connection) =>
              connection.endpoints.map((endpoint) => `${endpoint}*`),
            ),
          },
        },
      },
      {
        actions: ['events:RetrieveConnectionCredentials'],
        resources: connections.map((connection) => connection.connectionArn),
      },
      {
        actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
        resources: [
          stack.formatArn({
            service: 'secretsmanager',
            resource: 'secret',
            resourceName: 'events!connection/*',
            arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          }),
        ],
        wildcardReason:
          'The secret EventBridge keeps for each connection (events!connection/NAME/ID-suffix): its suffix is not known to the stack.',
      },
    );
  return grants;
}
