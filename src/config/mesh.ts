import { InputError } from '../errors.js';
import { boolean, type InputReader, list, optionalString, parseInteger, requiredString } from './inputs.js';

/** Which routes of which virtual router: enough to read weights. */
export interface MeshLocation {
  mesh: string;
  /** Account that owns the mesh when it is shared with this account. */
  meshOwner?: string;
  virtualRouter: string;
  /** Route names; empty: every route of the router (for a shift, those targeting the stable node). */
  routes: string[];
}

/** The canary's own service discovery, for a canary virtual node created from the stable one. */
export type CanaryDiscovery =
  | { kind: 'dns'; hostname: string }
  | {
      kind: 'cloud-map';
      serviceName: string;
      /** Default: the stable node's Cloud Map namespace. */
      namespaceName?: string;
      attributes: Array<{ key: string; value: string }>;
    };

export interface MeshSettings extends MeshLocation {
  stableNode: string;
  canaryNode: string;
  /** Create the canary virtual node from the stable node's spec when it does not exist. */
  createCanaryNode: boolean;
  canaryDiscovery?: CanaryDiscovery;
}

/** Reads mesh, mesh-owner, virtual-router and route. */
export function meshLocationSettings(read: InputReader): MeshLocation {
  const meshOwner = optionalString(read, 'mesh-owner');
  if (meshOwner !== undefined && !/^\d{12}$/.test(meshOwner)) {
    throw new InputError('mesh-owner', `must be a 12-digit AWS account ID; got "${meshOwner}".`);
  }
  return {
    mesh: resourceName(read, 'mesh', 'Set it to the name of the App Mesh mesh (e.g. apps).'),
    meshOwner,
    virtualRouter: resourceName(
      read,
      'virtual-router',
      'Set it to the virtual router whose routes are shifted.',
    ),
    routes: routeNames(read),
  };
}

/** Everything a traffic shift needs: the location, both nodes and the optional canary node creation. */
export function meshSettings(read: InputReader): MeshSettings {
  const location = meshLocationSettings(read);
  const stableNode = resourceName(read, 'stable-node', 'Set it to the virtual node that serves production.');
  const canaryNode = resourceName(read, 'canary-node', 'Set it to the virtual node of the new version.');
  if (stableNode === canaryNode) {
    throw new InputError('canary-node', `must differ from stable-node (both are "${stableNode}").`);
  }
  const createCanaryNode = boolean(read, 'create-canary-node', false);
  const canaryDiscovery = canaryDiscoverySettings(read, createCanaryNode);
  return { ...location, stableNode, canaryNode, createCanaryNode, canaryDiscovery };
}

/** The input "canary-percent": a whole number from 0 to 100 (no fractions: weights are integers). */
export function canaryPercentSetting(read: InputReader): number {
  const text = requiredString(
    read,
    'canary-percent',
    'Set it to the share of traffic for the canary, 0 to 100.',
  );
  return parseInteger('canary-percent', text, { min: 0, max: 100 });
}

function routeNames(read: InputReader): string[] {
  const raw = read('route').trim();
  const names = list(read, 'route');
  if (raw !== '' && names.length === 0) {
    throw new InputError(
      'route',
      `lists no route name ("${raw}"); give names comma-separated, or leave it unset.`,
    );
  }
  const seen = new Set<string>();
  for (const name of names) {
    checkName('route', name);
    if (seen.has(name)) throw new InputError('route', `names route "${name}" twice.`);
    seen.add(name);
  }
  return names;
}

const dnsHostname =
  /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

function canaryDiscoverySettings(read: InputReader, createCanaryNode: boolean): CanaryDiscovery | undefined {
  const hostname = optionalString(read, 'canary-dns-hostname');
  const serviceName = optionalString(read, 'canary-cloud-map-service');
  const namespaceName = optionalString(read, 'canary-cloud-map-namespace');
  const attributes = cloudMapAttributes(read);
  const given = [
    'canary-dns-hostname',
    'canary-cloud-map-service',
    'canary-cloud-map-namespace',
    'canary-cloud-map-attributes',
  ].filter((name) => read(name).trim() !== '');
  if (!createCanaryNode) {
    if (given.length > 0) {
      throw new InputError(
        given[0]!,
        'is only used with create-canary-node: true; set that, or remove this input.',
      );
    }
    return undefined;
  }
  if (hostname !== undefined && serviceName !== undefined) {
    throw new InputError(
      'canary-dns-hostname',
      'and canary-cloud-map-service exclude each other; give one of them.',
    );
  }
  if (hostname !== undefined) {
    if (namespaceName !== undefined || attributes.length > 0) {
      throw new InputError(
        given.find((name) => name.startsWith('canary-cloud-map'))!,
        'is only used with canary-cloud-map-service.',
      );
    }
    if (!dnsHostname.test(hostname)) {
      throw new InputError(
        'canary-dns-hostname',
        `"${hostname}" is not a DNS hostname such as servicebv2.apps.local.`,
      );
    }
    return { kind: 'dns', hostname };
  }
  if (serviceName !== undefined) {
    return { kind: 'cloud-map', serviceName, ...(namespaceName ? { namespaceName } : {}), attributes };
  }
  throw new InputError(
    'create-canary-node',
    "needs the canary's own service discovery: set canary-dns-hostname, or canary-cloud-map-service (with canary-cloud-map-namespace and canary-cloud-map-attributes as needed).",
  );
}

/** "ECS_TASK_DEFINITION_FAMILY=taskBv2,stage=canary" */
function cloudMapAttributes(read: InputReader): Array<{ key: string; value: string }> {
  return list(read, 'canary-cloud-map-attributes').map((pair) => {
    const match = /^([^=\s]+)=(.+)$/.exec(pair);
    if (!match) {
      throw new InputError(
        'canary-cloud-map-attributes',
        `"${pair}" is not key=value; list pairs comma-separated.`,
      );
    }
    return { key: match[1]!, value: match[2]!.trim() };
  });
}

function resourceName(read: InputReader, name: string, fix: string): string {
  const value = requiredString(read, name, fix);
  checkName(name, value);
  return value;
}

/** App Mesh names are 1-255 characters; whitespace, commas and slashes point at a typo. */
function checkName(input: string, value: string): void {
  if (value.length > 255 || /[\s,/]/.test(value)) {
    throw new InputError(
      input,
      `"${value}" is not an App Mesh resource name (1-255 characters, no spaces, commas or slashes).`,
    );
  }
}
