import type { Command } from 'commander';
import { resolveRegion } from '../../aws/region.js';
import { stringWithDefault } from '../../config/inputs.js';
import { canaryPercentSetting } from '../../config/mesh.js';
import { awsModeDeps } from '../../modes/deps.js';
import { AlbRouter } from '../../routing/alb/router.js';
import { AppMeshRouter } from '../../routing/app-mesh/appmesh-router.js';
import { routeWeightsOf } from '../../routing/app-mesh/route-weights.js';
import { type InputRouter, routerFromSettings } from '../../routing/engine.js';
import type { RouteWeights } from '../../routing/router.js';
import { routerSettings } from '../../routing/router-settings.js';
import { addInputOptions, catalogInputs, routerInputNames, targetInputNames } from '../catalog-options.js';
import type { CliIo } from '../io.js';
import { readerFromOptions } from '../options.js';
import { formatWeightsTable } from './weights.js';

export function registerSetWeightCommand(program: Command, io: CliIo): void {
  const command = program
    .command('set-weight')
    .description('move the canary to a share of the traffic by hand (only the two weights change)');
  addInputOptions(command, catalogInputs([...routerInputNames, ...targetInputNames, 'region']))
    .requiredOption('--canary-percent <percent>', "canary's share of the stable's weight, 0 to 100")
    .option('--deployment-id <id>', 'makes the App Mesh idempotency tokens (default: manual)')
    .option('--json', 'print the new state as JSON')
    .action(async (options: Record<string, unknown>) => {
      const read = readerFromOptions(options);
      const settings = routerSettings(read);
      const canaryPercent = canaryPercentSetting(read);
      const deps = awsModeDeps(resolveRegion(read('region')), { info: () => {}, warn: io.err });
      const router = routerFromSettings(settings, deps, {
        deploymentId: stringWithDefault(read, 'deployment-id', 'manual'),
        log: { info: () => {}, warn: io.err },
      });
      const shifted = await shiftByHand(router, canaryPercent);
      const canary = settings.router === 'app-mesh' ? settings.canaryNode : settings.canaryTargetGroup;
      const unchanged = shifted.resources.filter((name) => !shifted.written.includes(name));
      io.err(
        `canary ${canary} at ${canaryPercent}%: ` +
          `written ${shifted.written.join(', ') || 'none'}; already set ${unchanged.join(', ') || 'none'}`,
      );
      io.out(
        options.json
          ? JSON.stringify(shifted.result, null, 2)
          : formatWeightsTable(await shifted.weights(), settings.router),
      );
    });
}

interface ShiftByHand {
  /** The routes, rule or listener shifted, by name. */
  resources: string[];
  written: string[];
  result: unknown;
  weights(): Promise<RouteWeights[]>;
}

/** The state just read is what the write expects: a route or rule edited in between is not overwritten. */
async function shiftByHand(router: InputRouter, canaryPercent: number): Promise<ShiftByHand> {
  if (router instanceof AppMeshRouter) {
    const result = await router.shift(canaryPercent, await router.current());
    const routes = result.routes.map(routeWeightsOf);
    return {
      resources: result.routes.map((route) => route.routeName),
      written: result.written,
      result,
      weights: async () => routes,
    };
  }
  const result =
    router instanceof AlbRouter
      ? await router.shift(canaryPercent, await router.current())
      : await router.shift(canaryPercent, await router.current());
  // The forward action as it is now, read once for the table and the names.
  const weights = await router.describe();
  return {
    resources: weights.map((one) => one.route),
    written: result.written,
    result,
    weights: async () => weights,
  };
}
