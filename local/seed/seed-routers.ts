import type { LocalEcs } from '../aws/ecs/ecs.js';
import type { LocalElbv2 } from '../aws/elbv2/elbv2.js';
import type { LocalVpcLattice } from '../aws/vpc-lattice/lattice.js';
import { isStableOnly, type SeedKind, seedNames } from './seed.js';

/**
 * Where the getting-started services go after App Mesh: the same ECS services serviceB and serviceBv2, also
 * registered in a VPC Lattice service's target groups and in an internal ALB's target groups (a migration in
 * progress: the mesh route still works, and each router can carry the load instead).
 *
 * VPC Lattice names are lowercase. Its listener rule and default action forward to the stable target group
 * alone, weight 100 (what Lattice stores for a single target group given without a weight); the canary
 * target group is in no action yet, as the mesh route has no canary target. The ALB rule forwards to the
 * stable target group at weight 1 and the canary at 0 (ECS registers a service only in a target group that
 * a load balancer uses); its default action is the single stable target group, which ELBv2 returns both as
 * TargetGroupArn and as a ForwardConfig of weight 1.
 */
export const latticeSeedNames = {
  service: 'serviceb',
  listener: 'http-80',
  rule: 'all-paths',
  stableTargetGroup: 'serviceb',
  canaryTargetGroup: 'servicebv2',
  vpc: 'vpc-0a5c0ffee0ba5eb00',
  roleName: 'ecsInfrastructureRoleForVpcLattice',
} as const;

export const albSeedNames = {
  loadBalancer: 'apps',
  listenerPort: 80,
  rulePriority: 10,
  stableTargetGroup: 'serviceB',
  canaryTargetGroup: 'serviceBv2',
  vpc: latticeSeedNames.vpc,
} as const;

/** The app container and port the target groups register (the seed task definitions' app on 9080). */
const app = { containerName: 'app', containerPort: 9080 } as const;

/** The target groups a seed made: a stable-only seed has no canary group. */
export interface SeededGroups {
  stable: string;
  canary?: string;
}

export function seedLattice(lattice: LocalVpcLattice, kind: SeedKind = 'getting-started'): SeededGroups {
  const names = latticeSeedNames;
  const stable = lattice.createTargetGroup({
    name: names.stableTargetGroup,
    port: 9080,
    vpcIdentifier: names.vpc,
    ...(isStableOnly(kind) ? structuredClone(stableOnlyLatticeTargetGroup) : {}),
  });
  const canary = isStableOnly(kind)
    ? undefined
    : lattice.createTargetGroup({
        name: names.canaryTargetGroup,
        port: 9080,
        vpcIdentifier: names.vpc,
      });
  lattice.createService(names.service);
  const forwardStable = { forward: { targetGroups: [{ targetGroupIdentifier: stable }] } };
  lattice.createListener({
    service: names.service,
    name: names.listener,
    protocol: 'HTTP',
    port: 80,
    defaultAction: forwardStable,
  });
  lattice.createRule({
    service: names.service,
    listener: names.listener,
    name: names.rule,
    priority: 10,
    match: { httpMatch: { pathMatch: { match: { prefix: '/' } } } },
    action: forwardStable,
  });
  return { stable, ...(canary ? { canary } : {}) };
}

/** The stable-only VPC Lattice target group: its own health check and tags, what a clone must copy. */
export const stableOnlyLatticeTargetGroup = {
  healthCheck: { path: '/health', healthCheckIntervalSeconds: 15, matcher: { httpCode: '200-299' } },
  tags: { team: 'payments', app: 'serviceb' },
};

/**
 * The stable-only ALB target group carries what a clone must copy: its own health check, a short deregistration
 * delay, slow start and tags.
 */
export const stableOnlyTargetGroup = {
  healthCheck: {
    HealthCheckPath: '/health',
    HealthCheckIntervalSeconds: 15,
    Matcher: { HttpCode: '200-299' },
  },
  attributes: { 'deregistration_delay.timeout_seconds': '30', 'slow_start.duration_seconds': '60' },
  tags: [
    { Key: 'team', Value: 'payments' },
    { Key: 'app', Value: 'serviceb' },
  ],
} as const;

export function seedAlb(elbv2: LocalElbv2, kind: SeedKind = 'getting-started'): SeededGroups {
  if (isStableOnly(kind)) return seedStableOnlyAlb(elbv2);
  const names = albSeedNames;
  const loadBalancerArn = elbv2.createLoadBalancer({ name: names.loadBalancer, vpcId: names.vpc });
  const stable = elbv2.createTargetGroup({ name: names.stableTargetGroup, port: 9080, vpcId: names.vpc });
  const canary = elbv2.createTargetGroup({ name: names.canaryTargetGroup, port: 9080, vpcId: names.vpc });
  const listenerArn = elbv2.createListener({
    loadBalancerArn,
    port: names.listenerPort,
    defaultActions: [{ Type: 'forward', TargetGroupArn: stable }],
  });
  elbv2.createRule({
    listenerArn,
    priority: names.rulePriority,
    conditions: [{ Field: 'path-pattern', Values: ['/*'] }],
    actions: [
      {
        Type: 'forward',
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: stable, Weight: 1 },
            { TargetGroupArn: canary, Weight: 0 },
          ],
        },
      },
    ],
  });
  return { stable, canary };
}

/** The listener rule forwards to the stable target group alone; no canary group exists yet. */
function seedStableOnlyAlb(elbv2: LocalElbv2): SeededGroups {
  const names = albSeedNames;
  const loadBalancerArn = elbv2.createLoadBalancer({ name: names.loadBalancer, vpcId: names.vpc });
  const stable = elbv2.createTargetGroup({
    name: names.stableTargetGroup,
    port: 9080,
    vpcId: names.vpc,
    healthCheck: structuredClone(stableOnlyTargetGroup.healthCheck),
    attributes: { ...stableOnlyTargetGroup.attributes },
    tags: stableOnlyTargetGroup.tags.map((tag) => ({ ...tag })),
  });
  const forwardStable = [{ Type: 'forward', TargetGroupArn: stable }];
  const listenerArn = elbv2.createListener({
    loadBalancerArn,
    port: names.listenerPort,
    defaultActions: forwardStable,
  });
  elbv2.createRule({
    listenerArn,
    priority: names.rulePriority,
    conditions: [{ Field: 'path-pattern', Values: ['/*'] }],
    actions: forwardStable,
  });
  return { stable };
}

/** Registers serviceB in both stable target groups and serviceBv2 (when seeded) in both canary ones, from the start. */
export function attachSeedServices(
  ecs: LocalEcs,
  account: string,
  lattice: SeededGroups,
  alb: SeededGroups,
): void {
  const roleArn = `arn:aws:iam::${account}:role/${latticeSeedNames.roleName}`;
  for (const [service, role] of [
    [seedNames.stableService, 'stable'],
    [seedNames.canaryService, 'canary'],
  ] as const) {
    const albGroup = alb[role];
    const latticeGroup = lattice[role];
    if (!albGroup || !latticeGroup) continue;
    ecs.attachTargetGroups(seedNames.cluster, service, {
      loadBalancers: [{ targetGroupArn: albGroup, ...app }],
      vpcLatticeConfigurations: [{ roleArn, targetGroupArn: latticeGroup, portName: 'app' }],
    });
  }
}
