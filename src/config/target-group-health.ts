import { InputError } from '../errors.js';
import type { MetricsSource } from '../health/types.js';
import {
  loadBalancerDimension,
  parseListenerArn,
  parseTargetGroupArn,
  targetGroupDimension,
} from '../routing/alb/arns.js';
import { parseLatticeIdentifier } from '../routing/vpc-lattice/identifiers.js';
import { type InputReader, optionalString, requiredString } from './inputs.js';

/** Target group ARNs the deploy resolved (the router's snapshot); they stand in for inputs given by name. */
export interface TargetGroupDefaults {
  canaryTargetGroupArn?: string;
  stableTargetGroupArn?: string;
}

const roles = {
  canary: { input: 'canary-target-group', known: 'canaryTargetGroupArn' },
  stable: { input: 'stable-target-group', known: 'stableTargetGroupArn' },
} as const;

/**
 * metrics-preset lattice-target-group: AWS/VpcLattice by TargetGroup, whose value is the target group ID
 * (tg-…, the last part of its ARN). canary-target-group is required, stable-target-group gives the baseline.
 */
export function latticeTargetGroupSource(read: InputReader, known: TargetGroupDefaults): MetricsSource {
  const id = (role: keyof typeof roles) => {
    const { input } = roles[role];
    const text = role === 'canary' ? required(read, input) : optionalString(read, input);
    if (text === undefined) return undefined;
    const parsed = parseLatticeIdentifier('targetgroup', text);
    if (typeof parsed === 'object' && parsed.form !== 'name') return parsed.id;
    const resolved = known[roles[role].known];
    const fromKnown = resolved === undefined ? undefined : parseLatticeIdentifier('targetgroup', resolved);
    if (typeof fromKnown === 'object' && fromKnown.form !== 'name') return fromKnown.id;
    throw new InputError(
      input,
      typeof parsed === 'string'
        ? parsed
        : `"${text}" is a name; metrics-preset lattice-target-group reads CloudWatch by target group ID: give the ID (tg-…) or ARN.`,
    );
  };
  const stable = id('stable');
  return {
    preset: 'lattice-target-group',
    canaryTargetGroup: id('canary')!,
    ...(stable ? { stableTargetGroup: stable } : {}),
  };
}

/**
 * metrics-preset alb-target-group: AWS/ApplicationELB by TargetGroup (targetgroup/NAME/ID) and LoadBalancer
 * (app/NAME/ID), both the final portion of an ARN: the load balancer's from listener-arn.
 */
export function albTargetGroupSource(read: InputReader, known: TargetGroupDefaults): MetricsSource {
  const listener = parseListenerArn(
    requiredString(
      read,
      'listener-arn',
      'metrics-preset alb-target-group reads the load balancer from the listener ARN.',
    ),
  );
  if (typeof listener === 'string') throw new InputError('listener-arn', listener);
  const dimension = (role: keyof typeof roles) => {
    const { input } = roles[role];
    const text = role === 'canary' ? required(read, input) : optionalString(read, input);
    if (text === undefined) return undefined;
    const arn = parseTargetGroupArn(text.startsWith('arn:') ? text : (known[roles[role].known] ?? text));
    if (typeof arn === 'object' && (text.startsWith('arn:') || arn.name === text))
      return targetGroupDimension(arn);
    throw new InputError(
      input,
      text.startsWith('arn:')
        ? (arn as string)
        : `"${text}" is a name; metrics-preset alb-target-group needs the target group ARN (its CloudWatch dimension holds the ID).`,
    );
  };
  const stable = dimension('stable');
  return {
    preset: 'alb-target-group',
    loadBalancer: loadBalancerDimension(listener),
    canaryTargetGroup: dimension('canary')!,
    ...(stable ? { stableTargetGroup: stable } : {}),
  };
}

function required(read: InputReader, input: string): string {
  return requiredString(read, input, 'The target group metrics presets read the canary by its target group.');
}

/**
 * Well-formed stand-ins for the target group ARNs a router resolves, so that every health input is checked
 * before the first call (an ALB group keeps its given name, which its preset compares).
 */
export function placeholderTargetGroups(routing: {
  router: string;
  stableTargetGroup?: string;
  canaryTargetGroup?: string;
}): TargetGroupDefaults {
  if (routing.router === 'app-mesh') return {};
  const group = (given: string, digit: string) =>
    routing.router === 'alb'
      ? `arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/${given.split('/').at(-2) ?? given}/000000000000000${digit}`
      : `arn:aws:vpc-lattice:us-east-1:000000000000:targetgroup/tg-0000000000000000${digit}`;
  return {
    canaryTargetGroupArn: group(routing.canaryTargetGroup ?? '', '1'),
    stableTargetGroupArn: group(routing.stableTargetGroup ?? '', '2'),
  };
}
