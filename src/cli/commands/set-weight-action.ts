import { resolveRegion } from '../../aws/region.js';
import { stringWithDefault } from '../../config/inputs.js';
import { awsModeDeps } from '../../modes/deps.js';
import { runSetWeight } from '../../modes/set-weight.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';
import { formatWeightsTable } from './weights-table.js';

/** The set-weight command's run: the pre-flight, the write, and the new weights printed. */
export async function runSetWeightCommand(options: Record<string, unknown>, io: CliIo): Promise<void> {
  const read = readerFromOptions(options);
  const log = { info: () => {}, warn: (line: string) => io.err(`warning: ${line}`) };
  const deps = awsModeDeps(resolveRegion(read('region')), log);
  const shifted = await runSetWeight(read, deps, {
    force: options.force === true,
    deploymentId: stringWithDefault(read, 'deployment-id', 'manual'),
  });
  const unchanged = shifted.resources.filter((name) => !shifted.written.includes(name));
  io.err(
    `canary ${shifted.canary} at ${shifted.canaryPercent}%: ` +
      `written ${shifted.written.join(', ') || 'none'}; already set ${unchanged.join(', ') || 'none'}`,
  );
  io.out(
    options.json
      ? JSON.stringify(shifted.result, null, 2)
      : formatWeightsTable(shifted.weights, shifted.router),
  );
}
