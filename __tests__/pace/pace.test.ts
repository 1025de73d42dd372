import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { Ecs } from '../../src/ecs/index.js';
import {
  ecsWaiterDelaySeconds,
  historyPollSeconds,
  realWaitMs,
  timeScale,
  timeScaleVariable,
} from '../../src/pace.js';
import { cluster, ours, rollingOut, serviceName, stableOnOurs } from '../ecs/fixtures.js';

afterEach(() => {
  delete process.env[timeScaleVariable];
  jest.restoreAllMocks();
});

describe('the waits users get', () => {
  it('are the production intervals when APPMESH_CANARY_TIME_SCALE is unset', () => {
    expect(timeScale({})).toBe(1);
    expect(realWaitMs(ecsWaiterDelaySeconds.min)).toBe(15_000);
    expect(realWaitMs(ecsWaiterDelaySeconds.max)).toBe(120_000);
    expect([10, 20, 60, 600].map(historyPollSeconds)).toEqual([2, 5, 15, 15]);
  });
});

describe('APPMESH_CANARY_TIME_SCALE (testing only)', () => {
  it('shortens every wait by its factor, never below 20 ms, never beyond the wait itself', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 86_400, noNaN: true }),
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        (seconds, scale) => {
          const waited = realWaitMs(seconds, scale);
          expect(waited).toBeLessThanOrEqual(seconds * 1000);
          expect(waited).toBeGreaterThanOrEqual(Math.min(20, seconds * 1000));
          expect(waited).toBeGreaterThanOrEqual(seconds * 1000 * scale);
        },
      ),
    );
    expect(realWaitMs(15, 200 / 60_000)).toBe(50);
  });

  it.each(['0', '-1', '2', 'fast', 'NaN'])('refuses %s, naming the variable', (value) => {
    expect(() => timeScale({ [timeScaleVariable]: value })).toThrow(
      new RegExp(`${timeScaleVariable} must be a number greater than 0 and at most 1.*"${value}"`),
    );
  });

  it('reaches the ECS waiter: its first poll waits 15 s scaled, not 15 s', async () => {
    process.env[timeScaleVariable] = String(200 / 60_000);
    const ecsMock = mockClient(ECSClient);
    ecsMock
      .on(DescribeServicesCommand)
      .resolvesOnce({ services: [rollingOut(0)], failures: [] })
      .resolves({ services: [stableOnOurs], failures: [] });
    const timeout = jest.spyOn(globalThis, 'setTimeout');

    const ecs = new Ecs(new ECSClient({ region: 'us-west-2' }));
    await ecs.waitForDeployment({
      cluster,
      service: serviceName,
      taskDefinitionArn: ours,
      maxWaitMinutes: 10,
    });

    const waits = timeout.mock.calls.map((call) => Number(call[1] ?? 0)).filter((ms) => ms > 0);
    expect(waits.length).toBeGreaterThan(0);
    // The waiter draws its first delay between minDelay and itself: 15 s scaled is 50 ms here.
    expect(Math.max(...waits)).toBeLessThanOrEqual(50);
    ecsMock.restore();
  });
});
