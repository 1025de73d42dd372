import { randomBytes } from 'node:crypto';
import type { SimClock } from '../../clock.js';
import { type InvocationError, invokeLambda } from '../lambda/lambda-invoker.js';
import type { LambdaHandler } from '../lambda/lambdas.js';
import { AwsError, type Json } from '../protocol.js';
import type { ExecutionHistory } from './sfn-history.js';
import { TaskAborted, TaskError } from './sfn-service-task.js';

/** The callback integration the state machine uses; aws-local-stepfunctions runs none of its own. */
export const lambdaCallbackResource = 'arn:aws:states:::lambda:invoke.waitForTaskToken';

const callbackTask = { resourceType: 'lambda', resource: 'invoke.waitForTaskToken' };
const maxOutputBytes = 256 * 1024;

interface Waiting {
  executionArn: string;
  state: string;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
  /** The timeout in force: the function's run in real time, then the rest on the simulated clock. */
  timer?: NodeJS.Timeout;
}

const timedOut = () => new TaskError('States.Timeout', 'The task timed out waiting for its token.');

/**
 * Callback tasks (lambda:invoke.waitForTaskToken) as Step Functions runs them: each entry issues a fresh
 * `$$.Task.Token`, invokes the function with the payload, and waits for SendTaskSuccess or SendTaskFailure on
 * that token, or for the state's timeout (States.Timeout). The task ends at the first of these, recorded then,
 * whether or not its function has returned. A token answers once; one whose task ended answers TaskTimedOut.
 *
 * The timeout counts the function's run at its real duration and the rest on the simulated clock: there, the
 * function's real milliseconds (20 ms is 24 simulated seconds at 50 ms a minute) would use up a 10 s check
 * interval before it could answer its own token, when in AWS it takes a sliver of it.
 */
export class CallbackTasks {
  private readonly waiting = new Map<string, Waiting>();
  private readonly ended = new Set<string>();

  constructor(
    private readonly clock: SimClock,
    private readonly lambdas: Map<string, LambdaHandler>,
  ) {}

  /** The context's Task object: reading Token issues the token of the task about to run. */
  taskContext(): { readonly Token: string; take(): string } {
    let next: string | undefined;
    return {
      get Token() {
        next ??= randomBytes(48).toString('base64url');
        return next;
      },
      take() {
        const token = next ?? randomBytes(48).toString('base64url');
        next = undefined;
        return token;
      },
    };
  }

  /** The handler of one callback Task state of one execution. */
  handler(options: {
    executionArn: string;
    state: string;
    timeoutSeconds: number | undefined;
    history: ExecutionHistory;
    takeToken: () => string;
  }): (input: unknown) => Promise<unknown> {
    return async (input) => {
      const token = options.takeToken();
      const parameters = (input ?? {}) as { FunctionName?: unknown; Payload?: unknown };
      // The engine logged this state's entry; let the history drain it so the events stay in order.
      await new Promise((resolve) => setImmediate(resolve));
      options.history.taskScheduled(callbackTask, JSON.stringify(parameters), this.clock.nowMs());
      const ended = this.outcome(token, options.executionArn, options.state, options.history);
      // Beside the wait, as Step Functions invokes it: never awaited, so it must not reject.
      void this.invoke(String(parameters.FunctionName ?? ''), parameters.Payload, token, options).catch(
        (error: Error) => this.fail(token, error),
      );
      return ended;
    };
  }

  /** The task's end, recorded when it comes: the token answered, failed, timed out, or the execution stopped. */
  private outcome(
    token: string,
    executionArn: string,
    state: string,
    history: ExecutionHistory,
  ): Promise<unknown> {
    const answered = new Promise<unknown>((resolve, reject) => {
      this.waiting.set(token, { executionArn, state, resolve, reject });
    });
    return answered.then(
      (output) => {
        history.taskEnded(callbackTask, { output: JSON.stringify(output) }, this.clock.nowMs());
        return output;
      },
      (error: Error) => {
        if (!(error instanceof TaskAborted)) {
          const timeout = error.name === 'States.Timeout';
          history.taskEnded(
            callbackTask,
            { error: error.name, cause: error.message, timedOut: timeout },
            this.clock.nowMs(),
          );
        }
        throw error;
      },
    );
  }

