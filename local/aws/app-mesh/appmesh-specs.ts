import { AwsError, isObject, type Json } from '../protocol.js';

/** App Mesh's documented constraints on the specs this stack stores (BadRequestException otherwise). */

const routeTypes = ['httpRoute', 'http2Route', 'grpcRoute', 'tcpRoute'] as const;
const protocols = ['http', 'http2', 'grpc', 'tcp'];
const maxTargets = 10;

function bad(message: string): AwsError {
  return new AwsError('BadRequestException', message, 400);
}

export function checkName(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length < 1 || value.length > 255)
    throw bad(`${field} must be 1-255 characters long`);
  return value;
}

function port(value: unknown, field: string): void {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 65535)
    throw bad(`${field} must be an integer from 1 to 65535`);
}

function listeners(value: unknown, field: string, exactlyOne: boolean): void {
  if (!Array.isArray(value) || value.length === 0) throw bad(`${field} must hold at least one listener`);
  if (exactlyOne && value.length !== 1) throw bad(`${field} must hold exactly one listener`);
  value.forEach((listener, index) => {
    const mapping = isObject(listener) ? listener.portMapping : undefined;
    if (!isObject(mapping)) throw bad(`${field}[${index}].portMapping is required`);
    port(mapping.port, `${field}[${index}].portMapping.port`);
    if (!protocols.includes(String(mapping.protocol)))
      throw bad(`${field}[${index}].portMapping.protocol must be one of ${protocols.join(', ')}`);
  });
}

export function checkVirtualNodeSpec(spec: unknown): Json {
  if (!isObject(spec)) throw bad('spec is required');
  if (spec.listeners !== undefined) listeners(spec.listeners, 'spec.listeners', false);
  const discovery = spec.serviceDiscovery;
  if (discovery !== undefined) {
    if (!isObject(discovery)) throw bad('spec.serviceDiscovery must be an object');
    if (isObject(discovery.dns) && typeof discovery.dns.hostname !== 'string')
      throw bad('spec.serviceDiscovery.dns.hostname is required');
  }
  return spec;
}

export function checkVirtualRouterSpec(spec: unknown): Json {
  if (!isObject(spec)) throw bad('spec is required');
  listeners(spec.listeners, 'spec.listeners', true);
  return spec;
}

export function checkVirtualServiceSpec(
  spec: unknown,
  exists: { node(name: string): boolean; router(name: string): boolean },
): Json {
  if (!isObject(spec)) throw bad('spec is required');
  const provider = spec.provider;
  if (provider === undefined) return spec;
  if (!isObject(provider)) throw bad('spec.provider must be an object');
  const node = isObject(provider.virtualNode) ? provider.virtualNode.virtualNodeName : undefined;
  const router = isObject(provider.virtualRouter) ? provider.virtualRouter.virtualRouterName : undefined;
  if ((node === undefined) === (router === undefined))
    throw bad('spec.provider must name exactly one of virtualNode and virtualRouter');
  if (node !== undefined && !exists.node(String(node)))
    throw bad(`The virtual node ${String(node)} referenced by the provider does not exist in the mesh`);
  if (router !== undefined && !exists.router(String(router)))
    throw bad(`The virtual router ${String(router)} referenced by the provider does not exist in the mesh`);
  return spec;
}

/**
 * A route spec: exactly one route type; 1-10 weighted targets, integer weights 0-100 summing to at most 100,
 * each naming a virtual node of the mesh; a match where the type needs one.
 */
