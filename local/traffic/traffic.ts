import type { SimClock } from '../clock.js';
import { addShare, type LatencyShares, meanOf, mergeShares } from './latency.js';
import { type Behaviour, type Scenario, versionOf } from './scenario.js';
import { type RouterStores, routeOf, type WeightedRoute } from './traffic-routes.js';

/** Requests one group of tasks answered over a window (fractional: rounded where reported). */
export interface TrafficCounts {
  requests: number;
  faults: number;
  clientErrors: number;
  /** Sum of response times, in seconds. */
  responseSeconds: number;
  /** The response times of these requests, for percentiles and histograms. */
  latency: LatencyShares;
}

/**
 * The traffic of one task definition family of one ECS service behind a router target (a virtual node, or a
 * target group ARN), or of a target with no task running.
 */
export interface ServedTraffic extends TrafficCounts {
  target: string;
  cluster: string;
  service: string;
  /** Undefined for requests that found no running task (the router answers 503). */
  family?: string;
  /** Whether any task of this family ran during the window (its Envoy counters exist). */
  running: boolean;
}

/**
 * A target's totals: all its requests, and what its tasks answered; the rest (`unserved`) found no running
 * task and the router answered them 503.
 */
export interface TargetTotals extends TrafficCounts {
  running: boolean;
  unserved: number;
  tasks: TrafficCounts;
}

/** The router's answer when a target has no running task: 503 at once (1 ms). One object: one latency share. */
const noUpstream: Behaviour = { errorRatePct: 100, clientErrorRatePct: 0, latencyMs: 1, latencySpread: 0 };

/**
 * Plays the scenario's load over the router weights in force at each moment (the App Mesh route, VPC Lattice
 * or ALB write history) and the tasks running behind each target at each moment (the ECS rollout history
 * and, for target groups, the services registered in them). Deterministic.
 */
export class TrafficSimulator {
  private route: WeightedRoute;

  constructor(
    private scenario: Scenario,
    private readonly stores: RouterStores,
    private readonly clock: SimClock,
  ) {
    this.route = routeOf(scenario, stores);
  }

  get current(): Scenario {
    return this.scenario;
  }

  /** Plays another scenario from now on; throws, changing nothing, when its router does not exist. */
  load(scenario: Scenario): void {
    this.route = routeOf(scenario, this.stores);
    this.scenario = scenario;
  }

  /** Every target of the router: virtual node names (App Mesh) or target group ARNs. */
  targets(): string[] {
    return this.route.targets();
  }

  /** The target's share (0-1) of the router's traffic at simulated time `at`. */
  shareAt(target: string, at: number): number {
    const weights = this.route.weightsAt(at);
    const total = weights.reduce((sum, one) => sum + one.weight, 0);
    if (total === 0) return 0;
    return weights.filter((one) => one.target === target).reduce((sum, one) => sum + one.weight, 0) / total;
  }

  /** When the target first had a share of the traffic (simulated ms), if it ever had one until now. */
  firstTrafficAt(target: string, until = this.clock.nowMs()): number | undefined {
    const starts = [0, ...this.route.changes(-1, until)].sort((a, b) => a - b);
    return starts.find((at) => this.shareAt(target, at) > 0);
  }

  /** Traffic per target, ECS service and task definition family over [from, to); the future has none yet. */
  served(from: number, to: number): ServedTraffic[] {
    const end = Math.min(to, this.clock.nowMs());
    const results: ServedTraffic[] = [];
    if (end <= from) return results;
    for (const target of this.route.targets()) {
      const byKey = new Map<string, ServedTraffic>();
      const entry = (
        place: { cluster: string; service: string },
        family: string | undefined,
      ): ServedTraffic => {
        const key = `${place.cluster}/${place.service}/${family ?? ''}`;
        let found = byKey.get(key);
        if (!found) {
          found = { target, ...place, ...(family ? { family } : {}), running: false, ...zero() };
          byKey.set(key, found);
        }
        return found;
      };
      for (const [start, stop] of this.segments(target, from, end)) {
        const places = this.route.servicesAt(target, start);
        const tasks = places.flatMap((place) =>
          this.stores.ecs
            .servingAt(place.cluster, place.service, start)
            .map((group) => ({ place, ...group, family: this.stores.ecs.familyOf(group.taskDefinitionArn) })),
        );
        for (const group of tasks) entry(group.place, group.family).running = true;
        const share = this.shareAt(target, start);
        const requests = ((this.scenario.requestsPerSecond * (stop - start)) / 1000) * share;
        if (requests === 0) continue;
        const runningTotal = tasks.reduce((sum, group) => sum + group.running, 0);
        if (runningTotal === 0) {
          add(entry(places[0] ?? { cluster: '', service: '' }, undefined), requests, noUpstream);
          continue;
        }
        for (const group of tasks) {
          const image = this.stores.ecs.appImageOf(group.taskDefinitionArn) ?? '';
          const behaviour = this.behaviourAt(image, target, start);
          add(entry(group.place, group.family), (requests * group.running) / runningTotal, behaviour);
        }
      }
      results.push(...byKey.values());
    }
    return results;
  }

