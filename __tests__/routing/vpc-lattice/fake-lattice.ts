import {
  AccessDeniedException,
  GetListenerCommand,
  GetRuleCommand,
  GetServiceCommand,
  GetTargetGroupCommand,
  InternalServerException,
  ListListenersCommand,
  ListRulesCommand,
  ListServicesCommand,
  ListTargetGroupsCommand,
  ResourceNotFoundException,
  type RuleAction,
  type RuleMatch,
  type ServiceInputTypes,
  type ServiceOutputTypes,
  ThrottlingException,
  UpdateListenerCommand,
  UpdateRuleCommand,
  type VPCLatticeClientResolvedConfig,
} from '@aws-sdk/client-vpc-lattice';
import type { AwsStub } from 'aws-sdk-client-mock';

export const region = 'us-west-2';
export const account = '123456789012';
const arnHead = `arn:aws:vpc-lattice:${region}:${account}`;

export type LatticeOperation =
  | 'GetService'
  | 'ListServices'
  | 'GetListener'
  | 'ListListeners'
  | 'GetRule'
  | 'ListRules'
  | 'UpdateRule'
  | 'UpdateListener'
  | 'GetTargetGroup'
  | 'ListTargetGroups';

interface Named {
  id: string;
  arn: string;
  name: string;
}

export interface StoredListener extends Named {
  serviceId: string;
  defaultAction: RuleAction;
}

export interface StoredRule extends Named {
  serviceId: string;
  listenerId: string;
  isDefault: boolean;
  match?: RuleMatch;
  priority?: number;
  action: RuleAction;
}

export interface StoredTargetGroup extends Named {
  status: string;
  serviceArns: string[];
}

const metadata = { $metadata: {} };

export function notFound(resourceId: string, resourceType: string): ResourceNotFoundException {
  return new ResourceNotFoundException({
    message: `${resourceType} ${resourceId} not found`,
    resourceId,
    resourceType,
    ...metadata,
  });
}

export function throttled(): ThrottlingException {
  return new ThrottlingException({ message: 'Rate exceeded', ...metadata });
}

export function serverError(): InternalServerException {
  return new InternalServerException({ message: 'internal error', retryAfterSeconds: 0, ...metadata });
}

export function accessDenied(): AccessDeniedException {
  return new AccessDeniedException({ message: 'not authorized to perform vpc-lattice:GetRule', ...metadata });
}

/**
 * An in-memory VPC Lattice behind aws-sdk-client-mock: resolves IDs and ARNs as the service does (a
 * listener only under its service, a rule only under its listener), stores what UpdateRule / UpdateListener
 * write, and answers ResourceNotFoundException for what it does not hold.
 */
export class FakeLattice {
  readonly services = new Map<string, Named>();
  readonly listeners = new Map<string, StoredListener>();
  readonly rules = new Map<string, StoredRule>();
  readonly targetGroups = new Map<string, StoredTargetGroup>();
  private readonly queued = new Map<LatticeOperation, unknown[]>();
  private readonly always = new Map<LatticeOperation, unknown>();
  private counter = 0;

  failNext(operation: LatticeOperation, ...errors: unknown[]): this {
    this.queued.set(operation, [...(this.queued.get(operation) ?? []), ...errors]);
    return this;
  }

  failAlways(operation: LatticeOperation, error: unknown): this {
    this.always.set(operation, error);
    return this;
  }

  private maybeFail(operation: LatticeOperation): void {
    const queue = this.queued.get(operation) ?? [];
    if (queue.length > 0) throw queue.shift();
    if (this.always.has(operation)) throw this.always.get(operation);
  }

