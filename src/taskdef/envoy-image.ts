import { InputError } from '../errors.js';

export const envoyImageVersion = 'v1.29.12.1-prod';

const defaultEnvoyAccount = '840364872350';

/** Regions whose App Mesh Envoy repository lives in an account of its own (opt-in and China regions). */
const envoyAccountByRegion: Record<string, string> = {
  'me-south-1': '772975370895',
  'ap-east-1': '856666278305',
  'ap-southeast-3': '909464085924',
  'eu-south-1': '422531588944',
  'il-central-1': '564877687649',
  'af-south-1': '924023996002',
  'cn-north-1': '919366029133',
  'cn-northwest-1': '919366029133',
};

/** Commercial regions served by the default Envoy account. */
const defaultAccountRegions = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
];

const regionPattern = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** The App Mesh Envoy image for a region; throws when none is known there (set envoy-image then). */
export function envoyImageFor(region: string): string {
  const account =
    envoyAccountByRegion[region] ??
    (defaultAccountRegions.includes(region) ? defaultEnvoyAccount : undefined);
  if (account === undefined) {
    throw new InputError(
      'envoy-image',
      `no App Mesh Envoy image is known for region "${region}". Set envoy-image to the image to run ` +
        `(e.g. public.ecr.aws/appmesh/aws-appmesh-envoy:${envoyImageVersion}).`,
    );
  }
  const domain = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `${account}.dkr.ecr.${region}.${domain}/aws-appmesh-envoy:${envoyImageVersion}`;
}

/** The ARN partition of a region: aws, aws-cn or aws-us-gov. */
export function partitionOf(region: string): string {
  if (!regionPattern.test(region) || /^[a-z]{2}-iso/.test(region)) {
    throw new InputError(
      'region',
      `"${region}" is not an AWS region where App Mesh runs; set a region such as us-west-2.`,
    );
  }
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}
