import {
  CreateRuleCommand,
  DeleteRuleCommand,
  GetListenerCommand,
  GetRuleCommand,
  GetServiceCommand,
  GetTargetGroupCommand,
  ListListenersCommand,
  ListRulesCommand,
  ListServicesCommand,
  ListTargetGroupsCommand,
  type RuleAction,
  type RuleMatch,
  UpdateListenerCommand,
  UpdateRuleCommand,
  type VPCLatticeClient,
} from '@aws-sdk/client-vpc-lattice';
import { callWithRetry, type NotFound, type RoutingApiOptions } from '../aws-call.js';
import { PreflightError, RoutingResourceNotFoundError } from '../errors.js';
import { kindLabels, type LatticeKind, parseLatticeIdentifier } from './identifiers.js';
import { latticeInputs } from './settings.js';

/** A VPC Lattice resource, resolved. */
export interface LatticeResource {
  arn: string;
  id: string;
  name: string;
}

export interface LatticeTargetGroupInfo extends LatticeResource {
  status?: string;
  /** The services whose listeners use it (a target group serves one service). */
  serviceArns: string[];
}

/** A rule or listener as read: the spec ({ match, priority, action } or { action }) is checked by the caller. */
export interface LatticeRead {
  resource: LatticeResource;
  spec: unknown;
  /** Rules only: the listener's default rule. */
  isDefault?: boolean;
}

const notFoundNames = ['ResourceNotFoundException'] as const;

/**
 * The calls this project makes to VPC Lattice. Each is retried on throttling and 5xx, wrapped so a
 * failure says what was being done; ResourceNotFoundException becomes a RoutingResourceNotFoundError whose
 * hint names the input to check. Writes send only the action (UpdateRule) or the default action
 * (UpdateListener): match and priority are never sent.
 */
export class LatticeApi {
  constructor(
    private readonly client: VPCLatticeClient,
    private readonly options: RoutingApiOptions = {},
  ) {}

  /** GetService for an ID or ARN; ListServices for a name. */
  async service(input: string): Promise<LatticeResource> {
    const hint = `check ${latticeInputs.service} (a VPC Lattice service name, ID or ARN in this account and Region).`;
    const identifier = this.parsed('service', input);
    if (identifier.form === 'name') {
      const items = await this.list(
        `listing VPC Lattice services to find ${identifier.name}`,
        undefined,
        (nextToken) => this.client.send(new ListServicesCommand({ ...(nextToken ? { nextToken } : {}) })),
      );
      return this.unique('service', latticeInputs.service, identifier.name, items, hint);
    }
    const output = await this.call(
      `describing VPC Lattice service ${input}`,
      notFound(`VPC Lattice service ${input}`, hint),
      () => this.client.send(new GetServiceCommand({ serviceIdentifier: input })),
    );
    return resource(output, input);
  }

  /** The listener and its default action (GetListener); a name is found with ListListeners first. */
  async listener(service: LatticeResource, input: string): Promise<LatticeRead> {
    const hint = `check ${latticeInputs.listener} (a listener of VPC Lattice service ${service.name}: name, ID or ARN).`;
    const identifier = this.parsed('listener', input);
    let listenerIdentifier = input;
    if (identifier.form === 'name') {
      const items = await this.list(
        `listing the listeners of VPC Lattice service ${service.name}`,
        notFound(`VPC Lattice service ${service.name}`, `check ${latticeInputs.service}.`),
        (nextToken) =>
          this.client.send(
            new ListListenersCommand({ serviceIdentifier: service.arn, ...(nextToken ? { nextToken } : {}) }),
          ),
      );
      listenerIdentifier = this.unique('listener', latticeInputs.listener, identifier.name, items, hint).arn;
    }
    return this.readListener(service.arn, listenerIdentifier, hint);
  }

  async readListener(
    serviceArn: string,
    listener: string,
    hint = `check ${latticeInputs.listener}.`,
  ): Promise<LatticeRead> {
    const output = await this.call(
      `reading VPC Lattice listener ${listener}`,
      notFound(`VPC Lattice listener ${listener}`, hint),
      () =>
        this.client.send(
          new GetListenerCommand({ serviceIdentifier: serviceArn, listenerIdentifier: listener }),
        ),
    );
    return { resource: resource(output, listener), spec: { action: output.defaultAction } };
  }

