import { resolveRegion } from '../../aws/region.js';
import { awsModeDeps } from '../../modes/deps.js';
import { readWeights } from '../../routing/read-weights.js';
import { routerLocation } from '../../routing/router-settings.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';
import { formatWeightsTable } from './weights-table.js';

/** The weights command's run: reads the router's weights and prints them. */
export async function runWeights(options: Record<string, unknown>, io: CliIo): Promise<void> {
  const read = readerFromOptions(options);
  const location = routerLocation(read);
  const region = resolveRegion(read('region'));
  const routes = await readWeights(location, awsModeDeps(region, { info: () => {}, warn: io.err }));
  io.out(options.json ? JSON.stringify(routes, null, 2) : formatWeightsTable(routes, location.router));
}
