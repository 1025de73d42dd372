import { resolveRegion } from '../../aws/region.js';
import { awsInitClients } from '../../init/clients.js';
import { runInit } from '../../init/run-init.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';

/** Runs `init` with the options commander parsed: plans, applies or removes, and prints what it did. */
export async function runInitCommand(options: Record<string, unknown>, io: CliIo): Promise<void> {
  const { apply, remove, write, ...inputs } = options;
  const read = readerFromOptions(inputs);
  const run = await runInit(read, awsInitClients(resolveRegion(read('region'))), {
    apply: apply === true,
    remove: remove === true,
    ...(typeof write === 'string' ? { write } : {}),
    progress: io.err,
  });
  io.out(run.text);
}
