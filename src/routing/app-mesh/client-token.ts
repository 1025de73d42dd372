import { createHash } from 'node:crypto';

/**
 * An App Mesh clientToken (at most 36 letters, digits and hyphens) derived from the deployment and the
 * step, never random: a retried request sends the same token, a different step a different one.
 */
export function clientToken(deploymentId: string, ...step: Array<string | number>): string {
  const hex = createHash('sha256')
    .update(JSON.stringify([deploymentId, ...step]))
    .digest('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20, 32)].join(
    '-',
  );
}