  /** The rule (GetRule); a name is found with ListRules first. */
  async rule(service: LatticeResource, listener: LatticeResource, input: string): Promise<LatticeRead> {
    const hint =
      `check ${latticeInputs.rule} (a rule of listener ${listener.name}: name, ID or ARN), ` +
      "or leave it unset to shift the listener's default action.";
    const identifier = this.parsed('rule', input);
    let ruleIdentifier = input;
    if (identifier.form === 'name') {
      const items = await this.list(
        `listing the rules of VPC Lattice listener ${listener.name}`,
        notFound(`VPC Lattice listener ${listener.name}`, `check ${latticeInputs.listener}.`),
        (nextToken) =>
          this.client.send(
            new ListRulesCommand({
              serviceIdentifier: service.arn,
              listenerIdentifier: listener.arn,
              ...(nextToken ? { nextToken } : {}),
            }),
          ),
      );
      ruleIdentifier = this.unique('rule', latticeInputs.rule, identifier.name, items, hint).arn;
    }
    return this.readRule(service.arn, listener.arn, ruleIdentifier, hint);
  }

  async readRule(
    serviceArn: string,
    listenerArn: string,
    rule: string,
    hint = `check ${latticeInputs.rule}.`,
  ): Promise<LatticeRead> {
    const output = await this.call(
      `reading VPC Lattice rule ${rule}`,
      notFound(`VPC Lattice rule ${rule}`, hint),
      () =>
        this.client.send(
          new GetRuleCommand({
            serviceIdentifier: serviceArn,
            listenerIdentifier: listenerArn,
            ruleIdentifier: rule,
          }),
        ),
    );
    return {
      resource: resource(output, rule),
      spec: { match: output.match, priority: output.priority, action: output.action },
      isDefault: output.isDefault === true,
    };
  }

  /** Every rule of a listener: ARN, ID, name, priority (none for the default rule). ListRules, all pages. */
  async listenerRules(
    serviceArn: string,
    listenerArn: string,
  ): Promise<Array<LatticeResource & { priority?: number; isDefault: boolean }>> {
    const rules: Array<LatticeResource & { priority?: number; isDefault: boolean }> = [];
    let nextToken: string | undefined;
    do {
      const output = await this.call(
        `listing the rules of VPC Lattice listener ${listenerArn}`,
        notFound(`VPC Lattice listener ${listenerArn}`, `check ${latticeInputs.listener}.`),
        () =>
          this.client.send(
            new ListRulesCommand({
              serviceIdentifier: serviceArn,
              listenerIdentifier: listenerArn,
              ...(nextToken ? { nextToken } : {}),
            }),
          ),
      );
      for (const item of output.items ?? []) {
        if (!item.arn || !item.id) continue;
        rules.push({
          arn: item.arn,
          id: item.id,
          name: item.name ?? item.id,
          isDefault: item.isDefault === true,
          ...(item.priority !== undefined ? { priority: item.priority } : {}),
        });
      }
      nextToken = output.nextToken;
    } while (nextToken);
    return rules;
  }

  /** CreateRule with tags; a name must be unique on the listener. */
  async createRule(rule: {
    serviceArn: string;
    listenerArn: string;
    name: string;
    priority: number;
    match: unknown;
    action: unknown;
    tags: Record<string, string>;
  }): Promise<void> {
    await this.call(
      `creating VPC Lattice rule ${rule.name} at priority ${rule.priority}`,
      notFound(`VPC Lattice listener ${rule.listenerArn}`, `check ${latticeInputs.listener}.`),
      () =>
        this.client.send(
          new CreateRuleCommand({
            serviceIdentifier: rule.serviceArn,
            listenerIdentifier: rule.listenerArn,
            name: rule.name,
            priority: rule.priority,
            match: rule.match as RuleMatch,
            action: rule.action as RuleAction,
            tags: rule.tags,
          }),
        ),
    );
  }

  async deleteRule(serviceArn: string, listenerArn: string, ruleArn: string): Promise<void> {
    await this.call(
      `deleting VPC Lattice rule ${ruleArn}`,
      notFound(`VPC Lattice rule ${ruleArn}`, 'it was deleted meanwhile.'),
      () =>
        this.client.send(
          new DeleteRuleCommand({
            serviceIdentifier: serviceArn,
            listenerIdentifier: listenerArn,
            ruleIdentifier: ruleArn,
          }),
        ),
    );
  }

