import { resolveAppContainer } from './app-container.js';
import { cleanForRegistration } from './clean.js';
import type { RegistrableTaskDefinition, TaskDefinitionDocument } from './types.js';

/**
 * The new version for a router without a mesh (VPC Lattice, ALB): the task definition as given, cleaned of
 * registration-only fields, with the app container's image replaced; no sidecar. Pure.
 */
export function prepareTaskDefinition(
  taskDefinition: TaskDefinitionDocument,
  options: { containerName?: string; image?: string },
): RegistrableTaskDefinition {
  const prepared = structuredClone(cleanForRegistration(taskDefinition));
  const app = resolveAppContainer(prepared, options.containerName);
  if (options.image !== undefined) {
    prepared.containerDefinitions = prepared.containerDefinitions.map((container) =>
      container.name === app ? { ...container, image: options.image } : container,
    );
  }
  return prepared;
}
