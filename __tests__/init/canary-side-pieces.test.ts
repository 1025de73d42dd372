import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../src/errors.js';
import {
  canaryTaskDefinitionInput,
  sameTaskDefinition,
} from '../../src/init/app-mesh/canary-task-definition.js';
import { canaryHostnameOf } from '../../src/init/app-mesh/init-app-mesh.js';
import {
  canaryLatticeTargetGroupInput,
  latticeTargetGroupDifferences,
} from '../../src/init/vpc-lattice/canary-target-group.js';
import { withCanaryAtZero, withoutCanary } from '../../src/routing/app-mesh/canary-entry.js';
import { RouteSpecError } from '../../src/routing/app-mesh/route-spec.js';
import { LatticeSpecError, withGroupAtZero, withoutGroup } from '../../src/routing/vpc-lattice/spec.js';

const envoy = (variable: string, value: string) => ({
  name: 'envoy',
  image: 'envoy',
  essential: true,
  environment: [{ name: variable, value }],
});
const stableDefinition = (variable: string, value: string) => ({
  family: 'taskB',
  revision: 3,
  taskDefinitionArn: 'arn:aws:ecs:us-west-2:123456789012:task-definition/taskB:3',
  status: 'ACTIVE' as const,
  containerDefinitions: [{ name: 'app', image: 'app:1', essential: true }, envoy(variable, value)],
  tags: [
    { key: 'team', value: 'payments' },
    { key: 'appmesh-canary:created-by', value: 'init' },
  ],
});
const nodes = { mesh: 'apps', stableNode: 'serviceB', canaryNode: 'serviceB-canary' };

describe("the canary's task definition (App Mesh)", () => {
  it.each([
    ['APPMESH_RESOURCE_ARN', 'arn:aws:appmesh:us-west-2:123456789012:mesh/apps/virtualNode/serviceB'],
    ['APPMESH_VIRTUAL_NODE_NAME', 'mesh/apps/virtualNode/serviceB'],
  ])(
    'joins the canary node through %s, in its own family, with the stable tags and init mark',
    (variable, value) => {
      const input = canaryTaskDefinitionInput({ stable: stableDefinition(variable, value), ...nodes });
      expect(input.family).toBe('taskB-canary');
      expect(input.containerDefinitions?.[1]?.environment).toEqual([
        { name: variable, value: value.replace(/serviceB$/, 'serviceB-canary') },
      ]);
      expect(input.containerDefinitions?.[0]).toEqual({ name: 'app', image: 'app:1', essential: true });
      expect(input.tags).toEqual([
        { key: 'team', value: 'payments' },
        { key: 'appmesh-canary:created-by', value: 'init' },
      ]);
      expect(input).not.toHaveProperty('revision');
      expect(input).not.toHaveProperty('taskDefinitionArn');
    },
  );

  it("refuses a stable task definition whose Envoy is another node's, naming stable-node", () => {
    const stable = stableDefinition('APPMESH_VIRTUAL_NODE_NAME', 'mesh/apps/virtualNode/serviceA');
    expect(() => canaryTaskDefinitionInput({ stable, ...nodes })).toThrow(InputError);
    expect(() => canaryTaskDefinitionInput({ stable, ...nodes })).toThrow(
      /input "stable-node": taskB:3, the stable service's task definition, runs the Envoy of node serviceA of mesh apps/,
    );
  });

  it('finds a registered revision the same when only what ECS adds differs', () => {
    const input = canaryTaskDefinitionInput({
      stable: stableDefinition('APPMESH_VIRTUAL_NODE_NAME', 'mesh/apps/virtualNode/serviceB'),
      ...nodes,
    });
    const { tags: _tags, ...settings } = input;
    const registered = {
      ...settings,
      family: 'taskB-canary',
      revision: 1,
      status: 'ACTIVE' as const,
      taskDefinitionArn: 'arn:aws:ecs:us-west-2:123456789012:task-definition/taskB-canary:1',
    };
    expect(sameTaskDefinition(registered as never, input)).toBe(true);
    const other = structuredClone(registered);
    other.containerDefinitions![0]!.image = 'app:2';
    expect(sameTaskDefinition(other as never, input)).toBe(false);
  });

  it("puts the canary node in the stable hostname's domain; a hostname without one needs canary-dns-hostname", () => {
    expect(canaryHostnameOf('serviceB.apps.local', 'serviceB-canary')).toBe('serviceB-canary.apps.local');
    expect(() => canaryHostnameOf('serviceb', 'serviceB-canary')).toThrow(/input "canary-dns-hostname"/);
  });
});

