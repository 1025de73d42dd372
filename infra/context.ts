import { Duration } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from 'zod/mini';
import {
  boolean,
  type InputReader,
  list,
  oneOf,
  optionalInteger,
  optionalString,
  parseDurationSeconds,
  parseJson,
  stringWithDefault,
} from '../src/config/inputs.js';
import { InputError } from '../src/errors.js';
import '../src/schema-messages.js';
import { type HookAccess, validateHookAccess } from './hooks.js';
import {
  type AppMeshCanaryOrchestratorProps,
  checkAlarmPrefix,
  checkAlbListenerArn,
  checkEmail,
  checkLatticeService,
  checkMeshOwner,
  checkName,
  checkRoleArn,
  checkStateMachineName,
  type EcsServiceAccess,
  logLevels,
  type MeshAccess,
} from './props.js';

/** Reads one CDK context value (`-c key=value` or cdk.json "context"); undefined when unset. */
export type ContextReader = (key: string) => unknown;

export interface AppSettings {
  stackName: string;
  orchestrator: AppMeshCanaryOrchestratorProps;
}

const meshesSchema = z
  .array(z.strictObject({ name: z.string(), owner: z.optional(z.string()) }))
  .check(z.minLength(1));
const hookConnectionsSchema = z.array(
  z.strictObject({ connectionArn: z.string(), endpoints: z.array(z.string()).check(z.minLength(1)) }),
);
const ecsServicesSchema = z
  .array(z.strictObject({ cluster: z.string(), services: z.array(z.string()).check(z.minLength(1)) }))
  .check(z.minLength(1));

/**
 * The app's settings from CDK context. Simple values come as strings (-c services=serviceB,serviceBv2);
 * cdk.json may also give lists as arrays and several meshes or clusters as "meshes" / "ecsServices".
 * The routers: meshes (App Mesh), latticeServices (VPC Lattice), listenerArns (ALB); any of them, or several.
 * Each value is checked here, before any construct, so that an error names the context key (passRoles, not
 * the construct's passRoleArns). An unset executionTimeout is left to the construct's default, so that every
 * cdk.json gets the same one.
 */
export function settingsFromContext(readContext: ContextReader): AppSettings {
  const read: InputReader = (name) => textOf(readContext(name));
  const retentionDays = optionalInteger(read, 'logRetentionDays', { min: 1 });
  if (retentionDays !== undefined && !(retentionDays in RetentionDays)) {
    throw new InputError(
      'logRetentionDays',
      `must be a CloudWatch Logs retention (1, 3, 5, 7, 14, 30, 60, 90, ... 3653 days); got ${retentionDays}.`,
    );
  }
  const stateMachineName = optionalString(read, 'stateMachineName');
  if (stateMachineName) checkStateMachineName('stateMachineName', stateMachineName);
  const notifyTopicArn = optionalString(read, 'notifyTopicArn');
  const notifyEmails = list(read, 'notifyEmails');
  for (const email of notifyEmails) checkEmail('notifyEmails', email);
  const lambdasDir = optionalString(read, 'lambdasDir');
  const alarmNamePrefixes = list(read, 'alarmPrefixes');
  for (const prefix of alarmNamePrefixes) checkAlarmPrefix('alarmPrefixes', prefix);
  const passRoleArns = list(read, 'passRoles');
  if (passRoleArns.length === 0) {
    throw new InputError(
      'passRoles',
      'is required. Give the task and execution role ARNs of the services: ' +
        '-c passRoles=arn:aws:iam::111122223333:role/taskB-task,arn:aws:iam::111122223333:role/taskB-execution',
    );
  }
  for (const arn of passRoleArns) checkRoleArn('passRoles', arn);
  const executionTimeout = optionalString(read, 'executionTimeout');
  const routers = routersOf(readContext, read);
  return {
    stackName: stringWithDefault(read, 'stackName', 'AppMeshCanary'),
    orchestrator: {
      ...routers,
      ecsServices: ecsServicesOf(readContext, read),
      passRoleArns,
      ...(alarmNamePrefixes.length > 0 ? { alarmNamePrefixes } : {}),
      logLevel: oneOf(read, 'logLevel', logLevels, 'INFO'),
      ...(boolean(read, 'sourceMaps', false) ? { sourceMaps: true } : {}),
      ...(retentionDays !== undefined ? { logRetention: retentionDays as RetentionDays } : {}),
      ...(stateMachineName ? { stateMachineName } : {}),
      ...(notifyTopicArn || notifyEmails.length > 0
        ? {
            notifications: {
              ...(notifyTopicArn ? { topicArn: notifyTopicArn } : {}),
              ...(notifyEmails.length > 0 ? { emails: notifyEmails } : {}),
            },
          }
        : {}),
      ...(executionTimeout !== undefined
        ? {
            executionTimeout: Duration.seconds(
              parseDurationSeconds('executionTimeout', executionTimeout, { min: 60, max: 31_536_000 }),
            ),
          }
        : {}),
      ...(lambdasDir ? { lambdasDir } : {}),
      ...hookAccessOf(readContext, read),
    },
  };
}

