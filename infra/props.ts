import { Duration, Token } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { InputError } from '../src/errors.js';
import { parseListenerArn } from '../src/routing/alb/arns.js';
import { parseLatticeIdentifier } from '../src/routing/vpc-lattice/identifiers.js';
import { type HookAccess, validateHookAccess } from './hooks.js';

/** A mesh the canary shifts traffic in; `owner` is the owning account when the mesh is shared with this one. */
export interface MeshAccess {
  readonly name: string;
  readonly owner?: string;
}

/** ECS services (stable and canary) the canary may update, in a cluster of this account and region. */
export interface EcsServiceAccess {
  readonly cluster: string;
  readonly services: readonly string[];
}

export const logLevels = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface AppMeshCanaryOrchestratorProps extends HookAccess {
  /** Router app-mesh: meshes whose routes the canary may read and shift. */
  readonly meshes?: readonly MeshAccess[];
  /**
   * Router vpc-lattice: VPC Lattice services (ARN, or ID in this account and Region) whose listeners' default
   * actions and rules the canary may read and shift.
   */
  readonly latticeServices?: readonly string[];
  /** Router alb: Application Load Balancer listener ARNs whose default actions and rules the canary may shift. */
  readonly albListenerArns?: readonly string[];
  /** ECS services the canary may describe and update (scale the canary, promote and revert the stable). */
  readonly ecsServices: readonly EcsServiceAccess[];
  /** Task and execution roles RegisterTaskDefinition passes when promotion registers the new revision. */
  readonly passRoleArns: readonly string[];
  /** Limit cloudwatch:DescribeAlarms to alarms with these name prefixes (composite alarms then cannot be read). */
  readonly alarmNamePrefixes?: readonly string[];
  /** Powertools log level of the handlers. @default INFO */
  readonly logLevel?: LogLevel;
  /** Retention of the handlers' and the state machine's logs. @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** @default a name CloudFormation generates */
  readonly stateMachineName?: string;
  /**
   * An execution still running after this is TIMED_OUT, and the guard rolls it back.
   * @default defaultExecutionTimeout (3 days)
   */
  readonly executionTimeout?: Duration;
  /**
   * Send each canary event's one-line message to an SNS topic: an existing one (topicArn, e.g. AWS Chatbot's)
   * or one created with these email subscribers. @default no notifications (events still reach the bus)
   */
  readonly notifications?: { readonly topicArn?: string; readonly emails?: readonly string[] };
  /**
   * Run every handler with --enable-source-maps: each cold start then reads its bundle's source map. Without it
   * the handlers still log their errors' stacks mapped to the sources, reading the map only at the first error.
   * @default false
   */
  readonly sourceMaps?: boolean;
  /** Directory of the handler entry files (init.ts, shift.ts, ...). @default the repository's lambdas/ */
  readonly lambdasDir?: string;
}

/**
 * The one default, whichever cdk.json the app is synthesized from: long enough for a day-long pause
 * (pause-timeout 24h) with its bakes and promotion.
 */
export const defaultExecutionTimeout = Duration.days(3);

const namePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/;
const accountPattern = /^\d{12}$/;
const roleArnPattern = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const stateMachineNamePattern = /^[A-Za-z0-9_-]{1,80}$/;
// What SNS accepts as an email endpoint, roughly: one local part, one @, a dotted domain.
const emailPattern = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()".]+$/;

/** The routers a stack serves: those whose resources the props give. */
export type RouterName = 'app-mesh' | 'vpc-lattice' | 'alb';

export function routersOf(
  props: Pick<AppMeshCanaryOrchestratorProps, 'meshes' | 'latticeServices' | 'albListenerArns'>,
): RouterName[] {
  return [
    ...((props.meshes ?? []).length > 0 ? (['app-mesh'] as const) : []),
    ...((props.latticeServices ?? []).length > 0 ? (['vpc-lattice'] as const) : []),
    ...((props.albListenerArns ?? []).length > 0 ? (['alb'] as const) : []),
  ];
}