  /** Invokes the function: its failure fails the task; its return, while the task waits, is TaskSubmitted. */
  private async invoke(
    functionArn: string,
    payload: unknown,
    token: string,
    options: { timeoutSeconds: number | undefined; history: ExecutionHistory },
  ): Promise<void> {
    const { timeoutSeconds } = options;
    const started = performance.now();
    // A function that runs past the whole timeout in real time times the task out before it returns.
    if (timeoutSeconds !== undefined) this.timeOutIn(token, timeoutSeconds * 1000);
    const handler = this.lambdas.get(functionArn);
    const invoked = handler
      ? await invokeLambda(handler, functionArn, payload)
      : { error: new TaskError('Lambda.ResourceNotFoundException', `Function not found: ${functionArn}`) };
    if ('error' in invoked) return this.fail(token, invoked.error as InvocationError);
    if (!this.waiting.has(token)) return;
    options.history.taskSubmitted(callbackTask, invoked.text, this.clock.nowMs());
    if (timeoutSeconds === undefined) return;
    const ranSeconds = (performance.now() - started) / 1000;
    this.timeOutIn(token, this.clock.realMs(Math.max(0, timeoutSeconds - ranSeconds)));
  }

  /** (Re)arms the task's timeout; unref'd, as a task waiting alone should not keep a process alive. */
  private timeOutIn(token: string, realMs: number): void {
    const waiting = this.waiting.get(token);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    waiting.timer = setTimeout(() => this.fail(token, timedOut()), realMs).unref();
  }

  /** The execution stopped: its waiting tasks end and their tokens answer no more. */
  abort(executionArn: string): void {
    for (const [token, waiting] of this.waiting) {
      if (waiting.executionArn === executionArn) this.fail(token, new TaskAborted());
    }
  }

  sendTaskSuccess(input: Json): Json {
    const waiting = this.waitingFor(input.taskToken);
    const text = typeof input.output === 'string' ? input.output : '';
    if (Buffer.byteLength(text) > maxOutputBytes)
      throw new AwsError('InvalidOutput', 'The output exceeds the maximum size of 262144 bytes.', 400);
    let output: unknown;
    try {
      output = JSON.parse(text);
    } catch {
      throw new AwsError('InvalidOutput', `Invalid Output: '${text.slice(0, 80)}'`, 400);
    }
    // Refused output leaves the task waiting; accepted, the token answers no more.
    this.end(String(input.taskToken), waiting);
    waiting.resolve(output);
    return {};
  }

  sendTaskFailure(input: Json): Json {
    const waiting = this.waitingFor(input.taskToken);
    this.end(String(input.taskToken), waiting);
    const error = typeof input.error === 'string' ? input.error : '';
    const cause = typeof input.cause === 'string' ? input.cause : '';
    waiting.reject(new TaskError(error, cause));
    return {};
  }

  private waitingFor(token: unknown): Waiting {
    if (typeof token !== 'string' || token.length === 0 || token.length > 1024)
      throw new AwsError('InvalidToken', 'Invalid Token', 400);
    const waiting = this.waiting.get(token);
    if (!waiting) {
      if (this.ended.has(token)) throw new AwsError('TaskTimedOut', 'Task Timed Out', 400);
      throw new AwsError('InvalidToken', 'Invalid Token', 400);
    }
    return waiting;
  }

  private fail(token: string, error: Error): void {
    const waiting = this.waiting.get(token);
    if (!waiting) return;
    this.end(token, waiting);
    waiting.reject(error);
  }

  private end(token: string, waiting: Waiting): void {
    clearTimeout(waiting.timer);
    this.waiting.delete(token);
    this.ended.add(token);
  }
}
