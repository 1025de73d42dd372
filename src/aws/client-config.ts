import { version } from '../version.js';

/**
 * Configuration shared by every AWS client. Region, endpoint (AWS_ENDPOINT_URL and
 * AWS_ENDPOINT_URL_<SERVICE>) and credentials come from the SDK's default chain, as users expect;
 * throttling and 5xx are retried by the SDK's adaptive retry strategy.
 */
export interface ClientOptions {
  region?: string;
}

export function clientConfig(options: ClientOptions = {}) {
  return {
    ...(options.region ? { region: options.region } : {}),
    maxAttempts: 6,
    retryMode: 'adaptive' as const,
    customUserAgent: `appmesh-canary/${version}`,
  };
}
