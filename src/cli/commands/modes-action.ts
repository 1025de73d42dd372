import { writeFile } from 'node:fs/promises';
import { resolveRegion } from '../../aws/region.js';
import { sourceFromEnv } from '../../deploy/source.js';
import { awsModeDeps } from '../../modes/deps.js';
import type { Mode } from '../../modes/names.js';
import { runMode } from '../../modes/outcome.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';

/** One mode run from the command line: its outputs as JSON on stdout, its summary to --summary. */
export async function runModeCommand(mode: Mode, options: Record<string, unknown>, io: CliIo): Promise<void> {
  const read = readerFromOptions({ ...options, mode });
  const log = { info: io.err, warn: (line: string) => io.err(`warning: ${line}`) };
  const outcome = await runMode(mode, read, awsModeDeps(resolveRegion(read('region')), log), {
    source: {
      ...sourceFromEnv(),
      ...(process.env.USER && !process.env.GITHUB_ACTOR ? { actor: process.env.USER } : {}),
    },
  });
  io.out(JSON.stringify(outcome.outputs, null, 2));
  const summaryFile = read('summary');
  if (summaryFile) await writeFile(summaryFile, outcome.summary);
  if (outcome.failure) throw new Error(outcome.failure);
}
