import { SFNClient } from '@aws-sdk/client-sfn';
import { Executions } from '../../orchestrator/sfn.js';
import { clientConfig } from '../client-config.js';

/**
 * Step Functions executions; without a region, the Lambda's own. In a Lambda the in-process retries are
 * short: a longer throttle surfaces as TransientError for the state machine's Retry.
 */
export const executions = (region?: string) =>
  region
    ? new Executions(new SFNClient(clientConfig({ region })))
    : new Executions(new SFNClient(clientConfig({})), { deadlineMs: 10_000 });
