import { handlerNames } from './handlers.js';
import { actionsOf, routerOfAction } from './permissions.js';
import type { RouterName } from './props.js';

const routerTitles: Readonly<Record<RouterName, string>> = {
  'app-mesh': 'App Mesh',
  'vpc-lattice': 'VPC Lattice',
  alb: 'ALB',
};

/**
 * What each Lambda's role is granted, for every router and for each router the stack is given resources of
 * (infra/README.md, from infra/permissions.ts: `npm run docs`).
 */
export function lambdaRolesTable(): string {
  const columns: Array<RouterName | undefined> = [undefined, 'app-mesh', 'vpc-lattice', 'alb'];
  const cell = (actions: string[]) =>
    actions.length === 0 ? '-' : actions.map((action) => `\`${action}\``).join(', ');
  const rows = handlerNames.map((handler) => {
    const actions = actionsOf(handler);
    const cells = columns.map((router) =>
      cell(actions.filter((action) => routerOfAction(action) === router)),
    );
    return `| ${handler} | ${cells.join(' | ')} |`;
  });
  const titles = columns.map((router) => (router ? routerTitles[router] : 'Every stack'));
  return [`| Handler | ${titles.join(' | ')} |`, `|---|${'---|'.repeat(columns.length)}`, ...rows].join('\n');
}
