import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readableCause } from '../../src/errors.js';
import { checkWindow } from '../../src/health/check.js';
import { describeLatency } from '../../src/health/latency-verdict.js';
import type { HookRun } from '../../src/orchestrator/progress.js';
import { isObject, type Json } from '../aws/protocol.js';
import { type LocalStack, seedNames, startLocalStack } from '../index.js';
import { openSummaryRenderer, type SummaryRenderer } from '../summary/render-summary.js';
import { chartProblems } from '../summary/summary-checks.js';
import { type ActionRun, type SeededRouter, seedInputs, startAction } from './action-runner.js';
import { demoHookInputs, hookRunText, markRun, testTrafficEvidence } from './demo-hooks.js';
import { type NamedWeight, type RouterView, routerView, scenarioFiles } from './router-view.js';

/**
 * `npm run demo [-- --router vpc-lattice|alb] [--pause] [--slow | --hooks]`: the local stack, then the real Action
 * bundle twice, as GitHub runs it, on the seeded router (the App Mesh route by default): a healthy version is
 * promoted, a version answering 5% 5xx is rolled back at the first step. With --slow, judged on latency instead:
 * a version with no errors whose p99 is 3× the stable's is rolled back, one with the stable's mean and tail is
 * promoted. With --hooks, test traffic and lifecycle hooks: the healthy version passes its smoke test and every
 * hook and is promoted; the 5xx version fails its smoke test on test traffic and is rolled back before any
 * production weight reaches it. Prints each canary's timeline from the execution history and the traffic
 * simulator, and draws each job summary as GitHub shows it (a PNG, light and dark theme).
 * Exits 0 only when both outcomes are the expected ones and every chart draws cleanly.
 */
export const demoInputs = { 'check-interval': '15s', 'bake-time': '1m', 'max-error-rate': '1' };

export interface Expectation {
  tag: string;
  title: string;
  promoted: boolean;
  /** Inputs of this run besides the demo's. */
  inputs?: Record<string, string>;
  /**
   * With test traffic: every request on the data plane (the smoke hook's) must reach the canary alone, and
   * with `beforeUsers`, no production weight may reach the canary during the run.
   */
  testTraffic?: { beforeUsers: boolean };
}

const healthRuns: Expectation[] = [
  { tag: '2.0.0', title: 'a healthy version', promoted: true },
  { tag: '2.0.1-5xx', title: 'a version answering 5% 5xx', promoted: false },
];

/**
 * --slow: the p99 against the stable's, 50% more at most. App Mesh reads it from X-Ray's histogram (the
 * Container Insights preset has no response time), VPC Lattice and ALB from their target group metrics.
 */
function slowRuns(router: SeededRouter): Expectation[] {
  const latency = {
    'max-latency-increase': '50%',
    ...(router === 'app-mesh' ? { xray: 'true', 'xray-stable-service': 'apps/serviceB' } : {}),
  };
  return [
    {
      tag: '2.2.1-same-mean',
      title: "a version with the stable's mean and tail",
      promoted: true,
      inputs: latency,
    },
    {
      tag: '2.2.0-slow-tail',
      title: "a version with no errors, the stable's mean, and 3× its p99",
      promoted: false,
      inputs: latency,
    },
  ];
}

/**
 * --hooks: test traffic, a smoke test on it, an https hook after each shift. The 5xx version answers every
 * smoke request with a 500, so it is rolled back at the test-traffic stage, before the first shift.
 */
export function hookRuns(stack: LocalStack): Expectation[] {
  const inputs = demoHookInputs(stack);
  return [
    {
      tag: '2.0.0',
      title: 'a healthy version, smoke-tested on test traffic',
      promoted: true,
      inputs,
      testTraffic: { beforeUsers: false },
    },
    {
      tag: '2.0.1-5xx',
      title: 'a version answering 5xx, smoke-tested on test traffic',
      promoted: false,
      inputs,
      testTraffic: { beforeUsers: true },
    },
  ];
}

/** Requests per second with --slow: a p99 needs 1,000 requests in a window, at 25% too. */
const slowRequestsPerSecond = 200;

/** A workflow command as a person reads it: ::error::msg with GitHub's %-escapes undone. */
function readable(line: string): string {
  const command = /^::(error|warning)[^:]*::(.*)$/.exec(line);
  if (!command) return line;
  const text = command[2]!.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  return `${command[1]}: ${text}`;
}

