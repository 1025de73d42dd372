import { request } from 'node:https';
import type { ConnectionRecord, Connections } from '../eventbridge/connections.js';
import { isObject, type Json } from '../protocol.js';
import { runServiceTask, type ServiceTaskRun, TaskError } from './sfn-service-task.js';

export const httpInvokeResource = 'arn:aws:states:::http:invoke';

const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
/** Step Functions gives an HTTP task's call at most 60 seconds (States.Http.Socket past that). */
const socketLimitSeconds = 60;

/** Where the HTTP task connects, and the only roots it trusts (the local stack's own certificate). */
export interface HttpTaskServices {
  connections: Connections;
  ca: string;
  /**
   * Whether the local server holds the request of the connection from this client port on purpose (a scripted
   * delay, no answer): only then is the remote end silent. Without it, any server is taken as silent.
   */
  holding?: (clientPort: number) => boolean;
}

interface Reply {
  status: number;
  statusText: string;
  headers: Record<string, string[]>;
  body: string;
}

/**
 * http:invoke: a real HTTPS request to ApiEndpoint with Method, QueryParameters, Headers and RequestBody (an
 * object sent as JSON), the EventBridge connection's authorization added (API key header, Basic, or an
 * OAuth client-credentials token) with its invocation parameters. The result is {StatusCode, StatusText,
 * Headers, ResponseBody} (a JSON body parsed); a non-2xx answer fails the state as
 * States.Http.StatusCode.<code> with that result as the cause; no answer within the state's timeout is
 * States.Timeout, within 60 seconds States.Http.Socket.
 */
export function httpInvokeTask(
  run: ServiceTaskRun,
  parameters: unknown,
  services: HttpTaskServices,
): Promise<unknown> {
  return runServiceTask(
    run,
    { resourceType: 'http', resource: 'invoke' },
    parameters,
    async ({ ended }) => {
      const given = isObject(parameters) ? parameters : {};
      const endpoint = typeof given.ApiEndpoint === 'string' ? given.ApiEndpoint : '';
      if (!/^https:\/\//.test(endpoint))
        throw new TaskError('States.Runtime', `ApiEndpoint must be an https:// URL; got '${endpoint}'.`);
      const method = String(given.Method ?? '').toUpperCase();
      if (!methods.includes(method))
        throw new TaskError(
          'States.Runtime',
          `Method must be one of ${methods.join(', ')}; got '${String(given.Method)}'.`,
        );
      const connectionArn = isObject(given.Authentication) ? given.Authentication.ConnectionArn : undefined;
      const connection =
        typeof connectionArn === 'string' ? services.connections.byArn(connectionArn) : undefined;
      if (!connection)
        throw new TaskError(
          'Events.ConnectionResource.ResourceNotFound',
          `The connection ${String(connectionArn)} does not exist: create it with EventBridge CreateConnection.`,
        );
      const timeout = run.timeoutSeconds;
      const limit = timeout === undefined || timeout > socketLimitSeconds ? socketLimitSeconds : timeout;
      const error =
        limit === timeout
          ? new TaskError('States.Timeout', 'The task timed out.')
          : new TaskError(
              'States.Http.Socket',
              `No answer from ${endpoint} within ${socketLimitSeconds} seconds.`,
            );
      const headers = { ...stringMap(given.Headers) };
      const url = new URL(endpoint);
      for (const [key, value] of Object.entries(stringMap(given.QueryParameters)))
        url.searchParams.append(key, value);
      let body = given.RequestBody === undefined ? undefined : given.RequestBody;
      const authorization = await authorize(connection, services.ca);
      Object.assign(headers, authorization.headers);
      for (const [key, value] of authorization.query) url.searchParams.append(key, value);
      if (authorization.body.length > 0 && (body === undefined || isObject(body)))
        body = { ...(isObject(body) ? body : {}), ...Object.fromEntries(authorization.body) };
      let text: string | undefined;
      if (typeof body === 'string') text = body;
      else if (body !== undefined) {
        text = JSON.stringify(body);
        if (!Object.keys(headers).some((key) => key.toLowerCase() === 'content-type'))
          headers['Content-Type'] = 'application/json; charset=UTF-8';
      }
      const reply = await send(url, method, headers, text, services.ca, {
        clock: run.clock,
        limitSeconds: limit,
        error,
        ended,
        ...(services.holding ? { holding: services.holding } : {}),
      });
      const output = {
        Headers: reply.headers,
        ResponseBody: parsed(reply.body),
        StatusCode: String(reply.status),
        StatusText: reply.statusText,
      };
      if (reply.status < 200 || reply.status > 299)
        throw new TaskError(`States.Http.StatusCode.${reply.status}`, JSON.stringify(output));
      return output;
    },
    undefined,
  );
}

function stringMap(value: unknown): Record<string, string> {
  if (!isObject(value)) return {};
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      typeof inner === 'string' ? inner : JSON.stringify(inner),
    ]),
  );
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

