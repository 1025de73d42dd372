import type { AppMeshClient } from '@aws-sdk/client-app-mesh';
import type { MeshSettings } from '../../config/mesh.js';
import { InputError } from '../../errors.js';
import {
  DriftError,
  RestoreIncompleteError,
  type RouteDrift,
  type RouteFailure,
  ShiftIncompleteError,
  TrafficStateError,
} from '../errors.js';
import { checkCanaryPercent } from '../percent.js';
import type { RestoreResult, RouteWeights, TrafficRouter } from '../router.js';
import { MeshApi, type MeshApiOptions, type RouteRead } from './appmesh-api.js';
import { ensureCanaryNode } from './canary-node.js';
import { clientToken } from './client-token.js';
import { readTrafficState } from './preflight.js';
import {
  describeTargets,
  parseRouteSpec,
  type RouteSpec,
  specDifferences,
  specsEqual,
  weightedTargetsOf,
} from './route-spec.js';
import { readRouteWeights } from './route-weights.js';
import type { MeshShiftResult, MeshSnapshot, MeshTrafficState, RouteSnapshot } from './state.js';
import { shiftRouteSpec } from './weights.js';

export interface AppMeshRouterOptions extends MeshApiOptions {
  /** Identifies the deployment; with the route and the step it makes every clientToken. */
  deploymentId: string;
}

/**
 * Shifts App Mesh route weights between the stable and the canary virtual node.
 * Calls per shift: one DescribeRoute and at most one UpdateRoute per route (none when a route already has
 * the target weights). All routes are read and checked for drift before the first one is written.
 */
export class AppMeshRouter implements TrafficRouter<MeshSnapshot, MeshShiftResult> {
  private readonly api: MeshApi;
  private readonly deploymentId: string;

  constructor(
    client: AppMeshClient,
    private readonly settings: MeshSettings,
    private readonly options: AppMeshRouterOptions,
  ) {
    if (options.deploymentId.trim() === '') {
      throw new InputError(
        'deployment-id',
        'is empty; give the deployment an id (it makes the App Mesh client tokens).',
      );
    }
    this.deploymentId = options.deploymentId;
    this.api = new MeshApi(client, settings, options);
  }

  /** Pre-flight (read-only) for a new deployment: refuses when the canary already holds weight. */
  snapshot(): Promise<MeshSnapshot> {
    return readTrafficState(this.api, this.settings, { canaryAtZero: true });
  }

  /** The same checks without requiring the canary at 0: a starting point for a shift by hand. */
  current(): Promise<MeshTrafficState> {
    return readTrafficState(this.api, this.settings, { canaryAtZero: false });
  }

  /** Creates the canary virtual node from the stable one when it is missing and creation is enabled. */
  ensureCanaryNode(): Promise<{ created: boolean }> {
    return ensureCanaryNode(this.api, this.settings, this.deploymentId);
  }

  describe(): Promise<RouteWeights[]> {
    return readRouteWeights(this.api, this.settings.routes);
  }

  async shift(canaryPercent: number, expected: MeshTrafficState): Promise<MeshShiftResult> {
    const percent = checkCanaryPercent(canaryPercent);
    const state = this.checkState(expected, 'expected');
    // Everything that can be refused without AWS is refused before the first call.
    const plans = state.routes.map((route) => ({
      route,
      target: shiftRouteSpec(route.spec, this.settings, percent, route.routeName),
    }));

    const reads: Array<{ read: RouteRead; current: RouteSpec }> = [];
    for (const { route } of plans) {
      const read = await this.api.describeRoute(route.routeName);
      reads.push({ read, current: parseRouteSpec(read.spec, route.routeName) });
    }
    const drifts: RouteDrift[] = [];
    const pending: number[] = [];
    const results: RouteSnapshot[] = [];
    plans.forEach(({ route, target }, index) => {
      const { read, current } = reads[index]!;
      if (specsEqual(current, target)) {
        results[index] = { routeName: route.routeName, version: read.version, spec: current };
      } else if (specsEqual(current, route.spec)) {
        pending.push(index);
      } else {
        drifts.push({ routeName: route.routeName, differences: specDifferences(current, route.spec) });
      }
    });
    if (drifts.length > 0) throw new DriftError(drifts);

    const written: string[] = [];
    for (const index of pending) {
      const { route, target } = plans[index]!;
      const fromVersion = reads[index]!.read.version;
      try {
        const token = this.token(route.routeName, 'shift', fromVersion, percent);
        const output = await this.api.updateRoute(route.routeName, target, token);
        results[index] = {
          routeName: route.routeName,
          version: output.version,
          spec: storedSpec(output, target),
        };
        written.push(route.routeName);
        this.options.log?.info(
          `route ${route.routeName}: ${describeTargets(weightedTargetsOf(target))} (canary ${percent}%)`,
        );
      } catch (error) {
        if (written.length === 0) throw error;
        const notWritten = pending
          .slice(pending.indexOf(index))
          .map((later) => plans[later]!.route.routeName);
        throw new ShiftIncompleteError(percent, written, route.routeName, notWritten, { cause: error });
      }
    }
    return { ...identityOf(state), routes: results, canaryPercent: percent, written };
  }

