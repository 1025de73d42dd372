import type { SimClock } from '../../clock.js';
import { stableHex } from '../ids.js';
import type { Place } from '../protocol.js';
import { AwsError, isObject, type Json, pageOf, type RestOperation } from '../protocol.js';
import { WriteHistory } from '../write-history.js';
import {
  checkIdentifier,
  checkRuleAction,
  checkRuleMatch,
  forwardTargets,
  notFound,
  validation,
} from './lattice-model.js';
import { checkCreateTargetGroup, conflict } from './lattice-target-group-input.js';

interface Stamped {
  id: string;
  arn: string;
  name: string;
  createdAt: number;
  lastUpdatedAt: number;
}

interface LatticeTargetGroup extends Stamped {
  type: string;
  config: Json;
  tags: Record<string, string>;
}

interface LatticeRule extends Stamped {
  isDefault: boolean;
  tags?: Record<string, string>;
  priority?: number;
  match?: Json;
  action: Json;
}

interface LatticeListener extends Stamped {
  protocol: string;
  port: number;
  /** The listener's default action lives in its default rule (GetRule answers it as isDefault). */
  defaultRule: LatticeRule;
  rules: Map<string, LatticeRule>;
}

interface LatticeService extends Stamped {
  domainName: string;
  listeners: Map<string, LatticeListener>;
}

/** A write of a rule's action (the default rule's for UpdateListener), at the simulated time it took effect. */
export interface LatticeActionWrite {
  at: number;
  serviceId: string;
  listenerId: string;
  ruleId: string;
  isDefault: boolean;
  action: Json;
}

/** Where a forward action lives: a service's listener, and a rule of it (the listener's default if omitted). */
export interface LatticeRuleRef {
  service: string;
  listener: string;
  rule?: string;
}

const timestamp = (ms: number) => new Date(ms).toISOString();

/**
 * VPC Lattice (REST JSON, as @aws-sdk/client-vpc-lattice speaks it): services, listeners, listener rules and
 * target groups; UpdateRule and UpdateListener replace a forward action, and every such write is kept with
 * its simulated time.
 */
