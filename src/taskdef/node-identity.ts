import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { nodeArnVariable, nodeNameVariable } from './options.js';
import { envoyContainerName } from './types.js';

/** The App Mesh virtual node an Envoy sidecar joins, as its task definition names it. */
export interface NodeIdentity {
  mesh: string;
  virtualNode: string;
}

const nodePath = /(?:^|:)mesh\/([^/]+)\/virtualNode\/([^/]+)$/;

/**
 * The virtual node of a task definition's Envoy container (APPMESH_RESOURCE_ARN, or the legacy
 * APPMESH_VIRTUAL_NODE_NAME), or undefined when it has no Envoy or names no node. Pure.
 */
export function virtualNodeOf(taskDefinition: {
  containerDefinitions?: ContainerDefinition[];
}): NodeIdentity | undefined {
  const envoy = (taskDefinition.containerDefinitions ?? []).find(
    (container) => container.name === envoyContainerName,
  );
  for (const variable of envoy?.environment ?? []) {
    if (variable.name !== nodeArnVariable && variable.name !== nodeNameVariable) continue;
    const match = nodePath.exec(variable.value ?? '');
    if (match) return { mesh: match[1]!, virtualNode: match[2]! };
  }
  return undefined;
}
