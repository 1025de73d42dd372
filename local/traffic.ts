import type { LocalAppMesh } from './appmesh.js';
import type { SimClock } from './clock.js';
import type { LocalEcs } from './ecs.js';
import { isObject, type Json } from './protocol.js';
import { type Behaviour, type Scenario, versionOf } from './scenario.js';

/** Requests one group of tasks answered over a window (fractional: rounded where reported). */
export interface TrafficCounts {
  requests: number;
  faults: number;
  clientErrors: number;
  /** Sum of response times, in seconds. */
  responseSeconds: number;
}

/** The traffic of one task definition family behind one node, or of a node with no task running. */
export interface ServedTraffic extends TrafficCounts {
  node: string;
  cluster: string;
  service: string;
  /** Undefined for requests that found no running task (Envoy answers 503). */
  family?: string;
  /** Whether any task of this family ran during the window (its Envoy counters exist). */
  running: boolean;
}

const routeTypes = ['httpRoute', 'http2Route', 'grpcRoute', 'tcpRoute'];

/** Envoy's answer when a node has no healthy task: 503 at once. */
const noUpstreamLatencyMs = 1;

/**
 * Plays the scenario's load over the route weights in force at each moment (the App Mesh write history)
 * and the tasks running behind each node at each moment (the ECS rollout history). Deterministic.
 */
export class TrafficSimulator {
  constructor(
    private scenario: Scenario,
    private readonly appMesh: LocalAppMesh,
    private readonly ecs: LocalEcs,
    private readonly clock: SimClock,
  ) {}

  get current(): Scenario {
    return this.scenario;
  }

  load(scenario: Scenario): void {
    this.scenario = scenario;
  }

  /** The node's share (0-1) of the route's traffic at simulated time `at`. */
  shareAt(node: string, at: number): number {
    const { mesh, virtualRouter, route } = this.scenario.route;
    const spec = this.appMesh.routeSpecAt(mesh, virtualRouter, route, at);
    const targets = weightedTargets(spec);
    const total = targets.reduce((sum, target) => sum + target.weight, 0);
    if (total === 0) return 0;
    return (
      targets.filter((target) => target.node === node).reduce((sum, target) => sum + target.weight, 0) / total
    );
  }

  /** Traffic per node and task definition family over [from, to); the future has none yet. */
  served(from: number, to: number): ServedTraffic[] {
    const end = Math.min(to, this.clock.nowMs());
    const results: ServedTraffic[] = [];
    if (end <= from) return results;
    for (const place of this.scenario.nodes) {
      const byFamily = new Map<string, ServedTraffic>();
      const entry = (family: string | undefined): ServedTraffic => {
        const key = family ?? '';
        let found = byFamily.get(key);
        if (!found) {
          found = { ...place, ...(family ? { family } : {}), running: false, ...zero() };
          byFamily.set(key, found);
        }
        return found;
      };
      for (const [start, stop] of this.segments(place, from, end)) {
        const tasks = this.ecs.servingAt(place.cluster, place.service, start);
        for (const group of tasks) entry(this.ecs.familyOf(group.taskDefinitionArn)).running = true;
        const share = this.shareAt(place.node, start);
        const requests = ((this.scenario.requestsPerSecond * (stop - start)) / 1000) * share;
        if (requests === 0) continue;
        const runningTotal = tasks.reduce((sum, group) => sum + group.running, 0);
        if (runningTotal === 0) {
          add(entry(undefined), requests, {
            errorRatePct: 100,
            clientErrorRatePct: 0,
            latencyMs: noUpstreamLatencyMs,
          });
          continue;
        }
        for (const group of tasks) {
          const image = this.ecs.appImageOf(group.taskDefinitionArn) ?? '';
          const behaviour = this.behaviourAt(image, place.node, start);
          add(
            entry(this.ecs.familyOf(group.taskDefinitionArn)),
            (requests * group.running) / runningTotal,
            behaviour,
          );
        }
      }
      results.push(...byFamily.values());
    }
    return results;
  }

  /** Totals of one node over [from, to). */
  nodeTotals(node: string, from: number, to: number): TrafficCounts & { running: boolean } {
    const total = { ...zero(), running: false };
    for (const one of this.served(from, to)) {
      if (one.node !== node) continue;
      total.requests += one.requests;
      total.faults += one.faults;
      total.clientErrors += one.clientErrors;
      total.responseSeconds += one.responseSeconds;
      total.running ||= one.running;
    }
    return total;
  }

