import type { ContainerDefinition, PortMapping } from '@aws-sdk/client-ecs';
import { defaultXrayImage, type ResolvedRenderOptions } from './options.js';
import { xrayContainerName } from './types.js';

const daemonPort = 2000;

/**
 * The X-Ray daemon Envoy sends traces to: the existing one updated in place, or a new one. It runs as the
 * ignored UID so that its own traffic to X-Ray bypasses Envoy. Sizes and image the user chose are kept.
 */
export function renderXrayContainer(
  existing: ContainerDefinition | undefined,
  options: ResolvedRenderOptions,
): ContainerDefinition {
  const xray: ContainerDefinition = {
    ...existing,
    name: xrayContainerName,
    image: options.xrayImage ?? existing?.image ?? defaultXrayImage,
    user: String(options.ignoredUid),
    essential: true,
    cpu: existing?.cpu ?? 32,
    portMappings: withDaemonPort(existing?.portMappings),
  };
  if (xray.memory === undefined && xray.memoryReservation === undefined) xray.memoryReservation = 256;
  return xray;
}

function withDaemonPort(mappings: PortMapping[] | undefined): PortMapping[] {
  const current = mappings ?? [];
  const present = current.some(
    (mapping) => mapping.containerPort === daemonPort && mapping.protocol === 'udp',
  );
  return present ? current : [...current, { containerPort: daemonPort, protocol: 'udp' }];
}
