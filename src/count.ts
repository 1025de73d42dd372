/** "1 task", "2 tasks", "0 tasks": a count with its noun, singular only for one. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "1 running of 1 desired task", "0 running of 2 desired tasks": the noun agrees with the desired count. */
export function tasksOf(state: { runningCount: number; desiredCount: number }): string {
  return `${state.runningCount} running of ${countOf(state.desiredCount, 'desired task')}`;
}
