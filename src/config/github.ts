import { InputError } from '../errors.js';
import { type InputReader, optionalString } from './inputs.js';

export interface GitHubDeploymentSettings {
  token: string;
  environment: string;
}

/** The GitHub environment to record deploys in, when one is given; it needs a token. */
export function gitHubDeploymentSettings(read: InputReader): GitHubDeploymentSettings | undefined {
  const environment = optionalString(read, 'environment');
  if (environment === undefined) return undefined;
  const token = optionalString(read, 'github-token');
  if (token === undefined) {
    throw new InputError(
      'github-token',
      'is required with environment: pass github.token as github-token and give the job permissions: deployments: write.',
    );
  }
  return { token, environment };
}