/** Rejects props that would deploy a policy granting nothing, or something else than meant. */
export function validateProps(props: AppMeshCanaryOrchestratorProps): void {
  if (routersOf(props).length === 0) {
    throw new InputError(
      'meshes',
      'no router is given: give the meshes (App Mesh), latticeServices (VPC Lattice) or albListenerArns ' +
        '(Application Load Balancer) whose traffic the canary shifts; one stack may serve all three.',
    );
  }
  for (const mesh of props.meshes ?? []) {
    checkName('meshes', 'mesh name', mesh.name);
    checkMeshOwner('meshes', mesh);
  }
  for (const service of props.latticeServices ?? []) checkLatticeService('latticeServices', service);
  for (const listener of props.albListenerArns ?? []) checkAlbListenerArn('albListenerArns', listener);
  if (props.ecsServices.length === 0) {
    throw new InputError('ecsServices', 'is empty; give the cluster and its stable and canary services.');
  }
  for (const { cluster, services } of props.ecsServices) {
    checkName('ecsServices', 'cluster name (not an ARN)', cluster);
    if (services.length === 0) {
      throw new InputError('ecsServices', `cluster ${cluster} lists no service; give its stable and canary.`);
    }
    for (const service of services) checkName('ecsServices', 'service name (not an ARN)', service);
  }
  if (props.passRoleArns.length === 0) {
    throw new InputError(
      'passRoleArns',
      'is empty; give the task role and execution role ARNs of the services (promotion registers task definitions with them).',
    );
  }
  for (const arn of props.passRoleArns) checkRoleArn('passRoleArns', arn);
  for (const prefix of props.alarmNamePrefixes ?? []) checkAlarmPrefix('alarmNamePrefixes', prefix);
  for (const email of props.notifications?.emails ?? []) checkEmail('notifications', email);
  if (props.stateMachineName !== undefined) checkStateMachineName('stateMachineName', props.stateMachineName);
  validateHookAccess(props);
}

// The checks below take the name to report: a construct prop, or the CDK context key the app read it from.

export function checkMeshOwner(input: string, mesh: MeshAccess): void {
  if (mesh.owner !== undefined && !Token.isUnresolved(mesh.owner) && !accountPattern.test(mesh.owner)) {
    throw new InputError(
      input,
      `owner of mesh ${mesh.name} must be a 12-digit account ID; got "${mesh.owner}".`,
    );
  }
}

export function checkRoleArn(input: string, arn: string): void {
  if (!Token.isUnresolved(arn) && !roleArnPattern.test(arn)) {
    throw new InputError(
      input,
      `must hold IAM role ARNs (arn:aws:iam::<account>:role/<name>); got "${arn}".`,
    );
  }
}

export function checkAlarmPrefix(input: string, prefix: string): void {
  if (prefix.trim() === '' || prefix.includes('*')) {
    throw new InputError(input, `must hold alarm name prefixes without "*"; got "${prefix}".`);
  }
}

export function checkStateMachineName(input: string, name: string): void {
  if (!Token.isUnresolved(name) && !stateMachineNamePattern.test(name)) {
    throw new InputError(input, `must be 1 to 80 letters, digits, hyphens or underscores; got "${name}".`);
  }
}

/** SNS refuses a malformed address only at deploy time, with the stack half created. */
export function checkEmail(input: string, email: string): void {
  if (!Token.isUnresolved(email) && !emailPattern.test(email)) {
    throw new InputError(input, `must hold email addresses (name@example.com); got "${email}".`);
  }
}

/**
 * A VPC Lattice service ARN or ID (svc- and 17 characters); a token must resolve to an ARN. A name is refused:
 * the IAM resource of its listeners and rules holds the service ID.
 */
export function checkLatticeService(input: string, value: string): void {
  if (Token.isUnresolved(value)) return;
  const identifier = parseLatticeIdentifier('service', value);
  if (typeof identifier === 'string') throw new InputError(input, identifier);
  if (identifier.form === 'name') {
    throw new InputError(
      input,
      `"${value}" is a name; give the service ID (svc-…) or ARN (arn:aws:vpc-lattice:REGION:ACCOUNT:service/svc-…): ` +
        'IAM names its listeners and rules by the ID.',
    );
  }
}

/** An Application Load Balancer listener ARN (listener/app/…); a token must resolve to one. */
export function checkAlbListenerArn(input: string, value: string): void {
  if (Token.isUnresolved(value)) return;
  const listener = parseListenerArn(value);
  if (typeof listener === 'string') throw new InputError(input, listener);
  if (listener.type !== 'app') {
    throw new InputError(
      input,
      `"${value}" is a listener of a ${listener.type === 'net' ? 'Network' : 'Gateway'} Load Balancer; ` +
        'router alb shifts Application Load Balancer listeners (listener/app/...).',
    );
  }
}

export function checkName(input: string, what: string, value: string): void {
  if (!Token.isUnresolved(value) && !namePattern.test(value)) {
    throw new InputError(
      input,
      `must hold a ${what}: letters, digits, hyphens and underscores; got "${value}".`,
    );
  }
}
