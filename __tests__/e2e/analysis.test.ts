import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isObject } from '../../local/aws/protocol.js';
import type { LocalStack } from '../../local/index.js';
import {
  action,
  actionInBackground,
  deploy,
  deployInputs,
  e2eStack,
  finalState,
  imageOf,
  stableOnly,
  until,
} from './harness.js';
import { itDrawsEveryJobSummary } from './job-summaries.js';

/**
 * Canary analysis on the local stack, whose CloudWatch publishes Envoy's metrics 60 s late as AWS does: each
 * check judges only its own step's published traffic; the metrics are those of the family the deploy
 * registers; an alarm that fires stops the canary at once (alarm push).
 */
let stack: LocalStack;
const timeout = 120_000;
const publishDelayMs = 60_000;

beforeAll(async () => {
  stack = await e2eStack();
});

afterAll(async () => {
  await stack?.settled();
  await stack?.stop();
});

interface CheckRecord {
  at: number;
  stepStartedAt: number;
  verdict: string;
  window?: { start: string; end: string };
}

/** Every Check of an execution, from its history: when it ran, its step's shift, what it judged. */
function checksOf(executionArn: string): CheckRecord[] {
  const checks: CheckRecord[] = [];
  for (const event of stack.stepFunctions.execution(executionArn)?.history.list(true) ?? []) {
    const exited = event.stateExitedEventDetails;
    if (event.type !== 'TaskStateExited' || !isObject(exited) || exited.name !== 'Check') continue;
    const progress = JSON.parse(String(exited.output)).progress;
    checks.push({
      at: Date.parse(progress.lastCheck.at),
      stepStartedAt: Date.parse(progress.stepStartedAt),
      verdict: progress.lastCheck.verdict,
      ...(progress.lastCheck.window ? { window: progress.lastCheck.window } : {}),
    });
  }
  return checks;
}

/** A copy of the seed's app-only task definition under another family, as a user's file. */
function taskDefinitionFile(family: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'taskdef-')), `${family}.json`);
  const base = JSON.parse(readFileSync('examples/taskB.json', 'utf8'));
  writeFileSync(path, JSON.stringify({ ...base, family }));
  return path;
}

describe('every check judges only its own step', () => {
  it(
    'windows start at or after the step’s shift, end before the check time minus the publishing delay, and chain',
    async () => {
      // Bakes long enough for several windows per step.
      const run = await deploy(stack, '2.0.0', { 'bake-time': '3m' });
      await stack.settled();
      expect(run.code).toBe(0);

      const checks = checksOf(run.outputs['execution-arn']!);
      const judged = checks.filter((check) => check.window);
      expect(judged.length).toBeGreaterThanOrEqual(3);
      for (const check of judged) {
        expect(Date.parse(check.window!.start)).toBeGreaterThanOrEqual(check.stepStartedAt);
        expect(Date.parse(check.window!.end)).toBeLessThanOrEqual(check.at - publishDelayMs);
      }
      // Windows of one step chain: each starts where the step's previous one ended.
      const pairs = judged.slice(1).map((check, index) => ({ previous: judged[index]!, check }));
      const sameStep = pairs.filter(({ previous, check }) => check.stepStartedAt === previous.stepStartedAt);
      expect(sameStep.length).toBeGreaterThan(0);
      for (const { previous, check } of sameStep) expect(check.window!.start).toBe(previous.window!.end);
      // Right after each shift there is nothing of the step to judge yet: those checks wait.
      expect(checks.filter((check) => check.verdict === 'WAIT').length).toBeGreaterThanOrEqual(3);
      // The Action's log names each judged window.
      expect(run.stdout).toMatch(
        /check \d+ at 25%: canary [\d.]+% 5xx \([\d,]+ req\) vs stable [\d.]+% in \d\d:\d\d:\d\d–\d\d:\d\d:\d\d UTC — PASS/,
      );
    },
    timeout,
  );
});

