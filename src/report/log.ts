/** Progress lines: the Action writes them with core.info/warning, the CLI to stderr, tests to an array. */
export interface Log {
  info(line: string): void;
  warn(line: string): void;
}

export const silentLog: Log = { info: () => {}, warn: () => {} };
