import type { Progress } from './progress.js';

/**
 * Where the step's last judged window ended, carried in the bake. Progress written before windows chained has
 * only the last check's window: it is this step's when it ends after the shift (stepWindow ignores it otherwise).
 */
export function judgedUntilOf(progress: Pick<Progress, 'bake' | 'lastCheck'>): Date | undefined {
  const carried = progress.bake.judgedUntil ?? progress.lastCheck?.window?.end;
  return carried === undefined ? undefined : new Date(carried);
}

/** The bake with the end of the window just judged: the next check of the step starts there. */
export function withJudgedUntil(bake: Progress['bake'], judgedUntil: string | undefined): Progress['bake'] {
  return judgedUntil === undefined ? bake : { ...bake, judgedUntil };
}