function pairs(list: unknown): Array<[string, string]> {
  return (Array.isArray(list) ? list : [])
    .filter(isObject)
    .map((entry) => [String(entry.Key), String(entry.Value ?? '')] as [string, string]);
}

/** What the connection adds to each request, as EventBridge's connection authorizes an HTTP task's call. */
async function authorize(connection: ConnectionRecord, ca: string) {
  const parameters = connection.authParameters;
  const invocation = isObject(parameters.InvocationHttpParameters) ? parameters.InvocationHttpParameters : {};
  const headers: Record<string, string> = Object.fromEntries(pairs(invocation.HeaderParameters));
  const query = pairs(invocation.QueryStringParameters);
  const body = pairs(invocation.BodyParameters);
  if (connection.authorizationType === 'API_KEY') {
    const key = parameters.ApiKeyAuthParameters as Json;
    headers[String(key.ApiKeyName)] = String(key.ApiKeyValue);
  } else if (connection.authorizationType === 'BASIC') {
    const basic = parameters.BasicAuthParameters as Json;
    headers.Authorization = `Basic ${Buffer.from(`${String(basic.Username)}:${String(basic.Password)}`).toString('base64')}`;
  } else {
    headers.Authorization = `Bearer ${await oauthToken(parameters.OAuthParameters as Json, ca)}`;
  }
  return { headers, query, body };
}

/** The client-credentials grant, as EventBridge fetches a connection's token. */
async function oauthToken(oauth: Json, ca: string): Promise<string> {
  const client = oauth.ClientParameters as Json;
  const url = new URL(String(oauth.AuthorizationEndpoint));
  const extra = isObject(oauth.OAuthHttpParameters) ? oauth.OAuthHttpParameters : {};
  for (const [key, value] of pairs(extra.QueryStringParameters)) url.searchParams.append(key, value);
  const form = new URLSearchParams([['grant_type', 'client_credentials'], ...pairs(extra.BodyParameters)]);
  const credentials = Buffer.from(`${String(client.ClientID)}:${String(client.ClientSecret)}`).toString(
    'base64',
  );
  const method = String(oauth.HttpMethod);
  const reply = await send(
    url,
    method,
    {
      Authorization: `Basic ${credentials}`,
      'Content-Type': 'application/x-www-form-urlencoded',
      ...Object.fromEntries(pairs(extra.HeaderParameters)),
    },
    method === 'GET' ? undefined : form.toString(),
    ca,
  );
  const token = (parsed(reply.body) as { access_token?: unknown } | undefined)?.access_token;
  if (reply.status !== 200 || typeof token !== 'string')
    throw new TaskError(
      'Events.ConnectionResource.InvalidConnectionState',
      `The connection's OAuth endpoint answered ${reply.status} without an access_token.`,
    );
  return token;
}

/**
 * One HTTPS request. The timeout counts on the simulated clock from the moment the request is sent (the TLS
 * handshake before it is real work, not the remote end's silence); when it is due while the local server is
 * answering (not holding the request), the answer is on its way in real time and the wait goes on.
 */
function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  ca: string,
  timing?: {
    clock: ServiceTaskRun['clock'];
    limitSeconds: number;
    error: TaskError;
    ended: Promise<void>;
    holding?: (clientPort: number) => boolean;
  },
): Promise<Reply> {
  return new Promise<Reply>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const outgoing = request(
      url,
      {
        method,
        headers: {
          ...headers,
          ...(body !== undefined ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}),
        },
        ca,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          clearTimeout(timer);
          const replyHeaders: Record<string, string[]> = {};
          for (const [key, value] of Object.entries(incoming.headers))
            if (value !== undefined) replyHeaders[key] = Array.isArray(value) ? value : [value];
          resolve({
            status: incoming.statusCode ?? 0,
            statusText: incoming.statusMessage ?? '',
            headers: replyHeaders,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    outgoing.on('error', (error) => {
      clearTimeout(timer);
      reject(new TaskError('States.Http.Socket', `${url.origin}: ${error.message}`));
    });
    if (timing) {
      const limitMs = timing.clock.realMs(timing.limitSeconds);
      const expire = () => {
        const port = outgoing.socket?.localPort;
        if (timing.holding && port !== undefined && !timing.holding(port)) {
          timer = setTimeout(expire, limitMs).unref();
          return;
        }
        outgoing.destroy();
        reject(timing.error);
      };
      outgoing.on('finish', () => {
        timer = setTimeout(expire, limitMs).unref();
      });
      // The state ended another way (the execution stopped): the call is dropped.
      void timing.ended.then(() => {
        clearTimeout(timer);
        outgoing.destroy();
      });
    }
    outgoing.end(body);
  });
}