function clock(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `+${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

function percent(value: unknown): string {
  return typeof value === 'number' ? `${value.toFixed(2)}%` : '-';
}

/** "stable/canary": the two weights of the router's routed resource at simulated time `at`. */
function weightsAt(view: RouterView, at: number): string {
  const targets = view.weightsAt(at);
  const weight = (name: string) => targets.find((target) => target.target === name)?.weight ?? 0;
  return `${weight(view.stable)}/${weight(view.canary)}`;
}

function listed(weights: readonly NamedWeight[]): string {
  return weights.map((one) => `${one.target} ${one.weight}`).join(', ');
}

/**
 * The text cut to at most `max` characters at a word boundary, marked with an ellipsis; a single word longer
 * than that is the only thing cut inside.
 */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const boundary = /\s/.test(text[max - 1]!) ? room.length : room.search(/\s\S*$/);
  const kept = (boundary > 0 ? room.slice(0, boundary) : room).replace(/[\s,;:—-]+$/, '');
  return `${kept}…`;
}

/**
 * Long enough for the whole reason a canary failed (its last words say why), short enough that a stack
 * trace or a long AWS error does not take over the timeline: the Action printed the whole cause above.
 */
const causeLength = 400;

/** " (error: cause)" for an end event that has them, the cause as the Action reads it, on one line. */
export function endReason(details: { error?: unknown; cause?: unknown } | undefined): string {
  if (!details?.error) return '';
  const cause = details.cause ? readableCause(String(details.cause)).replace(/\s+/g, ' ').trim() : '';
  return ` (${shortened(cause ? `${String(details.error)}: ${cause}` : String(details.error), causeLength)})`;
}

/** One line per shift, check and end, from the history the state machine recorded. */
export function timeline(stack: LocalStack, view: RouterView, executionArn: string): string[] {
  const execution = stack.stepFunctions.execution(executionArn);
  if (!execution) return ['  (no execution)'];
  const document = (
    JSON.parse(execution.input) as { document: { health: { windowSeconds: number; periodSeconds: number } } }
  ).document;
  const start = execution.startDate;
  const header = `  ${'time'.padEnd(7)} ${'stable/canary'.padEnd(14)} ${'requests canary/stable'.padEnd(23)} ${'5xx canary'.padEnd(11)} ${'5xx stable'.padEnd(11)} ${'latency'.padEnd(40)} verdict`;
  const lines = [header];
  let state = '';
  for (const event of execution.history.list(true)) {
    const at = Date.parse(new Date((event.timestamp as number) * 1000).toISOString());
    const entered = event.stateEnteredEventDetails as Json | undefined;
    if (entered) state = String(entered.name);
    const succeeded = event.lambdaFunctionSucceededEventDetails as Json | undefined;
    const output = succeeded ? (JSON.parse(String(succeeded.output)) as Json) : undefined;
    if (output && state === 'Check' && isObject(output.lastCheck)) {
      const check = output.lastCheck;
      const checkedAt = Date.parse(String(check.at));
      const window = checkWindow(
        new Date(checkedAt),
        document.health.windowSeconds,
        document.health.periodSeconds,
      );
      const stable = stack.traffic.targetTotals(
        view.stableTrafficTarget,
        window.start.getTime(),
        window.end.getTime(),
      );
      const requests = `${check.canaryRequests ?? 0}/${Math.round(stable.requests)}`;
      lines.push(
        `  ${clock(checkedAt - start).padEnd(7)} ${weightsAt(view, checkedAt).padEnd(14)} ${requests.padEnd(23)} ${percent(check.canaryErrorRatePct).padEnd(11)} ${percent(check.stableErrorRatePct).padEnd(11)} ${latencyText(check.latency).padEnd(40)} ${String(check.verdict)}`,
      );
    } else if (output && state === 'HookVerdict' && isObject(output.hook) && output.hook.next !== 'wait') {
      const run = (output.hookRuns as HookRun[] | undefined)?.at(-1);
      if (run)
        lines.push(
          `  ${clock(at - start).padEnd(7)} ${weightsAt(view, at).padEnd(14)} ${shortened(hookRunText(run), causeLength)}`,
        );
    } else if (output && ['OpenTestTraffic', 'Shift', 'Promote', 'Finish'].includes(state)) {
      lines.push(
        `  ${clock(at - start).padEnd(7)} ${weightsAt(view, at).padEnd(14)} ${String(output.reason)}`,
      );
    } else if (state === 'Rollback' && event.type === 'LambdaFunctionSucceeded') {
      lines.push(`  ${clock(at - start).padEnd(7)} ${weightsAt(view, at).padEnd(14)} rolled back`);
    }
    if (typeof event.type === 'string' && /^Execution(Succeeded|Failed|Aborted|TimedOut)$/.test(event.type)) {
      const details = (event.executionFailedEventDetails ??
        event.executionAbortedEventDetails ??
        event.executionTimedOutEventDetails) as Json | undefined;
      lines.push(
        `  ${clock(at - start).padEnd(7)} ${weightsAt(view, at).padEnd(14)} ${event.type}${endReason(details)}`,
      );
    }
  }
  return lines;
}

/** "canary p99 355 ms vs stable 113 ms (+214%)", or "-" for a check that judged no latency. */
function latencyText(latency: unknown): string {
  if (!isObject(latency) || typeof latency.canaryMs !== 'number') return '-';
  return describeLatency(latency as { percentile: string; canaryMs: number });
}

/** Why a run gave no status (the Action could not start, or crashed): its exit code, its last stderr lines. */
export function noStatusLines(run: Pick<ActionRun, 'code' | 'stderr' | 'outputs'>): string[] {
  if (run.outputs.status) return [];
  const said = run.stderr.trim().split('\n').filter(Boolean).slice(-5);
  return [
    `  ✘ node dist/index.js exited ${run.code ?? 'by a signal'} without a status${said.length > 0 ? '; its stderr ends:' : ''}`,
    ...said.map((line) => `  │ ${line}`),
  ];
}

/** The summary as a PNG, and whether its charts drew cleanly (true when Chromium is missing: nothing to judge). */
async function drawSummary(
  renderer: SummaryRenderer | undefined,
  markdown: string,
  png: string,
): Promise<boolean> {
  if (!renderer) return true;
  const rendered = await renderer.render(markdown, png);
  console.log(`  job summary as GitHub shows it (light | dark): ${png}`);
  const problems = rendered.charts.flatMap(chartProblems);
  for (const problem of problems) console.log(`  ✘ chart: ${problem}`);
  return problems.length === 0;
}

/** One deploy of the Action, printed as it goes; true when it ended as `run` expects and its summary drew. */
export async function deployOnce(
  stack: LocalStack,
  view: RouterView,
  run: Expectation,
  index: number,
  summaries: string,
  renderer: SummaryRenderer | undefined,
) {
  const image = `${stack.account}.dkr.ecr.${stack.region}.amazonaws.com/serviceb:${run.tag}`;
  console.log(`\n▶ run ${index + 1}: node dist/index.js deploying ${run.title} (${run.tag})`);
  const before = view.weightsAt();
  const mark = markRun(stack, view);
  const started = performance.now();
  const { done } = startAction({
    inputs: seedInputs(stack.stateMachineArn, image, { ...demoInputs, ...view.inputs, ...run.inputs }),
    env: stack.env,
    sha: `${index + 1}`.repeat(40),
    onLine: (line) => {
      if (line.trim()) console.log(`  │ ${readable(line)}`);
    },
  });
  const result: ActionRun = await done;
  for (const line of noStatusLines(result)) console.log(line);
  await stack.settled();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const executionArn = result.outputs['execution-arn'];
  console.log(
    `\n  timeline (simulated time since the execution started; ${view.router === 'app-mesh' ? 'route' : 'target group'} weights stable/canary):`,
  );
  for (const line of executionArn ? timeline(stack, view, executionArn) : ['  (no execution started)'])
    console.log(line);
  const summaryPath = join(summaries, `run-${index + 1}-summary.md`);
  writeFileSync(summaryPath, result.summary);
  console.log(`  job summary: ${summaryPath}`);
  const drawn = await drawSummary(renderer, result.summary, summaryPath.replace(/\.md$/, '.png'));
  const evidence = run.testTraffic ? testTrafficEvidence(stack, view, mark) : undefined;
  for (const line of evidence?.lines ?? []) console.log(line);
  const reachedAsExpected =
    !evidence ||
    (evidence.smokeOnCanaryOnly && (!run.testTraffic?.beforeUsers || evidence.noProductionWeight));
  const after = view.weightsAt();
  const stableImage = stack.service(seedNames.stableService).image;
  // Promoted or rolled back, the router ends as it was: all traffic on the stable.
  const backToStable = JSON.stringify(after) === JSON.stringify(before);
  const ok =
    reachedAsExpected &&
    (run.promoted
      ? result.code === 0 && result.outputs.status === 'SUCCEEDED' && backToStable && stableImage === image
      : result.code !== 0 && result.outputs.status === 'FAILED' && backToStable && stableImage !== image);
  const outcome = result.outputs.status ?? 'no status';
  const expected = run.promoted
    ? 'expected promoted'
    : run.testTraffic?.beforeUsers
      ? 'expected rolled back before any user saw it'
      : 'expected rolled back';
  console.log(
    `  ${ok ? '✔' : '✘'} ${outcome}: ${expected}; ${view.router === 'app-mesh' ? 'route' : 'rule'} ${listed(after)}; stable runs ${stableImage?.split('/').pop()} (${seconds} s)`,
  );
  return ok && drawn;
}

/**
 * `--pause`: a healthy version held at 50% by a pause step; the deploy job ends PAUSED, a second job resumes it
 * with mode: promote (as examples/approve-promotion.yml does) and the canary is promoted.
 */
async function pauseThenPromote(stack: LocalStack, view: RouterView, index: number): Promise<boolean> {
  const image = `${stack.account}.dkr.ecr.${stack.region}.amazonaws.com/serviceb:2.0.0`;
  const show = (line: string) => {
    if (line.trim()) console.log(`  │ ${readable(line)}`);
  };
  console.log(`\n▶ run ${index + 1}: deploying a healthy version (2.0.0) with steps 25,50,pause,100`);
  const paused = await startAction({
    inputs: seedInputs(stack.stateMachineArn, image, {
      ...demoInputs,
      ...view.inputs,
      steps: '25,50,pause,100',
      // One held interval is 200 ms here: time enough for the promote job to answer the pause.
      'check-interval': '1m',
    }),
    env: stack.env,
    sha: `${index + 1}`.repeat(40),
    onLine: show,
  }).done;
  for (const line of noStatusLines(paused)) console.log(line);
  console.log(`  deploy job: status ${paused.outputs.status}; the route holds ${listed(view.weightsAt())}`);
  console.log(`\n▶ run ${index + 2}: node dist/index.js with mode: promote (a reviewer approved)`);
  const { image: _image, ...routeInputs } = seedInputs(stack.stateMachineArn, image, view.inputs);
  const promoted = await startAction({
    inputs: { ...routeInputs, mode: 'promote' },
    env: stack.env,
    onLine: show,
  }).done;
  for (const line of noStatusLines(promoted)) console.log(line);
  await stack.settled();
  const stableImage = stack.service(seedNames.stableService).image;
  const ok =
    paused.code === 0 &&
    paused.outputs.status === 'PAUSED' &&
    promoted.code === 0 &&
    promoted.outputs.status === 'SUCCEEDED' &&
    stableImage === image;
  console.log(
    `  ${ok ? '✔' : '✘'} paused, then ${promoted.outputs.status ?? 'no status'} after promote; stable runs ${stableImage?.split('/').pop()}`,
  );
  return ok;
}

/** What the demo deploys besides its two health runs: a pause step, latency versions, or hooks. */
export interface DemoModes {
  pause?: boolean;
  slow?: boolean;
  hooks?: boolean;
}

export async function runDemo(
  router: SeededRouter = 'app-mesh',
  { pause: withPause = false, slow = false, hooks = false }: DemoModes = {},
): Promise<number> {
  const started = performance.now();
  const stack = await startLocalStack({ scenario: scenarioFiles[router], msPerSimMinute: 200 });
  if (slow) stack.traffic.load({ ...stack.traffic.current, requestsPerSecond: slowRequestsPerSecond });
  const runs = slow ? slowRuns(router) : hooks ? hookRuns(stack) : healthRuns;
  const view = routerView(stack, router);
  // The App Mesh demo's files where they always were; each other router's beside them.
  const summaries = join(tmpdir(), 'appmesh-canary-demo', ...(router === 'app-mesh' ? [] : [router]));
  mkdirSync(summaries, { recursive: true });
  console.log(
    router === 'app-mesh'
      ? `local stack on ${stack.endpoint}: mesh apps, route serviceB 100% serviceB, services serviceB and serviceBv2`
      : `local stack on ${stack.endpoint}: ${view.label} forwarding to ${listed(view.weightsAt())}, services serviceB and serviceBv2`,
  );
  console.log(`1 simulated minute = ${stack.clock.msPerSimMinute} ms; the Action runs in real time`);
  const renderer = await openSummaryRenderer().catch((error: Error) => {
    console.log(`no PNG of the job summaries: ${error.message}`);
    return undefined;
  });
  let passed = 0;
  try {
    for (const [index, run] of runs.entries())
      if (await deployOnce(stack, view, run, index, summaries, renderer)) passed += 1;
    if (withPause && (await pauseThenPromote(stack, view, runs.length))) passed += 1;
  } finally {
    await renderer?.close();
    await stack.stop();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const expected = runs.length + (withPause ? 1 : 0);
  console.log(
    `\n${passed === expected ? `✔ ${withPause ? 'all three' : 'both'} outcomes as expected` : `✘ ${expected - passed} unexpected outcome(s)`} in ${seconds} s`,
  );
  return passed === expected ? 0 : 1;
}
