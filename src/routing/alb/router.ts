import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { RoutingApiOptions } from '../aws-call.js';
import { TrafficStateError } from '../errors.js';
import { type ForwardAccess, restoreForward, shiftForward } from '../forward-shift.js';
import { checkCanaryPercent } from '../percent.js';
import type { RestoreResult, RouteWeights, TrafficRouter } from '../router.js';
import { AlbApi } from './api.js';
import { targetGroupNameOf } from './arns.js';
import { readAlbWeights } from './describe.js';
import { readAlbState } from './preflight.js';
import type { AlbSettings } from './settings.js';
import { type AlbRouteSpec, albSpecOps, differences, specsEqual, withPairWeightsFrom } from './spec.js';
import {
  type AlbShiftResult,
  type AlbSnapshot,
  type AlbTrafficState,
  albPairOf,
  albResourceLabel,
  albShiftResultSchema,
  albTrafficStateSchema,
} from './state.js';
import '../../schema-messages.js';

/**
 * Shifts the weights of an Application Load Balancer forward action (a listener rule's, or the listener's
 * default one) between the stable and the canary target group. Same guarantees as the App Mesh router:
 * pre-flight and snapshot before the first write; a whole-resource drift check before every write; only
 * target group weights change (stickiness, conditions, priority, other actions stay); restore writes the
 * snapshot's actions back exactly; throttling and 5xx are retried.
 * Calls per shift and per restore: one DescribeRules (or DescribeListeners) and at most one ModifyRule (or
 * ModifyListener), none when the resource already holds the target.
 */
export class AlbRouter implements TrafficRouter<AlbSnapshot, AlbShiftResult> {
  private readonly api: AlbApi;

  constructor(
    client: ElasticLoadBalancingV2Client,
    private readonly settings: AlbSettings,
    private readonly options: RoutingApiOptions = {},
  ) {
    this.api = new AlbApi(client, options);
  }

  /** Pre-flight (read-only) for a new deployment: refuses when the canary group already holds weight. */
  snapshot(): Promise<AlbSnapshot> {
    return readAlbState(this.api, this.settings, { canaryAtZero: true });
  }

  /** The same checks without requiring the canary at 0: a starting point for a shift by hand. */
  current(): Promise<AlbTrafficState> {
    return readAlbState(this.api, this.settings, { canaryAtZero: false });
  }

  /** The weights as they are, for people (no pre-flight checks). */
  describe(): Promise<RouteWeights[]> {
    return readAlbWeights(this.api, this.settings);
  }

  /**
   * Moves the canary to `canaryPercent` of the stable's share, computed from the snapshot's weights (the
   * `base` of a shift result, or the snapshot itself): a step's weights never depend on the steps before.
   */
  async shift(canaryPercent: number, expected: AlbSnapshot | AlbShiftResult): Promise<AlbShiftResult> {
    const percent = checkCanaryPercent(canaryPercent);
    const { state, base } = this.checkState(expected, 'expected');
    const resource = albResourceLabel(state);
    const { spec, written } = await shiftForward(albSpecOps, this.resourceAccess(state), {
      resource,
      pair: albPairOf(state),
      canaryPercent: percent,
      expected: state.spec,
      base,
      ...(this.options.log ? { log: this.options.log } : {}),
    });
    return { ...state, spec, canaryPercent: percent, base, written: written ? [resource] : [] };
  }

  /**
   * Writes the snapshot's actions back, whatever the weights are now. Only the actions are sent: an edit of
   * the conditions or priority made meanwhile is kept. Actions already equal to the snapshot's are left alone.
   */
  async restore(snapshot: AlbSnapshot): Promise<RestoreResult> {
    if (typeof snapshot === 'object' && snapshot !== null && 'base' in snapshot) {
      throw new TrafficStateError(
        'the snapshot state is a shift result; restore takes the state read before the first shift.',
      );
    }
    const { state } = this.checkState(snapshot, 'snapshot');
    const resource = albResourceLabel(state);
    const restored = await restoreForward(albSpecOps, this.resourceAccess(state), {
      resource,
      snapshot: state.spec,
      ...(this.options.log ? { log: this.options.log } : {}),
    });
    return restored ? { restored: [resource], unchanged: [] } : { restored: [], unchanged: [resource] };
  }

  /** Reads and writes the routed resource of a state: the rule, or the listener's default action(s). */
  resourceAccess(state: AlbTrafficState): ForwardAccess {
    const { listenerArn, ruleArn } = state;
    const actions = (spec: unknown) => (spec as AlbRouteSpec).Actions;
    return ruleArn
      ? {
          read: async () => (await this.api.rule(ruleArn)).spec,
          write: (spec) => this.api.modifyRuleActions(ruleArn, actions(spec)),
        }
      : {
          read: async () => (await this.api.listener(listenerArn)).spec,
          write: (spec) => this.api.modifyListenerActions(listenerArn, actions(spec)),
        };
  }

  /** The state must be well formed and this router's (a document of another deployment is refused). */
  private checkState(
    value: AlbSnapshot | AlbShiftResult,
    what: string,
  ): { state: AlbTrafficState; base: AlbRouteSpec } {
    const isResult = typeof value === 'object' && value !== null && 'base' in value;
    const parsed = (isResult ? albShiftResultSchema : albTrafficStateSchema).safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new TrafficStateError(
        `the ${what} state is not an ALB state: ${issue.path.join('.') || 'state'}: ${issue.message}`,
      );
    }
    const { canaryPercent: _percent, base, written: _written, ...state } = parsed.data as AlbShiftResult;
    this.checkIdentity(state, what);
    if (base) {
      // A result's spec must be its base with only a shift's weights: anything else is not this router's.
      const restored = withPairWeightsFrom(state.spec, base, albPairOf(state));
      if (!restored || !specsEqual(restored, base)) {
        throw new TrafficStateError(
          `the ${what} state's spec is not a shift of its base: ${differences(state.spec, base).join('; ')}.`,
        );
      }
    }
    return { state, base: base ?? state.spec };
  }

  private checkIdentity(state: AlbTrafficState, what: string): void {
    const { settings } = this;
    const groupMatches = (given: string, arn: string) => given === arn || given === targetGroupNameOf(arn);
    const checks: Array<[string, string | undefined, string | undefined, boolean]> = [
      ['listener-arn', settings.listenerArn, state.listenerArn, settings.listenerArn === state.listenerArn],
      ['listener-rule-arn', settings.ruleArn, state.ruleArn, settings.ruleArn === state.ruleArn],
      [
        'stable-target-group',
        settings.stableTargetGroup,
        state.stableTargetGroupArn,
        groupMatches(settings.stableTargetGroup, state.stableTargetGroupArn),
      ],
      [
        'canary-target-group',
        settings.canaryTargetGroup,
        state.canaryTargetGroupArn,
        groupMatches(settings.canaryTargetGroup, state.canaryTargetGroupArn),
      ],
    ];
    for (const [input, given, held, same] of checks) {
      if (!same) {
        throw new TrafficStateError(
          `the ${what} state is for ${input} ${JSON.stringify(held ?? null)}, but this router shifts ${JSON.stringify(given ?? null)}.`,
        );
      }
    }
  }
}
