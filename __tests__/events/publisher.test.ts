import '../orchestrator/lambda-env.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { afterEach, describe, expect, it } from '@jest/globals';
import { events } from '../../src/aws/clients/events.js';
import { eventBridgePublisher } from '../../src/events/eventbridge-publisher.js';
import { announce, canaryEventOf } from '../../src/events/index.js';
import { executionArnOf, seedDocument } from '../orchestrator/fixtures.js';
import { type OperationHandler, startJsonTargetServer } from '../support/json-target-server.js';
import { RecordingPublisher } from '../support/recording-publisher.js';

const document = seedDocument();
const executionArn = executionArnOf('deploy-1');
const shifted = {
  transition: 'STEP_SHIFTED',
  stepIndex: 0,
  canaryWeight: 25,
  reason: 'wrote route serviceB',
} as const;
const event = canaryEventOf(document, executionArn, shifted);

let server: Awaited<ReturnType<typeof startJsonTargetServer>> | undefined;
const previousEndpoint = process.env.AWS_ENDPOINT_URL;
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (previousEndpoint === undefined) delete process.env.AWS_ENDPOINT_URL;
  else process.env.AWS_ENDPOINT_URL = previousEndpoint;
});

/** The Lambdas' publisher (src/aws/clients/events.ts) against a loopback EventBridge answering `putEvents`. */
async function lambdaPublisher(putEvents: OperationHandler) {
  server = await startJsonTargetServer({ PutEvents: putEvents });
  process.env.AWS_ENDPOINT_URL = server.endpoint;
  return { publisher: events(), calls: server.calls };
}

const accepted: OperationHandler = () => ({ body: { FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] } });

function warnings() {
  const lines: Array<{ message: string; extra?: Record<string, unknown> }> = [];
  return {
    lines,
    log: { warn: (message: string, extra?: Record<string, unknown>) => lines.push({ message, extra }) },
  };
}

describe('the EventBridge publisher of the Lambdas', () => {
  it('puts one entry on the default bus: source, detail-type, the detail as JSON, the execution as resource', async () => {
    const { publisher, calls } = await lambdaPublisher(accepted);

    await publisher.publish(event);

    expect(calls).toEqual([
      {
        operation: 'PutEvents',
        body: {
          Entries: [
            {
              Source: 'appmesh-canary',
              DetailType: 'Step Shifted',
              Detail: JSON.stringify(event.detail),
              Resources: [executionArn],
            },
          ],
        },
      },
    ]);
  });

  it('rejects an entry EventBridge did not accept (FailedEntryCount > 0), naming its error', async () => {
    const { publisher } = await lambdaPublisher(() => ({
      body: {
        FailedEntryCount: 1,
        Entries: [
          { ErrorCode: 'NotAuthorizedForSourceException', ErrorMessage: 'Not authorized for the source.' },
        ],
      },
    }));

    await expect(publisher.publish(event)).rejects.toMatchObject({
      name: 'EventNotAccepted',
      message: 'NotAuthorizedForSourceException: Not authorized for the source.',
    });
  });

  it('rejects a denied put at once, and a throttled one after one retry', async () => {
    const denied = await lambdaPublisher(() => ({
      status: 400,
      body: { __type: 'AccessDeniedException', message: 'not authorized to perform: events:PutEvents' },
    }));
    await expect(denied.publisher.publish(event)).rejects.toMatchObject({ name: 'AccessDeniedException' });
    expect(denied.calls).toHaveLength(1);
    await server?.close();

    const throttled = await lambdaPublisher(() => ({
      status: 400,
      body: { __type: 'ThrottlingException', message: 'Rate exceeded' },
    }));
    await expect(throttled.publisher.publish(event)).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(throttled.calls).toHaveLength(2);
  });

  it('gives up on an endpoint that never answers once its time is up', async () => {
    const silent: Server = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const client = new EventBridgeClient({
      endpoint: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      region: 'us-west-2',
    });
    try {
      await expect(eventBridgePublisher(client, 200).publish(event)).rejects.toMatchObject({
        name: expect.stringMatching(/AbortError|TimeoutError/),
      });
    } finally {
      client.destroy();
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

describe('announce', () => {
  it('puts the event of the transition', async () => {
    const recorder = new RecordingPublisher();
    await announce({ events: recorder, log: warnings().log }, document, executionArn, shifted);
    expect(recorder.events).toEqual([event]);
  });

  it('never fails the step: a put that fails is a warning naming the transition', async () => {
    const { publisher } = await lambdaPublisher(() => ({
      status: 400,
      body: { __type: 'ThrottlingException', message: 'Rate exceeded' },
    }));
    const { lines, log } = warnings();

    await expect(
      announce({ events: publisher, log }, document, executionArn, shifted),
    ).resolves.toBeUndefined();

    expect(lines).toEqual([
      {
        message: 'event "Step Shifted" not published: ThrottlingException: Rate exceeded',
        extra: { transition: 'STEP_SHIFTED', detailType: 'Step Shifted' },
      },
    ]);
  });

  it('never fails the step: neither does an event that cannot be built, nor a missing execution ARN', async () => {
    const recorder = new RecordingPublisher();
    const { lines, log } = warnings();

    await announce({ events: recorder, log }, document, executionArn, { ...shifted, stepIndex: 7 });
    await announce({ events: recorder, log }, document, undefined, shifted);
    await announce({ events: recorder, log }, document, 'not-an-arn', shifted);

    expect(recorder.events).toEqual([]);
    expect(lines.map((line) => line.message)).toEqual([
      'event "Step Shifted" not published: RangeError: step 8 does not exist (3 steps)',
      'event "Step Shifted" not published: the state input names no executionArn',
      'event "Step Shifted" not published: Error: "not-an-arn" is not a Step Functions execution ARN',
    ]);
  });
});