  async restore(snapshot: MeshSnapshot): Promise<RestoreResult> {
    const state = this.checkState(snapshot, 'snapshot');
    const restored: string[] = [];
    const unchanged: string[] = [];
    const failures: RouteFailure[] = [];
    // Every route is attempted even after a failure: a rollback restores as much as it can.
    for (const route of state.routes) {
      try {
        const read = await this.api.describeRoute(route.routeName);
        if (sameSpec(read.spec, route)) {
          unchanged.push(route.routeName);
          continue;
        }
        const token = this.token(route.routeName, 'restore', route.version, read.version);
        await this.api.updateRoute(route.routeName, route.spec, token);
        restored.push(route.routeName);
        this.options.log?.info(
          `route ${route.routeName}: restored ${describeTargets(weightedTargetsOf(route.spec))}`,
        );
      } catch (error) {
        failures.push({ routeName: route.routeName, error });
      }
    }
    if (failures.length > 0) throw new RestoreIncompleteError(restored, failures);
    return { restored, unchanged };
  }

  private token(routeName: string, ...step: Array<string | number>): string {
    return clientToken(
      this.deploymentId,
      this.settings.mesh,
      this.settings.virtualRouter,
      routeName,
      ...step,
    );
  }

  /** The state must be this router's (a document from another deployment is refused) and well formed. */
  private checkState(state: MeshTrafficState, what: string): MeshTrafficState {
    if (typeof state !== 'object' || state === null || !Array.isArray(state.routes)) {
      throw new TrafficStateError(`the ${what} state is not a route state (no routes).`);
    }
    const mine: MeshTrafficState = { ...this.settings, router: 'app-mesh', routes: [] };
    for (const key of identityKeys) {
      if ((mine[key] ?? '') !== (state[key] ?? '')) {
        throw new TrafficStateError(
          `the ${what} state is for ${key} ${JSON.stringify(state[key] ?? null)}, but this router shifts ${key} ${JSON.stringify(mine[key] ?? null)}.`,
        );
      }
    }
    if (state.routes.length === 0) throw new TrafficStateError(`the ${what} state lists no route.`);
    const names = new Set<string>();
    const routes = state.routes.map((route) => {
      if (typeof route?.routeName !== 'string' || !Number.isInteger(route.version)) {
        throw new TrafficStateError(
          `the ${what} state has a route without a name or version: ${JSON.stringify(route)}.`,
        );
      }
      if (names.has(route.routeName))
        throw new TrafficStateError(`the ${what} state lists route ${route.routeName} twice.`);
      names.add(route.routeName);
      return {
        routeName: route.routeName,
        version: route.version,
        spec: parseRouteSpec(route.spec, route.routeName),
      };
    });
    const configured = this.settings.routes;
    if (configured.length > 0 && [...configured].sort().join(',') !== [...names].sort().join(',')) {
      throw new TrafficStateError(
        `the ${what} state covers routes ${[...names].join(', ')}, but route is set to ${configured.join(', ')}.`,
      );
    }
    return { ...identityOf(state), routes };
  }
}

const identityKeys = ['router', 'mesh', 'meshOwner', 'virtualRouter', 'stableNode', 'canaryNode'] as const;

function identityOf(state: MeshTrafficState): Omit<MeshTrafficState, 'routes'> {
  return {
    router: state.router,
    mesh: state.mesh,
    ...(state.meshOwner ? { meshOwner: state.meshOwner } : {}),
    virtualRouter: state.virtualRouter,
    stableNode: state.stableNode,
    canaryNode: state.canaryNode,
  };
}

/** The spec App Mesh stored (what the next drift check compares with), or the one sent if none came back. */
function storedSpec(output: RouteRead, sent: RouteSpec): RouteSpec {
  try {
    return parseRouteSpec(output.spec, output.routeName);
  } catch {
    return sent;
  }
}

function sameSpec(current: unknown, route: RouteSnapshot): boolean {
  try {
    return specsEqual(parseRouteSpec(current, route.routeName), route.spec);
  } catch {
    // Unreadable now: not the snapshot, so it is written back.
    return false;
  }
}