  private nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${String(this.counter).padStart(17, '0')}`;
  }

  addService(name: string): Named {
    const id = this.nextId('svc-');
    const service = { id, arn: `${arnHead}:service/${id}`, name };
    this.services.set(id, service);
    return service;
  }

  addListener(service: Named, name: string, defaultAction: RuleAction): StoredListener {
    const id = this.nextId('listener-');
    const listener = {
      id,
      arn: `${service.arn}/listener/${id}`,
      name,
      serviceId: service.id,
      defaultAction: structuredClone(defaultAction),
    };
    this.listeners.set(id, listener);
    // VPC Lattice lists the default rule among a listener's rules.
    const ruleId = this.nextId('rule-');
    this.rules.set(ruleId, {
      id: ruleId,
      arn: `${listener.arn}/rule/${ruleId}`,
      name: 'default',
      serviceId: service.id,
      listenerId: id,
      isDefault: true,
      action: listener.defaultAction,
    });
    return listener;
  }

  addRule(
    listener: StoredListener,
    name: string,
    rule: { match?: RuleMatch; priority?: number; action: RuleAction },
  ): StoredRule {
    const id = this.nextId('rule-');
    const stored = {
      id,
      arn: `${listener.arn}/rule/${id}`,
      name,
      serviceId: listener.serviceId,
      listenerId: listener.id,
      isDefault: false,
      ...structuredClone(rule),
    };
    this.rules.set(id, stored);
    return stored;
  }

  addTargetGroup(
    name: string,
    options: Partial<Pick<StoredTargetGroup, 'id' | 'status' | 'serviceArns'>> = {},
  ): StoredTargetGroup {
    const id = options.id ?? this.nextId('tg-');
    const group = {
      id,
      arn: `${arnHead}:targetgroup/${id}`,
      name,
      status: 'ACTIVE',
      serviceArns: [],
      ...options,
    };
    this.targetGroups.set(id, group);
    return group;
  }

  private find<T extends Named>(map: Map<string, T>, identifier: string | undefined, type: string): T {
    const found = [...map.values()].find((item) => item.id === identifier || item.arn === identifier);
    if (!found) throw notFound(identifier ?? '', type);
    return found;
  }

  private service(identifier: string | undefined): Named {
    return this.find(this.services, identifier, 'SERVICE');
  }

  private listener(service: string | undefined, identifier: string | undefined): StoredListener {
    const owner = this.service(service);
    const listener = this.find(this.listeners, identifier, 'LISTENER');
    if (listener.serviceId !== owner.id) throw notFound(identifier ?? '', 'LISTENER');
    return listener;
  }

  private rule(
    service: string | undefined,
    listener: string | undefined,
    identifier: string | undefined,
  ): StoredRule {
    const owner = this.listener(service, listener);
    const rule = this.find(this.rules, identifier, 'RULE');
    if (rule.listenerId !== owner.id) throw notFound(identifier ?? '', 'RULE');
    return rule;
  }

  install(mock: AwsStub<ServiceInputTypes, ServiceOutputTypes, VPCLatticeClientResolvedConfig>): void {
    mock.on(GetServiceCommand).callsFake(({ serviceIdentifier }) => {
      this.maybeFail('GetService');
      return { ...this.service(serviceIdentifier), status: 'ACTIVE' };
    });
    mock.on(ListServicesCommand).callsFake(({ nextToken }) => {
      this.maybeFail('ListServices');
      return page([...this.services.values()], nextToken);
    });
    mock.on(GetListenerCommand).callsFake(({ serviceIdentifier, listenerIdentifier }) => {
      this.maybeFail('GetListener');
      const listener = this.listener(serviceIdentifier, listenerIdentifier);
      const service = this.service(serviceIdentifier);
      return {
        arn: listener.arn,
        id: listener.id,
        name: listener.name,
        protocol: 'HTTP',
        port: 80,
        serviceArn: service.arn,
        serviceId: service.id,
        defaultAction: structuredClone(listener.defaultAction),
        createdAt: new Date(0),
        lastUpdatedAt: new Date(0),
      };
    });
    mock.on(ListListenersCommand).callsFake(({ serviceIdentifier, nextToken }) => {
      this.maybeFail('ListListeners');
      const service = this.service(serviceIdentifier);
      return page(
        [...this.listeners.values()].filter((listener) => listener.serviceId === service.id),
        nextToken,
      );
    });
    mock.on(GetRuleCommand).callsFake(({ serviceIdentifier, listenerIdentifier, ruleIdentifier }) => {
      this.maybeFail('GetRule');
      return ruleOutput(this.rule(serviceIdentifier, listenerIdentifier, ruleIdentifier));
    });
    mock.on(ListRulesCommand).callsFake(({ serviceIdentifier, listenerIdentifier, nextToken }) => {
      this.maybeFail('ListRules');
      const listener = this.listener(serviceIdentifier, listenerIdentifier);
      return page(
        [...this.rules.values()]
          .filter((rule) => rule.listenerId === listener.id)
          .map(({ id, arn, name, isDefault, priority }) => ({ id, arn, name, isDefault, priority })),
        nextToken,
      );
    });
    mock
      .on(UpdateRuleCommand)
      .callsFake(({ serviceIdentifier, listenerIdentifier, ruleIdentifier, match, priority, action }) => {
        this.maybeFail('UpdateRule');
        const rule = this.rule(serviceIdentifier, listenerIdentifier, ruleIdentifier);
        if (match !== undefined) rule.match = structuredClone(match);
        if (priority !== undefined) rule.priority = priority;
        if (action !== undefined) rule.action = structuredClone(action);
        return ruleOutput(rule);
      });
    mock.on(UpdateListenerCommand).callsFake(({ serviceIdentifier, listenerIdentifier, defaultAction }) => {
      this.maybeFail('UpdateListener');
      const listener = this.listener(serviceIdentifier, listenerIdentifier);
      listener.defaultAction = structuredClone(defaultAction ?? listener.defaultAction);
      return {
        arn: listener.arn,
        id: listener.id,
        name: listener.name,
        defaultAction: structuredClone(listener.defaultAction),
      };
    });
    mock.on(GetTargetGroupCommand).callsFake(({ targetGroupIdentifier }) => {
      this.maybeFail('GetTargetGroup');
      const group = this.find(this.targetGroups, targetGroupIdentifier, 'TARGET_GROUP');
      return { ...structuredClone(group), type: 'IP' };
    });
    mock.on(ListTargetGroupsCommand).callsFake(({ nextToken }) => {
      this.maybeFail('ListTargetGroups');
      return page(
        [...this.targetGroups.values()].map(({ id, arn, name, status }) => ({ id, arn, name, status })),
        nextToken,
      );
    });
  }
}

function ruleOutput(rule: StoredRule) {
  return {
    arn: rule.arn,
    id: rule.id,
    name: rule.name,
    isDefault: rule.isDefault,
    ...(rule.match ? { match: structuredClone(rule.match) } : {}),
    ...(rule.priority !== undefined ? { priority: rule.priority } : {}),
    action: structuredClone(rule.action),
    createdAt: new Date(0),
    lastUpdatedAt: new Date(0),
  };
}

/** Two items per page, so every list is followed across pages. */
function page<T>(items: T[], nextToken: string | undefined) {
  const start = nextToken ? Number(nextToken) : 0;
  const next = start + 2 < items.length ? String(start + 2) : undefined;
  return { items: structuredClone(items.slice(start, start + 2)), ...(next ? { nextToken: next } : {}) };
}
