import { fileURLToPath } from 'node:url';
import { forwardTargets as albForwardTargets } from '../aws/elbv2/elbv2-model.js';
import { isObject, type Json } from '../aws/protocol.js';
import { forwardTargets as latticeForwardTargets } from '../aws/vpc-lattice/lattice-model.js';
import type { LocalStack } from '../index.js';
import { seedNames } from '../seed/seed.js';
import { albSeedNames, latticeSeedNames } from '../seed/seed-routers.js';
import { routerInputs, type SeededRouter } from './action-runner.js';

/** One target's weight, by its name (virtual node or target group name). */
export interface NamedWeight {
  target: string;
  weight: number;
}

/**
 * One seeded router as the demo and the end-to-end tests see it from outside: the scenario that puts the
 * load on it, the deploy inputs that point the Action at it, and the weights of its routed resource (the
 * App Mesh route serviceB, the VPC Lattice rule all-paths, the ALB rule of priority 10) at any moment.
 */
export interface RouterView {
  router: SeededRouter;
  /** The deploy inputs for this router and its health preset (empty for App Mesh: the seed inputs). */
  inputs: Record<string, string>;
  /** What splits the traffic, for people. */
  label: string;
  /** The stable and canary target names: virtual nodes, or target groups. */
  stable: string;
  canary: string;
  /** The traffic simulator's target of the stable (a node name, or a target group ARN). */
  stableTrafficTarget: string;
  /** The weights of the routed resource at simulated time `at` (default now), in the resource's order. */
  weightsAt(at?: number): NamedWeight[];
  /** How many writes the routed resource has had; a mark for `writesSince`. */
  writeCount(): number;
  /** The weights each write since the mark set, with its simulated time. */
  writesSince(mark: number): Array<{ at: number; weights: NamedWeight[] }>;
  /**
   * Where one request goes now, as the router evaluates its routes or rules in order (header matches
   * included): the route or rule it meets and that one's weighted targets.
   */
  requestTargets(request: { path?: string; headers?: Record<string, string> }): {
    via: string;
    targets: NamedWeight[];
  };
}

function request(given: { path?: string; headers?: Record<string, string> }) {
  return { path: given.path ?? '/', headers: given.headers ?? {} };
}

export const scenarioFiles: Record<SeededRouter, string> = {
  'app-mesh': fileURLToPath(new URL('../scenarios/versions.json', import.meta.url)),
  'vpc-lattice': fileURLToPath(new URL('../scenarios/versions-lattice.json', import.meta.url)),
  alb: fileURLToPath(new URL('../scenarios/versions-alb.json', import.meta.url)),
};

export const seededRouters: readonly SeededRouter[] = ['app-mesh', 'vpc-lattice', 'alb'];

/** The canary's share (percent, whole) of the stable and canary weights: what a shift set. */
export function canaryShare(weights: readonly NamedWeight[], view: Pick<RouterView, 'stable' | 'canary'>) {
  const weight = (name: string) => weights.find((one) => one.target === name)?.weight ?? 0;
  const pair = weight(view.stable) + weight(view.canary);
  return pair === 0 ? 0 : Math.round((weight(view.canary) * 100) / pair);
}

export function routerView(stack: LocalStack, router: SeededRouter): RouterView {
  switch (router) {
    case 'app-mesh':
      return appMeshView(stack);
    case 'vpc-lattice':
      return latticeView(stack);
    case 'alb':
      return albView(stack);
  }
}

function appMeshView(stack: LocalStack): RouterView {
  const { mesh, virtualRouter, route } = seedNames;
  const writes = () =>
    stack.appMesh.routeWrites.filter(
      (write) => write.mesh === mesh && write.virtualRouter === virtualRouter && write.route === route,
    );
  return {
    router: 'app-mesh',
    inputs: {},
    label: `App Mesh route ${route} of virtual router ${virtualRouter}`,
    stable: seedNames.stableNode,
    canary: seedNames.canaryNode,
    stableTrafficTarget: seedNames.stableNode,
    weightsAt: (at = stack.clock.nowMs()) =>
      meshTargets(stack.appMesh.routeSpecAt(mesh, virtualRouter, route, at)),
    writeCount: () => writes().length,
    writesSince: (mark) =>
      writes()
        .slice(mark)
        .map((write) => ({ at: write.at, weights: meshTargets(write.spec) })),
    requestTargets: (given) => {
      const found = stack.appMesh.routeFor(mesh, virtualRouter, request(given));
      return found
        ? {
            via: `route ${found.route}`,
            targets: found.targets.map((one) => ({ target: one.virtualNode, weight: one.weight })),
          }
        : { via: 'no route', targets: [] };
    },
  };
}

