import type { SimClock } from '../../clock.js';
import { stableHex } from '../ids.js';
import type { Place } from '../protocol.js';
import { isObject, type Json, pageOf } from '../protocol.js';
import { queryList } from '../query-protocol.js';
import { WriteHistory } from '../write-history.js';
import {
  actionView,
  checkActions,
  checkArn,
  checkConditions,
  elbError,
  forwardTargets,
  type TargetGroupCheck,
  validationError,
} from './elbv2-model.js';
import {
  checkAttributes,
  checkCreateTargetGroup,
  checkTags,
  defaultAttributes,
  defaultHealthCheck,
  sameSettings,
  type Tag,
  type TargetGroupSettings,
} from './elbv2-target-groups.js';

export const elbv2Version = '2015-12-01';
export const elbv2Namespace = 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/';

interface Elbv2LoadBalancer {
  arn: string;
  name: string;
  id: string;
  vpcId: string;
  type: 'application';
  createdAt: number;
}

interface Elbv2TargetGroup extends TargetGroupSettings {
  arn: string;
  id: string;
  attributes: Record<string, string>;
  tags: Tag[];
}

interface Elbv2Rule {
  arn: string;
  listenerArn: string;
  priority: number | 'default';
  conditions: Json[];
  actions: Json[];
  tags?: Record<string, string>;
}

interface Elbv2Listener {
  arn: string;
  loadBalancerArn: string;
  port: number;
  protocol: string;
  /** The default actions live in the listener's default rule (DescribeRules answers it as IsDefault). */
  defaultRule: Elbv2Rule;
  rules: Elbv2Rule[];
}

/** A write of a rule's actions (the default rule's for ModifyListener), at the simulated time it took effect. */
export interface Elbv2ActionWrite {
  at: number;
  listenerArn: string;
  ruleArn: string;
  isDefault: boolean;
  actions: Json[];
}

/** Where a forward action lives: a load balancer's listener (by port), and a rule (by priority) or the default. */
export interface AlbRuleRef {
  loadBalancer: string;
  listenerPort: number;
  rulePriority?: number;
}

/**
 * Elastic Load Balancing v2 (AWS Query protocol, XML answers): Application Load Balancers, their listeners,
 * rules and target groups; ModifyListener and ModifyRule replace the actions, and every such write is kept
 * with its simulated time.
 */
