import type { DocumentHook } from './plan.js';

/** A hook's answer: SUCCEEDED passes, FAILED rolls back, IN_PROGRESS (Lambda hooks only) is asked again. */
export type HookVerdict = 'SUCCEEDED' | 'FAILED' | 'IN_PROGRESS';

export interface HookAnswer {
  verdict: HookVerdict;
  reason: string;
}

/** What the integration Task left in $.hookResult: its output, or the error its Catch recorded. */
export type HookResult = Record<string, unknown> | undefined;

const reasonChars = 500;

/**
 * Pure. Turns the raw result of the hook's Step Functions integration (or the error it raised) into a verdict:
 * Lambda: the answer's `status` (a function error or an answer without one is FAILED); ECS task: every
 * essential container exited 0; https: a 2xx status (http:invoke raises States.Http.StatusCode.NNN for others).
 */
export function judgeHookResult(hook: DocumentHook, result: HookResult): HookAnswer {
  if (!result) return failed('no result from the hook (the state machine passed none)');
  if (typeof result.Error === 'string') return judgeError(hook, result.Error, textOf(result.Cause));
  switch (hook.kind) {
    case 'lambda':
      return judgeLambda(result);
    case 'ecs-task':
      return judgeTask(hook, result);
    case 'https':
      return judgeHttp(result);
  }
}

function judgeLambda(result: Record<string, unknown>): HookAnswer {
  if (typeof result.FunctionError === 'string')
    return failed(`the function failed (${result.FunctionError}): ${clip(textOf(result.Payload))}`);
  const payload = parsedJson(result.Payload);
  if (!payload || typeof payload !== 'object' || Array.isArray(payload))
    return failed(
      `the function answered ${clip(textOf(result.Payload)) || 'nothing'}, not {"status": "SUCCEEDED" | "FAILED" | "IN_PROGRESS", "reason": "…"}`,
    );
  const { status, reason } = payload as Record<string, unknown>;
  const said = typeof reason === 'string' && reason.trim() !== '' ? clip(reason.trim()) : undefined;
  if (status === 'SUCCEEDED' || status === 'FAILED' || status === 'IN_PROGRESS')
    return { verdict: status, reason: said ?? `answered ${status}` };
  return failed(
    `the function answered status ${JSON.stringify(status) ?? 'undefined'}; expected SUCCEEDED, FAILED or IN_PROGRESS${said ? ` (${said})` : ''}`,
  );
}

interface TaskContainer {
  Name?: string;
  ExitCode?: number;
  Reason?: string;
}

/** The stopped task, as ecs:runTask.sync returns it (DescribeTasks' task, PascalCase). */
function judgeTask(
  hook: Extract<DocumentHook, { kind: 'ecs-task' }>,
  task: Record<string, unknown>,
): HookAnswer {
  const containers = Array.isArray(task.Containers) ? (task.Containers as TaskContainer[]) : [];
  const stopped = typeof task.StoppedReason === 'string' ? ` (${task.StoppedReason})` : '';
  const problems: string[] = [];
  for (const name of hook.essential) {
    const container = containers.find((candidate) => candidate.Name === name);
    if (!container) problems.push(`essential container ${name} is not in the task`);
    else if (container.ExitCode === undefined || container.ExitCode === null)
      problems.push(`${name} has no exit code${container.Reason ? ` (${container.Reason})` : stopped}`);
    else if (container.ExitCode !== 0) problems.push(`${name} exited ${container.ExitCode}`);
  }
  const taskArn = typeof task.TaskArn === 'string' ? `task ${task.TaskArn.split('/').at(-1)}: ` : '';
  if (problems.length > 0) return failed(`${taskArn}${problems.join('; ')}${problems.length ? stopped : ''}`);
  return { verdict: 'SUCCEEDED', reason: `${taskArn}${hook.essential.join(', ')} exited 0` };
}

function judgeHttp(result: Record<string, unknown>): HookAnswer {
  const status = Number(result.StatusCode);
  const body = clip(textOf(result.ResponseBody));
  if (status >= 200 && status < 300)
    return { verdict: 'SUCCEEDED', reason: `HTTP ${status}${body ? `: ${body}` : ''}` };
  return failed(`HTTP ${Number.isFinite(status) ? status : 'without a status'}${body ? `: ${body}` : ''}`);
}

function judgeError(hook: DocumentHook, error: string, cause: string): HookAnswer {
  const status = /^States\.Http\.StatusCode\.(\d{3})$/.exec(error)?.[1];
  if (status) return failed(`HTTP ${status}${httpBodyOf(cause)}`);
  if (error === 'States.Timeout') return failed(`no answer in time (${error})`);
  // ecs:runTask.sync fails the state when the task does not end well; its cause is the stopped task.
  if (hook.kind === 'ecs-task') {
    const task = parsedJson(cause);
    if (task && typeof task === 'object' && Array.isArray((task as Record<string, unknown>).Containers)) {
      const judged = judgeTask(hook, task as Record<string, unknown>);
      if (judged.verdict === 'FAILED') return judged;
      return failed(`${error}: ${judged.reason}, but the task failed`);
    }
  }
  const what =
    hook.kind === 'lambda'
      ? 'the function failed'
      : hook.kind === 'https'
        ? 'the call failed'
        : 'the task failed';
  return failed(`${what}: ${error}${cause ? `: ${clip(cause)}` : ''}`);
}

function httpBodyOf(cause: string): string {
  const parsed = parsedJson(cause);
  const body =
    parsed && typeof parsed === 'object' ? textOf((parsed as Record<string, unknown>).ResponseBody) : cause;
  return body ? `: ${clip(body)}` : '';
}

function failed(reason: string): HookAnswer {
  return { verdict: 'FAILED', reason };
}

function parsedJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function clip(text: string): string {
  return text.length > reasonChars ? `${text.slice(0, reasonChars - 1)}…` : text;
}
