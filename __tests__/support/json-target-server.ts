import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server saw it: the X-Amz-Target operation and its JSON body. */
export interface ReceivedCall {
  operation: string;
  body: Record<string, unknown>;
}

export type OperationHandler = (body: Record<string, unknown>) => { status?: number; body: unknown };

/**
 * A loopback server for AWS JSON-protocol services (ECS speaks JSON 1.1 with X-Amz-Target
 * "AmazonEC2ContainerServiceV20141113.<Operation>"), so real SDK clients and the real bundle can be
 * pointed at it through AWS_ENDPOINT_URL. Unknown operations answer as AWS does for them.
 */
export async function startJsonTargetServer(handlers: Record<string, OperationHandler>) {
  const calls: ReceivedCall[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const operation =
        String(request.headers['x-amz-target'] ?? '')
          .split('.')
          .pop() ?? '';
      const body =
        chunks.length > 0
          ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
          : {};
      calls.push({ operation, body });
      const handler = handlers[operation];
      const answer = handler
        ? handler(body)
        : {
            status: 400,
            body: { __type: 'UnknownOperationException', message: `no handler for ${operation}` },
          };
      response.writeHead(answer.status ?? 200, { 'content-type': 'application/x-amz-json-1.1' });
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
