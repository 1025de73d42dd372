import { InputError } from '../errors.js';
import type { RenderOptions } from '../taskdef/index.js';
import {
  boolean,
  type InputReader,
  list,
  oneOf,
  optionalInteger,
  optionalString,
  portList,
  requiredString,
} from './inputs.js';

/** How the rendered task definition's Envoy container and proxy are configured: all but region and account. */
export type RenderSettings = Omit<RenderOptions, 'region' | 'account'> &
  Required<Pick<RenderOptions, 'nodeIdentity' | 'enableXray'>>;

const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(\/\d{1,2})?$/;

/**
 * @param nodeInput the input naming the virtual node: `virtual-node` for `render`, `canary-node` for `deploy`
 *   (a deployment renders the new version for the canary node).
 */
export function renderSettings(read: InputReader, nodeInput: 'virtual-node' | 'canary-node'): RenderSettings {
  const egressIgnoredIps = list(read, 'egress-ignored-ips');
  for (const ip of egressIgnoredIps) {
    if (!ipv4.test(ip)) {
      throw new InputError(
        'egress-ignored-ips',
        `"${ip}" is not an IPv4 address or CIDR; list them comma-separated.`,
      );
    }
  }
  return {
    mesh: requiredString(read, 'mesh', 'Set it to the name of the App Mesh mesh (e.g. apps).'),
    virtualNode: requiredString(read, nodeInput, 'Set it to the virtual node the task definition joins.'),
    nodeIdentity: oneOf(read, 'envoy-node-identity', ['arn', 'name'] as const, 'arn'),
    containerName: optionalString(read, 'container-name'),
    image: optionalString(read, 'image'),
    envoyImage: optionalString(read, 'envoy-image'),
    ignoredUid: optionalInteger(read, 'ignored-uid', { min: 0, max: 2147483647 }),
    appPorts: portList(read, 'app-ports'),
    egressIgnoredPorts: portList(read, 'egress-ignored-ports'),
    egressIgnoredIps: egressIgnoredIps.length > 0 ? egressIgnoredIps : undefined,
    enableXray: boolean(read, 'enable-xray', false),
    xrayImage: optionalString(read, 'xray-image'),
    envoyMemory: optionalInteger(read, 'envoy-memory', { min: 6 }),
    envoyCpu: optionalInteger(read, 'envoy-cpu', { min: 0 }),
  };
}
