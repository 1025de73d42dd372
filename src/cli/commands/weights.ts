import type { Command } from 'commander';
import { addInputOptions, catalogInputs, routerInputNames } from '../catalog-options.js';
import type { CliIo } from '../io.js';

export function registerWeightsCommand(program: Command, io: CliIo): void {
  const command = program
    .command('weights')
    .description(
      'print the weights of a router: the routes of an App Mesh virtual router, or a VPC Lattice or ALB rule (read-only)',
    );
  addInputOptions(command, catalogInputs([...routerInputNames, 'region']))
    .option('--json', 'print JSON instead of a table')
    .action(async (options: Record<string, unknown>) => {
      // The routers and the SDK load only when weights runs.
      const { runWeights } = await import('./weights-action.js');
      await runWeights(options, io);
    });
}
