/**
 * Application Load Balancer ARNs (IAM Service Authorization Reference, Elastic Load Balancing V2):
 *   listener       arn:PARTITION:elasticloadbalancing:REGION:ACCOUNT:listener/app/LB-NAME/LB-ID/LISTENER-ID
 *   listener rule  arn:…:listener-rule/app/LB-NAME/LB-ID/LISTENER-ID/RULE-ID
 *   target group   arn:…:targetgroup/TG-NAME/TG-ID
 *   load balancer  arn:…:loadbalancer/app/LB-NAME/LB-ID
 * A rule's ARN carries its listener's, so "a rule of another listener" is visible without AWS. Pure.
 */

interface ArnHead {
  partition: string;
  region: string;
  account: string;
}

export interface ListenerArn extends ArnHead {
  arn: string;
  /** app (ALB), net (NLB) or gwy (GWLB). */
  type: string;
  loadBalancerName: string;
  loadBalancerId: string;
  listenerId: string;
}

export interface RuleArn extends ListenerArn {
  ruleId: string;
}

export interface TargetGroupArn extends ArnHead {
  arn: string;
  name: string;
  id: string;
}

const head = '^arn:(aws[a-z-]*):elasticloadbalancing:([a-z0-9-]+):(\\d{12}):';
const listenerPattern = new RegExp(`${head}listener/([a-z]+)/([^/]+)/([^/]+)/([^/]+)$`);
const rulePattern = new RegExp(`${head}listener-rule/([a-z]+)/([^/]+)/([^/]+)/([^/]+)/([^/]+)$`);
const targetGroupPattern = new RegExp(`${head}targetgroup/([^/]+)/([^/]+)$`);

/** The parts of a listener ARN, or a sentence saying what is wrong with it. */
export function parseListenerArn(text: string): ListenerArn | string {
  const match = listenerPattern.exec(text.trim());
  if (!match) {
    return `"${text}" is not a load balancer listener ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener/app/NAME/ID/ID).`;
  }
  const [, partition, region, account, type, loadBalancerName, loadBalancerId, listenerId] =
    match as unknown as string[];
  return {
    arn: text.trim(),
    partition,
    region,
    account,
    type,
    loadBalancerName,
    loadBalancerId,
    listenerId,
  } as ListenerArn;
}

export function parseRuleArn(text: string): RuleArn | string {
  const match = rulePattern.exec(text.trim());
  if (!match) {
    return `"${text}" is not a listener rule ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener-rule/app/NAME/ID/ID/ID).`;
  }
  const [, partition, region, account, type, loadBalancerName, loadBalancerId, listenerId, ruleId] =
    match as unknown as string[];
  return {
    arn: text.trim(),
    partition,
    region,
    account,
    type,
    loadBalancerName,
    loadBalancerId,
    listenerId,
    ruleId,
  } as RuleArn;
}

export function parseTargetGroupArn(text: string): TargetGroupArn | string {
  const match = targetGroupPattern.exec(text.trim());
  if (!match) {
    return `"${text}" is not a target group ARN (arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID).`;
  }
  const [, partition, region, account, name, id] = match as unknown as string[];
  return { arn: text.trim(), partition, region, account, name, id } as TargetGroupArn;
}

/** Whether the rule is one of the listener's rules (same partition, Region, account, load balancer, listener). */
export function isRuleOf(rule: RuleArn, listener: ListenerArn): boolean {
  return (
    rule.partition === listener.partition &&
    rule.region === listener.region &&
    rule.account === listener.account &&
    rule.type === listener.type &&
    rule.loadBalancerName === listener.loadBalancerName &&
    rule.loadBalancerId === listener.loadBalancerId &&
    rule.listenerId === listener.listenerId
  );
}

/** The load balancer's ARN, from its listener's. */
export function loadBalancerArnOf(listener: ListenerArn): string {
  return `arn:${listener.partition}:elasticloadbalancing:${listener.region}:${listener.account}:loadbalancer/${listener.type}/${listener.loadBalancerName}/${listener.loadBalancerId}`;
}

/** CloudWatch's LoadBalancer dimension: app/NAME/ID, the final portion of the load balancer ARN. */
export function loadBalancerDimension(listener: ListenerArn): string {
  return `${listener.type}/${listener.loadBalancerName}/${listener.loadBalancerId}`;
}

/** CloudWatch's TargetGroup dimension: targetgroup/NAME/ID, the final portion of the target group ARN. */
export function targetGroupDimension(targetGroup: TargetGroupArn): string {
  return `targetgroup/${targetGroup.name}/${targetGroup.id}`;
}

/** The name in a target group ARN (unique per account and Region), or the text itself. */
export function targetGroupNameOf(arn: string): string {
  const parsed = parseTargetGroupArn(arn);
  return typeof parsed === 'string' ? arn : parsed.name;
}

/** Target group names: 1-32 letters, digits and hyphens, not starting or ending with a hyphen. */
export function isTargetGroupName(text: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/.test(text);
}
