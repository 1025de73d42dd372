/** Where a command writes: stdout for results (JSON, tables), stderr for progress. Tests capture both. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Ends a command with this exit code, having printed all it had to say (a verdict, not an error). */
export class CommandExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
