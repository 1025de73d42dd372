import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { markRealTime } from '../aws/lambda/lambda-invoker.js';
import type { LambdaHandler } from '../aws/lambda/lambdas.js';
import type { SimClock } from '../clock.js';
import { type HookInvocations, scripted } from './hook-invocations.js';
import type { FunctionAnswer, HookFunction } from './hook-schema.js';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A scenario's hook function as a Lambda handler: each call answers the next scripted answer (a status with a
 * reason, after a simulated delay; a function error; never), or runs the module's real handler with the
 * function's environment set. Every call is recorded with its event.
 */
export async function hookHandler(
  hook: HookFunction,
  invocations: HookInvocations,
  clock: SimClock,
  baseEnvironment: () => Record<string, string>,
): Promise<LambdaHandler> {
  if (hook.module) {
    const path = isAbsolute(hook.module) ? hook.module : resolve(repositoryRoot, hook.module);
    const loaded = (await import(pathToFileURL(path).href)) as { handler?: LambdaHandler };
    const handler = loaded.handler;
    if (typeof handler !== 'function')
      throw new Error(`hooks.functions ${hook.name}: ${hook.module} exports no handler function.`);
    return markRealTime(async (event, context) => {
      const environment = { ...baseEnvironment(), ...hook.environment };
      const restore = setEnvironment(environment);
      try {
        const answer = await handler(event, context);
        invocations.record('function', hook.name, event, summary(answer));
        return answer;
      } catch (error) {
        invocations.record(
          'function',
          hook.name,
          event,
          `error ${(error as Error).name}: ${(error as Error).message}`,
        );
        throw error;
      } finally {
        restore();
      }
    });
  }
  const answers = hook.answers ?? [];
  return async (event) => {
    const answer = scripted(answers, invocations.count('function', hook.name));
    invocations.record('function', hook.name, event, describeAnswer(answer));
    const timeout = functionTimeout(hook.timeoutSeconds, clock);
    try {
      return await Promise.race([answerOf(answer, clock), timeout.expired]);
    } finally {
      timeout.clear();
    }
  };
}

/**
 * A call past the function's timeout: the runtime returns no error type, which Step Functions reports as
 * Lambda.Unknown. Unref'd: a function waiting alone does not keep the process alive.
 */
function functionTimeout(seconds: number, clock: SimClock) {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          Object.assign(new Error(`Task timed out after ${seconds.toFixed(2)} seconds`), {
            name: 'Lambda.Unknown',
          }),
        ),
      clock.realMs(seconds),
    ).unref();
  });
  return { expired, clear: () => clearTimeout(timer) };
}

async function answerOf(answer: FunctionAnswer, clock: SimClock): Promise<unknown> {
  if (answer === 'never') return new Promise(() => {});
  if (typeof answer === 'string') return { status: answer, reason: `scripted ${answer}` };
  if ('error' in answer) throw Object.assign(new Error(answer.message), { name: answer.error });
  if (answer.delaySeconds) await clock.timer(answer.delaySeconds);
  return { status: answer.status, reason: answer.reason ?? `scripted ${answer.status}` };
}

function describeAnswer(answer: FunctionAnswer): string {
  if (typeof answer === 'string') return answer;
  if ('error' in answer) return `error ${answer.error}: ${answer.message}`;
  const delay = answer.delaySeconds ? ` after ${answer.delaySeconds} s` : '';
  return `${answer.status}${answer.reason ? `: ${answer.reason}` : ''}${delay}`;
}

function summary(answer: unknown): string {
  const { status, reason } = (answer ?? {}) as { status?: unknown; reason?: unknown };
  return `${String(status)}${typeof reason === 'string' ? `: ${reason}` : ''}`;
}

/** Sets the variables for one call and gives back the function that puts the previous values back. */
function setEnvironment(environment: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(environment).map((key) => [key, process.env[key]]));
  Object.assign(process.env, environment);
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
