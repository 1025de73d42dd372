import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { SimClock } from '../clock.js';
import { type HookInvocations, scripted } from './hook-invocations.js';
import type { EndpointAnswer, Hooks } from './hook-schema.js';
import type { LocalCertificate } from './tls-certificate.js';

/**
 * The scenario's HTTPS hook endpoints on one local TLS server (its certificate self-signed at stack start,
 * trusted by the local Step Functions alone): each call answers the next scripted status and body, after a
 * simulated delay, or never. Every request is recorded with its method, query, headers and body.
 */
export class HookEndpoints {
  private server: Server | undefined;
  private origin = '';
  private endpoints: Hooks['endpoints'] = [];
  /** Client ports whose request is held on purpose (a scripted delay, no answer). */
  private readonly held = new Set<number>();

  constructor(
    private readonly certificate: LocalCertificate,
    private readonly invocations: HookInvocations,
    private readonly clock: SimClock,
  ) {}

  load(endpoints: Hooks['endpoints']): void {
    this.endpoints = endpoints;
  }

  async listen(): Promise<void> {
    const server = createServer(
      { cert: this.certificate.cert, key: this.certificate.key },
      (request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const url = new URL(request.url ?? '/', 'https://127.0.0.1');
          const endpoint = this.endpoints.find((one) => one.path === url.pathname);
          const text = Buffer.concat(chunks).toString('utf8');
          const payload = {
            method: request.method,
            query: Object.fromEntries(url.searchParams),
            headers: request.headers,
            body: parsed(text),
          };
          if (!endpoint) {
            this.invocations.record('endpoint', url.pathname, payload, 'HTTP 404 (no such hook endpoint)');
            response
              .writeHead(404, { 'content-type': 'application/json' })
              .end('{"message":"no such hook endpoint"}');
            return;
          }
          const answer = scripted(endpoint.answers, this.invocations.count('endpoint', endpoint.path));
          this.invocations.record('endpoint', endpoint.path, payload, describe(answer));
          const port = request.socket.remotePort;
          if (port !== undefined && (answer === 'never' || (answer.delaySeconds ?? 0) > 0)) {
            this.held.add(port);
            request.socket.once('close', () => this.held.delete(port));
          }
          void this.answer(answer, response).finally(() => {
            if (port !== undefined && answer !== 'never') this.held.delete(port);
          });
        });
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Whether the request from this client port is held on purpose: its caller's timeout runs meanwhile. */
  holding(clientPort: number): boolean {
    return this.held.has(clientPort);
  }

  /** The URL of a path on this server (whether or not the scenario declares it). */
  url(path: string): string {
    if (!this.origin) throw new Error('the hook endpoints are not listening');
    return `${this.origin}${path}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  private async answer(answer: EndpointAnswer, response: import('node:http').ServerResponse): Promise<void> {
    if (answer === 'never') return;
    if (answer.delaySeconds) await this.clock.timer(answer.delaySeconds);
    if (response.destroyed) return;
    const body =
      answer.body === undefined
        ? ''
        : typeof answer.body === 'string'
          ? answer.body
          : JSON.stringify(answer.body);
    response
      .writeHead(answer.status, typeof answer.body === 'object' ? { 'content-type': 'application/json' } : {})
      .end(body);
  }
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describe(answer: EndpointAnswer): string {
  if (answer === 'never') return 'never';
  return `HTTP ${answer.status}${answer.delaySeconds ? ` after ${answer.delaySeconds} s` : ''}`;
}
