import { AwsError, isObject, type Json } from '../protocol.js';

/** RegisterTaskDefinition's checks as ECS documents them: ClientException for a definition it refuses. */

function client(message: string): AwsError {
  return new AwsError('ClientException', message, 400);
}

function invalid(message: string): AwsError {
  return new AwsError('InvalidParameterException', message, 400);
}

const namePattern = /^[A-Za-z0-9_-]{1,255}$/;
const networkModes = ['bridge', 'host', 'awsvpc', 'none'];
const dependencyConditions = ['START', 'COMPLETE', 'SUCCESS', 'HEALTHY'];
const proxyProperties = [
  'IgnoredUID',
  'IgnoredGID',
  'AppPorts',
  'ProxyIngressPort',
  'ProxyEgressPort',
  'EgressIgnoredPorts',
  'EgressIgnoredIPs',
];

/** Fargate task sizes: CPU units -> allowed memory (MiB). */
const fargateSizes: Record<number, number[]> = {
  256: [512, 1024, 2048],
  512: [1024, 2048, 3072, 4096],
  1024: range(2048, 8192, 1024),
  2048: range(4096, 16384, 1024),
  4096: range(8192, 30720, 1024),
  8192: range(16384, 61440, 4096),
  16384: range(32768, 122880, 8192),
};

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += step) values.push(value);
  return values;
}

/** "0.5 vCPU" -> "512", "1024" -> "1024"; ECS stores CPU units. */
export function cpuUnits(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value).trim();
  const vcpu = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(text);
  if (vcpu) return String(Math.round(Number(vcpu[1]) * 1024));
  if (/^\d+$/.test(text)) return text;
  throw client(`Invalid 'cpu' setting for task: ${text}`);
}

/** "1 GB" -> "1024", "1024" -> "1024"; ECS stores MiB. */
export function memoryMiB(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value).trim();
  const gb = /^(\d+(?:\.\d+)?)\s*gb$/i.exec(text);
  if (gb) return String(Math.round(Number(gb[1]) * 1024));
  if (/^\d+$/.test(text)) return text;
  throw client(`Invalid 'memory' setting for task: ${text}`);
}

export interface CheckedTaskDefinition {
  family: string;
  definition: Json;
  tags: Json[];
}

/** Validates a RegisterTaskDefinition request and returns the definition as ECS stores it (without ARN). */
export function checkTaskDefinition(input: Json): CheckedTaskDefinition {
  const family = input.family;
  if (typeof family !== 'string' || family === '') throw client('Family must not be empty.');
  if (!namePattern.test(family))
    throw client(
      `Family "${family}" is invalid: up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.`,
    );
  const networkMode = input.networkMode;
  if (networkMode !== undefined && !networkModes.includes(String(networkMode)))
    throw invalid(`networkMode must be one of ${networkModes.join(', ')}; got ${String(networkMode)}.`);
  const containers = input.containerDefinitions;
  if (!Array.isArray(containers) || containers.length === 0) throw client('Container list cannot be empty.');

  const cpu = cpuUnits(input.cpu);
  const memory = memoryMiB(input.memory);
  const requires = Array.isArray(input.requiresCompatibilities)
    ? input.requiresCompatibilities.map(String)
    : [];
  const awsvpc = networkMode === 'awsvpc';
  if (requires.includes('FARGATE')) checkFargate(networkMode, cpu, memory);

  const names = new Set<string>();
  const checked = containers.map((container, index) => {
    if (!isObject(container)) throw client(`containerDefinitions[${index}] must be an object.`);
    return checkContainer(container, index, names, { awsvpc, taskHasMemory: memory !== undefined });
  });
  if (!checked.some((container) => container.essential === true))
    throw client('A task definition must have at least one essential container.');
  for (const container of checked) checkDependsOn(container, checked);
  if (input.proxyConfiguration !== undefined)
    checkProxyConfiguration(input.proxyConfiguration, checked, awsvpc);

  const definition: Json = {
    ...input,
    containerDefinitions: checked,
    ...(cpu !== undefined ? { cpu } : {}),
    ...(memory !== undefined ? { memory } : {}),
    volumes: Array.isArray(input.volumes) ? input.volumes : [],
    placementConstraints: Array.isArray(input.placementConstraints) ? input.placementConstraints : [],
    requiresCompatibilities: requires,
    compatibilities: requires.includes('FARGATE') ? ['EC2', 'FARGATE'] : ['EC2'],
  };
  delete definition.tags;
  return { family, definition, tags: Array.isArray(input.tags) ? (input.tags as Json[]) : [] };
}

function checkFargate(networkMode: unknown, cpu: string | undefined, memory: string | undefined): void {
  if (networkMode !== 'awsvpc') throw client("Fargate only supports network mode 'awsvpc'.");
  if (cpu === undefined) throw client("Fargate requires that 'cpu' be defined at the task level.");
  if (memory === undefined) throw client("Fargate requires that 'memory' be defined at the task level.");
  if (!(fargateSizes[Number(cpu)] ?? []).includes(Number(memory)))
    throw client(`No Fargate configuration exists for given values: ${cpu} CPU, ${memory} memory.`);
}

