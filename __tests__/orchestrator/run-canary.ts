import '../../test-setup/polyfills.js';
import './lambda-env.js';
import { readFileSync } from 'node:fs';
import { StateMachine } from 'aws-local-stepfunctions';
import { handler as check } from '../../lambdas/check.js';
import { handler as finish } from '../../lambdas/finish.js';
import { handler as hook } from '../../lambdas/hook.js';
import { handler as init } from '../../lambdas/init.js';
import { handler as promote } from '../../lambdas/promote.js';
import { handler as promotionCheck } from '../../lambdas/promotion-check.js';
import { handler as rollback } from '../../lambdas/rollback.js';
import { handler as shift } from '../../lambdas/shift.js';
import type { ExecutionDocument } from '../../src/orchestrator/document.js';
import { executionArnOf, stateMachineArn } from './fixtures.js';
import type { World } from './world.js';

export const taskStates = [
  'Init',
  'OpenTestTraffic',
  'Shift',
  'Check',
  'Promote',
  'PromotionCheck',
  'Finish',
  'Rollback',
  'HookRequest',
  'HookVerdict',
] as const;
export type TaskState = (typeof taskStates)[number];
type Handler = (input: unknown) => Promise<unknown>;

const handlers: Record<TaskState, Handler> = {
  Init: init,
  OpenTestTraffic: shift,
  Shift: shift,
  Check: check,
  Promote: promote,
  PromotionCheck: promotionCheck,
  Finish: finish,
  Rollback: rollback,
  HookRequest: hook,
  HookVerdict: hook,
};

/** The Task states of Step Functions' own integrations a hook calls: each test plays the target. */
export const hookTargetStates = [
  'InvokeHookFunction',
  'RunHookTask',
  'RunHookTaskOnFargate',
  'RunHookTaskOnCapacityProviders',
  'CallHookEndpoint',
] as const;
export type HookTargetState = (typeof hookTargetStates)[number];

/** The definition as deployed: the CDK substitutes each ${XxxFunctionArn} with a function ARN. */
export function deployedDefinition() {
  const text = readFileSync(new URL('../../statemachine/canary.asl.json', import.meta.url), 'utf8');
  const definition = JSON.parse(
    text.replace(
      /\$\{(\w+)FunctionArn\}/g,
      (_, name: string) => `arn:aws:lambda:us-west-2:123456789012:function:appmesh-canary-${name}`,
    ),
  );
  // Step Functions reads TimeoutSecondsPath from the state input; aws-local-stepfunctions from the Parameters'
  // output, where a hook integration's parameters hold no document. The tests play a hook's timeout themselves.
  const hookIntegrations = ['arn:aws:states:::lambda:invoke', 'arn:aws:states:::ecs:runTask.sync'];
  for (const state of Object.values(definition.States) as Array<Record<string, unknown>>)
    if (hookIntegrations.includes(String(state.Resource))) delete state.TimeoutSecondsPath;
  return definition;
}

export interface RunOptions {
  executionName?: string;
  /** Runs before the named state's handler, with the 1-based number of its call. */
  before?: (state: TaskState, call: number) => void | Promise<void>;
  /** Replaces a handler (the real one is passed in), e.g. to crash after it ran. */
  wrap?: Partial<Record<TaskState, (real: Handler, input: unknown, call: number) => Promise<unknown>>>;
  /** The hook targets' answers, given the integration's parameters and the 1-based number of the call. */
  hookTargets?: Partial<Record<HookTargetState, (parameters: unknown, call: number) => Promise<unknown>>>;
}

// biome-ignore lint/suspicious/noExplicitAny: event log entries are read field by field
export type Event = any;

export interface Run {
  status: 'SUCCEEDED' | 'FAILED';
  error?: string;
  cause?: string;
  output?: unknown;
  events: Event[];
  /** State names in the order they were entered: one per state transition. */
  entered: string[];
  calls: Record<string, number>;
}

/** One execution of the real definition with the real handlers; waits and retry intervals are 0. */
export async function runCanary(world: World, document: unknown, options: RunOptions = {}): Promise<Run> {
  const executionArn = executionArnOf(options.executionName ?? 'deploy-1');
  world.running.push({
    executionArn,
    startDate: new Date(),
    input: JSON.stringify({ document }),
  });
  const calls: Record<string, number> = {};
  const local = Object.fromEntries(
    taskStates.map((state) => [
      state,
      async (input: unknown) => {
        calls[state] = (calls[state] ?? 0) + 1;
        await options.before?.(state, calls[state]);
        const wrap = options.wrap?.[state];
        return wrap ? wrap(handlers[state], input, calls[state]) : handlers[state](input);
      },
    ]),
  );
  for (const state of hookTargetStates) {
    const target = options.hookTargets?.[state];
    local[state] = async (parameters: unknown) => {
      calls[state] = (calls[state] ?? 0) + 1;
      if (!target) throw new Error(`no answer scripted for ${state}`);
      return target(parameters, calls[state]);
    };
  }
  const machine = new StateMachine(deployedDefinition());
  const execution = machine.run({ document } as Parameters<StateMachine['run']>[0], {
    overrides: {
      // biome-ignore lint/suspicious/noExplicitAny: handlers return JSON values
      taskResourceLocalHandlers: local as any,
      waitTimeOverrides: { Bake: 0, PromotionWait: 0, HookWait: 0 },
      retryIntervalOverrides: Object.fromEntries(taskStates.map((state) => [state, 0])),
    },
    context: {
      Execution: { Id: executionArn, Name: executionArn.split(':').at(-1) },
      StateMachine: { Id: stateMachineArn, Name: 'appmesh-canary' },
    },
  });
  const events: Event[] = [];
  const collecting = (async () => {
    for await (const event of execution.eventLogs) events.push(event);
  })();
  let output: unknown;
  let status: Run['status'] = 'SUCCEEDED';
  try {
    output = await execution.result;
  } catch {
    status = 'FAILED';
  }
  await collecting;
  world.running = world.running.filter((running) => running.executionArn !== executionArn);
  const failed = events.find((event) => event.type === 'ExecutionFailed');
  return {
    status,
    ...(failed ? { error: failed.Error, cause: String(failed.Cause) } : {}),
    ...(status === 'SUCCEEDED' ? { output } : {}),
    events,
    entered: events.filter((event) => event.type === 'StateEntered').map((event) => event.state.name),
    calls,
  };
}

export type { ExecutionDocument };
