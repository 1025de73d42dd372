import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { parseJson } from '../config/inputs.js';
import { InputError } from '../errors.js';
import type { TaskDefinitionDocument } from './types.js';

type JsonObject = Record<string, unknown>;

const howToFix =
  'Give an ECS task definition JSON (as for register-task-definition) or the output of aws ecs describe-task-definition.';

/**
 * Parses a task definition as users write it: plain, or wrapped as describe-task-definition prints it.
 * Container-level numbers written as strings ("500") become integers, as RegisterTaskDefinition wants.
 */
export function parseTaskDefinition(text: string, inputName = 'task-definition'): TaskDefinitionDocument {
  let value: unknown;
  try {
    value = parseJson(inputName, text);
  } catch (error) {
    // parseJson says where the JSON breaks; add what is expected.
    if (!(error instanceof InputError)) throw error;
    throw new InputError(inputName, `${error.message.replace(/^input "[^"]*": /, '')} ${howToFix}`);
  }
  return toTaskDefinitionDocument(value, inputName);
}

/** Checks and normalises an already-parsed task definition value (see parseTaskDefinition). */
export function toTaskDefinitionDocument(
  value: unknown,
  inputName = 'task-definition',
): TaskDefinitionDocument {
  if (!isObject(value)) {
    throw new InputError(inputName, `must be a JSON object, not ${describeJson(value)}. ${howToFix}`);
  }
  const document: JsonObject = { ...unwrap(value) };

  if (typeof document.family !== 'string' || document.family.trim() === '') {
    throw new InputError(
      inputName,
      `has no "family". Add "family": "<name>" (the task definition family to register).`,
    );
  }
  const containers = document.containerDefinitions;
  if (!Array.isArray(containers) || containers.length === 0) {
    throw new InputError(
      inputName,
      'has no "containerDefinitions". Add the list of containers (at least the app container).',
    );
  }
  document.containerDefinitions = containers.map((container, index) =>
    normaliseContainer(container, index, inputName),
  );
  rejectDuplicateNames(document.containerDefinitions as ContainerDefinition[], inputName);

  for (const field of ['cpu', 'memory'] as const) {
    // Task-level sizes are strings ("0.5 vCPU", "1 GB", "1024"); a bare number is accepted too.
    if (typeof document[field] === 'number') {
      document[field] = String(document[field]);
    } else if (document[field] !== undefined && typeof document[field] !== 'string') {
      throw new InputError(
        inputName,
        `task-level "${field}" must be a string such as "1024"; fix it in the task definition.`,
      );
    }
  }
  return document as unknown as TaskDefinitionDocument;
}

/** `aws ecs describe-task-definition` prints {"taskDefinition": {...}, "tags": [...]}: keep its tags. */
function unwrap(value: JsonObject): JsonObject {
  const inner = value.taskDefinition;
  if (!isObject(inner) || 'containerDefinitions' in value) return value;
  const tags = value.tags;
  if (Array.isArray(tags) && tags.length > 0 && inner.tags === undefined) return { ...inner, tags };
  return inner;
}

const integerFields = ['cpu', 'memory', 'memoryReservation', 'startTimeout', 'stopTimeout'] as const;
const healthCheckIntegerFields = ['interval', 'timeout', 'retries', 'startPeriod'] as const;
const portFields = ['containerPort', 'hostPort'] as const;

function normaliseContainer(value: unknown, index: number, inputName: string): ContainerDefinition {
  if (!isObject(value)) {
    throw new InputError(
      inputName,
      `containerDefinitions[${index}] must be an object with at least a "name".`,
    );
  }
  if (typeof value.name !== 'string' || value.name.trim() === '') {
    throw new InputError(
      inputName,
      `containerDefinitions[${index}] has no "name". Give every container a name.`,
    );
  }
  const where = `container "${value.name}"`;
  const container: JsonObject = { ...value };
  for (const field of integerFields) {
    if (container[field] === undefined) continue;
    container[field] = wholeNumber(container[field], `${where} ${field}`, inputName);
  }
  if (container.portMappings !== undefined) {
    container.portMappings = normalisePortMappings(container.portMappings, where, inputName);
  }
  if (isObject(container.healthCheck)) {
    const healthCheck: JsonObject = { ...container.healthCheck };
    for (const field of healthCheckIntegerFields) {
      if (healthCheck[field] === undefined) continue;
      healthCheck[field] = wholeNumber(healthCheck[field], `${where} healthCheck.${field}`, inputName);
    }
    container.healthCheck = healthCheck;
  }
  return container as ContainerDefinition;
}

function normalisePortMappings(value: unknown, where: string, inputName: string): JsonObject[] {
  if (!Array.isArray(value)) {
    throw new InputError(
      inputName,
      `${where} portMappings must be a list of {"containerPort": <port>} objects.`,
    );
  }
  return value.map((mapping, position) => {
    if (!isObject(mapping)) {
      throw new InputError(
        inputName,
        `${where} portMappings[${position}] must be an object such as {"containerPort": 8080}.`,
      );
    }
    const normalised: JsonObject = { ...mapping };
    for (const field of portFields) {
      if (normalised[field] === undefined) continue;
      const what = `${where} portMappings[${position}].${field}`;
      normalised[field] = wholeNumber(normalised[field], what, inputName, { max: 65535, example: 8080 });
    }
    return normalised;
  });
}

/** A whole number, also when written as a numeric string ("500"). */
function wholeNumber(
  value: unknown,
  what: string,
  inputName: string,
  { max = Number.MAX_SAFE_INTEGER, example = 256 } = {},
): number {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  if (!Number.isInteger(number) || number < 0 || number > max) {
    const range = max < Number.MAX_SAFE_INTEGER ? ` from 0 to ${max}` : '';
    throw new InputError(
      inputName,
      `${what} must be a whole number${range} such as ${example}; got ${JSON.stringify(value)}. Fix it in the task definition.`,
    );
  }
  return number;
}

function rejectDuplicateNames(containers: ContainerDefinition[], inputName: string): void {
  const seen = new Set<string>();
  for (const { name } of containers) {
    if (name === undefined) continue;
    if (seen.has(name)) {
      throw new InputError(
        inputName,
        `has two containers named "${name}". Give each container a unique name.`,
      );
    }
    seen.add(name);
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}