/** The hook targets the stack may call: -c hookFunctions=ARN,ARN -c hookTaskDefinitions=… -c hookPassRoles=… and
 * hookConnections as JSON ([{"connectionArn": "…", "endpoints": ["https://…/"]}]). */
function hookAccessOf(readContext: ContextReader, read: InputReader): HookAccess {
  const hookFunctions = list(read, 'hookFunctions');
  const hookTaskDefinitions = list(read, 'hookTaskDefinitions');
  const hookPassRoleArns = list(read, 'hookPassRoles');
  const connections = readContext('hookConnections');
  const hookConnections =
    connections === undefined || connections === ''
      ? []
      : structuredValue('hookConnections', connections, hookConnectionsSchema);
  const access: HookAccess = {
    ...(hookFunctions.length > 0 ? { hookFunctions } : {}),
    ...(hookTaskDefinitions.length > 0 ? { hookTaskDefinitions } : {}),
    ...(hookPassRoleArns.length > 0 ? { hookPassRoleArns } : {}),
    ...(hookConnections.length > 0 ? { hookConnections } : {}),
  };
  validateHookAccess(access, {
    functions: 'hookFunctions',
    taskDefinitions: 'hookTaskDefinitions',
    passRoles: 'hookPassRoles',
    connections: 'hookConnections',
  });
  return access;
}

type RouterProps = Pick<AppMeshCanaryOrchestratorProps, 'meshes' | 'latticeServices' | 'albListenerArns'>;

/** The routed resources of each router the stack serves; at least one router. */
function routersOf(readContext: ContextReader, read: InputReader): RouterProps {
  const meshes = meshesOf(readContext, read);
  const latticeServices = list(read, 'latticeServices');
  for (const service of latticeServices) checkLatticeService('latticeServices', service);
  const albListenerArns = list(read, 'listenerArns');
  for (const listener of albListenerArns) checkAlbListenerArn('listenerArns', listener);
  if (meshes.length + latticeServices.length + albListenerArns.length === 0) {
    throw new InputError(
      'mesh',
      'no router is given. Give the mesh name(s) (-c mesh=apps), the VPC Lattice services ' +
        '(-c latticeServices=svc-0123456789abcdef0), the ALB listeners (-c listenerArns=arn:aws:elasticloadbalancing:...), ' +
        'or several: one stack serves all three.',
    );
  }
  return {
    ...(meshes.length > 0 ? { meshes } : {}),
    ...(latticeServices.length > 0 ? { latticeServices } : {}),
    ...(albListenerArns.length > 0 ? { albListenerArns } : {}),
  };
}

function meshesOf(readContext: ContextReader, read: InputReader): MeshAccess[] {
  const structured = readContext('meshes');
  if (structured !== undefined) {
    const meshes = structuredValue('meshes', structured, meshesSchema);
    for (const mesh of meshes) {
      checkName('meshes', 'mesh name', mesh.name);
      checkMeshOwner('meshes', mesh);
    }
    return meshes;
  }
  const owner = optionalString(read, 'meshOwner');
  const names = list(read, 'mesh');
  if (owner && names.length === 0) {
    throw new InputError('meshOwner', 'is set, but no mesh is: give the shared mesh too (-c mesh=apps).');
  }
  for (const name of names) checkName('mesh', 'mesh name', name);
  const meshes = names.map((name) => (owner ? { name, owner } : { name }));
  for (const mesh of meshes) checkMeshOwner('meshOwner', mesh);
  return meshes;
}

function ecsServicesOf(readContext: ContextReader, read: InputReader): EcsServiceAccess[] {
  const structured = readContext('ecsServices');
  if (structured !== undefined) {
    const ecsServices = structuredValue('ecsServices', structured, ecsServicesSchema);
    for (const { cluster, services } of ecsServices) {
      checkName('ecsServices', 'cluster name (not an ARN)', cluster);
      for (const service of services) checkName('ecsServices', 'service name (not an ARN)', service);
    }
    return ecsServices;
  }
  const cluster = optionalString(read, 'cluster');
  const services = list(read, 'services');
  if (!cluster || services.length === 0) {
    throw new InputError(
      cluster ? 'services' : 'cluster',
      'is required. Give the cluster and its stable and canary services: -c cluster=apps ' +
        '-c services=serviceB,serviceBv2 (or "ecsServices" in cdk.json).',
    );
  }
  checkName('cluster', 'cluster name (not an ARN)', cluster);
  for (const service of services) checkName('services', 'service name (not an ARN)', service);
  return [{ cluster, services }];
}

function structuredValue<T>(name: string, value: unknown, schema: z.ZodMiniType<T>): T {
  const parsed = schema.safeParse(typeof value === 'string' ? parseJson(name, value) : value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new InputError(name, `is not valid${where}: ${issue?.message ?? 'unexpected shape'}.`);
  }
  return parsed.data;
}

/** Context values set on the command line are strings; cdk.json may hold numbers, booleans or lists. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join(',');
  return typeof value === 'object' ? JSON.stringify(value) : String(value).trim();
}
