import { randomBytes } from 'node:crypto';
import type { SimClock } from '../../clock.js';
import { type InvocationError, invokeLambda } from '../lambda/lambda-invoker.js';
import type { LambdaHandler } from '../lambda/lambdas.js';
import { AwsError, type Json } from '../protocol.js';
import type { ExecutionHistory } from './sfn-history.js';

/** The callback integration the state machine uses; aws-local-stepfunctions runs none of its own. */
export const lambdaCallbackResource = 'arn:aws:states:::lambda:invoke.waitForTaskToken';

const maxOutputBytes = 256 * 1024;

interface Waiting {
  executionArn: string;
  state: string;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

/** A task failure as the engine's Retry and Catch match it: by name. */
class TaskError extends Error {
  constructor(name: string, cause: string) {
    super(cause);
    this.name = name;
  }
}

/**
 * Callback tasks (lambda:invoke.waitForTaskToken) as Step Functions runs them: each entry issues a fresh
 * `$$.Task.Token`, invokes the function with the payload, and waits for SendTaskSuccess or SendTaskFailure on
 * that token, or for the state's timeout on the simulated clock (States.Timeout). A token answers once; one
 * whose task ended answers TaskTimedOut.
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
      const functionArn = String(parameters.FunctionName ?? '');
      // The engine logged this state's entry; let the history drain it so the events stay in order.
      await new Promise((resolve) => setImmediate(resolve));
      options.history.callbackScheduled(JSON.stringify(parameters), this.clock.nowMs());
      const answered = new Promise<unknown>((resolve, reject) => {
        this.waiting.set(token, {
          executionArn: options.executionArn,
          state: options.state,
          resolve,
          reject,
        });
      });
      if (options.timeoutSeconds !== undefined) {
        void this.clock.timer(options.timeoutSeconds).then(() => {
          this.fail(token, new TaskError('States.Timeout', 'The task timed out waiting for its token.'));
        });
      }
      const handler = this.lambdas.get(functionArn);
      const invoked = handler
        ? await invokeLambda(handler, functionArn, parameters.Payload)
        : { error: new TaskError('Lambda.ResourceNotFoundException', `Function not found: ${functionArn}`) };
      if ('error' in invoked) this.fail(token, invoked.error as InvocationError);
      else options.history.callbackSubmitted(invoked.text, this.clock.nowMs());
      try {
        const output = await answered;
        options.history.callbackEnded({ output: JSON.stringify(output) }, this.clock.nowMs());
        return output;
      } catch (error) {
        const failure = error as Error;
        options.history.callbackEnded(
          { error: failure.name, cause: failure.message, timedOut: failure.name === 'States.Timeout' },
          this.clock.nowMs(),
        );
        throw failure;
      }
    };
  }

  /** The execution stopped: its waiting tasks end and their tokens answer no more. */
  abort(executionArn: string): void {
    for (const [token, waiting] of this.waiting) {
      if (waiting.executionArn === executionArn) this.fail(token, new TaskError('States.Aborted', 'stopped'));
    }
  }

  sendTaskSuccess(input: Json): Json {
    const waiting = this.take(input.taskToken);
    const text = typeof input.output === 'string' ? input.output : '';
    if (Buffer.byteLength(text) > maxOutputBytes)
      throw new AwsError('InvalidOutput', 'The output exceeds the maximum size of 262144 bytes.', 400);
    let output: unknown;
    try {
      output = JSON.parse(text);
    } catch {
      throw new AwsError('InvalidOutput', `Invalid Output: '${text.slice(0, 80)}'`, 400);
    }
    this.ended.add(String(input.taskToken));
    waiting.resolve(output);
    return {};
  }

  sendTaskFailure(input: Json): Json {
    const waiting = this.take(input.taskToken);
    this.ended.add(String(input.taskToken));
    const error = typeof input.error === 'string' ? input.error : '';
    const cause = typeof input.cause === 'string' ? input.cause : '';
    waiting.reject(new TaskError(error, cause));
    return {};
  }

  private take(token: unknown): Waiting {
    if (typeof token !== 'string' || token.length === 0 || token.length > 1024)
      throw new AwsError('InvalidToken', 'Invalid Token', 400);
    const waiting = this.waiting.get(token);
    if (!waiting) {
      if (this.ended.has(token)) throw new AwsError('TaskTimedOut', 'Task Timed Out', 400);
      throw new AwsError('InvalidToken', 'Invalid Token', 400);
    }
    this.waiting.delete(token);
    return waiting;
  }

  private fail(token: string, error: Error): void {
    const waiting = this.waiting.get(token);
    if (!waiting) return;
    this.waiting.delete(token);
    this.ended.add(token);
    waiting.reject(error);
  }
}
