import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocalStack, startLocalStack } from '../../../local/index.js';
import { runAction, seedInputs } from '../../../local/runs/action-runner.js';
import { demoInputs, endReason, noStatusLines, shortened, timeline } from '../../../local/runs/demo.js';
import { routerView, scenarioFiles } from '../../../local/runs/router-view.js';
import { readableCause } from '../../../src/errors.js';

/** The cause of the demo's rolled-back run on the VPC Lattice rule: longer than the App Mesh one. */
const latticeCause =
  'FAIL at 25% (step 1 of 3): metrics: canary 5% 5xx (300 req), mean 45 ms vs stable 0.11% (900 req) — FAIL: above max-error-rate 1%';

/** What was kept is the text's start, up to a whole word: the next character is a space or punctuation. */
function keptWholeWords(text: string, result: string): boolean {
  if (!result.endsWith('…')) return result === text;
  const kept = result.slice(0, -1);
  return text.startsWith(kept) && /^[\s,;:—-]/.test(text.slice(kept.length));
}

describe('shortened', () => {
  it('leaves a text that fits as it is', () => {
    expect(shortened(latticeCause, latticeCause.length)).toBe(latticeCause);
    expect(shortened('', 5)).toBe('');
  });

  it('cuts at a word boundary and says so with an ellipsis', () => {
    expect(shortened('FAIL: above max-error-rate 1%', 20)).toBe('FAIL: above…');
    // A space right after the room keeps the last word whole; the punctuation before the cut is dropped.
    expect(shortened('canary 5% 5xx (300 req), mean 45 ms', 25)).toBe('canary 5% 5xx (300 req)…');
  });

  it('never ends mid-word nor longer than asked, at any length that holds the first word', () => {
    for (let max = 'FAIL…'.length; max < latticeCause.length; max++) {
      const result = shortened(latticeCause, max);
      expect(result.length).toBeLessThanOrEqual(max);
      expect(keptWholeWords(latticeCause, result)).toBe(true);
    }
  });

  it('cuts inside a single word only when it is longer than the room', () => {
    expect(shortened('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('endReason', () => {
  it('gives the whole reason a canary failed, and a Lambda error by its message', () => {
    expect(endReason({ error: 'HealthCheckFailed', cause: latticeCause })).toBe(
      ` (HealthCheckFailed: ${latticeCause})`,
    );
    const lambdaCause = JSON.stringify({
      errorType: 'ThrottlingException',
      errorMessage: 'Rate exceeded',
      trace: ['ThrottlingException: Rate exceeded', '    at handler (lambdas/shift.ts:1:1)'],
    });
    expect(endReason({ error: 'ThrottlingException', cause: lambdaCause })).toBe(
      ' (ThrottlingException: Rate exceeded)',
    );
    expect(endReason({ error: 'States.Timeout' })).toBe(' (States.Timeout)');
    expect(endReason({})).toBe('');
  });

  it('shortens only a runaway cause, at a word boundary', () => {
    const long = `${'the service answered an error '.repeat(30)}and stopped`;
    const reason = endReason({ error: 'States.TaskFailed', cause: long });
    expect(reason.length).toBeLessThanOrEqual(' ()'.length + 400);
    expect(reason).toMatch(/…\)$/);
    expect(keptWholeWords(`States.TaskFailed: ${long}`, reason.slice(2, -1))).toBe(true);
  });
});

describe('noStatusLines', () => {
  it('says why a run that could not start gave no status, from its stderr', () => {
    const stderr = [
      'node:internal/modules/cjs/loader:1404',
      "Error: Cannot find module '/work/main/dist/index.js'",
      '    at Module._resolveFilename (node:internal/modules/cjs/loader:1401:15)',
      '',
    ].join('\n');
    expect(noStatusLines({ code: 1, stderr, outputs: {} })).toEqual([
      '  ✘ node dist/index.js exited 1 without a status; its stderr ends:',
      '  │ node:internal/modules/cjs/loader:1404',
      "  │ Error: Cannot find module '/work/main/dist/index.js'",
      '  │     at Module._resolveFilename (node:internal/modules/cjs/loader:1401:15)',
    ]);
    expect(noStatusLines({ code: null, stderr: '', outputs: {} })).toEqual([
      '  ✘ node dist/index.js exited by a signal without a status',
    ]);
  });

  it('says nothing for a run that gave its status', () => {
    expect(noStatusLines({ code: 1, stderr: 'a warning', outputs: { status: 'FAILED' } })).toEqual([]);
  });
});

/** The demo's rolled-back run, played on the VPC Lattice rule, read back as the demo prints it. */
describe('the demo timeline of a rolled-back canary', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({ scenario: scenarioFiles['vpc-lattice'], msPerSimMinute: 200 });
  });

  afterAll(async () => {
    await stack?.settled();
    await stack?.stop();
  });

  it('ends with the whole cause, as the execution recorded it', async () => {
    const view = routerView(stack, 'vpc-lattice');
    const image = `${stack.account}.dkr.ecr.${stack.region}.amazonaws.com/serviceb:2.0.1-5xx`;
    const run = await runAction({
      inputs: seedInputs(stack.stateMachineArn, image, { ...demoInputs, ...view.inputs }),
      env: stack.env,
    });
    await stack.settled();
    expect(run.outputs.status).toBe('FAILED');
    const arn = run.outputs['execution-arn']!;
    const execution = stack.executions().find((one) => one.arn === arn)!;
    const whole = `${execution.error}: ${readableCause(String(execution.cause))}`;
    expect(whole).toContain('— FAIL: above max-error-rate 1%');

    const lines = timeline(stack, view, arn);
    const end = lines.find((line) => line.includes('ExecutionFailed'));
    expect(end).toMatch(/ExecutionFailed \(.*\)$/);
    expect(end!.endsWith(` ExecutionFailed (${whole})`)).toBe(true);
    // No line carries a piece of the cause without the rest of it.
    for (const line of lines.filter((one) => one.includes('HealthCheckFailed')))
      expect(line).toContain(whole);
  }, 60_000);
});
