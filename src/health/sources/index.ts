import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { XRayClient } from '@aws-sdk/client-xray';
import { type ClientOptions, clientConfig } from '../../aws/client-config.js';
import type { HealthReaders } from '../types.js';
import { readAlarmStates } from './alarms.js';
import { readMetricSeries } from './metrics.js';
import { readServiceStatistics } from './xray.js';

export interface HealthClients {
  cloudWatch: CloudWatchClient;
  xray: XRayClient;
}

export function healthClients(options: ClientOptions = {}): HealthClients {
  return {
    cloudWatch: new CloudWatchClient(clientConfig(options)),
    xray: new XRayClient(clientConfig(options)),
  };
}

/** The health sources over real clients: the only code that talks to CloudWatch and X-Ray. */
export function awsHealthReaders(clients: HealthClients): HealthReaders {
  return {
    alarms: (names) => readAlarmStates(clients.cloudWatch, names),
    metrics: (queries, window) => readMetricSeries(clients.cloudWatch, queries, window),
    xray: (service, window) => readServiceStatistics(clients.xray, service, window),
  };
}
