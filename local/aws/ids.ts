import { createHash } from 'node:crypto';

/**
 * Lowercase hex derived from a seed string. AWS makes these IDs at random; the local stack derives them from
 * the resource's name, so its ARNs stay the same from one start to the next and scenario files can name them.
 */
export function stableHex(seed: string, length: number): string {
  let hex = '';
  for (let round = 0; hex.length < length; round++)
    hex += createHash('sha256').update(`${round}:${seed}`).digest('hex');
  return hex.slice(0, length);
}
