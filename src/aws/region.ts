import { InputError } from '../errors.js';

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
  if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) {
    throw new InputError('region', `"${region}" is not an AWS region name such as us-west-2.`);
  }
  return region;
}
