import { fileURLToPath } from 'node:url';
import { type LocalStack, seedNames, startLocalStack } from '../../local/index.js';
import { timed } from '../../local/profile.js';
import {
  type ActionRun,
  type ActionRunOptions,
  runAction,
  type StartedAction,
  seedInputs,
  startAction,
} from '../../local/runs/action-runner.js';

export type { ActionRun, StartedAction };

/** Every canary version the end-to-end runs deploy, by image tag (local/scenarios/versions.json). */
export const scenarioFile = fileURLToPath(new URL('../../local/scenarios/versions.json', import.meta.url));

/**
 * The stack for one test file. 200 ms per simulated minute: a 1-minute bake takes 0.2 s, so a whole canary
 * runs in seconds while each Lambda's real milliseconds stay small on the simulated clock. `scenario`: the
 * same versions played on another router (local/runs/router-view.ts scenarioFiles).
 */
export function e2eStack(msPerSimMinute = 200, scenario = scenarioFile): Promise<LocalStack> {
  return startLocalStack({ scenario, msPerSimMinute });
}

export function imageOf(stack: LocalStack, tag: string): string {
  return `${stack.account}.dkr.ecr.${stack.region}.amazonaws.com/serviceb:${tag}`;
}

/** A short canary: checks every 10 s (the Action then polls the history every 2 s), 1-minute bakes. */
export const quickCanary = { 'check-interval': '10s', 'bake-time': '1m' };

export function deployInputs(stack: LocalStack, tag: string, overrides: Record<string, string> = {}) {
  return seedInputs(stack.stateMachineArn, imageOf(stack, tag), { ...quickCanary, ...overrides });
}

/** Every job summary the runs of this test file wrote, in order (drawn by itDrawsEveryJobSummary). */
export const jobSummaries: { run: string; markdown: string }[] = [];

function collected(inputs: Record<string, string>, run: ActionRun): ActionRun {
  const what = [inputs.mode ?? 'deploy', inputs.image?.split(':').pop()].filter(Boolean).join(' ');
  jobSummaries.push({ run: `run ${jobSummaries.length + 1} (${what})`, markdown: run.summary });
  return run;
}

/** `node dist/index.js` with the inputs, against the stack, to its end. */
export async function action(
  stack: LocalStack,
  inputs: Record<string, string>,
  options: Partial<Omit<ActionRunOptions, 'inputs'>> = {},
): Promise<ActionRun> {
  return collected(inputs, await runAction({ ...options, inputs, env: { ...stack.env, ...options.env } }));
}

/** The same, left running in the background. */
export function actionInBackground(stack: LocalStack, inputs: Record<string, string>) {
  const started = startAction({ inputs, env: stack.env });
  return { ...started, done: started.done.then((run) => collected(inputs, run)) };
}

export function deploy(stack: LocalStack, tag: string, overrides: Record<string, string> = {}) {
  return action(stack, deployInputs(stack, tag, overrides));
}

/** The inputs of a mode that acts on the seeded route (rollback, promote, status), through the stack's state machine. */
export function routeModeInputs(
  stack: LocalStack,
  mode: 'rollback' | 'promote' | 'status',
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    mode,
    'state-machine-arn': stack.stateMachineArn,
    mesh: seedNames.mesh,
    'virtual-router': seedNames.virtualRouter,
    'stable-node': seedNames.stableNode,
    'canary-node': seedNames.canaryNode,
    'wait-for-minutes': '10',
    ...overrides,
  };
}

/** The rollback mode (workflow_dispatch) for the seeded route. */
export function manualRollback(stack: LocalStack) {
  return action(stack, routeModeInputs(stack, 'rollback'));
}

/** What the end-to-end runs assert: the route, both services and the executions, read from the stack. */
export function finalState(stack: LocalStack) {
  return {
    route: stack.routeTargets(),
    stable: stack.service(seedNames.stableService),
    canary: stack.service(seedNames.canaryService),
    executions: stack.executions(),
  };
}

/**
 * A version healthy until `fail()` makes it answer 5% 5xx: it fails at the moment a test chooses, not after some
 * traffic, which a loaded machine reaches sooner on a fast clock. `restore()` puts the scenario back.
 */
export function versionFailingOnCue(stack: LocalStack, tag: string) {
  const scenario = stack.scenario.current;
  const version = { image: `serviceb:${tag}`, errorRatePct: 0.1 };
  stack.scenario.load({ ...scenario, versions: [...scenario.versions, version] });
  return {
    fail: () =>
      stack.scenario.load({ ...scenario, versions: [...scenario.versions, { ...version, errorRatePct: 5 }] }),
    restore: () => stack.scenario.load(scenario),
  };
}

/** The canary's weight on the seeded route now (0 when it is not a target). */
export function canaryWeight(stack: LocalStack): number {
  return stack.routeTargets().find((target) => target.virtualNode === seedNames.canaryNode)?.weight ?? 0;
}

/** The canary weights the route went through since write number `from` (the route-write history). */
export function canaryWeightsWritten(stack: LocalStack, from = 0): number[] {
  return stack.appMesh.routeWrites
    .slice(from)
    .filter((write) => write.route === seedNames.route)
    .map((write) => {
      const match = JSON.stringify(write.spec).match(/"virtualNode":"serviceBv2","weight":(\d+)/);
      return match ? Number(match[1]) : 0;
    });
}

export const stableOnly = [{ virtualNode: seedNames.stableNode, weight: 100 }];

/**
 * Polls (real time) until the condition holds; bounded. Given the background run that should bring it about,
 * fails as soon as that run has ended without it, with what the run printed.
 */
export function until(
  condition: () => boolean,
  timeoutMs: number,
  what: string,
  run?: Pick<StartedAction, 'progress'>,
): Promise<void> {
  return timed('simulated-clock wait', async () => {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      if (condition()) return;
      const progress = run?.progress();
      if (progress?.exited && !condition())
        throw new Error(`the run ended before ${what}; it printed:\n${progress.stdout}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const printed = run ? `; the run printed so far:\n${run.progress().stdout}` : '';
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${printed}`);
  });
}
