import { describe, expect, it } from '@jest/globals';
import { checkHookHistoryBudget, hookAsksOf } from '../../src/config/history-budget.js';
import { hookSettings } from '../../src/config/hooks.js';
import { readerOf } from '../../src/config/inputs.js';
import { inputErrorOf } from '../support/input-error.js';

const region = 'us-west-2';
const smoke = `arn:aws:lambda:${region}:123456789012:function:smoke`;
const context: { region: string; testTraffic: boolean; promotion: 'copy' | 'none' } = {
  region,
  testTraffic: true,
  promotion: 'copy',
};
const settings = (values: Record<string, string>, given: Partial<typeof context> = {}) =>
  hookSettings(readerOf(values), { ...context, ...given });

describe('hooks, hook-interval and hook-timeout', () => {
  it('is off without hooks', () => {
    expect(settings({})).toBeUndefined();
    expect(settings({ hooks: '\n  \n# none yet\n' })).toBeUndefined();
  });

  it('reads one hook a line, each target by its kind, with the default interval and timeout', () => {
    expect(
      settings({
        hooks: [
          `test-traffic: ${smoke}`,
          '  after-shift :  arn:aws:ecs:us-west-2:123456789012:task-definition/load:7',
          'before-promotion: https://hooks.example.com/verify?team=b',
          `after-rollback: ${smoke}:live`,
        ].join('\n'),
      }),
    ).toEqual({
      hooks: [
        { stage: 'test-traffic', target: { kind: 'lambda', functionArn: smoke }, text: smoke },
        {
          stage: 'after-shift',
          target: {
            kind: 'ecs-task',
            taskDefinitionArn: 'arn:aws:ecs:us-west-2:123456789012:task-definition/load:7',
          },
          text: 'arn:aws:ecs:us-west-2:123456789012:task-definition/load:7',
        },
        {
          stage: 'before-promotion',
          target: { kind: 'https', url: 'https://hooks.example.com/verify?team=b' },
          text: 'https://hooks.example.com/verify?team=b',
        },
        {
          stage: 'after-rollback',
          target: { kind: 'lambda', functionArn: `${smoke}:live` },
          text: `${smoke}:live`,
        },
      ],
      intervalSeconds: 30,
      timeoutSeconds: 600,
    });
  });

  it('takes an interval and a timeout as durations', () => {
    expect(
      settings({ hooks: `after-canary-stable: ${smoke}`, 'hook-interval': '10s', 'hook-timeout': '15m' }),
    ).toMatchObject({ intervalSeconds: 10, timeoutSeconds: 900 });
  });

  it.each([
    [
      { hooks: `after-deploy: ${smoke}` },
      'hooks',
      /does not start with a stage: .*after-canary-stable, test-traffic/,
    ],
    [{ hooks: 'after-shift:' }, 'hooks', /names no target/],
    [{ hooks: 'after-shift: http://hooks.example.com/' }, 'hooks', /plain http: .* https/],
    [
      { hooks: 'after-shift: https://user:pw@hooks.example.com/' },
      'hooks',
      /carries credentials: .*hookConnections/,
    ],
    [
      { hooks: 'after-shift: arn:aws:lambda:us-west-2:123:function:smoke' },
      'hooks',
      /neither a Lambda function ARN/,
    ],
    [
      { hooks: 'after-shift: arn:aws:sqs:us-west-2:123456789012:queue' },
      'hooks',
      /neither a Lambda function ARN/,
    ],
    [{ hooks: 'after-shift: smoke' }, 'hooks', /is not a target/],
    [
      { hooks: 'after-shift: arn:aws:lambda:eu-west-1:123456789012:function:smoke' },
      'hooks',
      /is in eu-west-1, but the canary runs in us-west-2/,
    ],
    [
      { hooks: `after-shift: ${smoke}`, 'hook-interval': '10m', 'hook-timeout': '5m' },
      'hook-interval',
      /longer than hook-timeout/,
    ],
    [{ hooks: `after-shift: ${smoke}`, 'hook-interval': '1s' }, 'hook-interval', /from 5 to 3600/],
    [{ hooks: `after-shift: ${smoke}`, 'hook-timeout': 'soon' }, 'hook-timeout', /must be a duration/],
    [
      { hooks: Array(6).fill(`after-shift: ${smoke}`).join('\n') },
      'hooks',
      /6 hooks at after-shift; at most 5/,
    ],
  ])('refuses %j, naming the input and the fix', (values, input, message) => {
    const error = inputErrorOf(() => settings(values));
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
  });

  it('refuses a test-traffic hook without test-traffic-header', () => {
    const error = inputErrorOf(() => settings({ hooks: `test-traffic: ${smoke}` }, { testTraffic: false }));
    expect(error.input).toBe('hooks');
    expect(error.message).toMatch(
      /test-traffic-header is not set: set it .*or use the after-canary-stable stage/,
    );
  });

  it('refuses an after-promotion hook when nothing is promoted', () => {
    const error = inputErrorOf(() => settings({ hooks: `after-promotion: ${smoke}` }, { promotion: 'none' }));
    expect(error.message).toMatch(/promotion is none/);
  });
});

describe('hooks and the execution history', () => {
  const plan = {
    steps: [
      { weight: 25, bakeSeconds: 300 },
      { weight: 50, bakeSeconds: 300 },
      { weight: 100, bakeSeconds: 300 },
    ],
    checkIntervalSeconds: 60,
    pauseTimeoutSeconds: 86400,
  };

  it('counts a Lambda hook asked until its timeout, after-shift once a step', () => {
    const hooks = settings({ hooks: `after-shift: ${smoke}\nbefore-promotion: https://hooks.example.com/` })!;
    // 600 s / 30 s = 20 asks, 3 steps; the https hook is asked once.
    expect(hookAsksOf(hooks, plan.steps.length)).toBe(61);
    expect(() => checkHookHistoryBudget(plan, hooks)).not.toThrow();
  });

  it('refuses asks the history cannot hold, naming hook-interval and the fix', () => {
    const hooks = settings({ hooks: `after-shift: ${smoke}`, 'hook-interval': '5s', 'hook-timeout': '1d' })!;
    const error = inputErrorOf(() => checkHookHistoryBudget(plan, hooks));
    expect(error.input).toBe('hook-interval');
    expect(error.message).toMatch(
      /asked 51,840 times.*holds 25,000\. Lengthen hook-interval or shorten hook-timeout/,
    );
  });
});