describe('the metrics are those of the family the deploy registers', () => {
  it(
    'promotes a healthy version rolled out from a file of a new family (envoy-container-insights)',
    async () => {
      const run = await deploy(stack, '2.1.0', { 'task-definition': taskDefinitionFile('serviceb-canary') });
      await stack.settled();
      expect(run.code).toBe(0);
      expect(run.outputs.status).toBe('SUCCEEDED');
      expect(finalState(stack).stable.image).toBe(imageOf(stack, '2.1.0'));
    },
    timeout,
  );

  it(
    'refuses, before any write, a file of the stable service’s family: canary and stable would be one',
    async () => {
      const before = stack.calls.calls.length;
      const run = await action(
        stack,
        deployInputs(stack, '2.1.1', { 'task-definition': taskDefinitionFile('taskB') }),
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::input "task-definition": registers family taskB, the stable service's family too/,
      );
      const writes = stack.calls.calls
        .slice(before)
        .filter((call) => /^(Register|Update|Start|Create)/.test(call.operation));
      expect(writes).toEqual([]);
    },
    timeout,
  );

  it(
    'runs the dry run of .env.example as a user copies it',
    async () => {
      const inputs: Record<string, string> = {};
      for (const line of readFileSync('.env.example', 'utf8').split('\n')) {
        const match = /^INPUT_([A-Z-]+)=(.*)$/.exec(line);
        if (match) inputs[match[1]!.toLowerCase()] = match[2]!;
      }
      const run = await action(stack, inputs);
      expect(run.stdout).not.toContain('::error::');
      expect(run.code).toBe(0);
    },
    timeout,
  );
});

describe('a canary judged by alarms alone', () => {
  it(
    'says which alarms each check read, never a bare "canary — PASS"',
    async () => {
      const run = await action(
        stack,
        deployInputs(stack, '2.0.0', { 'metrics-preset': 'none', 'alarm-names': 'serviceBv2-5xx' }),
      );
      await stack.settled();
      expect(run.code).toBe(0);
      const checks = run.stdout.split('\n').filter((line) => /^check \d+ at \d+%/.test(line));
      expect(checks.length).toBeGreaterThan(0);
      for (const line of checks) expect(line).toMatch(/: 1 alarm serviceBv2-5xx OK — PASS$/);
      expect(run.stdout).not.toContain('canary — PASS');
    },
    timeout,
  );
});

describe('alarm push', () => {
  it(
    'an alarm entering ALARM mid-bake stops the canary at once: route restored, ABORTED, the Action names the alarm',
    async () => {
      // Checks far apart: only the pushed alarm can end this canary early.
      const inputs = deployInputs(stack, '2.0.1-5xx', {
        'check-interval': '15m',
        'bake-time': '30m',
        'alarm-names': 'serviceBv2-5xx',
      });
      const running = actionInBackground(stack, inputs);
      await until(() => stack.alarmPush.deliveries.length > 0, 60_000, 'the alarm push');

      const run = await running.done;
      await stack.settled();

      const delivery = stack.alarmPush.deliveries.at(-1)!;
      expect(delivery).toMatchObject({ alarm: 'serviceBv2-5xx', state: 'ALARM' });
      expect(delivery.result).toMatchObject({ action: 'stopped' });
      expect(run.code).toBe(1);
      expect(run.outputs.status).toBe('ABORTED');
      expect(run.stdout).toMatch(
        /::error::canary aborted \(ABORTED\): AlarmTriggered: alarm serviceBv2-5xx entered ALARM/,
      );
      const execution = stack.executions().at(-1)!;
      expect(execution).toMatchObject({ status: 'ABORTED', error: 'AlarmTriggered' });
      // No health check ran: the push alone stopped it, and the guard rolled it back.
      expect(checksOf(execution.arn).filter((check) => check.verdict !== 'WAIT')).toEqual([]);
      expect(finalState(stack).route).toEqual(stableOnly);
      expect(stack.service('serviceBv2').desiredCount).toBe(0);
      const guard = stack.guard.invocations.find((invocation) => invocation.executionArn === execution.arn);
      expect(guard?.result).toMatchObject({ action: 'rolled-back' });
    },
    timeout,
  );
});

itDrawsEveryJobSummary('analysis.test.ts');
