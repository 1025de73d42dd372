import { describe, expect, it } from '@jest/globals';
import type { AlbTrafficState } from '../../src/routing/alb/state.js';
import {
  checkCanaryAtZero,
  lockKeysOf,
  resourceLabelsOf,
  sharedResources,
  snapshotResources,
  trafficSnapshotSchema,
} from '../../src/routing/engine.js';
import { judgeResource } from '../../src/routing/resources.js';
import type { LatticeTrafficState } from '../../src/routing/vpc-lattice/state.js';
import { seedDocument } from '../orchestrator/fixtures.js';

/**
 * The engine treats every router alike: lock keys by routed resource, and a three-way judgement through each
 * router's kit (what a deployment may have written, someone's edit kept). Pure.
 */
const elb = 'arn:aws:elasticloadbalancing:us-west-2:123456789012';
const listenerArn = `${elb}:listener/app/apps/50dc6c495c0c9188/f2f7dc8efc522ab2`;
const stableGroup = `${elb}:targetgroup/serviceB/73e2d6bc24d8a067`;
const canaryGroup = `${elb}:targetgroup/serviceBv2/83e2d6bc24d8a068`;
const otherGroup = `${elb}:targetgroup/reports/93e2d6bc24d8a069`;

function albRule(groups: Array<[string, number]>, stickiness = false): AlbTrafficState {
  return {
    router: 'alb',
    listenerArn,
    ruleArn: `${elb}:listener-rule/app/apps/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`,
    loadBalancerArn: `${elb}:loadbalancer/app/apps/50dc6c495c0c9188`,
    stableTargetGroupArn: stableGroup,
    canaryTargetGroupArn: canaryGroup,
    spec: {
      Actions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: groups.map(([TargetGroupArn, Weight]) => ({ TargetGroupArn, Weight })),
            TargetGroupStickinessConfig: {
              Enabled: stickiness,
              ...(stickiness ? { DurationSeconds: 300 } : {}),
            },
          },
        },
      ],
      Conditions: [{ Field: 'path-pattern', Values: ['/*'] }],
      Priority: '10',
    },
  };
}

const lattice = 'arn:aws:vpc-lattice:us-west-2:123456789012';
const latticeRule: LatticeTrafficState = {
  router: 'vpc-lattice',
  serviceArn: `${lattice}:service/svc-0a1b2c3d4e5f60718`,
  listenerArn: `${lattice}:service/svc-0a1b2c3d4e5f60718/listener/listener-0a1b2c3d4e5f60718`,
  ruleArn: `${lattice}:service/svc-0a1b2c3d4e5f60718/listener/listener-0a1b2c3d4e5f60718/rule/rule-0a1b2c3d4e5f60718`,
  stableTargetGroupArn: `${lattice}:targetgroup/tg-0a1b2c3d4e5f60711`,
  canaryTargetGroupArn: `${lattice}:targetgroup/tg-0a1b2c3d4e5f60722`,
  names: {
    service: 'serviceb',
    listener: 'http-80',
    rule: 'all-paths',
    stableTargetGroup: 'serviceb',
    canaryTargetGroup: 'servicebv2',
  },
  spec: {
    match: { httpMatch: { pathMatch: { match: { prefix: '/' } } } },
    priority: 10,
    action: { forward: { targetGroups: [{ targetGroupIdentifier: 'tg-0a1b2c3d4e5f60711', weight: 100 }] } },
  },
};

const weights = [25, 50, 100];

describe('lock keys', () => {
  it('name the routed resource: a rule, or the listener default action, whatever the router', () => {
    expect(lockKeysOf(albRule([[stableGroup, 1]]))).toEqual([`alb:rule:${albRule([]).ruleArn}`]);
    const { ruleArn: _rule, ...defaultAction } = albRule([[stableGroup, 1]]);
    expect(lockKeysOf(defaultAction)).toEqual([`alb:listener-default-actions:${listenerArn}`]);
    expect(lockKeysOf(latticeRule)).toEqual([`vpc-lattice:rule:${latticeRule.ruleArn}`]);
    expect(lockKeysOf(seedDocument().snapshot)).toEqual(['app-mesh::apps:serviceB:serviceB']);
  });

  it('make two canaries on one rule collide, and none across routers', () => {
    const rule = albRule([[stableGroup, 1]]);
    expect(sharedResources(rule, albRule([[stableGroup, 5]]))).toEqual(resourceLabelsOf(rule));
    expect(sharedResources(rule, latticeRule)).toEqual([]);
    expect(sharedResources(seedDocument().snapshot, rule)).toEqual([]);
  });
});

