import type { Duration } from 'aws-cdk-lib';
import { Token } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { InputError } from '../src/errors.js';

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

export interface AppMeshCanaryOrchestratorProps {
  /** Meshes whose routes the canary may read and shift. */
  readonly meshes: readonly MeshAccess[];
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
  /** An execution still running after this is TIMED_OUT, and the guard rolls it back. @default 6 hours */
  readonly executionTimeout?: Duration;
  /** Directory of the handler entry files (init.ts, shift.ts, ...). @default the repository's lambdas/ */
  readonly lambdasDir?: string;
}

const namePattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/;
const accountPattern = /^\d{12}$/;
const roleArnPattern = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const stateMachineNamePattern = /^[A-Za-z0-9_-]{1,80}$/;

/** Rejects props that would deploy a policy granting nothing, or something else than meant. */
export function validateProps(props: AppMeshCanaryOrchestratorProps): void {
  if (props.meshes.length === 0)
    throw new InputError('meshes', 'is empty; give the mesh(es) the canary shifts.');
  for (const mesh of props.meshes) {
    checkName('meshes', 'mesh name', mesh.name);
    if (mesh.owner !== undefined && !Token.isUnresolved(mesh.owner) && !accountPattern.test(mesh.owner)) {
      throw new InputError(
        'meshes',
        `owner of mesh ${mesh.name} must be a 12-digit account ID; got "${mesh.owner}".`,
      );
    }
  }
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
  for (const arn of props.passRoleArns) {
    if (!Token.isUnresolved(arn) && !roleArnPattern.test(arn)) {
      throw new InputError(
        'passRoleArns',
        `must hold IAM role ARNs (arn:aws:iam::<account>:role/<name>); got "${arn}".`,
      );
    }
  }
  for (const prefix of props.alarmNamePrefixes ?? []) {
    if (prefix.trim() === '' || prefix.includes('*')) {
      throw new InputError(
        'alarmNamePrefixes',
        `must hold alarm name prefixes without "*"; got "${prefix}".`,
      );
    }
  }
  const name = props.stateMachineName;
  if (name !== undefined && !Token.isUnresolved(name) && !stateMachineNamePattern.test(name)) {
    throw new InputError(
      'stateMachineName',
      `must be 1 to 80 letters, digits, hyphens or underscores; got "${name}".`,
    );
  }
}

function checkName(input: string, what: string, value: string): void {
  if (!Token.isUnresolved(value) && !namePattern.test(value)) {
    throw new InputError(
      input,
      `must hold a ${what}: letters, digits, hyphens and underscores; got "${value}".`,
    );
  }
}
