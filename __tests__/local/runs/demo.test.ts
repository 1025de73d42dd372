import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { type LocalStack, startLocalStack } from '../../../local/index.js';
import { runAction, seedInputs } from '../../../local/runs/action-runner.js';
import {
  demoInputs,
  deployOnce,
  endReason,
  hookRuns,
  noStatusLines,
  shortened,
  timeline,
} from '../../../local/runs/demo.js';
import { markRun, testTrafficEvidence } from '../../../local/runs/demo-hooks.js';
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

/**
 * `--hooks`, on the App Mesh route (the other routers share this code): each run as the demo makes it, its
 * printed lines read back.
 */
describe('the demo with hooks', () => {
  let stack: LocalStack;
  let summaries: string;

  beforeAll(async () => {
    stack = await startLocalStack({ scenario: scenarioFiles['app-mesh'], msPerSimMinute: 200 });
    summaries = mkdtempSync(join(tmpdir(), 'demo-hooks-'));
  });

  afterAll(async () => {
    await stack?.settled();
    await stack?.stop();
    rmSync(summaries, { recursive: true, force: true });
  });

  /** The run's verdict and every line it printed, the Action's own lines (│) left out. */
  async function deploy(index: number) {
    const view = routerView(stack, 'app-mesh');
    const printed: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: unknown) => {
      printed.push(String(line));
    });
    try {
      const passed = await deployOnce(stack, view, hookRuns(stack)[index]!, index, summaries, undefined);
      return { passed, lines: printed.flatMap((one) => one.split('\n')).filter((one) => !one.includes('│')) };
    } finally {
      log.mockRestore();
    }
  }

  it('promotes the healthy version past its smoke test and an https hook after each shift', async () => {
    const view = routerView(stack, 'app-mesh');
    const mark = markRun(stack, view);
    const { passed, lines } = await deploy(0);
    expect(passed).toBe(true);
    const hookLines = lines.filter((line) => / hook /.test(line)).map((line) => line.slice(25));
    expect(hookLines).toEqual([
      expect.stringMatching(
        /^hook test-traffic arn:…:function:smoke: SUCCEEDED in [\d.]+ s — 10 smoke requests passed \(x-canary: true, test-traffic of /,
      ),
      ...[1, 2, 3].map((step) =>
        expect.stringMatching(
          new RegExp(
            `^hook after-shift \\(step ${step}\\) https://127\\.0\\.0\\.1:\\d+/hooks/ok: SUCCEEDED in [\\d.]+ s — HTTP 200`,
          ),
        ),
      ),
    ]);
    expect(lines.at(-1)).toMatch(
      /^ {2}✔ SUCCEEDED: expected promoted; route serviceB 100; stable runs serviceb:2\.0\.0 /,
    );
    // The same evidence says users saw this canary: the check of the rolled-back run can fail.
    const evidence = testTrafficEvidence(stack, view, mark);
    expect(evidence.noProductionWeight).toBe(false);
    expect(evidence.lines[0]).toBe(
      "  production weights written: 4, the canary's share at most 100% (weight calls in the call log: UpdateRoute ×4)",
    );
  }, 30_000);

  it('rolls the 5xx version back at its smoke test, with no production weight ever on the canary', async () => {
    const { passed, lines } = await deploy(1);
    expect(passed).toBe(true);
    const timelineLines = lines.slice(lines.findIndex((line) => line.includes('timeline (')) + 2);
    const timed = timelineLines.slice(
      0,
      timelineLines.findIndex((line) => line.includes('ExecutionFailed')) + 1,
    );
    // Every moment of the run, the production route's weights stable/canary: 100/0.
    expect(new Set(timed.map((line) => line.slice(10, 24).trim()))).toEqual(new Set(['100/0']));
    const events = timed.map((line) => line.slice(25));
    expect(events).toEqual([
      expect.stringMatching(
        /^test traffic \(x-canary: true\) to the canary through test route serviceB-\S+-test /,
      ),
      expect.stringMatching(
        /^hook test-traffic arn:…:function:smoke: FAILED in [\d.]+ s — 10 of 10 smoke requests failed \(x-canary: true, test-traffic of serviceB-\S+\): GET \/ -> 500 \(x5\), GET \/health -> 500 \(x5\)$/,
      ),
      'rolled back',
      expect.stringMatching(
        /^ExecutionFailed \(HookFailed: hook test-traffic arn:aws:lambda:\S+:function:smoke FAILED: 10 of 10 /,
      ),
    ]);
    expect(lines).toContain('  production weights written: none (weight calls in the call log: none)');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^ {2}smoke requests on the data plane: 10, 10 with x-canary: true, 10 served by serviceBv2 via route serviceB-\S+-test \(HTTP 500\)$/,
      ),
    );
    expect(lines.at(-1)).toMatch(
      /^ {2}✔ FAILED: expected rolled back before any user saw it; route serviceB 100; stable runs serviceb:2\.0\.0 /,
    );
  }, 30_000);
});