describe("the canary's entry at weight 0", () => {
  const lone = {
    action: { forward: { targetGroups: [{ targetGroupIdentifier: 'tg-0123456789abcdef0' }] } },
    priority: 10,
  };

  it('VPC Lattice: writes out the lone group its implicit 100, adds the canary at 0, takes it out again', () => {
    const added = withGroupAtZero(lone, 'tg-0123456789abcdef1', 'rule all-paths');
    expect(added.action.forward.targetGroups).toEqual([
      { targetGroupIdentifier: 'tg-0123456789abcdef0', weight: 100 },
      { targetGroupIdentifier: 'tg-0123456789abcdef1', weight: 0 },
    ]);
    expect(added.priority).toBe(10);
    expect(withGroupAtZero(added, 'tg-0123456789abcdef1', 'rule all-paths')).toEqual(added);
    expect(withoutGroup(added, 'tg-0123456789abcdef1').action.forward.targetGroups).toEqual([
      { targetGroupIdentifier: 'tg-0123456789abcdef0', weight: 100 },
    ]);
  });

  it('VPC Lattice: refuses an eleventh target group', () => {
    const full = {
      action: {
        forward: {
          targetGroups: Array.from({ length: 10 }, (_, index) => ({
            targetGroupIdentifier: `tg-0123456789abcde${index.toString().padStart(2, '0')}`,
            weight: 1,
          })),
        },
      },
    };
    expect(() => withGroupAtZero(full, 'tg-0123456789abcdeff', 'rule r')).toThrow(LatticeSpecError);
  });

  it("App Mesh: adds the canary node on the stable target's port, keeps the match, and takes it out again", () => {
    const snapshot = {
      httpRoute: {
        action: { weightedTargets: [{ virtualNode: 'serviceB', weight: 100, port: 8080 }] },
        match: { prefix: '/' },
      },
    };
    const request = {
      routeName: 'serviceB',
      stableNode: 'serviceB',
      canaryNode: 'serviceB-canary',
      snapshot,
    };
    const added = withCanaryAtZero(request);
    expect(added).toEqual({
      httpRoute: {
        action: {
          weightedTargets: [
            { virtualNode: 'serviceB', weight: 100, port: 8080 },
            { virtualNode: 'serviceB-canary', weight: 0, port: 8080 },
          ],
        },
        match: { prefix: '/' },
      },
    });
    expect(withoutCanary({ ...request, snapshot: added })).toEqual(snapshot);
  });

  it('App Mesh: refuses an eleventh weighted target', () => {
    const snapshot = {
      httpRoute: {
        action: {
          weightedTargets: Array.from({ length: 10 }, (_, index) => ({
            virtualNode: `node${index}`,
            weight: 10,
          })),
        },
        match: { prefix: '/' },
      },
    };
    expect(() =>
      withCanaryAtZero({ routeName: 'r', stableNode: 'node0', canaryNode: 'canary', snapshot }),
    ).toThrow(RouteSpecError);
  });
});

describe('the VPC Lattice target group clone', () => {
  const stable = {
    group: {
      id: 'tg-0123456789abcdef0',
      name: 'serviceb',
      type: 'IP' as const,
      config: {
        port: 9080,
        protocol: 'HTTP' as const,
        protocolVersion: 'HTTP1' as const,
        vpcIdentifier: 'vpc-0a5c0ffee0ba5eb00',
        healthCheck: { path: '/health', healthCheckIntervalSeconds: 15 },
      },
    },
    tags: { team: 'payments', 'aws:cloudformation:stack-name': 'x', 'appmesh-canary:created-by': 'init' },
  };

  it("copies the type, config and the stable's own tags, with init's mark", () => {
    expect(canaryLatticeTargetGroupInput(stable, 'serviceb-canary')).toEqual({
      name: 'serviceb-canary',
      type: 'IP',
      config: stable.group.config,
      tags: { team: 'payments', 'appmesh-canary:created-by': 'init' },
    });
  });

  it('names each cloned setting that differs', () => {
    const existing = structuredClone(stable);
    existing.group.config.port = 8080;
    expect(latticeTargetGroupDifferences(existing, stable, 'serviceb')).toEqual([
      "port 8080 (serviceb's: 9080)",
    ]);
  });
});
