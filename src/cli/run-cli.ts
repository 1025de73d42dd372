import { CommanderError } from 'commander';
import { messageOf } from '../errors.js';
import { type CliIo, CommandExit } from './io.js';
import { buildProgram } from './program.js';

/** Runs one command line; returns the exit code. Errors become one line on stderr. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError || error instanceof CommandExit) return error.exitCode;
    io.err(`error: ${messageOf(error)}`);
    return 1;
  }
}
