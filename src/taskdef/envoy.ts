import type { ContainerDefinition, HealthCheck, KeyValuePair } from '@aws-sdk/client-ecs';
import { nodeArnVariable, nodeNameVariable, type ResolvedRenderOptions } from './options.js';
import { envoyContainerName } from './types.js';

export const xrayTracingVariable = 'ENABLE_ENVOY_XRAY_TRACING';

/** Reports healthy once Envoy has its configuration from App Mesh, so the app starts behind a live proxy. */
export function envoyHealthCheck(): HealthCheck {
  return {
    command: ['CMD-SHELL', 'curl -s http://localhost:9901/server_info | grep state | grep -q LIVE'],
    startPeriod: 10,
    interval: 5,
    timeout: 2,
    retries: 3,
  };
}

/** Memory Envoy reserves when neither the task nor the options size it (EC2 without task-level memory). */
export const defaultEnvoyMemoryReservation = 256;

/**
 * The Envoy container: the existing one updated in place (its other settings kept), or a new one.
 * @param taskHasMemory whether the task sets task-level memory; without it every container must size itself.
 */
export function renderEnvoyContainer(
  existing: ContainerDefinition | undefined,
  options: ResolvedRenderOptions,
  taskHasMemory: boolean,
): ContainerDefinition {
  const envoy: ContainerDefinition = {
    ...existing,
    name: envoyContainerName,
    image: options.envoyImage,
    essential: true,
    environment: envoyEnvironment(existing?.environment, options),
    healthCheck: envoyHealthCheck(),
    user: String(options.ignoredUid),
  };
  if (options.envoyMemory !== undefined) {
    envoy.memory = options.envoyMemory;
    // A reservation above the hard limit is refused; without task memory the reservation is what ECS places by.
    if (!taskHasMemory || (envoy.memoryReservation ?? 0) > options.envoyMemory) {
      envoy.memoryReservation = options.envoyMemory;
    }
  } else if (!taskHasMemory && envoy.memory === undefined && envoy.memoryReservation === undefined) {
    envoy.memoryReservation = defaultEnvoyMemoryReservation;
  }
  if (options.envoyCpu !== undefined) envoy.cpu = options.envoyCpu;
  return envoy;
}

/**
 * The node identity first, then the user's own variables. Both identity variables are dropped first so that
 * rendering for another node (or switching between arn and name) leaves exactly one.
 */
function envoyEnvironment(
  existing: KeyValuePair[] | undefined,
  options: ResolvedRenderOptions,
): KeyValuePair[] {
  const owned = new Set<string>([nodeArnVariable, nodeNameVariable]);
  if (options.enableXray) owned.add(xrayTracingVariable);
  const kept = (existing ?? []).filter(
    (variable) => variable.name === undefined || !owned.has(variable.name),
  );
  return [
    { ...options.nodeIdentity },
    ...kept,
    ...(options.enableXray ? [{ name: xrayTracingVariable, value: '1' }] : []),
  ];
}
