import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { type LocalStack, startLocalStack } from '../../../../local/index.js';

/** The local default event bus through the unchanged SDK client, as the Lambdas reach it. */
let stack: LocalStack;
let client: EventBridgeClient;

beforeAll(async () => {
  stack = await startLocalStack();
  client = new EventBridgeClient({
    endpoint: stack.endpoint,
    region: stack.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client.destroy();
  await stack.stop();
});

let before: number;
beforeEach(() => {
  before = stack.eventsPut().length;
});

const newEvents = () => stack.eventsPut().slice(before);

const entry = (overrides: Partial<PutEventsRequestEntry> = {}): PutEventsRequestEntry => ({
  Source: 'appmesh-canary',
  DetailType: 'Step Shifted',
  Detail: JSON.stringify({ transition: 'STEP_SHIFTED', message: 'shifted to 25%' }),
  Resources: ['arn:aws:states:us-west-2:123456789012:execution:appmesh-canary:deploy-1'],
  ...overrides,
});

describe('PutEvents', () => {
  it('keeps each event as EventBridge delivers it to a target, in order', async () => {
    const answer = await client.send(
      new PutEventsCommand({ Entries: [entry(), entry({ DetailType: 'Promoted' })] }),
    );

    expect(answer.FailedEntryCount).toBe(0);
    expect(answer.Entries).toHaveLength(2);
    const events = newEvents();
    expect(events.map((event) => event.id)).toEqual(answer.Entries!.map((result) => result.EventId));
    expect(events[0]).toEqual({
      version: '0',
      id: answer.Entries![0]!.EventId,
      'detail-type': 'Step Shifted',
      source: 'appmesh-canary',
      account: stack.account,
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      region: stack.region,
      resources: ['arn:aws:states:us-west-2:123456789012:execution:appmesh-canary:deploy-1'],
      detail: { transition: 'STEP_SHIFTED', message: 'shifted to 25%' },
    });
    expect(events[1]!['detail-type']).toBe('Promoted');
    // The simulated clock stamps the event, as the handlers see "now".
    expect(Date.parse(events[0]!.time)).toBeLessThanOrEqual(Date.now());
  });

  it('fails a bad entry in its own result entry and keeps the good ones of the request', async () => {
    const answer = await client.send(
      new PutEventsCommand({
        Entries: [
          entry({ Detail: '{"not": json' }),
          entry({ Detail: '[1, 2]' }),
          entry({ Source: undefined }),
          entry({ EventBusName: 'elsewhere' }),
          entry(),
        ],
      }),
    );

    expect(answer.FailedEntryCount).toBe(4);
    expect(answer.Entries!.map((result) => result.ErrorCode ?? 'ok')).toEqual([
      'MalformedDetail',
      'MalformedDetail',
      'InvalidArgument',
      'InvalidArgument',
      'ok',
    ]);
    expect(answer.Entries![2]!.ErrorMessage).toBe('Parameter(s) Source must be specified.');
    expect(newEvents()).toHaveLength(1);
  });

  it('takes the default bus by name or ARN', async () => {
    await client.send(
      new PutEventsCommand({
        Entries: [
          entry({ EventBusName: 'default' }),
          entry({ EventBusName: `arn:aws:events:${stack.region}:${stack.account}:event-bus/default` }),
        ],
      }),
    );
    expect(newEvents()).toHaveLength(2);
  });

  it('refuses a request of more than 10 entries or over 256 KB, keeping none', async () => {
    await expect(
      client.send(new PutEventsCommand({ Entries: Array.from({ length: 11 }, () => entry()) })),
    ).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(
      client.send(
        new PutEventsCommand({
          Entries: [entry({ Detail: JSON.stringify({ text: 'x'.repeat(256 * 1024) }) })],
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      message: 'Total size of the entries in the request is over the limit.',
    });
    expect(newEvents()).toEqual([]);
  });

  it('honours injected faults: throttled by default, any error on demand, then puts again', async () => {
    stack.injectFault({ service: 'events', operation: 'PutEvents' });
    stack.injectFault({
      service: 'events',
      operation: 'PutEvents',
      error: {
        code: 'AccessDeniedException',
        status: 400,
        message: 'not authorized to perform: events:PutEvents',
      },
    });

    await expect(client.send(new PutEventsCommand({ Entries: [entry()] }))).rejects.toMatchObject({
      name: 'ThrottlingException',
    });
    expect(stack.calls.calls.at(-1)).toMatchObject({
      service: 'events',
      operation: 'PutEvents',
      error: 'ThrottlingException',
    });
    await expect(client.send(new PutEventsCommand({ Entries: [entry()] }))).rejects.toMatchObject({
      name: 'AccessDeniedException',
    });
    expect(newEvents()).toEqual([]);

    await client.send(new PutEventsCommand({ Entries: [entry()] }));
    expect(newEvents()).toHaveLength(1);
  });

  it('answers on the caller’s clock: a denied put is sent once, as AWS would see it', async () => {
    // The stack's clock runs ahead of the real one; a Date header from another clock than the signature's
    // would make the SDK correct its clock skew and send the failed call again.
    await new Promise((resolve) => setTimeout(resolve, stack.clock.realMs(600)));
    const retrying = new EventBridgeClient({
      endpoint: stack.endpoint,
      region: stack.region,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const calls = stack.calls.count('events', 'PutEvents');
    stack.injectFault({
      service: 'events',
      operation: 'PutEvents',
      error: { code: 'AccessDeniedException', status: 400, message: 'denied' },
    });
    try {
      await expect(retrying.send(new PutEventsCommand({ Entries: [entry()] }))).rejects.toMatchObject({
        name: 'AccessDeniedException',
      });
      expect(stack.calls.count('events', 'PutEvents') - calls).toBe(1);
    } finally {
      retrying.destroy();
    }
  });
});
