import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SimClock } from '../clock.js';
import type { CallLog, RecordedCall, ServiceName } from './calls.js';
import {
  AwsError,
  isObject,
  type Json,
  type JsonOperation,
  type RestOperation,
  requestId,
} from './protocol.js';
import { parseQueryForm, queryError, queryResponse } from './query-protocol.js';

/** A JSON-protocol service: X-Amz-Target "<prefix>.<Operation>". */
export interface JsonService {
  service: ServiceName;
  targetPrefix: string;
  contentType: string;
  operations: Record<string, JsonOperation>;
  errorBody(error: AwsError): Json;
  errorHeaders?(error: AwsError): Record<string, string>;
}

/** A REST JSON service: method and path; the error code travels in x-amzn-errortype. */
export interface RestService {
  service: ServiceName;
  operations: RestOperation[];
  /** The member that carries the message: App Mesh says message, X-Ray says Message. */
  messageField: 'message' | 'Message';
}

/** An AWS Query service: form-encoded Action=...&Version=... posts, XML answers; told apart by Version. */
export interface QueryService {
  service: ServiceName;
  version: string;
  xmlNamespace: string;
  operations: Record<string, (params: Json) => Json>;
}

type Caller = RecordedCall['caller'];

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * One endpoint for every service, as AWS_ENDPOINT_URL gives the SDK clients: JSON services are told apart by
 * their X-Amz-Target prefix, Query services (form posts of Action=...) by their Version, REST services by
 * method and path (App Mesh under /v20190125, VPC Lattice under /services and /targetgroups, X-Ray's
 * POST /TimeSeriesServiceStatistics).
 */
export class LocalEndpoint {
  private server: Server | undefined;

  constructor(
    private readonly json: JsonService[],
    private readonly rest: RestService[],
    private readonly calls: CallLog,
    private readonly clock: SimClock,
    private readonly query: QueryService[] = [],
  ) {}

