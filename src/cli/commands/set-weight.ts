import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import type { Command } from 'commander';
import { clientConfig } from '../../aws/client-config.js';
import { resolveRegion } from '../../aws/region.js';
import { stringWithDefault } from '../../config/inputs.js';
import { canaryPercentSetting, meshSettings } from '../../config/mesh.js';
import { AppMeshRouter, routeWeightsOf } from '../../routing/app-mesh/index.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';
import { formatWeightsTable } from './weights.js';

export function registerSetWeightCommand(program: Command, io: CliIo): void {
  program
    .command('set-weight')
    .description('move the canary to a share of the traffic by hand (only the two weights change)')
    .requiredOption('--mesh <name>', 'App Mesh mesh name')
    .option('--mesh-owner <account>', 'account that owns a shared mesh')
    .requiredOption('--virtual-router <name>', 'virtual router of the routes')
    .option('--route <names>', 'route names, comma-separated (default: every route with the stable node)')
    .requiredOption('--stable-node <name>', 'virtual node that serves production')
    .requiredOption('--canary-node <name>', 'virtual node of the new version')
    .requiredOption('--canary-percent <percent>', "canary's share of the stable node's weight, 0 to 100")
    .option('--deployment-id <id>', 'makes the idempotency tokens (default: manual)')
    .option('--region <region>', 'AWS region (default: AWS_REGION)')
    .option('--json', 'print the new route state as JSON')
    .action(async (options: Record<string, unknown>) => {
      const read = readerFromOptions(options);
      const settings = meshSettings(read);
      const canaryPercent = canaryPercentSetting(read);
      const client = new AppMeshClient(clientConfig({ region: resolveRegion(read('region')) }));
      const router = new AppMeshRouter(client, settings, {
        deploymentId: stringWithDefault(read, 'deployment-id', 'manual'),
        log: { info: () => {}, warn: io.err },
      });
      // The state just read is what the write expects: a route edited in between is not overwritten.
      const result = await router.shift(canaryPercent, await router.current());
      const unchanged = result.routes
        .map((route) => route.routeName)
        .filter((name) => !result.written.includes(name));
      io.err(
        `canary ${settings.canaryNode} at ${canaryPercent}%: ` +
          `written ${result.written.join(', ') || 'none'}; already set ${unchanged.join(', ') || 'none'}`,
      );
      io.out(
        options.json
          ? JSON.stringify(result, null, 2)
          : formatWeightsTable(result.routes.map(routeWeightsOf)),
      );
    });
}
