import { SFNClient } from '@aws-sdk/client-sfn';
import { Executions } from '../../orchestrator/sfn.js';
import { clientConfig } from '../client-config.js';

/** Step Functions executions; without a region, the Lambda's own. */
export const executions = (region?: string) =>
  new Executions(new SFNClient(clientConfig(region ? { region } : {})));
