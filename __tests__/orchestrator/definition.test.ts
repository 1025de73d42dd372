import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import aslValidator from 'asl-validator';
import { deployedDefinition } from './run-canary.js';

const text = readFileSync(new URL('../../statemachine/canary.asl.json', import.meta.url), 'utf8');
const definition = deployedDefinition();
// biome-ignore lint/suspicious/noExplicitAny: the definition is read state by state
const states: Record<string, any> = definition.States;
const hookIntegrations = [
  'arn:aws:states:::lambda:invoke',
  'arn:aws:states:::ecs:runTask.sync',
  'arn:aws:states:::http:invoke',
];

describe('statemachine/canary.asl.json', () => {
  it('passes asl-validator once the function ARNs are substituted', () => {
    const result = aslValidator(structuredClone(definition));
    expect(result.errorsText('\n')).toBe('');
    expect(result.isValid).toBe(true);
  });

  it('names each Task function by a substitution the CDK construct fills in', () => {
    const substitutions = [...text.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]);
    expect(new Set(substitutions)).toEqual(
      new Set([
        'InitFunctionArn',
        'ShiftFunctionArn',
        'CheckFunctionArn',
        'PromoteFunctionArn',
        'PromotionCheckFunctionArn',
        'FinishFunctionArn',
        'RollbackFunctionArn',
        'HoldFunctionArn',
        'ResumeFunctionArn',
        'HookFunctionArn',
        'HookAllowlist',
      ]),
    );
  });

  it('is JSONPath only (aws-local-stepfunctions runs no JSONata)', () => {
    expect(definition.QueryLanguage).toBeUndefined();
    expect(Object.values(states).every((state) => state.QueryLanguage === undefined)).toBe(true);
  });

  it('retries transient errors on every Task and sends every other error to Rollback (Init: to Refused)', () => {
    const tasks = Object.entries(states).filter(
      ([, state]) => state.Type === 'Task' && !hookIntegrations.includes(state.Resource),
    );
    expect(tasks.map(([name]) => name).sort()).toEqual(
      [
        'Check',
        'Finish',
        'Hold',
        'HookRequest',
        'HookVerdict',
        'Init',
        'OpenTestTraffic',
        'Promote',
        'PromotionCheck',
        'Resume',
        'Rollback',
        'Shift',
      ].sort(),
    );
    for (const [name, state] of tasks) {
      const retried = state.Retry.flatMap((retrier: { ErrorEquals: string[] }) => retrier.ErrorEquals);
      if (name === 'Rollback') {
        expect(retried).toContain('States.ALL');
        continue;
      }
      expect(retried).toEqual(
        expect.arrayContaining([
          'TransientError',
          'Lambda.ServiceException',
          'Lambda.TooManyRequestsException',
        ]),
      );
      expect(state.Catch.at(-1)).toMatchObject({
        ErrorEquals: ['States.ALL'],
        // A hook step's error goes through HookStageFailed: after-rollback hooks never roll back again.
        Next: name === 'Init' ? 'Refused' : name.startsWith('Hook') ? 'HookStageFailed' : 'Rollback',
      });
    }
  });

  it('sends every error of a hook integration to HookVerdict, which judges it like a result', () => {
    const integrations = Object.entries(states).filter(([, state]) =>
      hookIntegrations.includes(state.Resource),
    );
    expect(integrations.map(([name]) => name).sort()).toEqual(
      [
        'CallHookEndpoint',
        'InvokeHookFunction',
        'RunHookTask',
        'RunHookTaskOnCapacityProviders',
        'RunHookTaskOnFargate',
      ].sort(),
    );
    for (const [, state] of integrations) {
      expect(state.Catch).toEqual([
        { ErrorEquals: ['States.ALL'], ResultPath: '$.hookResult', Next: 'HookVerdict' },
      ]);
      expect(state.ResultPath).toBe('$.hookResult');
      expect(state.Next).toBe('HookVerdict');
    }
  });

  it('bounds a hook call by hook-timeout, read from the state input (http:invoke: 60 s at most)', () => {
    const raw = JSON.parse(text).States;
    for (const name of [
      'InvokeHookFunction',
      'RunHookTask',
      'RunHookTaskOnFargate',
      'RunHookTaskOnCapacityProviders',
    ])
      expect({ name, path: raw[name].TimeoutSecondsPath }).toEqual({
        name,
        path: '$.document.hooks.timeoutSeconds',
      });
    expect(raw.CallHookEndpoint.TimeoutSeconds).toBe(60);
  });

  it('waits only in Wait states', () => {
    const waits = Object.entries(states).filter(([, state]) => state.Type === 'Wait');
    expect(Object.fromEntries(waits.map(([name, state]) => [name, state.SecondsPath]))).toEqual({
      Bake: '$.document.checkIntervalSeconds',
      PromotionWait: '$.document.promotionPollSeconds',
      HookWait: '$.document.hooks.intervalSeconds',
    });
  });

  it('holds a pause in a callback task that times out each check interval and enters itself again', () => {
    const hold = states.Hold;
    expect(hold.Resource).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken');
    expect(hold.Parameters.Payload['taskToken.$']).toBe('$$.Task.Token');
    expect(hold.TimeoutSecondsPath).toBe('$.document.checkIntervalSeconds');
    expect(hold.Catch[0]).toEqual({ ErrorEquals: ['States.Timeout'], ResultPath: null, Next: 'Hold' });
    const decisions = Object.fromEntries(
      states.Decide.Choices.map((choice: { StringEquals: string; Next: string }) => [
        choice.StringEquals,
        choice.Next,
      ]),
    );
    expect(decisions).toMatchObject({ pause: 'Hold', hold: 'Hold', resume: 'Resume' });
    expect(states.Resume.Next).toBe('Decide');
  });
});

describe('asl-validator', () => {
  it('does refuse a broken definition (the check above can fail)', () => {
    const broken = structuredClone(definition);
    broken.States.Shift.Next = 'NoSuchState';
    expect(aslValidator(broken).isValid).toBe(false);
  });
});