  /** GetTargetGroup for an ID or ARN; ListTargetGroups for a name. `input` names the setting for messages. */
  async targetGroup(text: string, input: string): Promise<LatticeTargetGroupInfo> {
    const hint = `check ${input} (a VPC Lattice target group name, ID or ARN in this account and Region).`;
    const identifier = this.parsed('targetgroup', text, input);
    let targetGroupIdentifier = text;
    if (identifier.form === 'name') {
      const items = await this.list(
        `listing VPC Lattice target groups to find ${identifier.name}`,
        undefined,
        (nextToken) => this.client.send(new ListTargetGroupsCommand({ ...(nextToken ? { nextToken } : {}) })),
      );
      targetGroupIdentifier = this.unique('targetgroup', input, identifier.name, items, hint).arn;
    }
    const output = await this.call(
      `describing VPC Lattice target group ${text}`,
      notFound(`VPC Lattice target group ${text}`, hint),
      () => this.client.send(new GetTargetGroupCommand({ targetGroupIdentifier })),
    );
    return {
      ...resource(output, text),
      ...(output.status ? { status: output.status } : {}),
      serviceArns: output.serviceArns ?? [],
    };
  }

  /** UpdateRule with the action only; returns the rule as VPC Lattice stored it. */
  async updateRuleAction(
    serviceArn: string,
    listenerArn: string,
    ruleArn: string,
    action: unknown,
  ): Promise<unknown> {
    const output = await this.call(
      `updating VPC Lattice rule ${ruleArn}`,
      notFound(`VPC Lattice rule ${ruleArn}`, `check ${latticeInputs.rule}.`),
      () =>
        this.client.send(
          new UpdateRuleCommand({
            serviceIdentifier: serviceArn,
            listenerIdentifier: listenerArn,
            ruleIdentifier: ruleArn,
            // Checked plain JSON of the SDK's own shape: written back field for field.
            action: action as RuleAction,
          }),
        ),
    );
    return { match: output.match, priority: output.priority, action: output.action };
  }

  /** UpdateListener with the default action only; returns it as VPC Lattice stored it. */
  async updateListenerAction(serviceArn: string, listenerArn: string, action: unknown): Promise<unknown> {
    const output = await this.call(
      `updating the default action of VPC Lattice listener ${listenerArn}`,
      notFound(`VPC Lattice listener ${listenerArn}`, `check ${latticeInputs.listener}.`),
      () =>
        this.client.send(
          new UpdateListenerCommand({
            serviceIdentifier: serviceArn,
            listenerIdentifier: listenerArn,
            defaultAction: action as RuleAction,
          }),
        ),
    );
    return { action: output.defaultAction };
  }

  private parsed(kind: LatticeKind, text: string, input: string = inputOf(kind)) {
    const identifier = parseLatticeIdentifier(kind, text);
    // Settings were checked already; a malformed identifier here comes from a hand-made state.
    if (typeof identifier === 'string') throw new PreflightError(`${input}: ${identifier}`);
    return identifier;
  }

  private async list(
    doing: string,
    onNotFound: NotFound | undefined,
    page: (
      nextToken?: string,
    ) => Promise<{ items?: Array<{ arn?: string; id?: string; name?: string }>; nextToken?: string }>,
  ): Promise<Array<{ arn?: string; id?: string; name?: string }>> {
    const items: Array<{ arn?: string; id?: string; name?: string }> = [];
    let nextToken: string | undefined;
    do {
      const output = await this.call(doing, onNotFound, () => page(nextToken));
      items.push(...(output.items ?? []));
      nextToken = output.nextToken;
    } while (nextToken);
    return items;
  }

  private unique(
    kind: LatticeKind,
    input: string,
    name: string,
    items: Array<{ arn?: string; id?: string; name?: string }>,
    hint: string,
  ): LatticeResource {
    const found = items.filter((item) => item.name === name && item.arn && item.id);
    if (found.length === 0) {
      throw new RoutingResourceNotFoundError(`VPC Lattice ${kindLabels[kind]} named ${name}`, hint);
    }
    if (found.length > 1) {
      throw new PreflightError(
        `${input}: ${found.length} VPC Lattice ${kindLabels[kind]}s are named ${name} (${found.map((item) => item.arn).join(', ')}); give the ARN.`,
      );
    }
    return { arn: found[0]!.arn!, id: found[0]!.id!, name };
  }

  private call<T>(doing: string, onNotFound: NotFound | undefined, send: () => Promise<T>): Promise<T> {
    return callWithRetry(doing, this.options, onNotFound, send);
  }
}

function inputOf(kind: LatticeKind): string {
  if (kind === 'targetgroup') return 'target-group';
  return latticeInputs[kind];
}

function notFound(resourceLabel: string, hint: string): NotFound {
  return { errorNames: notFoundNames, resource: resourceLabel, hint };
}

/** ARN, ID and name from a Get* answer; the input stands in for what VPC Lattice did not return. */
function resource(output: { arn?: string; id?: string; name?: string }, input: string): LatticeResource {
  return { arn: output.arn ?? input, id: output.id ?? input, name: output.name ?? output.id ?? input };
}
