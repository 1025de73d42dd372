import type { Command } from 'commander';
import { resolveRegion } from '../../aws/region.js';
import { stringWithDefault } from '../../config/inputs.js';
import { awsModeDeps } from '../../modes/deps.js';
import { runSetWeight } from '../../modes/set-weight.js';
import { addInputOptions, catalogInputs, routerInputNames, targetInputNames } from '../catalog-options.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';
import { formatWeightsTable } from './weights.js';

/** The services and the state machine the pre-flight reads: the same inputs a deploy takes. */
const preflightInputNames = ['cluster', 'service', 'stable-service', 'stable-cluster', 'state-machine-arn'];

export function registerSetWeightCommand(program: Command, io: CliIo): void {
  const command = program
    .command('set-weight')
    .description(
      'move the canary to a share of the traffic by hand (only the two weights change), once no canary runs on ' +
        'the route and every service it sends traffic to runs tasks',
    );
  addInputOptions(
    command,
    catalogInputs([...routerInputNames, ...targetInputNames, ...preflightInputNames, 'region']),
  )
    .requiredOption('--canary-percent <percent>', "canary's share of the stable's weight, 0 to 100")
    .option('--deployment-id <id>', 'makes the App Mesh idempotency tokens (default: manual)')
    .option('--force', 'write even while a canary runs or is paused on the route (it then rolls back)')
    .option('--json', 'print the new state as JSON')
    .action(async (options: Record<string, unknown>) => {
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
    });
}
