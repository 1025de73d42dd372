import type { ContainerDefinition, ContainerDependency } from '@aws-sdk/client-ecs';
import { envoyContainerName, xrayContainerName } from './types.js';

/**
 * Which containers start only once Envoy is HEALTHY. The proxy configuration redirects the traffic of every
 * container in the task through Envoy, so any container that talks to the network before Envoy is live
 * fails: the app container always waits, and so do the user's other containers, except
 * - containers running as the ignored UID (the X-Ray daemon): their traffic bypasses Envoy, and Envoy sends
 *   its traces to the daemon;
 * - FireLens log routers: they must start before the containers that log through them, Envoy included;
 * - containers Envoy itself waits for, which would make a start-up cycle ECS refuses.
 */
export function waitsForEnvoy(
  container: ContainerDefinition,
  appContainerName: string,
  ignoredUid: number,
  envoyPrerequisites: ReadonlySet<string>,
): boolean {
  if (container.name === appContainerName) return true;
  if (container.name === envoyContainerName || container.name === xrayContainerName) return false;
  if (container.user !== undefined && container.user.split(':')[0] === String(ignoredUid)) return false;
  if (container.firelensConfiguration !== undefined) return false;
  return !envoyPrerequisites.has(container.name ?? '');
}

/** The containers Envoy waits for, directly or through others. */
export function envoyPrerequisites(containers: ContainerDefinition[]): Set<string> {
  const byName = new Map(containers.map((container) => [container.name, container]));
  const found = new Set<string>();
  const pending = [...(byName.get(envoyContainerName)?.dependsOn ?? [])];
  for (let dependency = pending.pop(); dependency !== undefined; dependency = pending.pop()) {
    const name = dependency.containerName;
    if (name === undefined || name === envoyContainerName || found.has(name)) continue;
    found.add(name);
    pending.push(...(byName.get(name)?.dependsOn ?? []));
  }
  return found;
}

/** Adds "start after Envoy is HEALTHY", keeping the container's other dependencies and never duplicating. */
export function withEnvoyDependency(container: ContainerDefinition): ContainerDefinition {
  const healthy: ContainerDependency = { containerName: envoyContainerName, condition: 'HEALTHY' };
  const dependencies: ContainerDependency[] = [];
  let added = false;
  for (const dependency of container.dependsOn ?? []) {
    if (dependency.containerName !== envoyContainerName) dependencies.push(dependency);
    else if (!added) {
      dependencies.push(healthy);
      added = true;
    }
  }
  return { ...container, dependsOn: added ? dependencies : [...dependencies, healthy] };
}
