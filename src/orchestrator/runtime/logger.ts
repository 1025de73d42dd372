import { Logger } from '@aws-lambda-powertools/logger';
import type { StepLog } from '../deps.js';

/** Service name and level come from POWERTOOLS_SERVICE_NAME and POWERTOOLS_LOG_LEVEL. */
export const logger = new Logger();

export const log: StepLog = {
  info: (message, extra) => (extra ? logger.info(message, extra) : logger.info(message)),
  warn: (message, extra) => (extra ? logger.warn(message, extra) : logger.warn(message)),
};

/** The Lambda context, as far as the logger reads it. */
// biome-ignore lint/suspicious/noExplicitAny: the Lambda context type lives in @types/aws-lambda, not installed
export type LambdaContext = any;
