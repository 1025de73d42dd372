import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { eventBridgePublisher } from '../../events/eventbridge-publisher.js';
import { clientConfig } from '../client-config.js';

/**
 * The default event bus of the Lambda's own region, where the orchestrator's rules are. One retry, short
 * timeouts and a 3-second bound on the whole put: an announcement must not hold a step up.
 */
export const events = () =>
  eventBridgePublisher(
    new EventBridgeClient({
      ...clientConfig({}),
      maxAttempts: 2,
      retryMode: 'standard',
      requestHandler: { connectionTimeout: 1000, requestTimeout: 2000 },
    }),
    3000,
  );