  /** Totals of one target over [from, to). */
  targetTotals(target: string, from: number, to: number): TargetTotals {
    const total: TargetTotals = { ...zero(), running: false, unserved: 0, tasks: zero() };
    for (const one of this.served(from, to)) {
      if (one.target !== target) continue;
      for (const into of one.family === undefined ? [total] : [total, total.tasks]) {
        into.requests += one.requests;
        into.faults += one.faults;
        into.clientErrors += one.clientErrors;
        into.responseSeconds += one.responseSeconds;
        mergeShares(into.latency, one.latency);
      }
      total.running ||= one.running;
      if (one.family === undefined) total.unserved += one.requests;
    }
    return total;
  }

  /** Totals of one virtual node over [from, to): targetTotals under the App Mesh name. */
  nodeTotals(node: string, from: number, to: number): TargetTotals {
    return this.targetTotals(node, from, to);
  }

  /** How the image answers at `at`: its version's behaviour, degraded once the condition holds. */
  behaviourAt(image: string, target: string, at: number): Behaviour {
    const version = versionOf(this.scenario, image);
    if (!version) return this.scenario.baseline;
    const { degraded } = version;
    if (!degraded) return version;
    const sinceTraffic = degraded.afterTrafficSeconds;
    if (sinceTraffic !== undefined) {
      const first = this.firstServedAt(version.image, at);
      if (first === undefined || at < first + sinceTraffic * 1000) return version;
    }
    if (degraded.atSharePct !== undefined && this.shareAt(target, at) * 100 < degraded.atSharePct)
      return version;
    return {
      errorRatePct: degraded.errorRatePct ?? version.errorRatePct,
      clientErrorRatePct: degraded.clientErrorRatePct ?? version.clientErrorRatePct,
      latencyMs: degraded.latencyMs ?? version.latencyMs,
      latencySpread: degraded.latencySpread ?? version.latencySpread,
      ...((degraded.latencyTail ?? version.latencyTail)
        ? { latencyTail: degraded.latencyTail ?? version.latencyTail }
        : {}),
    };
  }

  /** [from, to) cut where the weights, the target's services or their tasks, or a version's onset change. */
  private segments(target: string, from: number, to: number) {
    const cuts = new Set<number>([from, to]);
    for (const at of this.route.changes(from, to)) cuts.add(at);
    for (const at of this.route.serviceChanges(from, to)) cuts.add(at);
    for (const place of this.placesDuring(target, from, to))
      for (const at of this.stores.ecs.servingChanges(place.cluster, place.service, from, to)) cuts.add(at);
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

  /** The ECS services behind a target at any moment of [from, to). */
  private placesDuring(
    target: string,
    from: number,
    to: number,
  ): Array<{ cluster: string; service: string }> {
    const places = new Map<string, { cluster: string; service: string }>();
    for (const at of [from, ...this.route.serviceChanges(from, to)])
      for (const place of this.route.servicesAt(target, at))
        places.set(`${place.cluster}/${place.service}`, place);
    return [...places.values()];
  }

  /** When a degraded version turns bad (simulated ms), once it has served traffic; before `until`. */
  onsetOf(versionImage: string, until = this.clock.nowMs()): number | undefined {
    const version = this.scenario.versions.find((candidate) => candidate.image === versionImage);
    const seconds = version?.degraded?.afterTrafficSeconds;
    const first = this.firstServedAt(versionImage, until);
    return seconds === undefined || first === undefined ? undefined : first + seconds * 1000;
  }

  /** When a version (by its scenario image) first served requests behind any target, before `until`. */
  firstServedAt(versionImage: string, until: number): number | undefined {
    let first: number | undefined;
    for (const target of this.route.targets()) {
      const cuts = new Set<number>([0]);
      for (const at of this.route.changes(-1, until)) cuts.add(at);
      for (const at of this.route.serviceChanges(-1, until)) cuts.add(at);
      for (const place of this.placesDuring(target, 0, until))
        for (const at of this.stores.ecs.servingChanges(place.cluster, place.service, 0, until)) cuts.add(at);
      for (const start of [...cuts].sort((x, y) => x - y)) {
        if (first !== undefined && start >= first) break;
        if (this.shareAt(target, start) === 0) continue;
        const serves = this.route.servicesAt(target, start).some((place) =>
          this.stores.ecs.servingAt(place.cluster, place.service, start).some((group) => {
            const image = this.stores.ecs.appImageOf(group.taskDefinitionArn) ?? '';
            return group.running > 0 && versionOf(this.scenario, image)?.image === versionImage;
          }),
        );
        if (serves) {
          first = start;
          break;
        }
      }
    }
    return first;
  }
}

export function sumCounts(all: TrafficCounts[]): TrafficCounts {
  const total = zero();
  for (const one of all) {
    total.requests += one.requests;
    total.faults += one.faults;
    total.clientErrors += one.clientErrors;
    total.responseSeconds += one.responseSeconds;
    mergeShares(total.latency, one.latency);
  }
  return total;
}

function zero(): TrafficCounts {
  return { requests: 0, faults: 0, clientErrors: 0, responseSeconds: 0, latency: new Map() };
}

function add(into: TrafficCounts, requests: number, behaviour: Behaviour): void {
  into.requests += requests;
  into.faults += (requests * behaviour.errorRatePct) / 100;
  into.clientErrors += (requests * behaviour.clientErrorRatePct) / 100;
  into.responseSeconds += (requests * meanOf(behaviour)) / 1000;
  addShare(into.latency, behaviour, requests);
}
