import type { KeyValuePair, ProxyConfiguration } from '@aws-sdk/client-ecs';
import { proxyEgressPort, proxyIngressPort, type ResolvedRenderOptions } from './options.js';
import { envoyContainerName } from './types.js';

/**
 * The APPMESH proxy configuration that redirects the task's traffic through Envoy. Properties of an existing
 * one that we do not set (e.g. IgnoredGID, or EgressIgnoredPorts when none are given) are kept.
 */
export function renderProxyConfiguration(
  existing: ProxyConfiguration | undefined,
  options: ResolvedRenderOptions,
  appPorts: number[],
): ProxyConfiguration {
  const ours: KeyValuePair[] = [
    { name: 'IgnoredUID', value: String(options.ignoredUid) },
    { name: 'ProxyIngressPort', value: String(proxyIngressPort) },
    { name: 'ProxyEgressPort', value: String(proxyEgressPort) },
    { name: 'AppPorts', value: appPorts.join(',') },
    { name: 'EgressIgnoredIPs', value: options.egressIgnoredIps.join(',') },
  ];
  if (options.egressIgnoredPorts !== undefined) {
    ours.push({ name: 'EgressIgnoredPorts', value: options.egressIgnoredPorts.join(',') });
  }
  const names = new Set(ours.map((property) => property.name));
  const kept: KeyValuePair[] = [];
  // APPMESH is the only proxy type ECS knows; anything else is replaced whole.
  if (existing !== undefined && (existing.type ?? 'APPMESH') === 'APPMESH') {
    for (const property of existing.properties ?? []) {
      if (!property.name || !property.value?.trim() || names.has(property.name)) continue;
      names.add(property.name);
      kept.push({ name: property.name, value: property.value });
    }
  }
  return { type: 'APPMESH', containerName: envoyContainerName, properties: [...ours, ...kept] };
}