  async listen(port = 0): Promise<string> {
    const server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: String(error) }));
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', 'http://local');
    const target = request.headers['x-amz-target'];
    const agent = `${request.headers['x-amz-user-agent'] ?? ''} ${request.headers['user-agent'] ?? ''}`;
    const caller = /exec-env\/AWS_Lambda/.test(agent) ? 'lambda' : 'client';
    const form = String(request.headers['content-type'] ?? '').startsWith(
      'application/x-www-form-urlencoded',
    );
    const reply =
      typeof target === 'string'
        ? await this.jsonCall(target, text, caller)
        : form && request.method === 'POST'
          ? await this.queryCall(text, caller)
          : await this.restCall(request.method ?? 'GET', url, text, caller);
    response.writeHead(reply.status, {
      'x-amzn-requestid': requestId(),
      ...dateHeaderOf(request),
      ...reply.headers,
    });
    response.end(reply.body);
  }

  private async jsonCall(target: string, text: string, caller: Caller): Promise<Reply> {
    const dot = target.indexOf('.');
    const prefix = target.slice(0, dot);
    const operation = target.slice(dot + 1);
    const service = this.json.find((candidate) => candidate.targetPrefix === prefix);
    if (!service) return unknownOperation(target);
    const handler = service.operations[operation];
    const headers = { 'content-type': service.contentType };
    if (!handler) {
      const error = new AwsError(
        'UnknownOperationException',
        `The local stack does not serve ${target}`,
        400,
      );
      return { status: 400, headers, body: JSON.stringify(service.errorBody(error)) };
    }
    return this.answer(
      service.service,
      operation,
      caller,
      headers,
      async () => handler(parseBody(text)),
      (body) => JSON.stringify(body),
      (error) => ({
        status: error.status,
        headers: { ...headers, ...service.errorHeaders?.(error) },
        body: JSON.stringify(service.errorBody(error)),
      }),
    );
  }

  private async restCall(method: string, url: URL, text: string, caller: Caller): Promise<Reply> {
    for (const service of this.rest) {
      for (const operation of service.operations) {
        const params = matchPath(operation.path, url.pathname);
        if (!params || operation.method !== method) continue;
        const headers = { 'content-type': 'application/json' };
        return this.answer(
          service.service,
          operation.name,
          caller,
          headers,
          async () => operation.handle({ params, query: url.searchParams, body: parseBody(text) }),
          (body) => JSON.stringify(body),
          (error) => ({
            status: error.status,
            headers: { ...headers, 'x-amzn-errortype': error.code },
            body: JSON.stringify({ [service.messageField]: error.message, ...error.members }),
          }),
        );
      }
    }
    return unknownOperation(`${method} ${url.pathname}`);
  }

  private async queryCall(text: string, caller: Caller): Promise<Reply> {
    const { action, version, params } = parseQueryForm(text);
    const service = this.query.find((candidate) => candidate.version === version);
    if (!service) return unknownOperation(`Query Action=${action} Version=${version}`);
    const headers = { 'content-type': 'text/xml' };
    const failure = (error: AwsError): Reply => ({
      status: error.status,
      headers,
      body: queryError(service.xmlNamespace, error),
    });
    const handler = service.operations[action];
    if (!handler)
      return failure(
        new AwsError('InvalidAction', `The local stack does not serve the action ${action}`, 400),
      );
    return this.answer(
      service.service,
      action,
      caller,
      headers,
      async () => handler(params),
      (body) => queryResponse(action, service.xmlNamespace, body),
      failure,
    );
  }

  private async answer(
    service: ServiceName,
    operation: string,
    caller: Caller,
    headers: Record<string, string>,
    run: () => Promise<Json>,
    render: (body: Json) => string,
    failure: (error: AwsError) => Reply,
  ): Promise<Reply> {
    const at = this.clock.nowMs();
    const fault = this.calls.takeFault(service, operation);
    if (fault) {
      this.calls.record({ service, operation, at, caller, error: fault.code });
      return failure(fault);
    }
    try {
      const body = await run();
      this.calls.record({ service, operation, at, caller });
      return { status: 200, headers, body: render(body) };
    } catch (error) {
      const known =
        error instanceof AwsError
          ? error
          : new AwsError(
              'InternalFailure',
              `local stack failure: ${error instanceof Error ? error.stack : String(error)}`,
              500,
            );
      this.calls.record({ service, operation, at, caller, error: known.code });
      return failure(known);
    }
  }
}

/**
 * The Date of the answer on the caller's own clock, read from its signature date. The handlers run on the
 * simulated clock and a child process on the real one; a Date on the other clock looks like clock skew, which
 * the SDK corrects by sending a failed call once more, a retry AWS would not cause.
 */
function dateHeaderOf(request: IncomingMessage): Record<string, string> {
  const signed = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(
    String(request.headers['x-amz-date'] ?? ''),
  );
  if (!signed) return {};
  const [, year, month, day, hour, minute, second] = signed.map(Number) as number[];
  return { date: new Date(Date.UTC(year!, month! - 1, day, hour, minute, second)).toUTCString() };
}

function parseBody(text: string): Json {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AwsError('SerializationException', 'The request body is not valid JSON', 400);
  }
  if (!isObject(parsed))
    throw new AwsError('SerializationException', 'The request body must be a JSON object', 400);
  return parsed;
}

/** {name} matches one path segment. */
function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const have = path.replace(/\/$/, '').split('/');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < want.length; index++) {
    const part = want[index]!;
    const value = have[index]!;
    if (part.startsWith('{') && part.endsWith('}')) {
      if (value === '') return undefined;
      params[part.slice(1, -1)] = decodeURIComponent(value);
    } else if (part !== value) return undefined;
  }
  return params;
}

function unknownOperation(what: string): Reply {
  return {
    status: 404,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'UnknownOperationException' },
    body: JSON.stringify({ message: `The local stack does not serve ${what}` }),
  };
}