function latticeView(stack: LocalStack): RouterView {
  const ref = {
    service: latticeSeedNames.service,
    listener: latticeSeedNames.listener,
    rule: latticeSeedNames.rule,
  };
  const { ruleId } = stack.vpcLattice.resolve(ref);
  const nameOfId = (id: string) => stack.vpcLattice.targetGroupOf(id)?.name ?? id;
  const writes = () => stack.latticeWrites().filter((write) => write.ruleId === ruleId);
  return {
    router: 'vpc-lattice',
    inputs: routerInputs('vpc-lattice', albRefs(stack)),
    label: `VPC Lattice rule ${ref.rule} of listener ${ref.listener} (service ${ref.service})`,
    stable: latticeSeedNames.stableTargetGroup,
    canary: latticeSeedNames.canaryTargetGroup,
    stableTrafficTarget: stack.vpcLattice.targetGroupByName(latticeSeedNames.stableTargetGroup)!.arn,
    weightsAt: (at = stack.clock.nowMs()) =>
      stack.vpcLattice.forwardAt(ref, at).map((one) => ({
        target: stack.vpcLattice.targetGroupOf(one.targetGroupArn)?.name ?? one.targetGroupArn,
        weight: one.weight,
      })),
    writeCount: () => writes().length,
    writesSince: (mark) =>
      writes()
        .slice(mark)
        .map((write) => ({
          at: write.at,
          weights: latticeForwardTargets(write.action).map((one) => ({
            target: nameOfId(one.targetGroupId),
            weight: one.weight,
          })),
        })),
    requestTargets: (given) => {
      const found = stack.vpcLattice.ruleFor(
        { service: ref.service, listener: ref.listener },
        request(given),
      );
      return {
        via: `rule ${found.rule}`,
        targets: found.forward.map((one) => ({
          target: stack.vpcLattice.targetGroupOf(one.targetGroupArn)?.name ?? one.targetGroupArn,
          weight: one.weight,
        })),
      };
    },
  };
}

function albView(stack: LocalStack): RouterView {
  const ref = {
    loadBalancer: albSeedNames.loadBalancer,
    listenerPort: albSeedNames.listenerPort,
    rulePriority: albSeedNames.rulePriority,
  };
  const { ruleArn } = albRefs(stack);
  const named = (groups: Array<{ targetGroupArn: string; weight: number }>) =>
    groups.map((one) => ({
      target: stack.elbv2.targetGroupName(one.targetGroupArn) ?? one.targetGroupArn,
      weight: one.weight,
    }));
  const writes = () => stack.albWrites().filter((write) => write.ruleArn === ruleArn);
  return {
    router: 'alb',
    inputs: routerInputs('alb', albRefs(stack)),
    label: `ALB rule of priority ${ref.rulePriority} of listener HTTP:${ref.listenerPort} (load balancer ${ref.loadBalancer})`,
    stable: albSeedNames.stableTargetGroup,
    canary: albSeedNames.canaryTargetGroup,
    stableTrafficTarget: stack.elbv2.targetGroupByName(albSeedNames.stableTargetGroup)!.arn,
    weightsAt: (at = stack.clock.nowMs()) => named(stack.elbv2.forwardAt(ref, at)),
    writeCount: () => writes().length,
    writesSince: (mark) =>
      writes()
        .slice(mark)
        .map((write) => ({ at: write.at, weights: named(albForwardTargets(write.actions)) })),
    requestTargets: (given) => {
      const found = stack.elbv2.ruleFor(albRefs(stack).listenerArn, request(given));
      return { via: `rule ${found.ruleArn}`, targets: named(found.forward) };
    },
  };
}

/** The seeded ALB rule's listener and rule ARNs (the stack derives them from names). */
export function albRefs(stack: LocalStack): { listenerArn: string; ruleArn: string } {
  const { listenerArn, ruleArn } = stack.elbv2.resolve({
    loadBalancer: albSeedNames.loadBalancer,
    listenerPort: albSeedNames.listenerPort,
    rulePriority: albSeedNames.rulePriority,
  });
  return { listenerArn, ruleArn };
}

function meshTargets(spec: Json | undefined): NamedWeight[] {
  const route = spec && Object.values(spec).find(isObject);
  const targets = isObject(route) && isObject(route.action) ? route.action.weightedTargets : [];
  return (Array.isArray(targets) ? targets : []).filter(isObject).map((target) => ({
    target: String(target.virtualNode),
    weight: Number(target.weight),
  }));
}
