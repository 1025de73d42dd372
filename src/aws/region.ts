import { closest, distance } from 'fastest-levenshtein';
import { InputError } from '../errors.js';
import { knownRegions } from './regions.js';

/**
 * The region: the input when given, else AWS_REGION / AWS_DEFAULT_REGION as set by
 * aws-actions/configure-aws-credentials. Needed before any call: it picks the Envoy image.
 */
export function resolveRegion(input: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const region = input?.trim() || env.AWS_REGION || env.AWS_DEFAULT_REGION || '';
  if (region === '') {
    throw new InputError(
      'region',
      'no region: set the region input or AWS_REGION (configure-aws-credentials sets it).',
    );
  }
  if (!/^[a-z]{2,4}(-[a-z]+)+-\d+$/.test(region)) {
    const nearest = nearestRegion(region);
    throw new InputError(
      'region',
      `"${region}" is not an AWS region name such as us-west-2${nearest ? `: did you mean ${nearest}?` : '.'}`,
    );
  }
  if (!knownRegions.includes(region)) {
    const nearest = nearestRegion(region);
    throw new InputError(
      'region',
      nearest
        ? `"${region}" is not a region AWS has: did you mean ${nearest}?`
        : `"${region}" is not a region AWS has. A region newer than this release of appmesh-canary needs a newer release.`,
    );
  }
  return region;
}

/** The known region one or two keystrokes away from the one typed, if any. */
function nearestRegion(region: string): string | undefined {
  const typed = region.toLowerCase();
  const nearest = closest(typed, [...knownRegions]);
  return distance(typed, nearest) <= 2 ? nearest : undefined;
}
