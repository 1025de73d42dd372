/** One call of a scenario hook, as a test or a person reads it afterwards. */
export interface HookInvocation {
  kind: 'function' | 'task' | 'endpoint';
  /** The function name, task definition family or endpoint path. */
  name: string;
  /** 1 for the hook's first call. */
  call: number;
  /** Simulated time of the call (ISO 8601). */
  at: string;
  /** The function's event, the task's environment per container, the endpoint's request (method, headers, body). */
  payload: unknown;
  /** What it answered, in a few words (SUCCEEDED, FAILED: reason, error Error, exit codes, HTTP 500, never). */
  answer: string;
}

/** Every hook call in order, each also written as one line to the stack's log. */
export class HookInvocations {
  private readonly calls: HookInvocation[] = [];

  constructor(
    private readonly now: () => number,
    private readonly log: (line: string) => void,
  ) {}

  /** Records a call; returns its number for this hook (1, 2, ...). */
  record(kind: HookInvocation['kind'], name: string, payload: unknown, answer: string): number {
    const call = this.calls.filter((one) => one.kind === kind && one.name === name).length + 1;
    const at = new Date(this.now()).toISOString();
    this.calls.push({ kind, name, call, at, payload: structuredClone(payload), answer });
    this.log(`hook ${kind} ${name} call ${call} at ${at}: ${answer} <- ${JSON.stringify(payload)}`);
    return call;
  }

  /** How many times this hook was called so far: the next call's answer is the scripted one after these. */
  count(kind: HookInvocation['kind'], name: string): number {
    return this.calls.filter((one) => one.kind === kind && one.name === name).length;
  }

  list(): HookInvocation[] {
    return structuredClone(this.calls);
  }
}

/** The scripted answer of call `index` (0-based): the list's last one repeats. */
export function scripted<T>(answers: readonly T[], index: number): T {
  return answers[Math.min(index, answers.length - 1)]!;
}
