import { SFNClient } from '@aws-sdk/client-sfn';
import { ExecutionRecords } from '../../orchestrator/execution-records.js';
import { clientConfig } from '../client-config.js';

/**
 * The Lambda's own Step Functions executions, read and stopped only (the guard): short in-process retries, a
 * longer throttle surfaces as TransientError.
 */
export const executionRecords = () =>
  new ExecutionRecords(new SFNClient(clientConfig({})), { deadlineMs: 10_000 });
