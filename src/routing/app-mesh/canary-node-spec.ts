import type { CanaryDiscovery } from '../../config/mesh.js';
import { InputError } from '../../errors.js';

interface DnsDiscovery {
  hostname: string;
  [field: string]: unknown;
}

interface CloudMapDiscovery {
  namespaceName: string;
  serviceName: string;
  attributes?: Array<{ key: string; value: string }>;
  [field: string]: unknown;
}

/** A virtual node spec: only the service discovery is interpreted, the rest is copied as is. */
export interface NodeSpec {
  serviceDiscovery?: { dns?: DnsDiscovery; awsCloudMap?: CloudMapDiscovery };
  [field: string]: unknown;
}

/**
 * The canary node's spec: the stable node's listeners, backends, backend defaults (TLS), health checks and
 * logging, with the canary's own service discovery. DNS keeps the stable node's response type and IP
 * preference; Cloud Map keeps its IP preference and, by default, its namespace.
 */
export function canaryNodeSpec(stable: NodeSpec, discovery: CanaryDiscovery): NodeSpec {
  if (JSON.stringify(stable).includes('"$unknown"')) {
    throw new InputError(
      'create-canary-node',
      'the stable node has settings this client does not know; create the canary node yourself.',
    );
  }
  const { serviceDiscovery, ...rest } = structuredClone(stable);
  const inherited = {
    ...(serviceDiscovery?.dns?.ipPreference ? { ipPreference: serviceDiscovery.dns.ipPreference } : {}),
    ...(serviceDiscovery?.awsCloudMap?.ipPreference
      ? { ipPreference: serviceDiscovery.awsCloudMap.ipPreference }
      : {}),
  };
  if (discovery.kind === 'dns') {
    if (serviceDiscovery?.dns?.hostname.toLowerCase() === discovery.hostname.toLowerCase()) {
      throw new InputError(
        'canary-dns-hostname',
        `is the stable node's own hostname (${discovery.hostname}); the canary needs its own.`,
      );
    }
    const responseType = serviceDiscovery?.dns?.responseType;
    return {
      ...rest,
      serviceDiscovery: {
        dns: { hostname: discovery.hostname, ...(responseType ? { responseType } : {}), ...inherited },
      },
    };
  }
  const namespaceName = discovery.namespaceName ?? serviceDiscovery?.awsCloudMap?.namespaceName;
  if (namespaceName === undefined) {
    throw new InputError(
      'canary-cloud-map-namespace',
      'is required: the stable node does not use Cloud Map, so there is no namespace to reuse.',
    );
  }
  const stableCloudMap = serviceDiscovery?.awsCloudMap;
  if (
    stableCloudMap?.namespaceName === namespaceName &&
    stableCloudMap.serviceName === discovery.serviceName &&
    JSON.stringify(stableCloudMap.attributes ?? []) === JSON.stringify(discovery.attributes)
  ) {
    throw new InputError(
      'canary-cloud-map-service',
      `is the stable node's own Cloud Map service (${namespaceName}/${discovery.serviceName}) with the same attributes; the canary needs its own instances.`,
    );
  }
  return {
    ...rest,
    serviceDiscovery: {
      awsCloudMap: {
        namespaceName,
        serviceName: discovery.serviceName,
        ...(discovery.attributes.length > 0 ? { attributes: discovery.attributes } : {}),
        ...inherited,
      },
    },
  };
}
