import type { Command } from 'commander';
import { resolveRegion } from '../../aws/region.js';
import { awsModeDeps } from '../../modes/deps.js';
import { readWeights } from '../../routing/read-weights.js';
import type { RouteWeights } from '../../routing/router.js';
import { type RouterKind, routerLocation } from '../../routing/router-settings.js';
import { addInputOptions, catalogInputs, routerInputNames } from '../catalog-options.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';

export function registerWeightsCommand(program: Command, io: CliIo): void {
  const command = program
    .command('weights')
    .description(
      'print the weights of a router: the routes of an App Mesh virtual router, or a VPC Lattice or ALB rule (read-only)',
    );
  addInputOptions(command, catalogInputs([...routerInputNames, 'region']))
    .option('--json', 'print JSON instead of a table')
    .action(async (options: Record<string, unknown>) => {
      const read = readerFromOptions(options);
      const location = routerLocation(read);
      const region = resolveRegion(read('region'));
      const routes = await readWeights(location, awsModeDeps(region, { info: () => {}, warn: io.err }));
      io.out(options.json ? JSON.stringify(routes, null, 2) : formatWeightsTable(routes, location.router));
    });
}

/** One row per weighted target; SHARE is the target's part of its route's (or rule's) total weight. */
export function formatWeightsTable(routes: readonly RouteWeights[], router: RouterKind = 'app-mesh'): string {
  // Target groups have no port of their own in a forward action.
  const mesh = router === 'app-mesh';
  const rows = [
    mesh
      ? ['ROUTE', 'TYPE', 'VIRTUAL NODE', 'PORT', 'WEIGHT', 'SHARE']
      : ['RESOURCE', 'TYPE', 'TARGET GROUP', 'WEIGHT', 'SHARE'],
  ];
  for (const route of routes) {
    const total = route.targets.reduce((sum, target) => sum + target.weight, 0);
    route.targets.forEach((target, index) => {
      rows.push([
        index === 0 ? route.route : '',
        index === 0 ? route.type : '',
        target.target,
        ...(mesh ? [target.port === undefined ? '' : String(target.port)] : []),
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