export class LocalElbv2 {
  private readonly loadBalancers = new Map<string, Elbv2LoadBalancer>();
  private readonly targetGroups = new Map<string, Elbv2TargetGroup>();
  private readonly listeners = new Map<string, Elbv2Listener>();
  private readonly deletedTargetGroups: string[] = [];
  readonly history = new WriteHistory<Elbv2ActionWrite>();
  /** The account's ELBv2 quotas as DescribeAccountLimits reports them; a test may raise one as Support would. */
  readonly accountLimits: Record<string, number> = {
    'application-load-balancers': 50,
    'listeners-per-application-load-balancer': 50,
    'rules-per-application-load-balancer': 100,
    'target-groups': 3000,
    'targets-per-application-load-balancer': 1000,
  };

  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
  ) {}

  // ---- set-up (the seed) ------------------------------------------------------------------------

  createLoadBalancer(options: { name: string; vpcId: string }): string {
    const id = stableHex(`loadbalancer/${options.name}`, 16);
    const arn = this.arn(`loadbalancer/app/${options.name}/${id}`);
    this.loadBalancers.set(arn, {
      arn,
      name: options.name,
      id,
      vpcId: options.vpcId,
      type: 'application',
      createdAt: this.clock.nowMs(),
    });
    return arn;
  }

  createTargetGroup(options: {
    name: string;
    port: number;
    vpcId: string;
    protocol?: string;
    targetType?: string;
    healthCheck?: Partial<TargetGroupSettings['healthCheck']>;
    attributes?: Record<string, string>;
    tags?: Tag[];
  }): string {
    return this.addTargetGroup({
      name: options.name,
      port: options.port,
      vpcId: options.vpcId,
      protocol: options.protocol ?? 'HTTP',
      targetType: options.targetType ?? 'ip',
      protocolVersion: 'HTTP1',
      ipAddressType: 'ipv4',
      healthCheck: { ...defaultHealthCheck, ...options.healthCheck },
      attributes: { ...defaultAttributes, ...options.attributes },
      tags: options.tags ?? [],
    }).arn;
  }

  private addTargetGroup(
    settings: TargetGroupSettings & { attributes: Record<string, string>; tags: Tag[] },
  ): Elbv2TargetGroup {
    // A name deleted and created again gets a new ID, as in ELBv2.
    const generation = this.deletedTargetGroups.filter((name) => name === settings.name).length;
    const id = stableHex(`targetgroup/${settings.name}${generation ? `/${generation}` : ''}`, 16);
    const group: Elbv2TargetGroup = { ...settings, arn: this.arn(`targetgroup/${settings.name}/${id}`), id };
    this.targetGroups.set(group.arn, group);
    return group;
  }

  createListener(options: { loadBalancerArn: string; port: number; defaultActions: Json[] }): string {
    const balancer = this.loadBalancers.get(options.loadBalancerArn);
    if (!balancer) throw new Error(`no load balancer ${options.loadBalancerArn}`);
    const id = stableHex(`${balancer.arn}/listener/${options.port}`, 16);
    const arn = this.arn(`listener/app/${balancer.name}/${balancer.id}/${id}`);
    const listener: Elbv2Listener = {
      arn,
      loadBalancerArn: balancer.arn,
      port: options.port,
      protocol: 'HTTP',
      defaultRule: {
        arn: this.ruleArn(balancer, id, 'default'),
        listenerArn: arn,
        priority: 'default',
        conditions: [],
        actions: checkActions(options.defaultActions, 'DefaultActions', this.groupCheck(balancer)),
      },
      rules: [],
    };
    this.listeners.set(arn, listener);
    this.recordActions(listener, listener.defaultRule);
    return arn;
  }

  createRule(options: {
    listenerArn: string;
    priority: number;
    conditions: Json[];
    actions: Json[];
  }): string {
    const listener = this.listeners.get(options.listenerArn);
    if (!listener) throw new Error(`no listener ${options.listenerArn}`);
    const balancer = this.loadBalancers.get(listener.loadBalancerArn)!;
    const rule: Elbv2Rule = {
      arn: this.ruleArn(balancer, listener.arn.split('/').pop()!, String(options.priority)),
      listenerArn: listener.arn,
      priority: options.priority,
      conditions: checkConditions(options.conditions, 'Conditions'),
      actions: checkActions(options.actions, 'Actions', this.groupCheck(balancer)),
    };
    listener.rules.push(rule);
    this.recordActions(listener, rule);
    return rule.arn;
  }

  // ---- reads for the simulator, the stack's accessors and tests ----------------------------------

  /** The ARNs a rule reference names, or a clear error naming what is missing. */
  resolve(ref: AlbRuleRef): { loadBalancerArn: string; listenerArn: string; ruleArn: string } {
    const balancer = [...this.loadBalancers.values()].find(
      (one) => one.name === ref.loadBalancer || one.arn === ref.loadBalancer,
    );
    if (!balancer) throw new Error(`load balancer ${ref.loadBalancer} does not exist in the local stack`);
    const listener = [...this.listeners.values()].find(
      (one) => one.loadBalancerArn === balancer.arn && one.port === ref.listenerPort,
    );
    if (!listener)
      throw new Error(`load balancer ${balancer.name} has no listener on port ${ref.listenerPort}`);
    if (ref.rulePriority === undefined)
      return { loadBalancerArn: balancer.arn, listenerArn: listener.arn, ruleArn: listener.defaultRule.arn };
    const rule = listener.rules.find((one) => one.priority === ref.rulePriority);
    if (!rule) throw new Error(`listener ${listener.arn} has no rule of priority ${ref.rulePriority}`);
    return { loadBalancerArn: balancer.arn, listenerArn: listener.arn, ruleArn: rule.arn };
  }

  /** The forward's weighted target groups in force at simulated time `at`. */
  forwardAt(ref: AlbRuleRef, at: number): Array<{ targetGroupArn: string; weight: number }> {
    const { ruleArn } = this.resolve(ref);
    return forwardTargets(this.history.latest(at, (write) => write.ruleArn === ruleArn)?.actions);
  }

  actionChanges(ref: AlbRuleRef, from: number, to: number): number[] {
    const { ruleArn } = this.resolve(ref);
    return this.history.changes(from, to, (write) => write.ruleArn === ruleArn);
  }

  /** Every target group the rule's forward ever held, in order of appearance. */
  targetGroupsEverForwarded(ref: AlbRuleRef): string[] {
    const { ruleArn } = this.resolve(ref);
    const arns = this.history
      .all((write) => write.ruleArn === ruleArn)
      .flatMap((write) => forwardTargets(write.actions).map((target) => target.targetGroupArn));
    return [...new Set(arns)];
  }

  targetGroupByName(name: string): { arn: string; name: string } | undefined {
    const found = [...this.targetGroups.values()].find((one) => one.name === name);
    return found ? { arn: found.arn, name: found.name } : undefined;
  }

  targetGroupName(arn: string): string | undefined {
    return this.targetGroups.get(arn)?.name;
  }

  /** The load balancers forwarding to a target group now; undefined when the target group does not exist. */
  loadBalancerArnsOf(targetGroupArn: string): string[] | undefined {
    return this.targetGroups.has(targetGroupArn) ? this.loadBalancersUsing(targetGroupArn) : undefined;
  }

  /** CloudWatch's TargetGroup dimension: the ARN's resource part, targetgroup/<name>/<id>. */
  targetGroupDimension(arn: string): string {
    return arn.slice(arn.indexOf(':targetgroup/') + 1);
  }

  /** CloudWatch's LoadBalancer dimension: the ARN's part after loadbalancer/, app/<name>/<id>. */
  loadBalancerDimension(arn: string): string {
    return arn.slice(arn.indexOf(':loadbalancer/') + ':loadbalancer/'.length);
  }

  // ---- operations ---------------------------------------------------------------------------------

  operations(): Record<string, (params: Json) => Json> {
    return {
      DescribeLoadBalancers: (params) => this.describeLoadBalancers(params),
      DescribeAccountLimits: () => this.describeAccountLimits(),
      DescribeListeners: (params) => this.describeListeners(params),
      DescribeRules: (params) => this.describeRules(params),
      DescribeTargetGroups: (params) => this.describeTargetGroups(params),
      ModifyListener: (params) => this.modifyListener(params),
      ModifyRule: (params) => this.modifyRule(params),
      CreateRule: (params) => this.createRuleCall(params),
      DeleteRule: (params) => this.deleteRule(params),
      CreateTargetGroup: (params) => this.createTargetGroupOperation(params),
      DescribeTargetGroupAttributes: (params) => this.describeTargetGroupAttributes(params),
      ModifyTargetGroupAttributes: (params) => this.modifyTargetGroupAttributes(params),
      DescribeTags: (params) => this.describeTags(params),
      DeleteTargetGroup: (params) => this.deleteTargetGroup(params),
    };
  }

  /** A second call with the same name and settings returns the group; other settings: DuplicateTargetGroupName. */
  createTargetGroupOperation(params: Json): Json {
    const { tags, ...settings } = checkCreateTargetGroup(params);
    const existing = [...this.targetGroups.values()].find((one) => one.name === settings.name);
    if (existing) {
      const { arn: _a, id: _i, attributes: _at, tags: _t, ...held } = existing;
      if (!sameSettings(held, settings))
        throw elbError(
          'DuplicateTargetGroupName',
          'A target group with the same name exists, but with different settings',
        );
      return { TargetGroups: [this.targetGroupData(existing)] };
    }
    const group = this.addTargetGroup({ ...settings, attributes: { ...defaultAttributes }, tags });
    return { TargetGroups: [this.targetGroupData(group)] };
  }

  describeTargetGroupAttributes(params: Json): Json {
    const group = this.targetGroup(params.TargetGroupArn);
    return { Attributes: attributeList(group.attributes) };
  }

  modifyTargetGroupAttributes(params: Json): Json {
    const group = this.targetGroup(params.TargetGroupArn);
    group.attributes = checkAttributes(params.Attributes, group.attributes);
    return { Attributes: attributeList(group.attributes) };
  }

  /** Refused while a listener or rule forwards to it, as ELBv2 does. */
  deleteTargetGroup(params: Json): Json {
    const group = this.targetGroup(params.TargetGroupArn);
    if (this.loadBalancersUsing(group.arn).length > 0)
      throw elbError(
        'ResourceInUse',
        `Target group '${group.arn}' is currently in use by a listener or a rule`,
      );
    this.targetGroups.delete(group.arn);
    this.deletedTargetGroups.push(group.name);
    return {};
  }

  /** Tags added by hand (as from the console), for tests. */
  addTags(arn: string, tags: Tag[]): void {
    const group = this.targetGroup(arn);
    const added = checkTags(tags);
    group.tags = [...group.tags.filter((tag) => !added.some((one) => one.Key === tag.Key)), ...added];
  }

  describeLoadBalancers(params: Json): Json {
    const arns = queryList(params.LoadBalancerArns);
    const names = queryList(params.Names);
    if (arns && names)
      throw validationError(
        'Load balancer names and load balancer ARNs cannot be specified at the same time',
      );
    let found = [...this.loadBalancers.values()];
    if (arns) {
      for (const arn of arns) checkArn('load balancer', arn);
      found = found.filter((one) => arns.includes(one.arn));
      if (found.length !== new Set(arns).size)
        throw elbError('LoadBalancerNotFound', 'One or more load balancers not found');
    }
    if (names) {
      found = found.filter((one) => names.includes(one.name));
      if (found.length !== new Set(names).size)
        throw elbError('LoadBalancerNotFound', `Load balancers '[${names.join(', ')}]' not found`);
    }
    const { page, next } = this.page(found, params);
    return { LoadBalancers: page.map((one) => this.loadBalancerData(one)), ...next };
  }

  // ELBv2 answers Max as a string.
  describeAccountLimits(): Json {
    return { Limits: Object.entries(this.accountLimits).map(([Name, Max]) => ({ Name, Max: String(Max) })) };
  }

  describeListeners(params: Json): Json {
    const arns = queryList(params.ListenerArns);
    const balancerArn = params.LoadBalancerArn;
    if ((arns === undefined) === (balancerArn === undefined))
      throw validationError('You must specify either listener ARNs or a load balancer ARN');
    let found = [...this.listeners.values()];
    if (arns) {
      for (const arn of arns) checkArn('listener', arn);
      found = found.filter((one) => arns.includes(one.arn));
      if (found.length !== new Set(arns).size)
        throw elbError('ListenerNotFound', 'One or more listeners not found');
    } else {
      const balancer = this.loadBalancer(balancerArn);
      found = found.filter((one) => one.loadBalancerArn === balancer.arn);
    }
    const { page, next } = this.page(found, params);
    return { Listeners: page.map((one) => this.listenerData(one)), ...next };
  }

  describeRules(params: Json): Json {
    const arns = queryList(params.RuleArns);
    const listenerArn = params.ListenerArn;
    if ((arns === undefined) === (listenerArn === undefined))
      throw validationError('You must specify either listener ARNs or rule ARNs');
    let found: Elbv2Rule[];
    if (arns) {
      for (const arn of arns) checkArn('rule', arn);
      found = [...this.listeners.values()]
        .flatMap((listener) => this.rulesOf(listener))
        .filter((rule) => arns.includes(rule.arn));
      if (found.length !== new Set(arns).size) throw elbError('RuleNotFound', 'One or more rules not found');
    } else found = this.rulesOf(this.listener(listenerArn));
    const { page, next } = this.page(found, params);
    return { Rules: page.map((rule) => this.ruleData(rule)), ...next };
  }

  describeTargetGroups(params: Json): Json {
    const arns = queryList(params.TargetGroupArns);
    const names = queryList(params.Names);
    const balancerArn = params.LoadBalancerArn;
    if ([arns, names, balancerArn].filter((one) => one !== undefined).length > 1)
      throw validationError(
        'Specify only one of target group ARNs, target group names and a load balancer ARN',
      );
    let found = [...this.targetGroups.values()];
    if (arns) {
      for (const arn of arns) checkArn('target group', arn);
      found = found.filter((one) => arns.includes(one.arn));
      if (found.length !== new Set(arns).size)
        throw elbError('TargetGroupNotFound', 'One or more target groups not found');
    }
    if (names) {
      found = found.filter((one) => names.includes(one.name));
      if (found.length !== new Set(names).size)
        throw elbError('TargetGroupNotFound', `Target groups '[${names.join(', ')}]' not found`);
    }
    if (balancerArn !== undefined) {
      const balancer = this.loadBalancer(balancerArn);
      found = found.filter((one) => this.loadBalancersUsing(one.arn).includes(balancer.arn));
    }
    const { page, next } = this.page(found, params);
    return { TargetGroups: page.map((one) => this.targetGroupData(one)), ...next };
  }

  modifyListener(params: Json): Json {
    if (params.ListenerArn === undefined)
      throw validationError(
        "1 validation error detected: Value null at 'listenerArn' failed to satisfy constraint: Member must not be null",
      );
    const listener = this.listener(params.ListenerArn);
    const unmodelled = ['Protocol', 'SslPolicy', 'Certificates', 'AlpnPolicy', 'MutualAuthentication'].filter(
      (key) => params[key] !== undefined,
    );
    if (unmodelled.length > 0)
      throw validationError(`The local stack does not model ${unmodelled.join(', ')} on ModifyListener`);
    const balancer = this.loadBalancers.get(listener.loadBalancerArn)!;
    const port = params.Port === undefined ? undefined : Number(params.Port);
    if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535))
      throw validationError(
        `Value '${String(params.Port)}' at 'port' failed to satisfy constraint: Member must have value between 1 and 65535`,
      );
    const actions =
      params.DefaultActions === undefined
        ? undefined
        : checkActions(params.DefaultActions, 'DefaultActions', this.groupCheck(balancer));
    if (port !== undefined) listener.port = port;
    if (actions) {
      listener.defaultRule.actions = actions;
      this.recordActions(listener, listener.defaultRule);
    }
    return { Listeners: [this.listenerData(listener)] };
  }

  modifyRule(params: Json): Json {
    if (params.RuleArn === undefined)
      throw validationError(
        "1 validation error detected: Value null at 'ruleArn' failed to satisfy constraint: Member must not be null",
      );
    const arn = checkArn('rule', params.RuleArn);
    const listener = [...this.listeners.values()].find((one) =>
      this.rulesOf(one).some((rule) => rule.arn === arn),
    );
    if (!listener) throw elbError('RuleNotFound', 'One or more rules not found');
    if (listener.defaultRule.arn === arn)
      throw elbError(
        'OperationNotPermitted',
        'Default rule cannot be modified; change the listener default actions with ModifyListener',
      );
    const rule = listener.rules.find((one) => one.arn === arn)!;
    const balancer = this.loadBalancers.get(listener.loadBalancerArn)!;
    const conditions =
      params.Conditions === undefined ? undefined : checkConditions(params.Conditions, 'Conditions');
    const actions =
      params.Actions === undefined
        ? undefined
        : checkActions(params.Actions, 'Actions', this.groupCheck(balancer));
    if (conditions) rule.conditions = conditions;
    if (actions) {
      rule.actions = actions;
      this.recordActions(listener, rule);
    }
    return { Rules: [this.ruleData(rule)] };
  }

  /**
   * CreateRule as ELBv2 validates it: a priority of 1-50000 no other rule of the listener holds
   * (PriorityInUse), at most 100 rules a load balancer (TooManyRules), conditions and actions checked.
   */
  createRuleCall(params: Json): Json {
    const listener = this.listener(params.ListenerArn);
    const balancer = this.loadBalancers.get(listener.loadBalancerArn)!;
    const priority = Number(params.Priority);
    if (!Number.isInteger(priority) || priority < 1 || priority > 50000)
      throw validationError(
        `Value '${String(params.Priority)}' at 'priority' failed to satisfy constraint: Member must have value between 1 and 50000`,
      );
    if (listener.rules.some((rule) => rule.priority === priority))
      throw elbError('PriorityInUse', `Priority '${priority}' is currently in use`);
    const rulesOfBalancer = [...this.listeners.values()]
      .filter((one) => one.loadBalancerArn === balancer.arn)
      .reduce((total, one) => total + one.rules.length, 0);
    if (rulesOfBalancer >= 100)
      throw elbError('TooManyRules', 'You have reached the limit on the number of rules per load balancer');
    const conditions = checkConditions(params.Conditions, 'Conditions');
    if (conditions.length === 0) throw validationError('A rule must have at least one condition');
    const rule: Elbv2Rule = {
      arn: this.ruleArn(balancer, listener.arn.split('/').pop()!, String(priority)),
      listenerArn: listener.arn,
      priority,
      conditions,
      actions: checkActions(params.Actions, 'Actions', this.groupCheck(balancer)),
      tags: Object.fromEntries(
        (queryList(params.Tags) ?? [])
          .filter(isObject)
          .map((tag) => [String(tag.Key), String(tag.Value ?? '')]),
      ),
    };
    listener.rules.push(rule);
    this.recordActions(listener, rule);
    return { Rules: [this.ruleData(rule)] };
  }

  deleteRule(params: Json): Json {
    const arn = checkArn('rule', params.RuleArn);
    const listener = [...this.listeners.values()].find((one) =>
      this.rulesOf(one).some((rule) => rule.arn === arn),
    );
    if (!listener) throw elbError('RuleNotFound', 'One or more rules not found');
    if (listener.defaultRule.arn === arn)
      throw elbError('OperationNotPermitted', 'Default rule cannot be deleted');
    listener.rules = listener.rules.filter((rule) => rule.arn !== arn);
    return {};
  }

  /** DescribeTags of target groups and rules (what this project tags): 1 to 20 ARNs a call. */
  describeTags(params: Json): Json {
    const arns = (queryList(params.ResourceArns) ?? []).map(String);
    if (arns.length === 0 || arns.length > 20) throw validationError('ResourceArns must hold 1 to 20 ARNs');
    const rules = [...this.listeners.values()].flatMap((listener) => this.rulesOf(listener));
    return {
      TagDescriptions: arns.map((arn) => {
        if (arn.includes(':targetgroup/'))
          return { ResourceArn: arn, Tags: structuredClone(this.targetGroup(arn).tags) };
        const rule = rules.find((one) => one.arn === arn);
        if (!rule) throw elbError('RuleNotFound', `Rule '${arn}' not found`);
        return {
          ResourceArn: arn,
          Tags: Object.entries(rule.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
        };
      }),
    };
  }

  /**
   * The rule a request meets on a listener, as an ALB evaluates them: by priority, the first whose every
   * condition holds (path-pattern prefixes with *, http-header values with * as any), else the default.
   */
  ruleFor(
    listenerArn: string,
    request: { path: string; headers: Record<string, string> },
  ): { ruleArn: string; forward: Array<{ targetGroupArn: string; weight: number }> } {
    const listener = this.listeners.get(listenerArn);
    if (!listener) throw new Error(`no listener ${listenerArn}`);
    const sent = Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
    );
    const holds = (condition: Json) => {
      if (condition.Field === 'http-header' && isObject(condition.HttpHeaderConfig)) {
        const value = sent[String(condition.HttpHeaderConfig.HttpHeaderName).toLowerCase()];
        const values = (condition.HttpHeaderConfig.Values as string[]) ?? [];
        return value !== undefined && values.some((one) => wildcardMatch(one, value));
      }
      if (condition.Field === 'path-pattern')
        return ((condition.Values as string[]) ?? []).some((one) => wildcardMatch(one, request.path));
      return true;
    };
    const rule = this.rulesOf(listener).find(
      (one) => one.priority === 'default' || one.conditions.every(holds),
    )!;
    return { ruleArn: rule.arn, forward: forwardTargets(rule.actions) };
  }

  // ---- internals ------------------------------------------------------------------------------------

  private arn(resource: string): string {
    return `arn:aws:elasticloadbalancing:${this.place.region}:${this.place.account}:${resource}`;
  }

  private ruleArn(balancer: Elbv2LoadBalancer, listenerId: string, key: string): string {
    const id = stableHex(`${balancer.arn}/${listenerId}/rule/${key}`, 16);
    return this.arn(`listener-rule/app/${balancer.name}/${balancer.id}/${listenerId}/${id}`);
  }

  private loadBalancer(value: unknown): Elbv2LoadBalancer {
    const found = this.loadBalancers.get(checkArn('load balancer', value));
    if (!found) throw elbError('LoadBalancerNotFound', 'One or more load balancers not found');
    return found;
  }

  private targetGroup(value: unknown): Elbv2TargetGroup {
    if (value === undefined)
      throw validationError(
        "1 validation error detected: Value null at 'targetGroupArn' failed to satisfy constraint: Member must not be null",
      );
    const found = this.targetGroups.get(checkArn('target group', value));
    if (!found) throw elbError('TargetGroupNotFound', `Target groups '${String(value)}' not found`);
    return found;
  }

  private listener(value: unknown): Elbv2Listener {
    const found = this.listeners.get(checkArn('listener', value));
    if (!found) throw elbError('ListenerNotFound', 'One or more listeners not found');
    return found;
  }

  /** Rules by priority, the default last, as DescribeRules lists them. */
  private rulesOf(listener: Elbv2Listener): Elbv2Rule[] {
    const ordered = [...listener.rules].sort((a, b) => Number(a.priority) - Number(b.priority));
    return [...ordered, listener.defaultRule];
  }

  private groupCheck(balancer: Elbv2LoadBalancer): TargetGroupCheck {
    return {
      loadBalancer: { arn: balancer.arn, vpcId: balancer.vpcId, type: balancer.type },
      find: (arn) => {
        const group = this.targetGroups.get(arn);
        if (!group) throw elbError('TargetGroupNotFound', `Target groups '${arn}' not found`);
        return { ...group, loadBalancerArns: this.loadBalancersUsing(arn) };
      },
    };
  }

  /** Load balancers with a listener or rule forwarding to the target group now. */
  private loadBalancersUsing(targetGroupArn: string): string[] {
    const using = new Set<string>();
    for (const listener of this.listeners.values())
      for (const rule of this.rulesOf(listener))
        if (forwardTargets(rule.actions).some((target) => target.targetGroupArn === targetGroupArn))
          using.add(listener.loadBalancerArn);
    return [...using];
  }

  private recordActions(listener: Elbv2Listener, rule: Elbv2Rule): void {
    this.history.record({
      at: this.clock.nowMs(),
      listenerArn: listener.arn,
      ruleArn: rule.arn,
      isDefault: rule.priority === 'default',
      actions: structuredClone(rule.actions),
    });
  }

  private page<T>(items: T[], params: Json): { page: T[]; next: Json } {
    const size = params.PageSize === undefined ? 400 : Number(params.PageSize);
    if (!Number.isInteger(size) || size < 1 || size > 400)
      throw validationError(
        `Value '${String(params.PageSize)}' at 'pageSize' failed to satisfy constraint: Member must have value between 1 and 400`,
      );
    const marker = typeof params.Marker === 'string' ? params.Marker : undefined;
    const { page, nextToken } = pageOf(items, size, marker, 'ValidationError');
    return { page, next: nextToken ? { NextMarker: nextToken } : {} };
  }

  private loadBalancerData(balancer: Elbv2LoadBalancer): Json {
    const { region } = this.place;
    return {
      LoadBalancerArn: balancer.arn,
      DNSName: `internal-${balancer.name}-${parseInt(balancer.id.slice(0, 8), 16)}.${region}.elb.amazonaws.com`,
      CanonicalHostedZoneId: `Z${stableHex(`elb/${region}`, 13).toUpperCase()}`,
      CreatedTime: new Date(balancer.createdAt),
      LoadBalancerName: balancer.name,
      Scheme: 'internal',
      VpcId: balancer.vpcId,
      State: { Code: 'active' },
      Type: balancer.type,
      AvailabilityZones: ['a', 'b'].map((zone) => ({
        ZoneName: `${region}${zone}`,
        SubnetId: `subnet-${stableHex(`${balancer.vpcId}/${zone}`, 17)}`,
      })),
      SecurityGroups: [`sg-${stableHex(`${balancer.name}/sg`, 17)}`],
      IpAddressType: 'ipv4',
    };
  }

  private listenerData(listener: Elbv2Listener): Json {
    return {
      ListenerArn: listener.arn,
      LoadBalancerArn: listener.loadBalancerArn,
      Port: listener.port,
      Protocol: listener.protocol,
      DefaultActions: listener.defaultRule.actions.map(actionView),
    };
  }

  private ruleData(rule: Elbv2Rule): Json {
    return {
      RuleArn: rule.arn,
      Priority: String(rule.priority),
      Conditions: structuredClone(rule.conditions),
      Actions: rule.actions.map(actionView),
      IsDefault: rule.priority === 'default',
    };
  }

  private targetGroupData(group: Elbv2TargetGroup): Json {
    return {
      TargetGroupArn: group.arn,
      TargetGroupName: group.name,
      Protocol: group.protocol,
      Port: group.port,
      VpcId: group.vpcId,
      ...structuredClone(group.healthCheck),
      LoadBalancerArns: this.loadBalancersUsing(group.arn),
      TargetType: group.targetType,
      ProtocolVersion: group.protocolVersion,
      IpAddressType: group.ipAddressType,
    };
  }
}

/** An ELBv2 pattern: * any characters, ? one; case-insensitive, as header values compare. */
function wildcardMatch(pattern: string, value: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`, 'i').test(value);
}

function attributeList(attributes: Record<string, string>): Json[] {
  return Object.entries(attributes).map(([Key, Value]) => ({ Key, Value }));
}
