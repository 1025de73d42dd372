import type { RouteWeights } from '../../routing/router.js';
import type { RouterKind } from '../../routing/router-settings.js';

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
