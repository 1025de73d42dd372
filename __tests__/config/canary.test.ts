import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { canaryPlanSettings } from '../../src/config/canary.js';
import { readerOf } from '../../src/config/inputs.js';
import { inputErrorOf as inputError } from '../support/input-error.js';

const arn = 'arn:aws:states:us-west-2:123456789012:stateMachine:appmesh-canary';
const plan = (inputs: Record<string, string>, requireStateMachine = true) =>
  canaryPlanSettings(readerOf({ 'state-machine-arn': arn, ...inputs }), { requireStateMachine });

describe('canary plan', () => {
  it('defaults to 25, 50, 100 with 5-minute bakes, 1-minute checks and copy promotion', () => {
    expect(plan({})).toEqual({
      steps: [
        { weight: 25, bakeSeconds: 300 },
        { weight: 50, bakeSeconds: 300 },
        { weight: 100, bakeSeconds: 300 },
      ],
      checkIntervalSeconds: 60,
      promotion: 'copy',
      pauseTimeoutSeconds: 86_400,
      onPauseTimeout: 'rollback',
      stateMachineArn: arn,
      waitForCompletion: true,
    });
  });

  it('takes one bake time per step', () => {
    expect(plan({ steps: '10,100', 'bake-time': '2m,10m' }).steps).toEqual([
      { weight: 10, bakeSeconds: 120 },
      { weight: 100, bakeSeconds: 600 },
    ]);
  });

  it('accepts any ascending list ending at 100', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 18 }), (middle) => {
        const weights = [...middle.sort((a, b) => a - b), 100];
        expect(plan({ steps: weights.join(',') }).steps.map((step) => step.weight)).toEqual(weights);
      }),
    );
  });

  const bad: [string, Record<string, string>, string, RegExp][] = [
    ['steps not ascending', { steps: '50,25,100' }, 'steps', /must ascend; 25 follows 50/],
    ['steps without 100', { steps: '25,50' }, 'steps', /must end at 100/],
    ['a weight of 150', { steps: '25,150' }, 'steps', /from 1 to 100; got 150/],
    ['a fractional weight', { steps: '33.3,100' }, 'steps', /whole number/],
    ['a repeated weight', { steps: '50,50,100' }, 'steps', /must ascend/],
    ['a bad bake time', { 'bake-time': '5x' }, 'bake-time', /duration such as/],
    ['bake times not matching steps', { 'bake-time': '1m,2m' }, 'bake-time', /2 times for 3 steps/],
    ['a check interval under 10 s', { 'check-interval': '5s' }, 'check-interval', /duration from 10 to 3600/],
    ['an unknown promotion', { promotion: 'swap' }, 'promotion', /one of copy, none/],
    [
      'a leading pause',
      { steps: 'pause,25,100' },
      'steps',
      /starts with pause: a pause holds the weight before it/,
    ],
    ['two pauses in a row', { steps: '25,pause,pause,100' }, 'steps', /two pauses in a row after 25/],
    [
      'a pause timeout under a minute',
      { 'pause-timeout': '30s' },
      'pause-timeout',
      /duration from 60 to 604800/,
    ],
    ['a pause timeout over a week', { 'pause-timeout': '8d' }, 'pause-timeout', /duration from 60 to 604800/],
    [
      'an unknown on-pause-timeout',
      { 'on-pause-timeout': 'wait' },
      'on-pause-timeout',
      /one of rollback, continue/,
    ],
    [
      'pauses that could outgrow the execution history',
      { steps: '25,pause,50,pause,100', 'pause-timeout': '3d' },
      'pause-timeout',
      /about [\d,]+ history events; a Step Functions execution holds 25,000\. Shorten pause-timeout to at most \d+h/,
    ],
    ['no state machine', { 'state-machine-arn': '' }, 'state-machine-arn', /is required/],
    [
      'a malformed state machine ARN',
      { 'state-machine-arn': 'arn:aws:states:x' },
      'state-machine-arn',
      /not a state machine ARN/,
    ],
  ];
  it.each(bad)('%s is refused, naming the input', (_title, inputs, input, message) => {
    const error = inputError(() => plan(inputs));
    expect(error.input).toBe(input);
    expect(error.message).toMatch(message);
  });

  it('pauses after the bake of the weight a pause follows, in any case', () => {
    const { steps, pauseTimeoutSeconds, onPauseTimeout } = plan({
      steps: '25, 50, Pause, 100, pause',
      'pause-timeout': '2h',
      'on-pause-timeout': 'continue',
    });
    expect(steps).toEqual([
      { weight: 25, bakeSeconds: 300 },
      { weight: 50, bakeSeconds: 300, pause: true },
      { weight: 100, bakeSeconds: 300, pause: true },
    ]);
    expect({ pauseTimeoutSeconds, onPauseTimeout }).toEqual({
      pauseTimeoutSeconds: 7200,
      onPauseTimeout: 'continue',
    });
  });

  it('takes bake times per weight, not per pause', () => {
    expect(plan({ steps: '10,pause,100', 'bake-time': '1m,2m' }).steps).toEqual([
      { weight: 10, bakeSeconds: 60, pause: true },
      { weight: 100, bakeSeconds: 120 },
    ]);
  });

  it('accepts pause timeouts in days, and the longest one the history holds', () => {
    expect(plan({ steps: '25,pause,100', 'pause-timeout': '1d' }).pauseTimeoutSeconds).toBe(86_400);
    const error = inputError(() => plan({ steps: '25,pause,50,pause,100', 'pause-timeout': '3d' }));
    const suggested = Number(/at most (\d+)h/.exec(error.message)![1]);
    expect(() => plan({ steps: '25,pause,50,pause,100', 'pause-timeout': `${suggested}h` })).not.toThrow();
    expect(() => plan({ steps: '25,pause,50,pause,100', 'pause-timeout': `${suggested + 1}h` })).toThrow();
  });

  it('does not need a state machine on a dry run', () => {
    expect(plan({ 'state-machine-arn': '' }, false).stateMachineArn).toBeUndefined();
  });
});
