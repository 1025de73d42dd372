import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { InputError } from '../errors.js';
import { resolveAppContainer } from './app-container.js';
import { cleanForRegistration } from './clean.js';
import { envoyPrerequisites, waitsForEnvoy, withEnvoyDependency } from './depends-on.js';
import { renderEnvoyContainer } from './envoy.js';
import { type ResolvedRenderOptions, rejectEnvoyPorts, resolveRenderOptions } from './options.js';
import { renderProxyConfiguration } from './proxy.js';
import {
  envoyContainerName,
  type RegistrableTaskDefinition,
  type RenderOptions,
  type TaskDefinitionDocument,
  xrayContainerName,
} from './types.js';
import { renderXrayContainer } from './xray.js';

/**
 * Renders an app-only (or already rendered) task definition for one virtual node: the app image, the Envoy
 * sidecar, the APPMESH proxy configuration, start-up order and, when asked, the X-Ray daemon. Pure and
 * idempotent: rendering the output again, or for another node, gives what rendering the input for it gives.
 * The input is not changed.
 */
export function renderTaskDefinition(
  taskDefinition: TaskDefinitionDocument,
  options: RenderOptions,
): RegistrableTaskDefinition {
  const resolved = resolveRenderOptions(options);
  const rendered = structuredClone(cleanForRegistration(taskDefinition));
  checkTaskLevelSettings(rendered);

  const appName = resolveAppContainer(rendered, resolved.containerName);
  const appPorts = resolved.appPorts ?? containerPortsOf(rendered.containerDefinitions, appName);
  rejectEnvoyPorts(appPorts);

  const containers = withSidecars(rendered, resolved).map((container) =>
    container.name === appName && resolved.image !== undefined
      ? { ...container, image: resolved.image }
      : container,
  );
  const prerequisites = envoyPrerequisites(containers);
  rendered.containerDefinitions = containers.map((container) =>
    waitsForEnvoy(container, appName, resolved.ignoredUid, prerequisites)
      ? withEnvoyDependency(container)
      : container,
  );
  rendered.proxyConfiguration = renderProxyConfiguration(rendered.proxyConfiguration, resolved, appPorts);

  checkContainers(rendered, appName);
  return rendered;
}

/** Envoy (and the X-Ray daemon when enabled) updated where they are, or appended. */
function withSidecars(
  taskDefinition: RegistrableTaskDefinition,
  options: ResolvedRenderOptions,
): ContainerDefinition[] {
  const containers = taskDefinition.containerDefinitions;
  const taskHasMemory = taskDefinition.memory !== undefined && taskDefinition.memory.trim() !== '';
  const find = (name: string) => containers.find((container) => container.name === name);
  const envoy = renderEnvoyContainer(find(envoyContainerName), options, taskHasMemory);
  const xray = options.enableXray ? renderXrayContainer(find(xrayContainerName), options) : undefined;

  const result = containers.map((container) => {
    if (container.name === envoyContainerName) return envoy;
    if (container.name === xrayContainerName && xray !== undefined) return xray;
    return container;
  });
  if (find(envoyContainerName) === undefined) result.push(envoy);
  if (xray !== undefined && find(xrayContainerName) === undefined) result.push(xray);
  return result;
}

function checkTaskLevelSettings(taskDefinition: RegistrableTaskDefinition): void {
  if (taskDefinition.networkMode !== 'awsvpc') {
    throw new InputError(
      'task-definition',
      `has networkMode ${taskDefinition.networkMode ? `"${taskDefinition.networkMode}"` : 'unset (bridge)'}, ` +
        'but App Mesh on ECS needs "awsvpc". Set "networkMode": "awsvpc" in the task definition.',
    );
  }
  const fargate = taskDefinition.requiresCompatibilities?.includes('FARGATE') ?? false;
  if (fargate && (!taskDefinition.cpu?.trim() || !taskDefinition.memory?.trim())) {
    throw new InputError(
      'task-definition',
      'requires FARGATE, which needs task-level "cpu" and "memory". Add them, e.g. "cpu": "512", "memory": "1024".',
    );
  }
}

function containerPortsOf(containers: ContainerDefinition[], appName: string): number[] {
  const app = containers.find((container) => container.name === appName);
  const ports = (app?.portMappings ?? [])
    .map((mapping) => mapping.containerPort)
    .filter((port): port is number => port !== undefined && port > 0);
  if (ports.length === 0) {
    throw new InputError(
      'app-ports',
      `is not set and the app container "${appName}" maps no containerPort. ` +
        'Set app-ports to the ports the app listens on (e.g. 8080), or add portMappings to the container.',
    );
  }
  return [...new Set(ports)];
}

/** What RegisterTaskDefinition would refuse about the containers, caught before any AWS call. */
function checkContainers(taskDefinition: RegistrableTaskDefinition, appName: string): void {
  const taskHasMemory = taskDefinition.memory !== undefined && taskDefinition.memory.trim() !== '';
  for (const container of taskDefinition.containerDefinitions) {
    if (!container.image?.trim()) {
      if (container.name === appName) {
        throw new InputError(
          'image',
          `is not set and the app container "${appName}" has no image. Set image.`,
        );
      }
      throw new InputError(
        'task-definition',
        `container "${container.name}" has no image. Give it an "image".`,
      );
    }
    if (!taskHasMemory && container.memory === undefined && container.memoryReservation === undefined) {
      throw new InputError(
        'task-definition',
        `container "${container.name}" sets neither memory nor memoryReservation and the task sets no task-level ` +
          'memory. Add "memoryReservation" (MiB) to the container or "memory" to the task.',
      );
    }
  }
}
