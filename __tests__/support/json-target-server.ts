import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it: the operation (X-Amz-Target, or METHOD path for REST) and its body. */
export interface ReceivedCall {
  operation: string;
  body: Record<string, unknown>;
}

export type OperationHandler = (body: Record<string, unknown>) => { status?: number; body: unknown };
/** A REST handler: the path's match groups, the JSON body. */
export type RestHandler = (
  match: RegExpExecArray,
  body: Record<string, unknown>,
) => { status?: number; body: unknown };

/**
 * A loopback server for AWS JSON-protocol services (X-Amz-Target, e.g. ECS's
 * "AmazonEC2ContainerServiceV20141113.<Operation>") and REST JSON services (App Mesh's /v20190125/...), so
 * real SDK clients and the real bundle can be pointed at it through AWS_ENDPOINT_URL. Unknown operations
 * answer as AWS does for them.
 */
export async function startJsonTargetServer(
  handlers: Record<string, OperationHandler>,
  rest: { method: string; path: RegExp; handle: RestHandler }[] = [],
) {
  const calls: ReceivedCall[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const target = request.headers['x-amz-target'];
      const path = (request.url ?? '').split('?')[0] ?? '';
      const operation = target ? (String(target).split('.').pop() ?? '') : `${request.method} ${path}`;
      calls.push({ operation, body });
      let answer: { status?: number; body: unknown } = {
        status: 400,
        body: { __type: 'UnknownOperationException', message: `no handler for ${operation}` },
      };
      const handler = target ? handlers[operation] : undefined;
      if (handler) answer = handler(body);
      for (const route of target ? [] : rest) {
        const match = route.method === request.method ? route.path.exec(path) : null;
        if (match) {
          answer = route.handle(match, body);
          break;
        }
      }
      response.writeHead(answer.status ?? 200, {
        'content-type': target ? 'application/x-amz-json-1.1' : 'application/json',
      });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