export function checkRouteSpec(spec: unknown, nodeExists: (name: string) => boolean): Json {
  if (!isObject(spec)) throw bad('spec is required');
  const present = routeTypes.filter((type) => spec[type] !== undefined && spec[type] !== null);
  if (present.length !== 1)
    throw bad(
      `A route spec must hold exactly one of ${routeTypes.join(', ')}; this one holds ${present.length === 0 ? 'none' : present.join(', ')}`,
    );
  if (spec.priority !== undefined) {
    const priority = spec.priority;
    if (!Number.isInteger(priority) || (priority as number) < 0 || (priority as number) > 1000)
      throw bad('spec.priority must be an integer from 0 to 1000');
  }
  const type = present[0]!;
  const route = spec[type];
  if (!isObject(route)) throw bad(`spec.${type} must be an object`);
  checkTargets(route.action, `spec.${type}.action`, nodeExists);
  if (type === 'httpRoute' || type === 'http2Route') checkHttpMatch(route.match, `spec.${type}.match`);
  if (type === 'grpcRoute' && !isObject(route.match)) throw bad(`spec.${type}.match is required`);
  if (type !== 'tcpRoute' && isObject(route.match)) {
    const field = type === 'grpcRoute' ? 'metadata' : 'headers';
    if (route.match[field] !== undefined)
      checkHeaderMatches(route.match[field], `spec.${type}.match.${field}`);
  }
  if (route.retryPolicy !== undefined) checkRetryPolicy(route.retryPolicy, `spec.${type}.retryPolicy`);
  return spec;
}

function checkTargets(action: unknown, field: string, nodeExists: (name: string) => boolean): void {
  const targets = isObject(action) ? action.weightedTargets : undefined;
  if (!Array.isArray(targets) || targets.length === 0)
    throw bad(`${field}.weightedTargets must hold at least one target`);
  if (targets.length > maxTargets)
    throw bad(`${field}.weightedTargets holds ${targets.length} targets; at most ${maxTargets} are allowed`);
  let total = 0;
  const seen = new Set<string>();
  targets.forEach((target, index) => {
    const where = `${field}.weightedTargets[${index}]`;
    if (!isObject(target)) throw bad(`${where} must be an object`);
    const node = checkName(target.virtualNode, `${where}.virtualNode`);
    const weight = target.weight;
    if (!Number.isInteger(weight) || (weight as number) < 0 || (weight as number) > 100)
      throw bad(`${where}.weight must be an integer from 0 to 100`);
    if (target.port !== undefined) port(target.port, `${where}.port`);
    if (!nodeExists(node)) throw bad(`${where}: the virtual node ${node} does not exist in the mesh`);
    const key = `${node}:${String(target.port ?? '')}`;
    if (seen.has(key)) throw bad(`${where}: virtual node ${node} is a target twice`);
    seen.add(key);
    total += weight as number;
  });
  if (total > 100) throw bad(`${field}: the weights of the targets add up to ${total}; at most 100`);
}

function checkHttpMatch(match: unknown, field: string): void {
  if (!isObject(match)) throw bad(`${field} is required`);
  if (match.prefix === undefined && match.path === undefined) throw bad(`${field} must set prefix or path`);
  if (match.prefix !== undefined && !(typeof match.prefix === 'string' && match.prefix.startsWith('/')))
    throw bad(`${field}.prefix must start with /`);
}

const headerMatchKinds = ['exact', 'prefix', 'suffix', 'regex', 'range'];

/** Header (or gRPC metadata) matches: 1-10, each a name of 1-50 characters and at most one kind of match. */
function checkHeaderMatches(value: unknown, field: string): void {
  if (!Array.isArray(value) || value.length < 1 || value.length > 10)
    throw bad(`${field} must hold 1 to 10 matches`);
  value.forEach((header, index) => {
    const where = `${field}[${index}]`;
    if (!isObject(header)) throw bad(`${where} must be an object`);
    if (typeof header.name !== 'string' || header.name.length < 1 || header.name.length > 50)
      throw bad(`${where}.name must be 1-50 characters long`);
    if (header.match === undefined) return;
    const kinds = isObject(header.match) ? Object.keys(header.match) : [];
    if (kinds.length !== 1 || !headerMatchKinds.includes(kinds[0]!))
      throw bad(`${where}.match must set exactly one of ${headerMatchKinds.join(', ')}`);
  });
}

function checkRetryPolicy(policy: unknown, field: string): void {
  if (!isObject(policy)) throw bad(`${field} must be an object`);
  if (!Number.isInteger(policy.maxRetries) || (policy.maxRetries as number) < 0)
    throw bad(`${field}.maxRetries must be a non-negative integer`);
  const timeout = policy.perRetryTimeout;
  if (!isObject(timeout) || !['s', 'ms'].includes(String(timeout.unit)))
    throw bad(`${field}.perRetryTimeout needs a unit (s or ms) and a value`);
}
