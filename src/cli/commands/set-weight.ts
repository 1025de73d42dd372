import type { Command } from 'commander';
import { addInputOptions, catalogInputs, routerInputNames, targetInputNames } from '../catalog-options.js';
import type { CliIo } from '../io.js';

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
      // The routers and the SDK load only when set-weight runs.
      const { runSetWeightCommand } = await import('./set-weight-action.js');
      await runSetWeightCommand(options, io);
    });
}
