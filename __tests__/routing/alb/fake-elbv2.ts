import {
  type Action,
  DescribeListenersCommand,
  type DescribeListenersCommandInput,
  DescribeRulesCommand,
  type DescribeRulesCommandInput,
  DescribeTargetGroupsCommand,
  type DescribeTargetGroupsCommandInput,
  type ElasticLoadBalancingV2ClientResolvedConfig,
  ElasticLoadBalancingV2ServiceException,
  InvalidConfigurationRequestException,
  ListenerNotFoundException,
  ModifyListenerCommand,
  ModifyRuleCommand,
  OperationNotPermittedException,
  type Rule,
  RuleNotFoundException,
  type ServiceInputTypes,
  type ServiceOutputTypes,
  TargetGroupNotFoundException,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { AwsStub } from 'aws-sdk-client-mock';

export const elbHead = 'arn:aws:elasticloadbalancing:us-west-2:123456789012';

export type ElbOperation =
  | 'DescribeListeners'
  | 'DescribeRules'
  | 'DescribeTargetGroups'
  | 'ModifyRule'
  | 'ModifyListener';

export interface StoredListener {
  ListenerArn: string;
  LoadBalancerArn: string;
  Port: number;
  Protocol: 'HTTP' | 'HTTPS';
  DefaultActions: Action[];
}

export interface StoredTargetGroup {
  TargetGroupArn: string;
  TargetGroupName: string;
  LoadBalancerArns: string[];
}

const metadata = { $metadata: {} };

/** ELBv2 speaks the Query protocol: throttling and server errors arrive as unmodeled error codes. */
export function elbError(name: string, fault: 'client' | 'server', status: number, message: string) {
  return new ElasticLoadBalancingV2ServiceException({
    name,
    $fault: fault,
    $metadata: { httpStatusCode: status },
    message,
  });
}

export const throttling = () => elbError('Throttling', 'client', 400, 'Rate exceeded');
export const internalFailure = () => elbError('InternalFailure', 'server', 500, 'internal failure');
export const accessDenied = () =>
  elbError('AccessDenied', 'client', 403, 'not authorized to perform: elasticloadbalancing:DescribeRules');

/**
 * An in-memory ELBv2 behind aws-sdk-client-mock: describes what it holds and stores what ModifyRule /
 * ModifyListener write, refusing what AWS refuses (more than 5 target groups, TargetGroupArn disagreeing with
 * ForwardConfig, an OIDC action without its secret, the default rule). With `normalize`, it stores a forward
 * as AWS reports it: both shapes for one group, stickiness off when none was given.
 */
export class FakeElbv2 {
  readonly listeners = new Map<string, StoredListener>();
  readonly rules = new Map<string, Rule>();
  readonly targetGroups = new Map<string, StoredTargetGroup>();
  private readonly queued = new Map<ElbOperation, unknown[]>();
  private readonly always = new Map<ElbOperation, unknown>();
  private counter = 0;

  constructor(readonly normalize = false) {}

  failNext(operation: ElbOperation, ...errors: unknown[]): this {
    this.queued.set(operation, [...(this.queued.get(operation) ?? []), ...errors]);
    return this;
  }

  failAlways(operation: ElbOperation, error: unknown): this {
    this.always.set(operation, error);
    return this;
  }

  private maybeFail(operation: ElbOperation): void {
    const queue = this.queued.get(operation) ?? [];
    if (queue.length > 0) throw queue.shift();
    if (this.always.has(operation)) throw this.always.get(operation);
  }

  private nextId(): string {
    this.counter += 1;
    return this.counter.toString(16).padStart(16, '0');
  }

  addListener(loadBalancerName: string, defaultActions: Action[]): StoredListener {
    const loadBalancerId = this.nextId();
    const listenerId = this.nextId();
    const listener: StoredListener = {
      ListenerArn: `${elbHead}:listener/app/${loadBalancerName}/${loadBalancerId}/${listenerId}`,
      LoadBalancerArn: `${elbHead}:loadbalancer/app/${loadBalancerName}/${loadBalancerId}`,
      Port: 443,
      Protocol: 'HTTPS',
      DefaultActions: structuredClone(defaultActions),
    };
    this.listeners.set(listener.ListenerArn, listener);
    const defaultRule = `${listener.ListenerArn.replace(':listener/', ':listener-rule/')}/${this.nextId()}`;
    this.rules.set(defaultRule, {
      RuleArn: defaultRule,
      Priority: 'default',
      IsDefault: true,
      Conditions: [],
      Actions: listener.DefaultActions,
    });
    return listener;
  }

  addRule(listener: StoredListener, rule: Omit<Rule, 'RuleArn' | 'IsDefault'>): Rule {
    const RuleArn = `${listener.ListenerArn.replace(':listener/', ':listener-rule/')}/${this.nextId()}`;
    const stored: Rule = { RuleArn, IsDefault: false, ...structuredClone(rule) };
    this.rules.set(RuleArn, stored);
    return stored;
  }

  addTargetGroup(name: string, loadBalancerArns: string[] = []): StoredTargetGroup {
    const group = {
      TargetGroupArn: `${elbHead}:targetgroup/${name}/${this.nextId()}`,
      TargetGroupName: name,
      LoadBalancerArns: loadBalancerArns,
    };
    this.targetGroups.set(group.TargetGroupArn, group);
    return group;
  }

  defaultRuleOf(listener: StoredListener): Rule {
    const prefix = listener.ListenerArn.replace(':listener/', ':listener-rule/');
    return [...this.rules.values()].find((rule) => rule.IsDefault && rule.RuleArn?.startsWith(prefix))!;
  }

  private stored(actions: Action[] | undefined): Action[] {
    for (const action of actions ?? []) {
      const tuples = action.ForwardConfig?.TargetGroups ?? [];
      if (tuples.length > 5) {
        throw new InvalidConfigurationRequestException({
          message: 'A forward action can have at most 5 target groups',
          ...metadata,
        });
      }
      if (
        action.TargetGroupArn &&
        tuples.length > 0 &&
        (tuples.length !== 1 || tuples[0]?.TargetGroupArn !== action.TargetGroupArn)
      ) {
        throw new InvalidConfigurationRequestException({
          message: 'TargetGroupArn and ForwardConfig disagree',
          ...metadata,
        });
      }
      const oidc = action.AuthenticateOidcConfig;
      if (oidc && oidc.ClientSecret === undefined && !oidc.UseExistingClientSecret) {
        throw new InvalidConfigurationRequestException({
          message: 'You must specify a client secret',
          ...metadata,
        });
      }
    }
    const copy = structuredClone(actions ?? []).map((action) => {
      // Write-only field: ELBv2 never returns it.
      if (action.AuthenticateOidcConfig) delete action.AuthenticateOidcConfig.UseExistingClientSecret;
      return action;
    });
    if (!this.normalize) return copy;
    return copy.map((action) => {
      if (action.Type !== 'forward') return action;
      const tuples = action.ForwardConfig?.TargetGroups ?? [
        { TargetGroupArn: action.TargetGroupArn, Weight: 1 },
      ];
      return {
        ...action,
        ...(tuples.length === 1 ? { TargetGroupArn: tuples[0]!.TargetGroupArn } : {}),
        ForwardConfig: {
          TargetGroups: tuples,
          TargetGroupStickinessConfig: action.ForwardConfig?.TargetGroupStickinessConfig ?? {
            Enabled: false,
          },
        },
      };
    });
  }

  install(
    mock: AwsStub<ServiceInputTypes, ServiceOutputTypes, ElasticLoadBalancingV2ClientResolvedConfig>,
  ): void {
    mock.on(DescribeListenersCommand).callsFake(({ ListenerArns }: DescribeListenersCommandInput) => {
      this.maybeFail('DescribeListeners');
      const found = (ListenerArns ?? []).map((arn) => this.listeners.get(arn));
      if (found.some((listener) => !listener))
        throw new ListenerNotFoundException({ message: 'One or more listeners not found', ...metadata });
      return { Listeners: structuredClone(found) };
    });
    mock.on(DescribeRulesCommand).callsFake(({ RuleArns }: DescribeRulesCommandInput) => {
      this.maybeFail('DescribeRules');
      const found = (RuleArns ?? []).map((arn) => this.rules.get(arn));
      if (found.some((rule) => !rule))
        throw new RuleNotFoundException({ message: 'One or more rules not found', ...metadata });
      return { Rules: structuredClone(found) };
    });
    mock
      .on(DescribeTargetGroupsCommand)
      .callsFake(({ TargetGroupArns, Names }: DescribeTargetGroupsCommandInput) => {
        this.maybeFail('DescribeTargetGroups');
        const all = [...this.targetGroups.values()];
        const found = TargetGroupArns
          ? TargetGroupArns.map((arn) => this.targetGroups.get(arn))
          : (Names ?? []).map((name) => all.find((group) => group.TargetGroupName === name));
        if (found.some((group) => !group)) {
          throw new TargetGroupNotFoundException({
            message: 'One or more target groups not found',
            ...metadata,
          });
        }
        return {
          TargetGroups: structuredClone(found).map((group) => ({
            ...group,
            Protocol: 'HTTP' as const,
            TargetType: 'ip' as const,
          })),
        };
      });
    mock.on(ModifyRuleCommand).callsFake(({ RuleArn, Actions, Conditions }) => {
      this.maybeFail('ModifyRule');
      const rule = this.rules.get(RuleArn ?? '');
      if (!rule) throw new RuleNotFoundException({ message: 'One or more rules not found', ...metadata });
      if (rule.IsDefault)
        throw new OperationNotPermittedException({
          message: 'Default rules cannot be modified',
          ...metadata,
        });
      if (Actions) rule.Actions = this.stored(Actions);
      if (Conditions) rule.Conditions = structuredClone(Conditions);
      return { Rules: [structuredClone(rule)] };
    });
    mock.on(ModifyListenerCommand).callsFake(({ ListenerArn, DefaultActions }) => {
      this.maybeFail('ModifyListener');
      const listener = this.listeners.get(ListenerArn ?? '');
      if (!listener)
        throw new ListenerNotFoundException({ message: 'One or more listeners not found', ...metadata });
      if (DefaultActions) {
        listener.DefaultActions = this.stored(DefaultActions);
        this.defaultRuleOf(listener).Actions = listener.DefaultActions;
      }
      return { Listeners: [structuredClone(listener)] };
    });
  }
}
