import { type InputReader, optionalString, requiredString } from '../../config/inputs.js';
import { InputError } from '../../errors.js';
import {
  isRuleOf,
  isTargetGroupName,
  type ListenerArn,
  parseListenerArn,
  parseRuleArn,
  parseTargetGroupArn,
} from './arns.js';

/** Where the weights of `router: alb` are. */
export interface AlbLocation {
  listenerArn: string;
  /** Unset: the listener's default forward action is shifted. */
  ruleArn?: string;
}

/** Inputs of `router: alb`: the location and the two target groups. */
export interface AlbSettings extends AlbLocation {
  /** ARN or name. */
  stableTargetGroup: string;
  canaryTargetGroup: string;
}

export const albInputs = {
  listener: 'listener-arn',
  rule: 'listener-rule-arn',
  stableTargetGroup: 'stable-target-group',
  canaryTargetGroup: 'canary-target-group',
} as const;

/**
 * Reads listener-arn, listener-rule-arn, stable-target-group and canary-target-group. Checks without AWS:
 * the listener is an Application Load Balancer's; the rule is one of that listener's; each target group is
 * an ARN in the listener's account and Region, or a target group name; the two groups differ.
 */
export function albSettings(read: InputReader): AlbSettings {
  const { location, listener } = checkedLocation(read);
  const stable = targetGroup(read, albInputs.stableTargetGroup, 'serves production', listener);
  const canary = targetGroup(read, albInputs.canaryTargetGroup, 'runs the new version', listener);
  if (stable.key === canary.key) {
    throw new InputError(
      albInputs.canaryTargetGroup,
      `must differ from stable-target-group (both are ${canary.key}).`,
    );
  }
  return { ...location, stableTargetGroup: stable.text, canaryTargetGroup: canary.text };
}

/** Reads listener-arn and listener-rule-arn alone: enough to read the weights. */
export function albLocationSettings(read: InputReader): AlbLocation {
  return checkedLocation(read).location;
}

function checkedLocation(read: InputReader): { location: AlbLocation; listener: ListenerArn } {
  const listener = parseListenerArn(
    requiredString(
      read,
      albInputs.listener,
      'Set it to the ARN of the ALB listener whose rule or default action is shifted.',
    ),
  );
  if (typeof listener === 'string') throw new InputError(albInputs.listener, listener);
  if (listener.type !== 'app') {
    throw new InputError(
      albInputs.listener,
      `is a listener of a ${listener.type === 'net' ? 'Network' : 'Gateway'} Load Balancer; router alb shifts Application Load Balancer listeners (listener/app/...).`,
    );
  }
  const ruleText = optionalString(read, albInputs.rule);
  if (ruleText !== undefined) {
    const rule = parseRuleArn(ruleText);
    if (typeof rule === 'string') throw new InputError(albInputs.rule, rule);
    if (!isRuleOf(rule, listener)) {
      throw new InputError(
        albInputs.rule,
        `is a rule of listener ${rule.loadBalancerName}/${rule.listenerId}, not of listener-arn ${listener.loadBalancerName}/${listener.listenerId}; ` +
          "give a rule of that listener, or leave listener-rule-arn unset to shift the listener's default actions.",
      );
    }
  }
  return {
    location: { listenerArn: listener.arn, ...(ruleText !== undefined ? { ruleArn: ruleText } : {}) },
    listener,
  };
}

function targetGroup(
  read: InputReader,
  input: string,
  role: string,
  listener: ListenerArn,
): { text: string; key: string } {
  const text = requiredString(read, input, `Set it to the ARN or name of the target group that ${role}.`);
  if (text.startsWith('arn:')) {
    const arn = parseTargetGroupArn(text);
    if (typeof arn === 'string') throw new InputError(input, arn);
    if (
      arn.region !== listener.region ||
      arn.account !== listener.account ||
      arn.partition !== listener.partition
    ) {
      throw new InputError(
        input,
        `is in account ${arn.account}, Region ${arn.region}; the listener is in account ${listener.account}, Region ${listener.region}. An ALB forwards only to target groups of its own account and Region.`,
      );
    }
    return { text, key: arn.name };
  }
  if (!isTargetGroupName(text)) {
    throw new InputError(
      input,
      `"${text}" is neither a target group ARN nor a target group name (1-32 letters, digits and hyphens).`,
    );
  }
  return { text, key: text };
}
