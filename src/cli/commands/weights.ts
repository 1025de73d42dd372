import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import type { Command } from 'commander';
import { clientConfig } from '../../aws/client-config.js';
import { resolveRegion } from '../../aws/region.js';
import { meshLocationSettings } from '../../config/mesh.js';
import { MeshApi, readRouteWeights } from '../../routing/app-mesh/index.js';
import type { RouteWeights } from '../../routing/router.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';

export function registerWeightsCommand(program: Command, io: CliIo): void {
  program
    .command('weights')
    .description('print the weighted targets of the routes of a virtual router')
    .requiredOption('--mesh <name>', 'App Mesh mesh name')
    .option('--mesh-owner <account>', 'account that owns a shared mesh')
    .requiredOption('--virtual-router <name>', 'virtual router whose routes are printed')
    .option('--route <names>', 'route names, comma-separated (default: every route of the router)')
    .option('--region <region>', 'AWS region (default: AWS_REGION)')
    .option('--json', 'print JSON instead of a table')
    .action(async (options: Record<string, unknown>) => {
      const read = readerFromOptions(options);
      const location = meshLocationSettings(read);
      const client = new AppMeshClient(clientConfig({ region: resolveRegion(read('region')) }));
      const routes = await readRouteWeights(new MeshApi(client, location), location.routes);
      io.out(options.json ? JSON.stringify(routes, null, 2) : formatWeightsTable(routes));
    });
}

/** One row per weighted target; SHARE is the target's part of its route's total weight. */
export function formatWeightsTable(routes: readonly RouteWeights[]): string {
  const rows = [['ROUTE', 'TYPE', 'VIRTUAL NODE', 'PORT', 'WEIGHT', 'SHARE']];
  for (const route of routes) {
    const total = route.targets.reduce((sum, target) => sum + target.weight, 0);
    route.targets.forEach((target, index) => {
      rows.push([
        index === 0 ? route.route : '',
        index === 0 ? route.type : '',
        target.target,
        target.port === undefined ? '' : String(target.port),
        String(target.weight),
        total === 0 ? '-' : `${Math.round((target.weight * 100) / total)}%`,
      ]);
    });
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return `${rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}