describe('the ALB kit, three-way', () => {
  const snapshot = albRule([
    [stableGroup, 1],
    [otherGroup, 1],
  ]);
  const [resource] = snapshotResources(snapshot);
  const kit = resource!.kit;
  const ours = kit.written(resource!.snapshot, weights);

  it('recognises what the deployment may have written, scaled for exact shares', () => {
    const at25 = ours[1] as AlbTrafficState['spec'];
    const groups = at25.Actions[0]!.ForwardConfig!.TargetGroups!.map((group) => [
      group.TargetGroupArn,
      group.Weight,
    ]);
    // Stable 1 / other 1 at 25%: stable 3 / other 4 / canary 1 keeps the other's half of the traffic.
    expect(groups).toEqual([
      [stableGroup, 3],
      [otherGroup, 4],
      [canaryGroup, 1],
    ]);
    expect(judgeResource(structuredClone(at25), resource!.snapshot, ours, kit)).toEqual({ kind: 'ours' });
  });

  it('keeps an edit of the stickiness while putting the weights back', () => {
    const edited = structuredClone(ours[2]) as AlbTrafficState['spec'];
    edited.Actions[0]!.ForwardConfig!.TargetGroupStickinessConfig = { Enabled: true, DurationSeconds: 600 };
    const judgement = judgeResource(edited, resource!.snapshot, ours, kit);
    expect(judgement.kind).toBe('ours-with-edits');
    if (judgement.kind !== 'ours-with-edits') return;
    const restored = judgement.restore as AlbTrafficState['spec'];
    expect(kit.targetsEqual(restored, resource!.snapshot)).toBe(true);
    expect(restored.Actions[0]!.ForwardConfig!.TargetGroupStickinessConfig).toEqual({
      Enabled: true,
      DurationSeconds: 600,
    });
    expect(kit.canaryWeight(restored)).toBe(0);
  });

  it('keeps weights someone else set, and says the canary still has traffic', () => {
    const edited = albRule([
      [stableGroup, 5],
      [otherGroup, 5],
      [canaryGroup, 2],
    ]).spec;
    expect(judgeResource(edited, resource!.snapshot, ours, kit)).toMatchObject({ kind: 'edited' });
    expect(kit.canaryWeight(edited)).toBe(2);
  });

  it('refuses a snapshot where the canary already has weight', () => {
    const withCanary = albRule([
      [stableGroup, 3],
      [canaryGroup, 1],
    ]);
    expect(() => checkCanaryAtZero(withCanary)).toThrow('already sends traffic to canary target group');
    expect(() => checkCanaryAtZero(snapshot)).not.toThrow();
  });
});

describe('the VPC Lattice kit, three-way', () => {
  const [resource] = snapshotResources(latticeRule);
  const kit = resource!.kit;
  const ours = kit.written(resource!.snapshot, weights);

  it('writes the canary group in at its first weight and takes it out again at 0', () => {
    expect(kit.canaryWeight(ours[0]!)).toBe(0);
    expect(kit.equal(ours[0]!, resource!.snapshot)).toBe(true);
    expect(kit.canaryWeight(ours[1]!)).toBe(25);
  });

  it('keeps an edit of the match while putting the weights back', () => {
    const edited = structuredClone(ours[2]) as LatticeTrafficState['spec'];
    edited.match = { httpMatch: { pathMatch: { match: { prefix: '/v2' } } } };
    const judgement = judgeResource(edited, resource!.snapshot, ours, kit);
    expect(judgement).toMatchObject({ kind: 'ours-with-edits' });
    if (judgement.kind !== 'ours-with-edits') return;
    expect(judgement.restore).toEqual({ ...latticeRule.spec, match: edited.match });
  });
});

describe('the execution document snapshot', () => {
  it('takes any router by its name, and refuses an unknown one', () => {
    expect(trafficSnapshotSchema.parse(latticeRule)).toEqual(latticeRule);
    expect(trafficSnapshotSchema.parse(albRule([[stableGroup, 1]])).router).toBe('alb');
    expect(trafficSnapshotSchema.safeParse({ ...latticeRule, router: 'nginx' }).success).toBe(false);
  });
});
