import type { CreateTargetGroupCommandInput, TargetGroupConfig } from '@aws-sdk/client-vpc-lattice';
import type { LatticeTargetGroupRead } from '../../routing/vpc-lattice/target-group-setup.js';
import { createdByTag } from '../names.js';

/**
 * The canary VPC Lattice target group as a clone of the stable one: type, port, protocol and its version, VPC,
 * IP address type, health check and tags, in one CreateTargetGroup. Pure.
 */

/** What CreateTargetGroup's config sets and a clone must match, in the order people read them. */
const clonedConfig = [
  'port',
  'protocol',
  'protocolVersion',
  'ipAddressType',
  'vpcIdentifier',
  'healthCheck',
] as const satisfies ReadonlyArray<keyof TargetGroupConfig>;

export function canaryLatticeTargetGroupInput(
  stable: LatticeTargetGroupRead,
  name: string,
): CreateTargetGroupCommandInput {
  const config: TargetGroupConfig = {};
  for (const field of clonedConfig) {
    const value = stable.group.config?.[field];
    if (value !== undefined) Object.assign(config, { [field]: structuredClone(value) });
  }
  return { name, type: stable.group.type, config, tags: clonedLatticeTags(stable.tags) };
}

/** The stable's own tags (not AWS's, not init's mark) and init's mark. */
export function clonedLatticeTags(tags: Record<string, string>): Record<string, string> {
  const own = Object.entries(tags).filter(([key]) => !key.startsWith('aws:') && key !== createdByTag.key);
  return { ...Object.fromEntries(own), [createdByTag.key]: createdByTag.value };
}

export function madeByInitLattice(tags: Record<string, string>): boolean {
  return tags[createdByTag.key] === createdByTag.value;
}

/** "port 8080 (serviceb's: 9080)": each cloned setting where an existing group differs from the stable one. */
export function latticeTargetGroupDifferences(
  existing: LatticeTargetGroupRead,
  stable: LatticeTargetGroupRead,
  stableName: string,
): string[] {
  const out: string[] = [];
  if (existing.group.type !== stable.group.type)
    out.push(`type ${existing.group.type} (${stableName}'s: ${stable.group.type})`);
  for (const field of clonedConfig) {
    const has = existing.group.config?.[field];
    const want = stable.group.config?.[field];
    if (JSON.stringify(has) !== JSON.stringify(want))
      out.push(`${field} ${show(has)} (${stableName}'s: ${show(want)})`);
  }
  return out;
}

/** "HTTP1 HTTP:9080, VPC vpc-0a5c, type IP, health check HTTP /health every 15 s, codes 200-299; tags ...". */
export function describeLatticeTargetGroupInput(input: CreateTargetGroupCommandInput): string {
  const config = input.config ?? {};
  const check = config.healthCheck;
  const health =
    check?.enabled === false
      ? 'health check off'
      : `health check ${check?.protocol ?? 'HTTP'} ${check?.path ?? '/'} every ${check?.healthCheckIntervalSeconds ?? 30} s, codes ${check?.matcher?.httpCode ?? '200'}`;
  const tags = Object.entries(input.tags ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  return (
    `${config.protocol}:${config.port} ${config.protocolVersion ?? ''}`.trim() +
    `, VPC ${config.vpcIdentifier}, type ${input.type}, ${health}; tags ${tags}`
  );
}

function show(value: unknown): string {
  return value === undefined ? 'unset' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
