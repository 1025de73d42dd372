import { describe, expect, it } from '@jest/globals';
import { type ScenarioInput, startLocalStack } from '../../../local/index.js';
import { loadScenario } from '../../../local/traffic/scenario.js';

const versions = loadScenario('local/scenarios/versions.json');

describe('the scenario files per router', () => {
  it.each([
    [
      'local/scenarios/versions-lattice.json',
      { type: 'vpc-lattice', service: 'serviceb', listener: 'http-80', rule: 'all-paths' },
      'servicebv2',
    ],
    [
      'local/scenarios/versions-alb.json',
      { type: 'alb', loadBalancer: 'apps', listenerPort: 80, rulePriority: 10 },
      'serviceBv2',
    ],
  ])(
    '%s plays the versions of versions.json on its router, alarms on target groups',
    async (path, router, canary) => {
      const scenario = loadScenario(path);
      expect(scenario.router).toEqual(router);
      expect(scenario.versions).toEqual(versions.versions);
      expect(scenario.baseline).toEqual(versions.baseline);
      expect(scenario.requestsPerSecond).toBe(versions.requestsPerSecond);
      expect(scenario.alarms.map((alarm) => alarm.targetGroup)).toContain(canary);
      // The stack starts on it: the router and the alarms' target groups exist in the seed.
      const stack = await startLocalStack({ scenario: path });
      try {
        expect(stack.scenario.current.router).toEqual(router);
        expect(stack.traffic.targets()).toHaveLength(scenario.router.type === 'alb' ? 2 : 1);
      } finally {
        await stack.stop();
      }
    },
  );

  it('keeps the App Mesh route as the default router', () => {
    expect(versions.router).toEqual({ type: 'app-mesh' });
  });
});

describe('a scenario naming what the stack does not have', () => {
  it.each<[string, ScenarioInput, RegExp]>([
    [
      'a VPC Lattice rule',
      { router: { type: 'vpc-lattice', service: 'serviceb', listener: 'http-80', rule: 'other' } },
      /rule other does not exist on listener http-80/,
    ],
    [
      'a VPC Lattice service',
      { router: { type: 'vpc-lattice', service: 'servicec', listener: 'http-80' } },
      /VPC Lattice service servicec does not exist/,
    ],
    [
      'an ALB listener port',
      { router: { type: 'alb', loadBalancer: 'apps', listenerPort: 443 } },
      /load balancer apps has no listener on port 443/,
    ],
    [
      'a target group for an alarm',
      {
        router: { type: 'alb', loadBalancer: 'apps', listenerPort: 80 },
        alarms: [{ name: 'x', targetGroup: 'servicebv2' }],
      },
      /alarm x watches target group servicebv2, which the alb router does not have/,
    ],
    [
      'a target group alarm on the App Mesh route',
      { alarms: [{ name: 'x', targetGroup: 'serviceBv2' }] },
      /the scenario's router is the App Mesh route/,
    ],
  ])('is refused when it names %s, naming what is missing', async (_, scenario, message) => {
    await expect(startLocalStack({ scenario })).rejects.toThrow(message);
    // The failed start left no simulated clock behind: another stack starts.
    const stack = await startLocalStack();
    await stack.stop();
  });

  it('refuses an alarm on both a node and a target group', async () => {
    await expect(
      startLocalStack({
        scenario: { alarms: [{ name: 'x', node: 'serviceBv2', targetGroup: 'serviceBv2' }] },
      }),
    ).rejects.toThrow(/a node or a target group, not both/);
  });
});
