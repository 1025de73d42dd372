import { type InputReader, oneOf, optionalString, requiredString } from '../config/inputs.js';
import { InputError } from '../errors.js';
import { isTargetGroupName, parseRuleArn } from '../routing/alb/arns.js';
import { canaryNameOf } from './names.js';

/** The routers `init` sets up. */
export const initRouters = ['alb'] as const;
export type InitRouter = (typeof initRouters)[number];

/** What `init` is given: the stable side, the router, and the names of the canary side. */
export interface AlbInitSettings {
  router: 'alb';
  cluster: string;
  stableService: string;
  canaryService: string;
  /** The listener rule whose forward action gets the canary at weight 0. */
  ruleArn: string;
  /** The listener the rule belongs to, from the rule's ARN. */
  listenerArn: string;
  /** Unset: the stable target group's name with -canary (known once the stable group is read). */
  canaryTargetGroup?: string;
  /** The orchestrator's state machine, as the printed cdk command names it. */
  stateMachineName: string;
  region: string;
  account: string;
}

export type InitSettings = AlbInitSettings;

export const initInputs = {
  router: 'router',
  cluster: 'cluster',
  stableService: 'stable-service',
  canaryService: 'canary-service',
  rule: 'listener-rule-arn',
  canaryTargetGroup: 'canary-target-group',
  stateMachineName: 'state-machine-name',
} as const;

const serviceName = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/;

/** Reads and checks init's inputs without AWS: every error names its input. */
export function initSettings(read: InputReader): InitSettings {
  oneOf(read, initInputs.router, initRouters, 'alb');
  const cluster = requiredString(
    read,
    initInputs.cluster,
    'Set it to the ECS cluster of the stable service.',
  );
  const stableService = checkedServiceName(
    initInputs.stableService,
    requiredString(read, initInputs.stableService, 'Set it to the ECS service that serves production.'),
  );
  const canaryService = checkedServiceName(
    initInputs.canaryService,
    optionalString(read, initInputs.canaryService) ?? canaryNameOf(stableService),
  );
  if (canaryService === stableService)
    throw new InputError(
      initInputs.canaryService,
      `must differ from stable-service (both are ${stableService}).`,
    );
  const ruleText = requiredString(
    read,
    initInputs.rule,
    'Set it to the ARN of the ALB listener rule that forwards to the stable target group.',
  );
  const rule = parseRuleArn(ruleText);
  if (typeof rule === 'string') throw new InputError(initInputs.rule, rule);
  if (rule.type !== 'app')
    throw new InputError(
      initInputs.rule,
      'is a rule of a Network Load Balancer; init sets up Application Load Balancer rules.',
    );
  const listenerArn = `arn:${rule.partition}:elasticloadbalancing:${rule.region}:${rule.account}:listener/app/${rule.loadBalancerName}/${rule.loadBalancerId}/${rule.listenerId}`;
  const stateMachineName = optionalString(read, initInputs.stateMachineName) ?? 'appmesh-canary';
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(stateMachineName))
    throw new InputError(
      initInputs.stateMachineName,
      `"${stateMachineName}" is not a state machine name: 1-80 letters, digits, hyphens and underscores.`,
    );
  const canaryTargetGroup = optionalString(read, initInputs.canaryTargetGroup);
  if (canaryTargetGroup !== undefined) checkTargetGroupName(initInputs.canaryTargetGroup, canaryTargetGroup);
  return {
    router: 'alb',
    cluster,
    stableService,
    canaryService,
    ruleArn: rule.arn,
    listenerArn,
    ...(canaryTargetGroup !== undefined ? { canaryTargetGroup } : {}),
    stateMachineName,
    region: rule.region,
    account: rule.account,
  };
}

/** A target group name ELBv2 takes: 1-32 letters, digits and hyphens, no hyphen at either end. */
export function checkTargetGroupName(input: string, name: string): void {
  if (!isTargetGroupName(name))
    throw new InputError(
      input,
      `"${name}" is not a target group name: 1-32 letters, digits and hyphens, not starting or ending with a hyphen` +
        (name.length > 32 ? ` (it has ${name.length} characters; give a shorter one)` : '') +
        '.',
    );
}

function checkedServiceName(input: string, name: string): string {
  if (!serviceName.test(name))
    throw new InputError(
      input,
      `"${name}" is not an ECS service name: 1-255 letters, digits, hyphens and underscores.`,
    );
  return name;
}
