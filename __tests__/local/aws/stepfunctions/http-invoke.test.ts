import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Json } from '../../../../local/aws/protocol.js';
import { localCertificate } from '../../../../local/hooks/tls-certificate.js';
import { integrationWorld } from './integration-support.js';

/** arn:aws:states:::http:invoke through the local Step Functions: real HTTPS to a server only it trusts. */
const certificate = localCertificate();
/** Client ports whose request the server holds without answering: only there is the remote end silent. */
const held = new Set<number>();
const world = integrationWorld({ ca: certificate.cert, holding: (port) => held.has(port) });
const requests: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> =
  [];
/** What the server answers next, by path; `null` never answers. */
const answers: Record<string, { status: number; body: string } | null> = {
  '/hook': { status: 200, body: '{"status":"SUCCEEDED"}' },
  '/broken': { status: 500, body: '{"message":"smoke failed on /health"}' },
  '/silent': null,
  '/token': { status: 200, body: '{"access_token":"t0k3n","token_type":"Bearer","expires_in":3600}' },
};
const server = createServer({ cert: certificate.cert, key: certificate.key }, (request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
      body: Buffer.concat(chunks).toString(),
    });
    const answer = answers[new URL(request.url ?? '/', 'https://x').pathname];
    if (new URL(request.url ?? '/', 'https://x').pathname === '/busy') {
      // Real work before answering (a loaded machine), not silence: 60 ms are 72 simulated seconds.
      setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 60);
      return;
    }
    if (answer === null) {
      held.add(request.socket.remotePort!);
      return;
    }
    response
      .writeHead(answer?.status ?? 404, { 'content-type': 'application/json' })
      .end(answer?.body ?? '{}');
  });
});
let base = '';
let apiKeyConnection = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  apiKeyConnection = String(
    world.connections.create({
      Name: 'hooks',
      AuthorizationType: 'API_KEY',
      AuthParameters: {
        ApiKeyAuthParameters: { ApiKeyName: 'x-hook-key', ApiKeyValue: 's3cret' },
        InvocationHttpParameters: { HeaderParameters: [{ Key: 'x-team', Value: 'payments' }] },
      },
    }).ConnectionArn,
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const invoke = (parameters: Json, extra: Json = {}) =>
  world.runTask(
    { Resource: 'arn:aws:states:::http:invoke', Parameters: parameters, ...extra },
    { stage: 'test-traffic', deploymentId: 'd-1' },
  );

describe('http:invoke', () => {
  it('POSTs the body with the connection’s API key and returns the answer parsed', async () => {
    requests.length = 0;
    const { execution, output, types } = await invoke({
      ApiEndpoint: `${base}/hook`,
      Method: 'POST',
      Authentication: { ConnectionArn: apiKeyConnection },
      'RequestBody.$': '$',
      Headers: { 'x-canary': 'true' },
      QueryParameters: { stage: 'test-traffic' },
    });
    expect(execution.status).toBe('SUCCEEDED');
    expect(output).toMatchObject({
      StatusCode: '200',
      StatusText: 'OK',
      ResponseBody: { status: 'SUCCEEDED' },
      Headers: { 'content-type': ['application/json'] },
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'POST', url: '/hook?stage=test-traffic' });
    expect(requests[0]!.headers).toMatchObject({
      'x-hook-key': 's3cret',
      'x-team': 'payments',
      'x-canary': 'true',
    });
    expect(JSON.parse(requests[0]!.body)).toEqual({ stage: 'test-traffic', deploymentId: 'd-1' });
    expect(types.slice(2, 5)).toEqual(['TaskScheduled', 'TaskStarted', 'TaskSucceeded']);
  });

  it('fails a 500 with States.Http.StatusCode.500, the answer in the cause', async () => {
    const { execution, events } = await invoke({
      ApiEndpoint: `${base}/broken`,
      Method: 'POST',
      Authentication: { ConnectionArn: apiKeyConnection },
    });
    expect(execution).toMatchObject({ status: 'FAILED', error: 'States.Http.StatusCode.500' });
    expect(JSON.parse(String(execution.cause))).toMatchObject({
      StatusCode: '500',
      ResponseBody: { message: 'smoke failed on /health' },
    });
    expect(events.find((event) => event.type === 'TaskFailed')?.taskFailedEventDetails).toMatchObject({
      resourceType: 'http',
      resource: 'invoke',
      error: 'States.Http.StatusCode.500',
    });
  });

  it('fails when the connection does not exist, sending nothing', async () => {
    requests.length = 0;
    const { execution } = await invoke({
      ApiEndpoint: `${base}/hook`,
      Method: 'POST',
      Authentication: { ConnectionArn: 'arn:aws:events:us-west-2:123456789012:connection/gone/0000' },
    });
    expect(execution).toMatchObject({
      status: 'FAILED',
      error: 'Events.ConnectionResource.ResourceNotFound',
    });
    expect(execution.cause).toContain('connection/gone/0000');
    expect(requests).toEqual([]);
  });

  it('times out with States.Timeout when the endpoint never answers, on the simulated clock', async () => {
    const { execution, types, events } = await invoke(
      { ApiEndpoint: `${base}/silent`, Method: 'POST', Authentication: { ConnectionArn: apiKeyConnection } },
      { TimeoutSeconds: 30 },
    );
    expect(execution).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(types).toContain('TaskTimedOut');
    expect(events.find((event) => event.type === 'TaskTimedOut')?.taskTimedOutEventDetails).toMatchObject({
      resourceType: 'http',
      resource: 'invoke',
    });
  });

  it('waits past the timeout for an answer the server is busy making: only its silence times out', async () => {
    const { execution } = await invoke(
      { ApiEndpoint: `${base}/busy`, Method: 'GET', Authentication: { ConnectionArn: apiKeyConnection } },
      { TimeoutSeconds: 30 },
    );
    expect(execution.status).toBe('SUCCEEDED');
  });

  it('authorizes with Basic and with an OAuth client-credentials token', async () => {
    const basic = String(
      world.connections.create({
        Name: 'basic',
        AuthorizationType: 'BASIC',
        AuthParameters: { BasicAuthParameters: { Username: 'ci', Password: 'pw' } },
      }).ConnectionArn,
    );
    const oauth = String(
      world.connections.create({
        Name: 'oauth',
        AuthorizationType: 'OAUTH_CLIENT_CREDENTIALS',
        AuthParameters: {
          OAuthParameters: {
            AuthorizationEndpoint: `${base}/token`,
            HttpMethod: 'POST',
            ClientParameters: { ClientID: 'client', ClientSecret: 'secret' },
          },
        },
      }).ConnectionArn,
    );
    requests.length = 0;
    await invoke({ ApiEndpoint: `${base}/hook`, Method: 'GET', Authentication: { ConnectionArn: basic } });
    await invoke({ ApiEndpoint: `${base}/hook`, Method: 'GET', Authentication: { ConnectionArn: oauth } });
    expect(requests.map((request) => [request.url, request.headers.authorization])).toEqual([
      ['/hook', `Basic ${Buffer.from('ci:pw').toString('base64')}`],
      ['/token', `Basic ${Buffer.from('client:secret').toString('base64')}`],
      ['/hook', 'Bearer t0k3n'],
    ]);
    expect(requests[1]!.body).toBe('grant_type=client_credentials');
  });
});

describe('EventBridge connections', () => {
  it('refuses parameters of another authorization type, naming what it takes', () => {
    expect(() =>
      world.connections.create({
        Name: 'mixed',
        AuthorizationType: 'API_KEY',
        AuthParameters: { BasicAuthParameters: { Username: 'a', Password: 'b' } },
      }),
    ).toThrow('An authorization type of API_KEY takes AuthParameters.ApiKeyAuthParameters alone.');
    expect(() => world.connections.describe({ Name: 'mixed' })).toThrow("Connection 'mixed' does not exist");
  });

  it('refuses a name taken, and describes a connection without its secrets', () => {
    expect(() =>
      world.connections.create({
        Name: 'hooks',
        AuthorizationType: 'BASIC',
        AuthParameters: { BasicAuthParameters: { Username: 'a', Password: 'b' } },
      }),
    ).toThrow('Connection hooks already exists.');
    expect(world.connections.describe({ Name: 'hooks' })).toMatchObject({
      ConnectionArn: apiKeyConnection,
      ConnectionState: 'AUTHORIZED',
      AuthorizationType: 'API_KEY',
      AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'x-hook-key' } },
    });
    expect(JSON.stringify(world.connections.describe({ Name: 'hooks' }))).not.toContain('s3cret');
  });

  it('deletes a connection: the HTTP task can no longer use it', async () => {
    const arn = String(
      world.connections.create({
        Name: 'short-lived',
        AuthorizationType: 'API_KEY',
        AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: 'k', ApiKeyValue: 'v' } },
      }).ConnectionArn,
    );
    expect(world.connections.delete({ Name: 'short-lived' })).toMatchObject({ ConnectionState: 'DELETING' });
    const { execution } = await invoke({
      ApiEndpoint: `${base}/hook`,
      Method: 'GET',
      Authentication: { ConnectionArn: arn },
    });
    expect(execution.error).toBe('Events.ConnectionResource.ResourceNotFound');
  });
});
