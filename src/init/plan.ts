/** One thing the canary side needs, and whether it is there: what `init` prints before (or instead of) writing. */
export interface InitStep {
  /** create, set, add (a write to make) or exists, same (nothing to write). */
  verb: 'create' | 'set' | 'add' | 'exists' | 'same';
  /** What, in words: "target group serviceB-canary (HTTP:9080, ...)". */
  what: string;
}

export const writes = (steps: readonly InitStep[]) => steps.filter((step) => !isDone(step));

export function isDone(step: InitStep): boolean {
  return step.verb === 'exists' || step.verb === 'same';
}

/** One line per step, its verb in a column; then what to do next. */
export function formatPlan(title: string, steps: readonly InitStep[], applied: boolean): string {
  const lines = steps.map((step) => `  ${step.verb.padEnd(7)} ${step.what}`);
  const todo = writes(steps).length;
  const tail =
    todo === 0
      ? 'Nothing to do: the canary side is complete.'
      : applied
        ? `${count(todo, 'write')} made.`
        : `${count(todo, 'write')} to make; run again with --apply to make ${todo === 1 ? 'it' : 'them'}.`;
  return `${title}\n${lines.join('\n')}\n${tail}\n`;
}

/** The same for --remove. */
export function formatRemoval(title: string, steps: readonly RemoveStep[], applied: boolean): string {
  const lines = steps.map((step) => `  ${step.verb.padEnd(7)} ${step.what}`);
  const todo = steps.filter((step) => step.verb === 'delete' || step.verb === 'remove').length;
  const tail =
    todo === 0
      ? 'Nothing to remove: init created nothing that is still there.'
      : applied
        ? `${count(todo, 'deletion')} made.`
        : `${count(todo, 'deletion')} to make; run again with --remove --apply to make ${todo === 1 ? 'it' : 'them'}.`;
  return `${title}\n${lines.join('\n')}\n${tail}\n`;
}

export interface RemoveStep {
  /** delete, remove (a write to make), keep (not init's), gone (already absent). */
  verb: 'delete' | 'remove' | 'keep' | 'gone';
  what: string;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
