import type { MeshSettings } from '../../config/mesh.js';
import type { MeshApi } from './appmesh-api.js';
import { canaryNodeSpec } from './canary-node-spec.js';
import { clientToken } from './client-token.js';
import { MeshResourceNotFoundError } from './errors.js';
import { meshLabel } from './names.js';

/**
 * Makes sure the canary virtual node exists. An existing node is never modified; a missing one is created
 * from the stable node's spec with the canary's own service discovery, when create-canary-node is set.
 */
export async function ensureCanaryNode(
  api: MeshApi,
  settings: MeshSettings,
  deploymentId: string,
): Promise<{ created: boolean }> {
  if (await api.findVirtualNode(settings.canaryNode)) return { created: false };
  if (!settings.createCanaryNode || settings.canaryDiscovery === undefined) {
    throw new MeshResourceNotFoundError(
      `virtual node ${settings.canaryNode}`,
      meshLabel(settings),
      'create it, or set create-canary-node: true with canary-dns-hostname or canary-cloud-map-service.',
    );
  }
  const stable = await api.virtualNode(settings.stableNode, 'check stable-node.');
  const spec = canaryNodeSpec(stable, settings.canaryDiscovery);
  await api.createVirtualNode(
    settings.canaryNode,
    spec,
    clientToken(deploymentId, settings.mesh, 'create-virtual-node', settings.canaryNode),
  );
  return { created: true };
}