function checkContainer(
  container: Json,
  index: number,
  names: Set<string>,
  task: { awsvpc: boolean; taskHasMemory: boolean },
): Json {
  const name = container.name;
  if (typeof name !== 'string' || !namePattern.test(name))
    throw client(
      `containerDefinitions[${index}].name must be up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens.`,
    );
  if (names.has(name)) throw client(`Duplicate container name "${name}" in the task definition.`);
  names.add(name);
  if (typeof container.image !== 'string' || container.image.trim() === '')
    throw client('Container.image should not be null or empty.');
  if (!task.taskHasMemory && container.memory === undefined && container.memoryReservation === undefined)
    throw client(
      `Invalid setting for container '${name}'. At least one of 'memory' or 'memoryReservation' must be specified.`,
    );
  const portMappings = Array.isArray(container.portMappings) ? container.portMappings : [];
  const mappings = portMappings.map((mapping) => {
    if (!isObject(mapping)) throw client(`Container '${name}' has an invalid port mapping.`);
    if (
      task.awsvpc &&
      mapping.hostPort !== undefined &&
      mapping.containerPort !== undefined &&
      mapping.hostPort !== mapping.containerPort
    )
      throw client(
        'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
      );
    return {
      ...mapping,
      ...(task.awsvpc && mapping.containerPort !== undefined ? { hostPort: mapping.containerPort } : {}),
      protocol: mapping.protocol ?? 'tcp',
    };
  });
  if (container.healthCheck !== undefined) checkHealthCheck(container.healthCheck, name);
  return {
    ...container,
    cpu: container.cpu ?? 0,
    portMappings: mappings,
    essential: container.essential ?? true,
    environment: container.environment ?? [],
    mountPoints: container.mountPoints ?? [],
    volumesFrom: container.volumesFrom ?? [],
  };
}

function checkHealthCheck(healthCheck: unknown, name: string): void {
  if (!isObject(healthCheck) || !Array.isArray(healthCheck.command) || healthCheck.command.length === 0)
    throw client(`Container '${name}': healthCheck.command is required.`);
  const bounds: Array<[string, number, number]> = [
    ['interval', 5, 300],
    ['timeout', 2, 120],
    ['retries', 1, 10],
    ['startPeriod', 0, 300],
  ];
  for (const [field, min, max] of bounds) {
    const value = healthCheck[field];
    if (
      value !== undefined &&
      (!Number.isInteger(value) || (value as number) < min || (value as number) > max)
    )
      throw client(`Container '${name}': healthCheck.${field} must be an integer from ${min} to ${max}.`);
  }
}

function checkDependsOn(container: Json, containers: Json[]): void {
  const dependencies = container.dependsOn;
  if (dependencies === undefined) return;
  if (!Array.isArray(dependencies))
    throw client(`Container '${String(container.name)}': dependsOn must be a list.`);
  for (const dependency of dependencies) {
    const target = isObject(dependency) ? dependency.containerName : undefined;
    const condition = isObject(dependency) ? dependency.condition : undefined;
    const other = containers.find((candidate) => candidate.name === target);
    if (!other)
      throw client(
        `Container '${String(container.name)}' depends on container '${String(target)}', which is not in the task definition.`,
      );
    if (!dependencyConditions.includes(String(condition)))
      throw client(
        `Container '${String(container.name)}': dependsOn condition must be one of ${dependencyConditions.join(', ')}.`,
      );
    if (condition === 'HEALTHY' && other.healthCheck === undefined)
      throw client(
        `Container '${String(container.name)}' depends on '${String(target)}' being HEALTHY, but '${String(target)}' has no healthCheck.`,
      );
    if (target === container.name) throw client(`Container '${String(container.name)}' depends on itself.`);
  }
}

function checkProxyConfiguration(value: unknown, containers: Json[], awsvpc: boolean): void {
  if (!isObject(value)) throw client('proxyConfiguration must be an object.');
  if (value.type !== undefined && value.type !== 'APPMESH')
    throw invalid(`proxyConfiguration.type must be APPMESH; got ${String(value.type)}.`);
  if (!awsvpc) throw client("A proxy configuration requires the 'awsvpc' network mode.");
  if (!containers.some((container) => container.name === value.containerName))
    throw client(
      `The proxy configuration names container '${String(value.containerName)}', which is not in the task definition.`,
    );
  const properties = Array.isArray(value.properties) ? value.properties : [];
  const byName = new Map<string, string>();
  for (const property of properties) {
    const name = isObject(property) ? String(property.name) : '';
    if (!proxyProperties.includes(name))
      throw client(`Unknown proxy configuration property '${name}'. Valid: ${proxyProperties.join(', ')}.`);
    byName.set(name, isObject(property) ? String(property.value ?? '') : '');
  }
  if (!byName.has('IgnoredUID') && !byName.has('IgnoredGID'))
    throw client('The proxy configuration must set IgnoredUID or IgnoredGID.');
  for (const required of ['AppPorts', 'ProxyIngressPort', 'ProxyEgressPort'])
    if (!byName.get(required)) throw client(`The proxy configuration must set ${required}.`);
  for (const numeric of ['IgnoredUID', 'IgnoredGID', 'ProxyIngressPort', 'ProxyEgressPort']) {
    const text = byName.get(numeric);
    if (text !== undefined && !/^\d+$/.test(text))
      throw client(`Proxy configuration property ${numeric} must be a number; got '${text}'.`);
  }
  for (const list of ['AppPorts', 'EgressIgnoredPorts']) {
    const text = byName.get(list);
    if (text !== undefined && !/^\d+(,\d+)*$/.test(text))
      throw client(`Proxy configuration property ${list} must be comma-separated ports; got '${text}'.`);
  }
}
