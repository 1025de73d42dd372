import type { VPCLatticeClient } from '@aws-sdk/client-vpc-lattice';
import type { RoutingApiOptions } from '../aws-call.js';
import { TrafficStateError } from '../errors.js';
import { type ForwardAccess, restoreForward, shiftForward } from '../forward-shift.js';
import { checkCanaryPercent } from '../percent.js';
import type { RestoreResult, RouteWeights, TrafficRouter } from '../router.js';
import { LatticeApi } from './api.js';
import { readLatticeWeights } from './describe.js';
import { identifies, type LatticeKind, latticeIdOf } from './identifiers.js';
import { readLatticeState } from './preflight.js';
import type { LatticeSettings } from './settings.js';
import {
  differences,
  type LatticeRouteSpec,
  latticeSpecOps,
  specsEqual,
  withPairWeightsFrom,
} from './spec.js';
import {
  type LatticeShiftResult,
  type LatticeSnapshot,
  type LatticeTrafficState,
  latticePairOf,
  latticeResourceLabel,
  latticeShiftResultSchema,
  latticeTrafficStateSchema,
} from './state.js';
import '../../schema-messages.js';

/**
 * Shifts the weights of a VPC Lattice forward action (a listener rule, or the listener's default action)
 * between the stable and the canary target group. Same guarantees as the App Mesh router: pre-flight and
 * snapshot before the first write; a whole-resource drift check before every write; only target group
 * weights change; restore writes the snapshot's action back exactly; throttling and 5xx are retried.
 * Calls per shift and per restore: one GetRule (or GetListener) and at most one UpdateRule (or
 * UpdateListener), none when the resource already holds the target.
 */
export class VpcLatticeRouter implements TrafficRouter<LatticeSnapshot, LatticeShiftResult> {
  private readonly api: LatticeApi;

  constructor(
    client: VPCLatticeClient,
    private readonly settings: LatticeSettings,
    private readonly options: RoutingApiOptions = {},
  ) {
    this.api = new LatticeApi(client, options);
  }

  /** Pre-flight (read-only) for a new deployment: refuses when the canary group already holds weight. */
  snapshot(): Promise<LatticeSnapshot> {
    return readLatticeState(this.api, this.settings, { canaryAtZero: true });
  }

  /** The same checks without requiring the canary at 0: a starting point for a shift by hand. */
  current(): Promise<LatticeTrafficState> {
    return readLatticeState(this.api, this.settings, { canaryAtZero: false });
  }

  /** The weights as they are, for people (no pre-flight checks). */
  describe(): Promise<RouteWeights[]> {
    return readLatticeWeights(this.api, this.settings);
  }

  /**
   * Moves the canary to `canaryPercent` of the stable's share, computed from the snapshot's weights (the
   * `base` of a shift result, or the snapshot itself): a step's weights never depend on the steps before.
   */
  async shift(
    canaryPercent: number,
    expected: LatticeSnapshot | LatticeShiftResult,
  ): Promise<LatticeShiftResult> {
    const percent = checkCanaryPercent(canaryPercent);
    const { state, base } = this.checkState(expected, 'expected');
    const resource = latticeResourceLabel(state);
    const { spec, written } = await shiftForward(latticeSpecOps, this.resourceAccess(state), {
      resource,
      pair: latticePairOf(state),
      canaryPercent: percent,
      expected: state.spec,
      base,
      ...(this.options.log ? { log: this.options.log } : {}),
    });
    return { ...state, spec, canaryPercent: percent, base, written: written ? [resource] : [] };
  }

  /**
   * Writes the snapshot's action back, whatever the weights are now. Only the action is sent: an edit of
   * the match or priority made meanwhile is kept. An action already equal to the snapshot's is left alone.
   */
  async restore(snapshot: LatticeSnapshot): Promise<RestoreResult> {
    if (typeof snapshot === 'object' && snapshot !== null && 'base' in snapshot) {
      throw new TrafficStateError(
        'the snapshot state is a shift result; restore takes the state read before the first shift.',
      );
    }
    const { state } = this.checkState(snapshot, 'snapshot');
    const resource = latticeResourceLabel(state);
    const restored = await restoreForward(latticeSpecOps, this.resourceAccess(state), {
      resource,
      snapshot: state.spec,
      ...(this.options.log ? { log: this.options.log } : {}),
    });
    return restored ? { restored: [resource], unchanged: [] } : { restored: [], unchanged: [resource] };
  }

  /** Reads and writes the routed resource of a state: the rule, or the listener's default action(s). */
  resourceAccess(state: LatticeTrafficState): ForwardAccess {
    const { serviceArn, listenerArn, ruleArn } = state;
    const action = (spec: unknown) => (spec as LatticeRouteSpec).action;
    return ruleArn
      ? {
          read: async () => (await this.api.readRule(serviceArn, listenerArn, ruleArn)).spec,
          write: (spec) => this.api.updateRuleAction(serviceArn, listenerArn, ruleArn, action(spec)),
        }
      : {
          read: async () => (await this.api.readListener(serviceArn, listenerArn)).spec,
          write: (spec) => this.api.updateListenerAction(serviceArn, listenerArn, action(spec)),
        };
  }

  /** The state must be well formed and this router's (a document of another deployment is refused). */
  private checkState(
    value: LatticeSnapshot | LatticeShiftResult,
    what: string,
  ): { state: LatticeTrafficState; base: LatticeRouteSpec } {
    const isResult = typeof value === 'object' && value !== null && 'base' in value;
    const parsed = (isResult ? latticeShiftResultSchema : latticeTrafficStateSchema).safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new TrafficStateError(
        `the ${what} state is not a VPC Lattice state: ${issue.path.join('.') || 'state'}: ${issue.message}`,
      );
    }
    const { canaryPercent: _percent, base, written: _written, ...state } = parsed.data as LatticeShiftResult;
    this.checkIdentity(state, what);
    if (base) {
      // A result's spec must be its base with only a shift's weights: anything else is not this router's.
      const restored = withPairWeightsFrom(state.spec, base, latticePairOf(state));
      if (!restored || !specsEqual(restored, base)) {
        throw new TrafficStateError(
          `the ${what} state's spec is not a shift of its base: ${differences(state.spec, base).join('; ')}.`,
        );
      }
    }
    return { state, base: base ?? state.spec };
  }

  private checkIdentity(state: LatticeTrafficState, what: string): void {
    const { settings, names } = { settings: this.settings, names: state.names };
    const checks: Array<[string, string | undefined, string | undefined, string | undefined, LatticeKind]> = [
      ['lattice-service', settings.service, state.serviceArn, names.service, 'service'],
      ['lattice-listener', settings.listener, state.listenerArn, names.listener, 'listener'],
      ['lattice-rule', settings.rule, state.ruleArn, names.rule, 'rule'],
      [
        'stable-target-group',
        settings.stableTargetGroup,
        state.stableTargetGroupArn,
        names.stableTargetGroup,
        'targetgroup',
      ],
      [
        'canary-target-group',
        settings.canaryTargetGroup,
        state.canaryTargetGroupArn,
        names.canaryTargetGroup,
        'targetgroup',
      ],
    ];
    for (const [input, given, arn, name, kind] of checks) {
      if (given === undefined && arn === undefined) continue;
      const same =
        given !== undefined &&
        arn !== undefined &&
        identifies(given, { arn, id: latticeIdOf(kind, arn), name: name ?? arn });
      if (!same) {
        throw new TrafficStateError(
          `the ${what} state is for ${input} ${JSON.stringify(arn ?? null)}, but this router shifts ${JSON.stringify(given ?? null)}.`,
        );
      }
    }
  }
}
