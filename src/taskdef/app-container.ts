import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { InputError } from '../errors.js';
import { envoyContainerName, xrayContainerName } from './types.js';

/** Containers of the mesh plumbing, never the app: Envoy, the X-Ray daemon and FireLens log routers. */
export function isSidecar(container: ContainerDefinition): boolean {
  return (
    container.name === envoyContainerName ||
    container.name === xrayContainerName ||
    container.firelensConfiguration !== undefined
  );
}

/**
 * The name of the app container: the one named, else the only essential container that is not a
 * sidecar (ECS treats a container without `essential` as essential).
 */
export function resolveAppContainer(
  taskDefinition: { containerDefinitions: ContainerDefinition[] },
  containerName?: string,
): string {
  const containers = taskDefinition.containerDefinitions;
  const names = containers.map((container) => container.name ?? '');
  const wanted = containerName?.trim();
  if (wanted) {
    const container = containers.find((candidate) => candidate.name === wanted);
    if (container === undefined) {
      throw new InputError(
        'container-name',
        `no container named "${wanted}" in the task definition; set it to one of: ${names.join(', ')}.`,
      );
    }
    if (container.name === envoyContainerName || container.name === xrayContainerName) {
      throw new InputError(
        'container-name',
        `"${wanted}" is the name of a sidecar this action manages; set it to the app container.`,
      );
    }
    return wanted;
  }

  const candidates = containers.filter((container) => container.essential !== false && !isSidecar(container));
  const only = candidates[0];
  if (only?.name !== undefined && candidates.length === 1) return only.name;
  if (candidates.length === 0) {
    throw new InputError(
      'container-name',
      `the task definition has no essential app container (containers: ${names.join(', ')}); ` +
        'set container-name to the container that serves the virtual node.',
    );
  }
  throw new InputError(
    'container-name',
    `the task definition has several essential containers (${candidates.map((container) => container.name).join(', ')}); ` +
      'set container-name to the one that serves the virtual node.',
  );
}
