import {
  type Action,
  CreateRuleCommand,
  DeleteRuleCommand,
  DescribeAccountLimitsCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  type ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
  type Rule,
  type RuleCondition,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { callWithRetry, type NotFound, type RoutingApiOptions } from '../aws-call.js';
import { RoutingResourceNotFoundError } from '../errors.js';
import { albInputs } from './settings.js';

// ELBv2's default; the account's own is read with DescribeAccountLimits.
export const defaultRulesPerLoadBalancer = 100;

export interface AlbListenerRead {
  listenerArn: string;
  loadBalancerArn?: string;
  /** { Actions: the listener's DefaultActions }; checked by the caller. */
  spec: unknown;
}

export interface AlbRuleRead {
  ruleArn: string;
  isDefault: boolean;
  /** { Actions, Conditions, Priority, Transforms }; checked by the caller. */
  spec: unknown;
}

export interface AlbTargetGroupInfo {
  arn: string;
  name: string;
  /** The load balancers whose listeners use it (a target group serves one load balancer). */
  loadBalancerArns: string[];
}

/**
 * The calls this project makes to Elastic Load Balancing V2. Each is retried on throttling and 5xx, wrapped
 * so a failure says what was being done; a not-found answer becomes a RoutingResourceNotFoundError whose
 * hint names the input to check. Writes send only the actions: ModifyRule's Actions, ModifyListener's
 * DefaultActions; conditions, priority, transforms, port, protocol and certificates are never sent.
 */
export class AlbApi {
  constructor(
    private readonly client: ElasticLoadBalancingV2Client,
    private readonly options: RoutingApiOptions = {},
  ) {}

  async listener(listenerArn: string): Promise<AlbListenerRead> {
    const output = await this.call(
      `describing ALB listener ${listenerArn}`,
      notFound(
        ['ListenerNotFoundException', 'ListenerNotFound'],
        `ALB listener ${listenerArn}`,
        `check ${albInputs.listener}.`,
      ),
      () => this.client.send(new DescribeListenersCommand({ ListenerArns: [listenerArn] })),
    );
    const listener =
      output.Listeners?.find((candidate) => candidate.ListenerArn === listenerArn) ?? output.Listeners?.[0];
    if (!listener)
      throw new RoutingResourceNotFoundError(`ALB listener ${listenerArn}`, `check ${albInputs.listener}.`);
    return {
      listenerArn: listener.ListenerArn ?? listenerArn,
      ...(listener.LoadBalancerArn ? { loadBalancerArn: listener.LoadBalancerArn } : {}),
      spec: { Actions: listener.DefaultActions },
    };
  }

  async rule(ruleArn: string): Promise<AlbRuleRead> {
    const hint = `check ${albInputs.rule} (a rule of listener-arn), or leave it unset to shift the listener's default actions.`;
    const output = await this.call(
      `describing ALB rule ${ruleArn}`,
      notFound(['RuleNotFoundException', 'RuleNotFound'], `ALB rule ${ruleArn}`, hint),
      () => this.client.send(new DescribeRulesCommand({ RuleArns: [ruleArn] })),
    );
    const rule = output.Rules?.find((candidate) => candidate.RuleArn === ruleArn) ?? output.Rules?.[0];
    if (!rule) throw new RoutingResourceNotFoundError(`ALB rule ${ruleArn}`, hint);
    return ruleRead(rule, ruleArn);
  }

  /** DescribeTargetGroups by ARN or by name; `input` names the setting for messages. */
  async targetGroup(text: string, input: string): Promise<AlbTargetGroupInfo> {
    const byArn = text.startsWith('arn:');
    const hint = `check ${input} (a target group ARN or name in this account and Region).`;
    const output = await this.call(
      `describing target group ${text}`,
      notFound(['TargetGroupNotFoundException', 'TargetGroupNotFound'], `target group ${text}`, hint),
      () =>
        this.client.send(
          new DescribeTargetGroupsCommand(byArn ? { TargetGroupArns: [text] } : { Names: [text] }),
        ),
    );
    const group = output.TargetGroups?.[0];
    if (!group?.TargetGroupArn) throw new RoutingResourceNotFoundError(`target group ${text}`, hint);
    return {
      arn: group.TargetGroupArn,
      name: group.TargetGroupName ?? text,
      loadBalancerArns: group.LoadBalancerArns ?? [],
    };
  }

  /** ModifyRule with the actions only; returns the rule as ELBv2 stored it. */
  async modifyRuleActions(ruleArn: string, actions: unknown[]): Promise<unknown> {
    const output = await this.call(
      `modifying ALB rule ${ruleArn}`,
      notFound(['RuleNotFoundException', 'RuleNotFound'], `ALB rule ${ruleArn}`, `check ${albInputs.rule}.`),
      () => this.client.send(new ModifyRuleCommand({ RuleArn: ruleArn, Actions: writableActions(actions) })),
    );
    const rule = output.Rules?.[0];
    return rule ? ruleRead(rule, ruleArn).spec : undefined;
  }

  /** ModifyListener with the default actions only; returns them as ELBv2 stored them. */
  async modifyListenerActions(listenerArn: string, actions: unknown[]): Promise<unknown> {
    const output = await this.call(
      `modifying the default actions of ALB listener ${listenerArn}`,
      notFound(
        ['ListenerNotFoundException', 'ListenerNotFound'],
        `ALB listener ${listenerArn}`,
        `check ${albInputs.listener}.`,
      ),
      () =>
        this.client.send(
          new ModifyListenerCommand({ ListenerArn: listenerArn, DefaultActions: writableActions(actions) }),
        ),
    );
    const listener = output.Listeners?.[0];
    return listener ? { Actions: listener.DefaultActions } : undefined;
  }

  /** Every rule of a listener, the default last (DescribeRules by listener, all pages). */
  async listenerRules(listenerArn: string): Promise<AlbRuleRead[]> {
    const rules: AlbRuleRead[] = [];
    let marker: string | undefined;
    do {
      const output = await this.call(
        `listing the rules of ALB listener ${listenerArn}`,
        notFound(
          ['ListenerNotFoundException', 'ListenerNotFound'],
          `ALB listener ${listenerArn}`,
          `check ${albInputs.listener}.`,
        ),
        () =>
          this.client.send(
            new DescribeRulesCommand({ ListenerArn: listenerArn, ...(marker ? { Marker: marker } : {}) }),
          ),
      );
      for (const rule of output.Rules ?? []) if (rule.RuleArn) rules.push(ruleRead(rule, rule.RuleArn));
      marker = output.NextMarker;
    } while (marker);
    return rules;
  }

  /**
   * The account's rules-per-load-balancer quota (DescribeAccountLimits), which Support may have raised above
   * the default 100; the default when the answer does not name it.
   */
  async rulesPerLoadBalancer(): Promise<number> {
    const output = await this.call('reading the ELBv2 account limits', undefined, () =>
      this.client.send(new DescribeAccountLimitsCommand({})),
    );
    const max = Number(
      output.Limits?.find((limit) => limit.Name === 'rules-per-application-load-balancer')?.Max,
    );
    return Number.isInteger(max) && max > 0 ? max : defaultRulesPerLoadBalancer;
  }

  /** The listener ARNs of a load balancer (DescribeListeners by load balancer, all pages). */
  async listenersOf(loadBalancerArn: string): Promise<string[]> {
    const arns: string[] = [];
    let marker: string | undefined;
    do {
      const output = await this.call(`listing the listeners of ${loadBalancerArn}`, undefined, () =>
        this.client.send(
          new DescribeListenersCommand({
            LoadBalancerArn: loadBalancerArn,
            ...(marker ? { Marker: marker } : {}),
          }),
        ),
      );
      for (const listener of output.Listeners ?? [])
        if (listener.ListenerArn) arns.push(listener.ListenerArn);
      marker = output.NextMarker;
    } while (marker);
    return arns;
  }

  /** The tags of rules, by ARN (DescribeTags takes at most 20 ARNs a call). */
  async tagsOf(arns: readonly string[]): Promise<Map<string, Record<string, string>>> {
    const tags = new Map<string, Record<string, string>>();
    for (let start = 0; start < arns.length; start += 20) {
      const batch = arns.slice(start, start + 20);
      const output = await this.call(`reading the tags of ${batch.length} ALB rule(s)`, undefined, () =>
        this.client.send(new DescribeTagsCommand({ ResourceArns: [...batch] })),
      );
      for (const description of output.TagDescriptions ?? []) {
        if (!description.ResourceArn) continue;
        tags.set(
          description.ResourceArn,
          Object.fromEntries((description.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value ?? ''])),
        );
      }
    }
    return tags;
  }

  /** CreateRule with tags; returns the new rule's ARN. */
  async createRule(rule: {
    listenerArn: string;
    priority: number;
    conditions: unknown[];
    actions: unknown[];
    tags: Record<string, string>;
  }): Promise<string | undefined> {
    const output = await this.call(
      `creating an ALB rule at priority ${rule.priority} of listener ${rule.listenerArn}`,
      notFound(
        ['ListenerNotFoundException', 'ListenerNotFound'],
        `ALB listener ${rule.listenerArn}`,
        `check ${albInputs.listener}.`,
      ),
      () =>
        this.client.send(
          new CreateRuleCommand({
            ListenerArn: rule.listenerArn,
            Priority: rule.priority,
            Conditions: rule.conditions as RuleCondition[],
            Actions: rule.actions as Action[],
            Tags: Object.entries(rule.tags).map(([Key, Value]) => ({ Key, Value })),
          }),
        ),
    );
    return output.Rules?.[0]?.RuleArn;
  }

  async deleteRule(ruleArn: string): Promise<void> {
    await this.call(
      `deleting ALB rule ${ruleArn}`,
      notFound(['RuleNotFoundException', 'RuleNotFound'], `ALB rule ${ruleArn}`, 'it was deleted meanwhile.'),
      () => this.client.send(new DeleteRuleCommand({ RuleArn: ruleArn })),
    );
  }

  private call<T>(doing: string, onNotFound: NotFound | undefined, send: () => Promise<T>): Promise<T> {
    return callWithRetry(doing, this.options, onNotFound, send);
  }
}

/**
 * The actions as a write takes them: ELBv2 never returns an OIDC client secret, so an authenticate-oidc
 * action read back must say UseExistingClientSecret to keep it (AuthenticateOidcActionConfig).
 */
export function writableActions(actions: readonly unknown[]): Action[] {
  return actions.map((action) => {
    const oidc = (action as Action).AuthenticateOidcConfig;
    if ((action as Action).Type !== 'authenticate-oidc' || !oidc || oidc.ClientSecret !== undefined) {
      return action as Action;
    }
    return { ...(action as Action), AuthenticateOidcConfig: { ...oidc, UseExistingClientSecret: true } };
  });
}

function ruleRead(rule: Rule, ruleArn: string): AlbRuleRead {
  return {
    ruleArn: rule.RuleArn ?? ruleArn,
    isDefault: rule.IsDefault === true,
    spec: {
      Actions: rule.Actions,
      ...(rule.Conditions ? { Conditions: rule.Conditions } : {}),
      ...(rule.Priority !== undefined ? { Priority: rule.Priority } : {}),
      ...(rule.Transforms ? { Transforms: rule.Transforms } : {}),
    },
  };
}

function notFound(errorNames: string[], resource: string, hint: string): NotFound {
  return { errorNames, resource, hint };
}