  /** How the image answers at `at`: its version's behaviour, degraded once the condition holds. */
  behaviourAt(image: string, node: string, at: number): Behaviour {
    const version = versionOf(this.scenario, image);
    if (!version) return this.scenario.baseline;
    const { degraded } = version;
    if (!degraded) return version;
    const sinceTraffic = degraded.afterTrafficSeconds;
    if (sinceTraffic !== undefined) {
      const first = this.firstServedAt(version.image, at);
      if (first === undefined || at < first + sinceTraffic * 1000) return version;
    }
    if (degraded.atSharePct !== undefined && this.shareAt(node, at) * 100 < degraded.atSharePct)
      return version;
    return {
      errorRatePct: degraded.errorRatePct ?? version.errorRatePct,
      clientErrorRatePct: degraded.clientErrorRatePct ?? version.clientErrorRatePct,
      latencyMs: degraded.latencyMs ?? version.latencyMs,
    };
  }

  /** [from, to) cut where the route, the node's tasks or a version's onset change. */
  private segments(place: { node: string; cluster: string; service: string }, from: number, to: number) {
    const { mesh, virtualRouter, route } = this.scenario.route;
    const cuts = new Set<number>([from, to]);
    for (const write of this.appMesh.routeWrites) {
      if (write.mesh === mesh && write.virtualRouter === virtualRouter && write.route === route)
        if (write.at > from && write.at < to) cuts.add(write.at);
    }
    for (const at of this.ecs.servingChanges(place.cluster, place.service, from, to)) cuts.add(at);
    for (const version of this.scenario.versions) {
      const seconds = version.degraded?.afterTrafficSeconds;
      if (seconds === undefined || to <= from) continue;
      const first = this.firstServedAt(version.image, to);
      const onset = first === undefined ? undefined : first + seconds * 1000;
      if (onset !== undefined && onset > from && onset < to) cuts.add(onset);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    return sorted.slice(0, -1).map((start, index) => [start, sorted[index + 1]!] as const);
  }

  /** When a degraded version turns bad (simulated ms), once it has served traffic; before `until`. */
  onsetOf(versionImage: string, until = this.clock.nowMs()): number | undefined {
    const version = this.scenario.versions.find((candidate) => candidate.image === versionImage);
    const seconds = version?.degraded?.afterTrafficSeconds;
    const first = this.firstServedAt(versionImage, until);
    return seconds === undefined || first === undefined ? undefined : first + seconds * 1000;
  }

  /** When a version (by its scenario image) first served requests on any node, before `until`. */
  firstServedAt(versionImage: string, until: number): number | undefined {
    const { mesh, virtualRouter, route } = this.scenario.route;
    let first: number | undefined;
    for (const place of this.scenario.nodes) {
      const cuts = new Set<number>([0]);
      for (const write of this.appMesh.routeWrites)
        if (
          write.mesh === mesh &&
          write.virtualRouter === virtualRouter &&
          write.route === route &&
          write.at < until
        )
          cuts.add(write.at);
      for (const at of this.ecs.servingChanges(place.cluster, place.service, 0, until)) cuts.add(at);
      for (const start of [...cuts].sort((x, y) => x - y)) {
        if (first !== undefined && start >= first) break;
        if (this.shareAt(place.node, start) === 0) continue;
        const serves = this.ecs.servingAt(place.cluster, place.service, start).some((group) => {
          const image = this.ecs.appImageOf(group.taskDefinitionArn) ?? '';
          return group.running > 0 && versionOf(this.scenario, image)?.image === versionImage;
        });
        if (serves) {
          first = start;
          break;
        }
      }
    }
    return first;
  }
}

function zero(): TrafficCounts {
  return { requests: 0, faults: 0, clientErrors: 0, responseSeconds: 0 };
}

function add(into: TrafficCounts, requests: number, behaviour: Behaviour): void {
  into.requests += requests;
  into.faults += (requests * behaviour.errorRatePct) / 100;
  into.clientErrors += (requests * behaviour.clientErrorRatePct) / 100;
  into.responseSeconds += (requests * behaviour.latencyMs) / 1000;
}

function weightedTargets(spec: Json | undefined): Array<{ node: string; weight: number }> {
  if (!spec) return [];
  for (const type of routeTypes) {
    const route = spec[type];
    if (!isObject(route) || !isObject(route.action)) continue;
    const targets = route.action.weightedTargets;
    if (!Array.isArray(targets)) return [];
    return targets.filter(isObject).map((target) => ({
      node: String(target.virtualNode),
      weight: typeof target.weight === 'number' ? target.weight : 0,
    }));
  }
  return [];
}
