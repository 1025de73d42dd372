import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalStack } from '../index.js';
import { type NamedWeight, routerView } from '../runs/router-view.js';
import { versionOf } from '../traffic/scenario.js';

/** One request the data plane served: where the router sent it and what answered. */
export interface DataPlaneRequest {
  /** Simulated time (ISO 8601). */
  at: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The route or rule the request met, as RouterView.requestTargets names it. */
  via: string;
  /** The virtual node or target group that served it ('' when none). */
  target: string;
  /** The image of the task that answered. */
  image?: string;
  status: number;
}

/** The header that names the side that served a request (virtual node or target group). */
export const servedByHeader = 'x-served-by';
export const servedImageHeader = 'x-served-image';

/**
 * A small HTTP data plane for test requests: one local port, each request routed through the scenario's
 * router as it is now (routes or rules in order, header matches included: RouterView.requestTargets), split
 * by the weights in force, and answered by a task of the ECS service behind that target: 500 when its
 * version `failsSmoke`, 5xx at its errorRatePct (deterministic: every 1/rate-th request), 503 when no task
 * runs there. The response names the serving side (x-served-by) and its image (x-served-image).
 */
export class DataPlane {
  private server: Server | undefined;
  private readonly served: DataPlaneRequest[] = [];
  /** Requests per route so far: a smooth weighted round robin, so a 10% split is 1 in 10. */
  private readonly turns = new Map<string, number>();
  /** Error budget per image: a 5% version fails its 20th request, its 40th, ... */
  private readonly errorCredit = new Map<string, number>();
  url = '';

  constructor(private readonly stack: LocalStack) {}

  async listen(): Promise<string> {
    const server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.url;
  }

  requests(): DataPlaneRequest[] {
    return structuredClone(this.served);
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    request.resume();
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://data-plane').pathname;
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([key, value]) => [
          key,
          Array.isArray(value) ? value.join(',') : String(value),
        ]),
      );
      const router = this.stack.scenario.current.router.type;
      const { via, targets } = routerView(this.stack, router).requestTargets({ path, headers });
      const target = this.pick(via, targets);
      const answer = target ? this.answer(router, target) : { status: 404, image: undefined };
      const record: DataPlaneRequest = {
        at: this.stack.clock.now().toISOString(),
        method: request.method ?? 'GET',
        path,
        headers,
        via,
        target: target ?? '',
        ...(answer.image ? { image: answer.image } : {}),
        status: answer.status,
      };
      this.served.push(record);
      response
        .writeHead(answer.status, {
          'content-type': 'application/json',
          [servedByHeader]: record.target,
          ...(answer.image ? { [servedImageHeader]: answer.image } : {}),
        })
        .end(JSON.stringify({ via, target: record.target, image: answer.image, status: answer.status }));
    });
  }

  private pick(via: string, targets: NamedWeight[]): string | undefined {
    const total = targets.reduce((sum, one) => sum + Math.max(0, one.weight), 0);
    if (total === 0) return undefined;
    const turn = this.turns.get(via) ?? 0;
    this.turns.set(via, turn + 1);
    // The target whose share of the first turn+1 requests is most behind.
    let best: NamedWeight | undefined;
    let lag = Number.NEGATIVE_INFINITY;
    for (const one of targets) {
      if (one.weight <= 0) continue;
      const owed = ((turn + 1) * one.weight) / total - this.servedCount(via, one.target);
      if (owed > lag) {
        lag = owed;
        best = one;
      }
    }
    return best?.target;
  }

  private servedCount(via: string, target: string): number {
    return this.served.filter((one) => one.via === via && one.target === target).length;
  }

  /** The task behind the target that answers, and how. */
  private answer(router: string, target: string): { status: number; image: string | undefined } {
    const { ecs } = this.stack;
    const now = this.stack.clock.nowMs();
    const services =
      router === 'app-mesh'
        ? this.stack.scenario.current.nodes.filter((one) => one.node === target)
        : ecs.servicesBehind(this.targetGroupArn(router, target) ?? '', now);
    const running = services.flatMap(({ cluster, service }) =>
      ecs.servingAt(cluster, service, now).filter((group) => group.running > 0),
    );
    // The most tasks answer: the version most of the target's tasks run.
    const serving = running.sort((a, b) => b.running - a.running)[0];
    if (!serving) return { status: 503, image: undefined };
    const image = ecs.appImageOf(serving.taskDefinitionArn);
    const scenario = this.stack.scenario.current;
    const version = image ? versionOf(scenario, image) : undefined;
    if (version?.failsSmoke) return { status: 500, image };
    const rate = version?.errorRatePct ?? scenario.baseline.errorRatePct;
    const credit = (this.errorCredit.get(image ?? '') ?? 0) + rate / 100;
    if (credit >= 1) {
      this.errorCredit.set(image ?? '', credit - 1);
      return { status: 500, image };
    }
    this.errorCredit.set(image ?? '', credit);
    return { status: 200, image };
  }

  private targetGroupArn(router: string, name: string): string | undefined {
    return router === 'vpc-lattice'
      ? this.stack.vpcLattice.targetGroupByName(name)?.arn
      : this.stack.elbv2.targetGroupByName(name)?.arn;
  }
}
