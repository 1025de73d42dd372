import { InputError } from '../errors.js';
import { envoyImageFor, partitionOf } from './envoy-image.js';
import type { RenderOptions } from './types.js';

export const defaultIgnoredUid = 1337;
export const proxyIngressPort = 15000;
export const proxyEgressPort = 15001;
/** The task metadata endpoint (task role credentials) and the instance metadata service. */
export const defaultEgressIgnoredIps = ['169.254.170.2', '169.254.169.254'];
export const defaultXrayImage = 'public.ecr.aws/xray/aws-xray-daemon:3.x';

export const nodeArnVariable = 'APPMESH_RESOURCE_ARN';
export const nodeNameVariable = 'APPMESH_VIRTUAL_NODE_NAME';

/** RenderOptions checked, with every default filled in except the app container and its ports. */
export interface ResolvedRenderOptions {
  /** The environment variable that tells Envoy which virtual node it serves. */
  nodeIdentity: { name: typeof nodeArnVariable | typeof nodeNameVariable; value: string };
  envoyImage: string;
  ignoredUid: number;
  containerName?: string;
  image?: string;
  appPorts?: number[];
  egressIgnoredPorts?: number[];
  egressIgnoredIps: string[];
  enableXray: boolean;
  xrayImage?: string;
  envoyMemory?: number;
  envoyCpu?: number;
}

const appMeshName = /^[A-Za-z0-9_.-]{1,255}$/;
const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(\/([0-9]|[12]\d|3[0-2]))?$/;
const ipv6 = /^(?=.*:)[0-9A-Fa-f:.]{2,45}(\/(\d{1,2}|1[01]\d|12[0-8]))?$/;

export function resolveRenderOptions(options: RenderOptions): ResolvedRenderOptions {
  const mesh = appMeshNameOf(options.mesh, 'mesh', 'the mesh');
  const virtualNode = appMeshNameOf(options.virtualNode, 'virtual-node', 'the virtual node');
  if (!/^\d{12}$/.test(options.account ?? '')) {
    throw new InputError(
      'account',
      `must be the 12-digit ID of the account that owns the mesh (the mesh owner for a shared mesh); got "${options.account}".`,
    );
  }
  const identity = options.nodeIdentity ?? 'arn';
  if (identity !== 'arn' && identity !== 'name') {
    throw new InputError('envoy-node-identity', `must be arn or name; got "${identity}".`);
  }
  const envoyImage = imageOf(options.envoyImage, 'envoy-image') ?? envoyImageFor(options.region);
  const nodePath = `mesh/${mesh}/virtualNode/${virtualNode}`;
  const nodeIdentity: ResolvedRenderOptions['nodeIdentity'] =
    identity === 'arn'
      ? {
          name: nodeArnVariable,
          value: `arn:${partitionOf(options.region)}:appmesh:${options.region}:${options.account}:${nodePath}`,
        }
      : { name: nodeNameVariable, value: nodePath };

  return {
    nodeIdentity,
    envoyImage,
    ignoredUid: wholeNumber(options.ignoredUid, 'ignored-uid', 0, 2147483647) ?? defaultIgnoredUid,
    containerName: blankToUndefined(options.containerName),
    image: imageOf(options.image, 'image'),
    appPorts: portsOf(options.appPorts, 'app-ports'),
    egressIgnoredPorts: portsOf(options.egressIgnoredPorts, 'egress-ignored-ports'),
    egressIgnoredIps: ipsOf(options.egressIgnoredIps) ?? defaultEgressIgnoredIps,
    enableXray: options.enableXray ?? false,
    xrayImage: imageOf(options.xrayImage, 'xray-image'),
    // ECS refuses a container with less than 6 MiB of memory.
    envoyMemory: wholeNumber(options.envoyMemory, 'envoy-memory', 6, Number.MAX_SAFE_INTEGER),
    envoyCpu: wholeNumber(options.envoyCpu, 'envoy-cpu', 0, Number.MAX_SAFE_INTEGER),
  };
}

function appMeshNameOf(value: string | undefined, input: string, what: string): string {
  const name = value?.trim() ?? '';
  if (!appMeshName.test(name)) {
    throw new InputError(
      input,
      `must be the name of ${what}: 1 to 255 letters, digits, "_", "." or "-"; got "${value ?? ''}".`,
    );
  }
  return name;
}

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}

function imageOf(value: string | undefined, input: string): string | undefined {
  const image = blankToUndefined(value);
  if (image !== undefined && /\s/.test(image)) {
    throw new InputError(
      input,
      `must be a container image reference such as repo/name:tag, without spaces; got "${image}".`,
    );
  }
  return image;
}

function wholeNumber(value: number | undefined, input: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new InputError(input, `must be a whole number ${range}; got ${value}.`);
  }
  return value;
}

function portsOf(ports: number[] | undefined, input: string): number[] | undefined {
  if (ports === undefined || ports.length === 0) return undefined;
  for (const port of ports) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new InputError(
        input,
        `must list ports from 1 to 65535; got ${port}. Fix the comma-separated port list.`,
      );
    }
  }
  if (input === 'app-ports') rejectEnvoyPorts(ports);
  return [...new Set(ports)];
}

function ipsOf(ips: string[] | undefined): string[] | undefined {
  const items = (ips ?? []).map((ip) => ip.trim()).filter((ip) => ip !== '');
  if (items.length === 0) return undefined;
  for (const ip of items) {
    if (!ipv4.test(ip) && !ipv6.test(ip)) {
      throw new InputError(
        'egress-ignored-ips',
        `"${ip}" is not an IP address or CIDR block; list addresses such as 169.254.170.2 comma-separated.`,
      );
    }
  }
  return [...new Set(items)];
}

/** Envoy's own listeners cannot also be app ports: the redirect would loop traffic back into Envoy. */
export function rejectEnvoyPorts(appPorts: number[]): void {
  const taken = appPorts.find((port) => port === proxyIngressPort || port === proxyEgressPort);
  if (taken !== undefined) {
    throw new InputError(
      'app-ports',
      `must not include ${taken}: Envoy listens on ${proxyIngressPort} and ${proxyEgressPort}. Move the app to another port.`,
    );
  }
}
