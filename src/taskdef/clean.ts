import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { toTaskDefinitionDocument } from './parse.js';
import {
  type RegistrableTaskDefinition,
  registrationOnlyFields,
  type TaskDefinitionDocument,
} from './types.js';

/**
 * Drops what DescribeTaskDefinition adds and RegisterTaskDefinition rejects (ARN, revision, status, ...),
 * keeping everything else. Accepts a described task definition as the SDK returns it.
 */
export function cleanForRegistration(
  taskDefinition: TaskDefinition | TaskDefinitionDocument,
  inputName = 'task-definition',
): RegistrableTaskDefinition {
  const cleaned: Record<string, unknown> = { ...toTaskDefinitionDocument(taskDefinition, inputName) };
  for (const field of registrationOnlyFields) delete cleaned[field];
  return cleaned as RegistrableTaskDefinition;
}
