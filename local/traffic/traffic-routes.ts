import type { LocalAppMesh } from '../aws/app-mesh/appmesh.js';
import type { LocalEcs } from '../aws/ecs/ecs.js';
import type { LocalElbv2 } from '../aws/elbv2/elbv2.js';
import { isObject, type Json } from '../aws/protocol.js';
import type { LocalVpcLattice } from '../aws/vpc-lattice/lattice.js';
import type { Scenario } from './scenario.js';

/** The stores a router reads: its weights from one, the ECS services behind its targets from another. */
export interface RouterStores {
  appMesh: LocalAppMesh;
  vpcLattice: LocalVpcLattice;
  elbv2: LocalElbv2;
  ecs: LocalEcs;
}

/**
 * The scenario's router as the traffic simulator plays it: weighted targets over time (virtual nodes for App
 * Mesh, target group ARNs for VPC Lattice and ALB) and the ECS services behind each target.
 */
export interface WeightedRoute {
  /** Every target that can receive traffic. */
  targets(): string[];
  weightsAt(at: number): Array<{ target: string; weight: number }>;
  /** Simulated times at which the weights changed, inside (from, to). */
  changes(from: number, to: number): number[];
  servicesAt(target: string, at: number): Array<{ cluster: string; service: string }>;
  /** Simulated times at which the services behind the targets changed, inside (from, to). */
  serviceChanges(from: number, to: number): number[];
}

const routeTypes = ['httpRoute', 'http2Route', 'grpcRoute', 'tcpRoute'];

export function routeOf(scenario: Scenario, stores: RouterStores): WeightedRoute {
  const choice = scenario.router;
  if (choice.type === 'app-mesh') return appMeshRoute(scenario, stores.appMesh);
  if (choice.type === 'vpc-lattice') {
    const { service, listener, rule } = choice;
    return targetGroupRoute(stores.vpcLattice, { service, listener, rule }, stores.ecs);
  }
  const { loadBalancer, listenerPort, rulePriority } = choice;
  return targetGroupRoute(stores.elbv2, { loadBalancer, listenerPort, rulePriority }, stores.ecs);
}

/** A store of forward actions with their write history (VPC Lattice, ELBv2), for one rule reference. */
interface ForwardStore<Ref> {
  resolve(ref: Ref): unknown;
  forwardAt(ref: Ref, at: number): Array<{ targetGroupArn: string; weight: number }>;
  actionChanges(ref: Ref, from: number, to: number): number[];
  targetGroupsEverForwarded(ref: Ref): string[];
}

/** A VPC Lattice or ALB rule: weighted target groups; ECS says which services register in each. */
function targetGroupRoute<Ref>(store: ForwardStore<Ref>, ref: Ref, ecs: LocalEcs): WeightedRoute {
  // Fails now, naming what is missing, rather than on the first request.
  store.resolve(ref);
  return {
    targets: () => store.targetGroupsEverForwarded(ref),
    weightsAt: (at) =>
      store.forwardAt(ref, at).map((one) => ({ target: one.targetGroupArn, weight: one.weight })),
    changes: (from, to) => store.actionChanges(ref, from, to),
    servicesAt: (target, at) => ecs.servicesBehind(target, at),
    serviceChanges: (from, to) => ecs.attachmentChanges(from, to),
  };
}

/** The App Mesh route: its weighted virtual nodes; the scenario says which ECS service runs each node. */
function appMeshRoute(scenario: Scenario, appMesh: LocalAppMesh): WeightedRoute {
  const { mesh, virtualRouter, route } = scenario.route;
  const ours = (write: { mesh: string; virtualRouter: string; route: string }) =>
    write.mesh === mesh && write.virtualRouter === virtualRouter && write.route === route;
  return {
    targets: () => [...new Set(scenario.nodes.map((place) => place.node))],
    weightsAt: (at) => weightedTargets(appMesh.routeSpecAt(mesh, virtualRouter, route, at)),
    changes: (from, to) =>
      appMesh.routeWrites.filter((write) => ours(write) && write.at > from && write.at < to).map((w) => w.at),
    servicesAt: (target) =>
      scenario.nodes
        .filter((place) => place.node === target)
        .map((place) => ({ cluster: place.cluster, service: place.service })),
    serviceChanges: () => [],
  };
}

function weightedTargets(spec: Json | undefined): Array<{ target: string; weight: number }> {
  if (!spec) return [];
  for (const type of routeTypes) {
    const route = spec[type];
    if (!isObject(route) || !isObject(route.action)) continue;
    const targets = route.action.weightedTargets;
    if (!Array.isArray(targets)) return [];
    return targets.filter(isObject).map((target) => ({
      target: String(target.virtualNode),
      weight: typeof target.weight === 'number' ? target.weight : 0,
    }));
  }
  return [];
}