export class LocalVpcLattice {
  private readonly services = new Map<string, LatticeService>();
  private readonly targetGroups = new Map<string, LatticeTargetGroup>();
  readonly history = new WriteHistory<LatticeActionWrite>();
  /** Target groups created through the API: each gets a new ID, as AWS gives one. */
  private created = 0;

  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
  ) {}

  // ---- set-up (the seed) ------------------------------------------------------------------------

  createTargetGroup(options: {
    name: string;
    port: number;
    vpcIdentifier: string;
    type?: string;
    healthCheck?: Json;
    tags?: Record<string, string>;
  }): string {
    const id = `tg-${stableHex(`targetgroup/${options.name}`, 17)}`;
    this.targetGroups.set(id, {
      ...this.stamp(id, `targetgroup/${id}`, options.name),
      tags: { ...options.tags },
      type: options.type ?? 'IP',
      config: {
        port: options.port,
        protocol: 'HTTP',
        protocolVersion: 'HTTP1',
        ipAddressType: 'IPV4',
        vpcIdentifier: options.vpcIdentifier,
        healthCheck: {
          enabled: true,
          protocol: 'HTTP',
          protocolVersion: 'HTTP1',
          path: '/',
          healthCheckIntervalSeconds: 30,
          healthCheckTimeoutSeconds: 5,
          healthyThresholdCount: 5,
          unhealthyThresholdCount: 2,
          matcher: { httpCode: '200' },
          ...structuredClone(options.healthCheck ?? {}),
        },
      },
    });
    return this.targetGroups.get(id)!.arn;
  }

  createService(name: string): string {
    const id = `svc-${stableHex(`service/${name}`, 17)}`;
    this.services.set(id, {
      ...this.stamp(id, `service/${id}`, name),
      domainName: `${name}-${id.slice(4, 11)}.${stableHex(name, 7)}.vpc-lattice-svcs.${this.place.region}.on.aws`,
      listeners: new Map(),
    });
    return this.services.get(id)!.arn;
  }

  createListener(options: {
    service: string;
    name: string;
    protocol: string;
    port: number;
    defaultAction: unknown;
  }): string {
    const service = this.serviceByName(options.service);
    const id = `listener-${stableHex(`${service.id}/listener/${options.name}`, 17)}`;
    const resource = `service/${service.id}/listener/${id}`;
    const ruleId = `rule-${stableHex(`${id}/default`, 17)}`;
    const action = checkRuleAction(options.defaultAction, 'defaultAction', (tg) => this.targetGroupId(tg));
    const listener: LatticeListener = {
      ...this.stamp(id, resource, options.name),
      protocol: options.protocol,
      port: options.port,
      defaultRule: {
        ...this.stamp(ruleId, `${resource}/rule/${ruleId}`, 'default'),
        isDefault: true,
        action,
      },
      rules: new Map(),
    };
    service.listeners.set(id, listener);
    this.recordAction(service, listener, listener.defaultRule);
    return listener.arn;
  }

  createRule(options: {
    service: string;
    listener: string;
    name: string;
    priority: number;
    match: unknown;
    action: unknown;
  }): string {
    const service = this.serviceByName(options.service);
    const listener = [...service.listeners.values()].find((one) => one.name === options.listener);
    if (!listener) throw new Error(`no listener ${options.listener} on service ${options.service}`);
    const id = `rule-${stableHex(`${listener.id}/rule/${options.name}`, 17)}`;
    const rule: LatticeRule = {
      ...this.stamp(id, `service/${service.id}/listener/${listener.id}/rule/${id}`, options.name),
      isDefault: false,
      priority: options.priority,
      match: checkRuleMatch(options.match, 'match'),
      action: checkRuleAction(options.action, 'action', (tg) => this.targetGroupId(tg)),
    };
    listener.rules.set(id, rule);
    this.recordAction(service, listener, rule);
    return rule.arn;
  }

  // ---- reads for the simulator, the stack's accessors and tests ----------------------------------

  /** The IDs a rule reference names (names or IDs), or a clear error naming what is missing. */
  resolve(ref: LatticeRuleRef): { serviceId: string; listenerId: string; ruleId: string } {
    const service = [...this.services.values()].find(
      (one) => one.name === ref.service || one.id === ref.service || one.arn === ref.service,
    );
    if (!service) throw new Error(`VPC Lattice service ${ref.service} does not exist in the local stack`);
    const listener = [...service.listeners.values()].find(
      (one) => one.name === ref.listener || one.id === ref.listener || one.arn === ref.listener,
    );
    if (!listener)
      throw new Error(`listener ${ref.listener} does not exist on VPC Lattice service ${service.name}`);
    if (ref.rule === undefined)
      return { serviceId: service.id, listenerId: listener.id, ruleId: listener.defaultRule.id };
    const rule = [...listener.rules.values()].find(
      (one) => one.name === ref.rule || one.id === ref.rule || one.arn === ref.rule,
    );
    if (!rule) throw new Error(`rule ${ref.rule} does not exist on listener ${listener.name}`);
    return { serviceId: service.id, listenerId: listener.id, ruleId: rule.id };
  }

  /** The forward action's weighted target groups (by ARN) in force at simulated time `at`. */
  forwardAt(ref: LatticeRuleRef, at: number): Array<{ targetGroupArn: string; weight: number }> {
    const { ruleId } = this.resolve(ref);
    const write = this.history.latest(at, (one) => one.ruleId === ruleId);
    return forwardTargets(write?.action).map((target) => ({
      targetGroupArn: this.targetGroupArnOf(target.targetGroupId),
      weight: target.weight,
    }));
  }

  /** Times at which the rule's action was replaced, inside (from, to). */
  actionChanges(ref: LatticeRuleRef, from: number, to: number): number[] {
    const { ruleId } = this.resolve(ref);
    return this.history.changes(from, to, (one) => one.ruleId === ruleId);
  }

  /** Every target group the rule's action ever forwarded to (ARNs, in order of appearance). */
  targetGroupsEverForwarded(ref: LatticeRuleRef): string[] {
    const { ruleId } = this.resolve(ref);
    const ids = this.history
      .all((one) => one.ruleId === ruleId)
      .flatMap((write) => forwardTargets(write.action).map((target) => target.targetGroupId));
    return [...new Set(ids)].map((id) => this.targetGroupArnOf(id));
  }

  targetGroupByName(name: string): { id: string; arn: string; name: string } | undefined {
    const found = [...this.targetGroups.values()].find((one) => one.name === name);
    return found ? { id: found.id, arn: found.arn, name: found.name } : undefined;
  }

  /** A target group by ARN or ID. */
  targetGroupOf(arn: string): { id: string; arn: string; name: string } | undefined {
    const found = this.targetGroups.get(arn.split('/').pop() ?? '');
    return found ? { id: found.id, arn: found.arn, name: found.name } : undefined;
  }

  serviceIdOf(name: string): string | undefined {
    return [...this.services.values()].find((one) => one.name === name || one.id === name)?.id;
  }

  // ---- operations ---------------------------------------------------------------------------------

  /** The REST operations, as the SDK's VPC Lattice model routes them. */
  operations(): RestOperation[] {
    const listener = '/services/{serviceIdentifier}/listeners/{listenerIdentifier}';
    const rule = `${listener}/rules/{ruleIdentifier}`;
    return [
      {
        name: 'ListServices',
        method: 'GET',
        path: '/services',
        handle: ({ query }) => this.listServices(query),
      },
      {
        name: 'GetService',
        method: 'GET',
        path: '/services/{serviceIdentifier}',
        handle: ({ params }) => this.serviceData(this.service(params.serviceIdentifier!)),
      },
      {
        name: 'ListListeners',
        method: 'GET',
        path: '/services/{serviceIdentifier}/listeners',
        handle: ({ params, query }) => this.listListeners(params.serviceIdentifier!, query),
      },
      {
        name: 'GetListener',
        method: 'GET',
        path: listener,
        handle: ({ params }) => {
          const service = this.service(params.serviceIdentifier!);
          return this.listenerData(service, this.listener(service, params.listenerIdentifier!), true);
        },
      },
      {
        name: 'UpdateListener',
        method: 'PATCH',
        path: listener,
        handle: ({ params, body }) =>
          this.updateListener(params.serviceIdentifier!, params.listenerIdentifier!, body),
      },
      {
        name: 'ListRules',
        method: 'GET',
        path: `${listener}/rules`,
        handle: ({ params, query }) =>
          this.listRules(params.serviceIdentifier!, params.listenerIdentifier!, query),
      },
      {
        name: 'GetRule',
        method: 'GET',
        path: rule,
        handle: ({ params }) => {
          const service = this.service(params.serviceIdentifier!);
          const found = this.listener(service, params.listenerIdentifier!);
          return this.ruleData(this.rule(found, params.ruleIdentifier!));
        },
      },
      {
        name: 'UpdateRule',
        method: 'PATCH',
        path: rule,
        handle: ({ params, body }) =>
          this.updateRule(
            params.serviceIdentifier!,
            params.listenerIdentifier!,
            params.ruleIdentifier!,
            body,
          ),
      },
      {
        name: 'CreateRule',
        method: 'POST',
        path: `${listener}/rules`,
        handle: ({ params, body }) =>
          this.createRuleCall(params.serviceIdentifier!, params.listenerIdentifier!, body),
      },
      {
        name: 'DeleteRule',
        method: 'DELETE',
        path: rule,
        handle: ({ params }) =>
          this.deleteRule(params.serviceIdentifier!, params.listenerIdentifier!, params.ruleIdentifier!),
      },
      {
        name: 'ListTargetGroups',
        method: 'GET',
        path: '/targetgroups',
        handle: ({ query }) => this.listTargetGroups(query),
      },
      {
        name: 'CreateTargetGroup',
        method: 'POST',
        path: '/targetgroups',
        handle: ({ body }) => this.createTargetGroupCall(body),
      },
      {
        name: 'DeleteTargetGroup',
        method: 'DELETE',
        path: '/targetgroups/{targetGroupIdentifier}',
        handle: ({ params }) => this.deleteTargetGroup(params.targetGroupIdentifier!),
      },
      {
        name: 'ListTagsForResource',
        method: 'GET',
        path: '/tags/{resourceArn}',
        handle: ({ params }) => ({ tags: { ...this.taggedGroup(params.resourceArn!).tags } }),
      },
      {
        name: 'GetTargetGroup',
        method: 'GET',
        path: '/targetgroups/{targetGroupIdentifier}',
        handle: ({ params }) => this.targetGroupData(this.targetGroup(params.targetGroupIdentifier!)),
      },
    ];
  }

  listServices(query: URLSearchParams): Json {
    const { page, nextToken } = this.page([...this.services.values()], query);
    return {
      items: page.map((service) => ({
        id: service.id,
        name: service.name,
        arn: service.arn,
        createdAt: timestamp(service.createdAt),
        lastUpdatedAt: timestamp(service.lastUpdatedAt),
        dnsEntry: this.dnsEntry(service),
        status: 'ACTIVE',
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  listListeners(serviceIdentifier: string, query: URLSearchParams): Json {
    const service = this.service(serviceIdentifier);
    const { page, nextToken } = this.page([...service.listeners.values()], query);
    return {
      items: page.map((listener) => this.listenerData(service, listener, false)),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  listRules(serviceIdentifier: string, listenerIdentifier: string, query: URLSearchParams): Json {
    const service = this.service(serviceIdentifier);
    const listener = this.listener(service, listenerIdentifier);
    const rules = [...listener.rules.values()].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
    const { page, nextToken } = this.page([...rules, listener.defaultRule], query);
    return {
      items: page.map((rule) => ({
        arn: rule.arn,
        id: rule.id,
        name: rule.name,
        isDefault: rule.isDefault,
        ...(rule.priority !== undefined ? { priority: rule.priority } : {}),
        createdAt: timestamp(rule.createdAt),
        lastUpdatedAt: timestamp(rule.lastUpdatedAt),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  listTargetGroups(query: URLSearchParams): Json {
    const vpc = query.get('vpcIdentifier');
    const type = query.get('targetGroupType');
    const groups = [...this.targetGroups.values()].filter(
      (group) =>
        (vpc === null || group.config.vpcIdentifier === vpc) && (type === null || group.type === type),
    );
    const { page, nextToken } = this.page(groups, query);
    return {
      items: page.map((group) => ({
        id: group.id,
        arn: group.arn,
        name: group.name,
        type: group.type,
        createdAt: timestamp(group.createdAt),
        lastUpdatedAt: timestamp(group.lastUpdatedAt),
        port: group.config.port,
        protocol: group.config.protocol,
        ipAddressType: group.config.ipAddressType,
        vpcIdentifier: group.config.vpcIdentifier,
        status: 'ACTIVE',
        serviceArns: this.servicesUsing(group.id),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  }

  updateListener(serviceIdentifier: string, listenerIdentifier: string, body: Json): Json {
    const service = this.service(serviceIdentifier);
    const listener = this.listener(service, listenerIdentifier);
    if (body.defaultAction === undefined)
      throw validation([{ name: 'defaultAction', message: 'is required' }]);
    const action = checkRuleAction(body.defaultAction, 'defaultAction', (tg) => this.targetGroupId(tg));
    const now = this.clock.nowMs();
    listener.defaultRule.action = action;
    listener.defaultRule.lastUpdatedAt = now;
    listener.lastUpdatedAt = now;
    this.recordAction(service, listener, listener.defaultRule);
    return this.listenerData(service, listener, true, false);
  }

  updateRule(
    serviceIdentifier: string,
    listenerIdentifier: string,
    ruleIdentifier: string,
    body: Json,
  ): Json {
    const service = this.service(serviceIdentifier);
    const listener = this.listener(service, listenerIdentifier);
    const rule = this.rule(listener, ruleIdentifier);
    if (rule.isDefault)
      throw validation([
        {
          name: 'ruleIdentifier',
          message: `${rule.id} is the listener's default rule; change its action with UpdateListener`,
        },
      ]);
    const priority = body.priority;
    if (
      priority !== undefined &&
      (!Number.isInteger(priority) || (priority as number) < 1 || (priority as number) > 100)
    )
      throw validation([
        { name: 'priority', message: `must be an integer from 1 to 100; got ${String(priority)}` },
      ]);
    const match = body.match === undefined ? undefined : checkRuleMatch(body.match, 'match');
    const action =
      body.action === undefined
        ? undefined
        : checkRuleAction(body.action, 'action', (tg) => this.targetGroupId(tg));
    if (priority !== undefined) {
      const taken = [...listener.rules.values()].find((one) => one !== rule && one.priority === priority);
      if (taken)
        throw new AwsError(
          'ConflictException',
          `Priority ${String(priority)} is already used by rule ${taken.id} on listener ${listener.id}`,
          409,
          { resourceId: taken.id, resourceType: 'RULE' },
        );
      rule.priority = priority as number;
    }
    if (match) rule.match = match;
    if (action) rule.action = action;
    rule.lastUpdatedAt = this.clock.nowMs();
    if (action) this.recordAction(service, listener, rule);
    const { createdAt: _created, lastUpdatedAt: _updated, ...data } = this.ruleData(rule);
    return data;
  }

  /**
   * CreateRule as VPC Lattice validates it: a name of 3-63 of a-z 0-9 - (no "--", no hyphen at either end)
   * unique on the listener, a priority of 1-100 no other rule holds (ConflictException), at most 10 rules a
   * listener (ServiceQuotaExceededException), the match (header matches included) and action checked.
   */
  createRuleCall(serviceIdentifier: string, listenerIdentifier: string, body: Json): Json {
    const service = this.service(serviceIdentifier);
    const listener = this.listener(service, listenerIdentifier);
    const name = body.name;
    if (typeof name !== 'string' || !/^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(name))
      throw validation([
        { name: 'name', message: 'must be 3-63 of a-z, 0-9 and -, without -- or a hyphen at either end' },
      ]);
    const priority = body.priority;
    if (!Number.isInteger(priority) || (priority as number) < 1 || (priority as number) > 100)
      throw validation([
        { name: 'priority', message: `must be an integer from 1 to 100; got ${String(priority)}` },
      ]);
    const rules = [...listener.rules.values()];
    const conflict = rules.find((one) => one.name === name || one.priority === priority);
    if (conflict)
      throw new AwsError(
        'ConflictException',
        conflict.name === name
          ? `A rule named ${name} already exists on listener ${listener.id}`
          : `Priority ${String(priority)} is already used by rule ${conflict.id} on listener ${listener.id}`,
        409,
        { resourceId: conflict.id, resourceType: 'RULE' },
      );
    if (rules.length >= 10)
      throw new AwsError(
        'ServiceQuotaExceededException',
        `Listener ${listener.id} has reached its quota of 10 rules`,
        402,
        {
          resourceType: 'RULE',
          serviceCode: 'vpc-lattice',
          quotaCode: 'L-rules-per-listener',
        },
      );
    const id = `rule-${stableHex(`${listener.id}/rule/${name}/${this.clock.nowMs()}`, 17)}`;
    const rule: LatticeRule = {
      ...this.stamp(id, `service/${service.id}/listener/${listener.id}/rule/${id}`, name),
      isDefault: false,
      priority: priority as number,
      match: checkRuleMatch(body.match, 'match'),
      action: checkRuleAction(body.action, 'action', (tg) => this.targetGroupId(tg)),
      tags: isObject(body.tags)
        ? Object.fromEntries(Object.entries(body.tags).map(([k, v]) => [k, String(v)]))
        : {},
    };
    listener.rules.set(id, rule);
    this.recordAction(service, listener, rule);
    const { createdAt: _created, lastUpdatedAt: _updated, ...data } = this.ruleData(rule);
    return data;
  }

  /** CreateTargetGroup (IP or INSTANCE): a name no other group has (ConflictException), the config checked. */
  createTargetGroupCall(body: Json): Json {
    const checked = checkCreateTargetGroup(body);
    const taken = [...this.targetGroups.values()].find((group) => group.name === checked.name);
    if (taken) throw conflict(`A target group named ${checked.name} already exists`, taken.id);
    this.created += 1;
    const id = `tg-${stableHex(`targetgroup/${checked.name}/${this.created}`, 17)}`;
    const group: LatticeTargetGroup = {
      ...this.stamp(id, `targetgroup/${id}`, checked.name),
      type: checked.type,
      config: checked.config,
      tags: checked.tags,
    };
    this.targetGroups.set(id, group);
    return {
      id,
      arn: group.arn,
      name: group.name,
      type: group.type,
      config: structuredClone(group.config),
      status: 'ACTIVE',
    };
  }

  /** DeleteTargetGroup: refused (ConflictException) while a listener or rule forwards to it. */
  deleteTargetGroup(identifier: string): Json {
    const group = this.targetGroup(identifier);
    const users = this.servicesUsing(group.id);
    if (users.length > 0)
      throw conflict(`Target group ${group.id} is used by a listener rule of ${users.join(', ')}`, group.id);
    this.targetGroups.delete(group.id);
    return { id: group.id, arn: group.arn, status: 'DELETE_IN_PROGRESS' };
  }

  deleteRule(serviceIdentifier: string, listenerIdentifier: string, ruleIdentifier: string): Json {
    const service = this.service(serviceIdentifier);
    const listener = this.listener(service, listenerIdentifier);
    const rule = this.rule(listener, ruleIdentifier);
    if (rule.isDefault)
      throw validation([
        {
          name: 'ruleIdentifier',
          message: `${rule.id} is the listener's default rule; it cannot be deleted`,
        },
      ]);
    listener.rules.delete(rule.id);
    return {};
  }

  /**
   * The rule a request meets on a listener: by priority, the first whose match holds (path prefix or exact
   * path, every header match: exact, prefix, contains), else the default; then its forward.
   */
  ruleFor(
    ref: Omit<LatticeRuleRef, 'rule'>,
    request: { path: string; headers: Record<string, string> },
  ): { rule: string; forward: Array<{ targetGroupArn: string; weight: number }> } {
    const { serviceId, listenerId } = this.resolve(ref);
    const listener = this.services.get(serviceId)!.listeners.get(listenerId)!;
    const ordered = [...listener.rules.values()].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
    const rule = ordered.find((one) => latticeMatches(one.match, request)) ?? listener.defaultRule;
    return {
      rule: rule.name,
      forward: forwardTargets(rule.action).map((target) => ({
        targetGroupArn: this.targetGroupArnOf(target.targetGroupId),
        weight: target.weight,
      })),
    };
  }

  // ---- internals ------------------------------------------------------------------------------------

  private stamp(id: string, resource: string, name: string): Stamped {
    const now = this.clock.nowMs();
    return {
      id,
      arn: `arn:aws:vpc-lattice:${this.place.region}:${this.place.account}:${resource}`,
      name,
      createdAt: now,
      lastUpdatedAt: now,
    };
  }

  private serviceByName(name: string): LatticeService {
    const service = [...this.services.values()].find((one) => one.name === name);
    if (!service) throw new Error(`no VPC Lattice service ${name}`);
    return service;
  }

  private service(identifier: string): LatticeService {
    const id = checkIdentifier('service', identifier, 'serviceIdentifier');
    const service = this.services.get(id);
    if (!service || (identifier.startsWith('arn:') && identifier !== service.arn))
      throw notFound('service', identifier);
    return service;
  }

  private listener(service: LatticeService, identifier: string): LatticeListener {
    const id = checkIdentifier('listener', identifier, 'listenerIdentifier');
    const listener = service.listeners.get(id);
    if (!listener || (identifier.startsWith('arn:') && identifier !== listener.arn))
      throw notFound('listener', identifier);
    return listener;
  }

  private rule(listener: LatticeListener, identifier: string): LatticeRule {
    const id = checkIdentifier('rule', identifier, 'ruleIdentifier');
    const rule = id === listener.defaultRule.id ? listener.defaultRule : listener.rules.get(id);
    if (!rule || (identifier.startsWith('arn:') && identifier !== rule.arn))
      throw notFound('rule', identifier);
    return rule;
  }

  private targetGroup(identifier: string): LatticeTargetGroup {
    const id = checkIdentifier('targetGroup', identifier, 'targetGroupIdentifier');
    const group = this.targetGroups.get(id);
    if (!group || (identifier.startsWith('arn:') && identifier !== group.arn))
      throw notFound('targetGroup', identifier);
    return group;
  }

  /** The ID of an existing target group named by ID or ARN (the pattern is checked by the caller). */
  /** ListTagsForResource: the local stack keeps tags of target groups only. */
  private taggedGroup(arn: string): LatticeTargetGroup {
    const group = [...this.targetGroups.values()].find((one) => one.arn === arn);
    if (!group) throw notFound('targetGroup', arn);
    return group;
  }

  private targetGroupId(identifier: string): string {
    return this.targetGroup(identifier).id;
  }

  private targetGroupArnOf(id: string): string {
    return this.targetGroups.get(id)?.arn ?? id;
  }

  private recordAction(service: LatticeService, listener: LatticeListener, rule: LatticeRule): void {
    this.history.record({
      at: rule.lastUpdatedAt,
      serviceId: service.id,
      listenerId: listener.id,
      ruleId: rule.id,
      isDefault: rule.isDefault,
      action: structuredClone(rule.action),
    });
  }

  /** Services whose listeners forward to the target group now. */
  private servicesUsing(targetGroupId: string): string[] {
    return [...this.services.values()]
      .filter((service) =>
        [...service.listeners.values()].some((listener) =>
          [listener.defaultRule, ...listener.rules.values()].some((rule) =>
            forwardTargets(rule.action).some((target) => target.targetGroupId === targetGroupId),
          ),
        ),
      )
      .map((service) => service.arn);
  }

  private page<T>(items: T[], query: URLSearchParams): { page: T[]; nextToken?: string } {
    const text = query.get('maxResults');
    const limit = text === null ? 100 : Number(text);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      throw validation([{ name: 'maxResults', message: 'must be an integer from 1 to 100' }]);
    return pageOf(items, limit, query.get('nextToken') ?? undefined, 'ValidationException');
  }

  private dnsEntry(service: LatticeService): Json {
    return {
      domainName: service.domainName,
      hostedZoneId: `Z${stableHex(this.place.region, 13).toUpperCase()}`,
    };
  }

  private serviceData(service: LatticeService): Json {
    return {
      id: service.id,
      name: service.name,
      arn: service.arn,
      createdAt: timestamp(service.createdAt),
      lastUpdatedAt: timestamp(service.lastUpdatedAt),
      dnsEntry: this.dnsEntry(service),
      status: 'ACTIVE',
      authType: 'NONE',
    };
  }

  private listenerData(
    service: LatticeService,
    listener: LatticeListener,
    full: boolean,
    stamps = true,
  ): Json {
    return {
      arn: listener.arn,
      id: listener.id,
      name: listener.name,
      protocol: listener.protocol,
      port: listener.port,
      ...(full
        ? {
            serviceArn: service.arn,
            serviceId: service.id,
            defaultAction: structuredClone(listener.defaultRule.action),
          }
        : {}),
      ...(stamps
        ? { createdAt: timestamp(listener.createdAt), lastUpdatedAt: timestamp(listener.lastUpdatedAt) }
        : {}),
    };
  }

  private ruleData(rule: LatticeRule): Json {
    return {
      arn: rule.arn,
      id: rule.id,
      name: rule.name,
      isDefault: rule.isDefault,
      ...(rule.match ? { match: structuredClone(rule.match) } : {}),
      ...(rule.priority !== undefined ? { priority: rule.priority } : {}),
      action: structuredClone(rule.action),
      createdAt: timestamp(rule.createdAt),
      lastUpdatedAt: timestamp(rule.lastUpdatedAt),
    };
  }

  private targetGroupData(group: LatticeTargetGroup): Json {
    return {
      id: group.id,
      arn: group.arn,
      name: group.name,
      type: group.type,
      config: structuredClone(group.config),
      createdAt: timestamp(group.createdAt),
      lastUpdatedAt: timestamp(group.lastUpdatedAt),
      status: 'ACTIVE',
      serviceArns: this.servicesUsing(group.id),
    };
  }
}

function latticeMatches(
  match: Json | undefined,
  request: { path: string; headers: Record<string, string> },
): boolean {
  const http = match && isObject(match.httpMatch) ? match.httpMatch : {};
  const path = isObject(http.pathMatch) && isObject(http.pathMatch.match) ? http.pathMatch.match : undefined;
  if (path && typeof path.prefix === 'string' && !request.path.startsWith(path.prefix)) return false;
  if (path && typeof path.exact === 'string' && request.path !== path.exact) return false;
  const sent = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const headers = Array.isArray(http.headerMatches) ? http.headerMatches.filter(isObject) : [];
  return headers.every((header) => {
    const value = sent[String(header.name).toLowerCase()];
    const how = isObject(header.match) ? header.match : {};
    if (value === undefined) return false;
    const fold = (text: string) => (header.caseSensitive === true ? text : text.toLowerCase());
    if (typeof how.exact === 'string') return fold(value) === fold(how.exact);
    if (typeof how.prefix === 'string') return fold(value).startsWith(fold(how.prefix));
    if (typeof how.contains === 'string') return fold(value).includes(fold(how.contains));
    return false;
  });
}
