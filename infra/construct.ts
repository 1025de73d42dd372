import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { allowlistSubstitution, allowlistSubstitutionValue } from '../src/orchestrator/hooks/allowlist.js';
import { handlerCode } from './bundling.js';
import { stateMachineDefinition } from './definition.js';
import { type HandlerName, handlerNames, pascalName, taskSubstitutions, timeoutOf } from './handlers.js';
import { hookAllowlistOf, hookGrants } from './hooks.js';
import { acknowledge, acknowledgeWildcards } from './nag.js';
import { CanaryNotifications } from './notifications.js';
import { grantsFor, wildcardsOf } from './permissions.js';
import { type AppMeshCanaryOrchestratorProps, defaultExecutionTimeout, validateProps } from './props.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The state machine definition the construct deploys. */
export const definitionFile = join(repoRoot, 'statemachine', 'canary.asl.json');

/**
 * The serverless canary orchestrator: one Lambda per Task state, the Step Functions state machine from
 * statemachine/canary.asl.json, and the guard that rolls back executions that end ABORTED, TIMED_OUT or FAILED.
 * Every role is limited to what its handler calls, on the meshes, VPC Lattice services, ALB listeners, ECS
 * services and roles given in the props; one stack serves every router it is given resources of.
 */
export class AppMeshCanaryOrchestrator extends Construct {
  readonly stateMachine: sfn.StateMachine;
  readonly stateMachineArn: string;
  readonly functions: Readonly<Record<HandlerName, lambda.Function>>;
  readonly guardRule: events.Rule;
  /** Alarms that enter ALARM: the guard stops, at once, the running canaries that name them. */
  readonly alarmRule: events.Rule;
  /** The topic each canary event's message goes to, when notifications are configured. */
  readonly notifications?: CanaryNotifications;
  /** Guard invocations that failed after their retries: alarm on it, a canary may still be split. */
  readonly guardDeadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: AppMeshCanaryOrchestratorProps) {
    super(scope, id);
    validateProps(props);
    const retention = props.logRetention ?? logs.RetentionDays.ONE_MONTH;

    this.guardDeadLetterQueue = new sqs.Queue(this, 'GuardDeadLetterQueue', {
      enforceSSL: true,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      retentionPeriod: Duration.days(14),
    });

    const functions = {} as Record<HandlerName, lambda.Function>;
    for (const handler of handlerNames) functions[handler] = this.handlerFunction(handler, props, retention);
    this.functions = functions;

    this.stateMachine = this.canaryStateMachine(props, retention);
    this.stateMachineArn = this.stateMachine.stateMachineArn;
    this.grantAwsCalls(props);
    this.grantHookTargets(props);
    this.guardRule = this.guardRuleFor(this.stateMachine);
    if (props.notifications)
      this.notifications = new CanaryNotifications(this, 'Notifications', props.notifications);
    // The state machine does not name the guard, so the guard may name the state machine: no cycle.
    this.functions.guard.addEnvironment('STATE_MACHINE_ARN', this.stateMachine.stateMachineArn);
    this.alarmRule = this.alarmRuleFor(props);
  }

  private handlerFunction(
    handler: HandlerName,
    props: AppMeshCanaryOrchestratorProps,
    retention: logs.RetentionDays,
  ): lambda.Function {
    const name = pascalName(handler);
    // A role per handler without the AWS managed basic execution policy: it writes to its own log group only.
    const role = new iam.Role(this, `${name}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `appmesh-canary ${handler} handler`,
    });
    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'Added by CDK for active X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no ' +
        'resource-level permissions.',
    );
    const logGroup = new logs.LogGroup(this, `${name}Logs`, { retention });
    logGroup.grantWrite(role);
    const lambdasDir = resolve(props.lambdasDir ?? join(repoRoot, 'lambdas'));
    // The handlers' project (package-lock.json, node_modules, src/) is the parent of their directory.
    const projectRoot = dirname(lambdasDir);
    return new lambda.Function(this, `${name}Function`, {
      code: handlerCode(join(lambdasDir, `${handler}.ts`), projectRoot, {
        linkedMaps: props.sourceMaps === true,
      }),
      handler: 'index.handler',
      description: `appmesh-canary: ${handler}`,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 256,
      timeout: timeoutOf(handler),
      tracing: lambda.Tracing.ACTIVE,
      role,
      logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: 'appmesh-canary',
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        // The maps ship beside each bundle either way; the flag would read them on every cold start.
        ...(props.sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {}),
      },
      ...(handler === 'guard' ? { deadLetterQueue: this.guardDeadLetterQueue } : {}),
    });
  }

  private canaryStateMachine(props: AppMeshCanaryOrchestratorProps, retention: logs.RetentionDays) {
    const functionArns = Object.entries(taskSubstitutions).map(
      ([name, handler]) => [name, this.functions[handler].functionArn] as const,
    );
    const stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      ...(props.stateMachineName ? { stateMachineName: props.stateMachineName } : {}),
      definitionBody: sfn.DefinitionBody.fromString(
        stateMachineDefinition(definitionFile, props.executionTimeout ?? defaultExecutionTimeout, [
          ...Object.keys(taskSubstitutions),
          allowlistSubstitution,
        ]),
      ),
      definitionSubstitutions: {
        ...Object.fromEntries(functionArns),
        [allowlistSubstitution]: allowlistSubstitutionValue(hookAllowlistOf(props)),
      },
      tracingEnabled: true,
      logs: {
        destination: new logs.LogGroup(this, 'StateMachineLogs', { retention }),
        level: sfn.LogLevel.ALL,
        // The execution history already holds every state's input and output; the handlers log what matters.
        includeExecutionData: false,
      },
    });
    stateMachine.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: functionArns.map(([, arn]) => arn),
      }),
    );
    acknowledge(
      stateMachine.role,
      'AwsSolutions-IAM5[Resource::*]',
      'Added by CDK for logging and X-Ray tracing: the CloudWatch Logs delivery and X-Ray actions support no ' +
        'resource-level permissions.',
    );
    return stateMachine;
  }

  /**
   * What each handler calls, in a policy of its own: attached to the role after the function exists, it can
   * name the state machine that names the function without a dependency cycle.
   */
  private grantAwsCalls(props: AppMeshCanaryOrchestratorProps): void {
    const scope = {
      ...props,
      stateMachineArn: this.stateMachine.stateMachineArn,
      stateMachineName: this.stateMachine.stateMachineName,
    };
    for (const handler of handlerNames) {
      const grants = grantsFor(this, handler, scope);
      const policy = new iam.Policy(this, `${pascalName(handler)}AwsCalls`, {
        roles: [this.functions[handler].role!],
        statements: grants.map(
          ({ actions, resources, conditions }) =>
            new iam.PolicyStatement({ actions, resources, ...(conditions ? { conditions } : {}) }),
        ),
      });
      acknowledgeWildcards(policy, grants.flatMap(wildcardsOf));
    }
  }

  /**
   * The hook targets the props allow, to the state machine's role (its integrations call them). A policy of its
   * own: it names the state machine (states:InvokeHTTPEndpoint) without a dependency cycle.
   */
  private grantHookTargets(props: AppMeshCanaryOrchestratorProps): void {
    const clusters = [...new Set(props.ecsServices.map((access) => access.cluster))];
    const grants = hookGrants(this, props, clusters, this.stateMachine.stateMachineArn);
    if (grants.length === 0) return;
    const policy = new iam.Policy(this, 'HookTargets', {
      roles: [this.stateMachine.role],
      statements: grants.map(
        ({ actions, resources, conditions }) =>
          new iam.PolicyStatement({ actions, resources, ...(conditions ? { conditions } : {}) }),
      ),
    });
    acknowledgeWildcards(policy, grants.flatMap(wildcardsOf));
  }

  /**
   * Alarm push: CloudWatch announces each alarm that enters ALARM; the guard stops the running canaries whose
   * health names it (those it does not name cost one ListExecutions). Limited to alarmNamePrefixes when given.
   */
  private alarmRuleFor(props: AppMeshCanaryOrchestratorProps): events.Rule {
    const prefixes = props.alarmNamePrefixes ?? [];
    return new events.Rule(this, 'AlarmRule', {
      description: 'appmesh-canary: stops the running canaries that name an alarm entering ALARM.',
      eventPattern: {
        source: ['aws.cloudwatch'],
        detailType: ['CloudWatch Alarm State Change'],
        detail: {
          state: { value: ['ALARM'] },
          ...(prefixes.length > 0
            ? { alarmName: prefixes.map((prefix) => ({ prefix })) as unknown as string[] }
            : {}),
        },
      },
      targets: [
        new targets.LambdaFunction(this.functions.guard, {
          deadLetterQueue: this.guardDeadLetterQueue,
          retryAttempts: 8,
          maxEventAge: Duration.minutes(30),
        }),
      ],
    });
  }

  /** Executions that end without their own Rollback having run (stopped, timed out, failed outside a Catch). */
  private guardRuleFor(stateMachine: sfn.StateMachine): events.Rule {
    return new events.Rule(this, 'GuardRule', {
      description: 'appmesh-canary: rolls back canary executions that end ABORTED, TIMED_OUT or FAILED.',
      eventPattern: {
        source: ['aws.states'],
        detailType: ['Step Functions Execution Status Change'],
        detail: {
          status: ['ABORTED', 'TIMED_OUT', 'FAILED'],
          stateMachineArn: [stateMachine.stateMachineArn],
        },
      },
      targets: [
        new targets.LambdaFunction(this.functions.guard, {
          deadLetterQueue: this.guardDeadLetterQueue,
          retryAttempts: 8,
          maxEventAge: Duration.hours(6),
        }),
      ],
    });
  }
}
