import { describe, expect, it } from '@jest/globals';
import { readerOf } from '../../../src/config/inputs.js';
import {
  albSettings,
  loadBalancerArnOf,
  loadBalancerDimension,
  parseListenerArn,
  parseTargetGroupArn,
  targetGroupDimension,
} from '../../../src/routing/alb/index.js';
import { inputErrorOf } from '../../support/input-error.js';

// The examples of the ELBv2 API reference.
const head = 'arn:aws:elasticloadbalancing:us-west-2:123456789012';
const listener = `${head}:listener/app/my-load-balancer/50dc6c495c0c9188/f2f7dc8efc522ab2`;
const rule = `${head}:listener-rule/app/my-load-balancer/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`;
const targetGroup = `${head}:targetgroup/my-targets/73e2d6bc24d8a067`;

const inputs = {
  'listener-arn': listener,
  'listener-rule-arn': rule,
  'stable-target-group': targetGroup,
  'canary-target-group': 'my-targets-v2',
};
const parse = (overrides: Record<string, string | undefined>) =>
  albSettings(readerOf({ ...inputs, ...overrides }));

describe('albSettings', () => {
  it('reads the listener and rule ARNs and target groups by ARN or name', () => {
    expect(parse({})).toEqual({
      listenerArn: listener,
      ruleArn: rule,
      stableTargetGroup: targetGroup,
      canaryTargetGroup: 'my-targets-v2',
    });
    expect(parse({ 'listener-rule-arn': '' }).ruleArn).toBeUndefined();
  });

  it.each([
    ['listener-arn', { 'listener-arn': 'my-load-balancer' }, 'is not a load balancer listener ARN'],
    [
      'listener-arn',
      { 'listener-arn': listener.replace('/app/', '/net/'), 'listener-rule-arn': undefined },
      'is a listener of a Network Load Balancer; router alb shifts Application Load Balancer listeners',
    ],
    ['listener-rule-arn', { 'listener-rule-arn': listener }, 'is not a listener rule ARN'],
    [
      'listener-rule-arn',
      { 'listener-rule-arn': rule.replace('f2f7dc8efc522ab2', '0000000000000001') },
      'is a rule of listener my-load-balancer/0000000000000001, not of listener-arn my-load-balancer/f2f7dc8efc522ab2',
    ],
    [
      'stable-target-group',
      { 'stable-target-group': `${head}:targetgroup/my-targets` },
      'is not a target group ARN',
    ],
    [
      'stable-target-group',
      { 'stable-target-group': targetGroup.replace('us-west-2', 'eu-west-1') },
      'is in account 123456789012, Region eu-west-1; the listener is in account 123456789012, Region us-west-2',
    ],
    [
      'canary-target-group',
      { 'canary-target-group': '-v2-' },
      'is neither a target group ARN nor a target group name',
    ],
    [
      'canary-target-group',
      { 'canary-target-group': 'my-targets' },
      'must differ from stable-target-group (both are my-targets).',
    ],
    ['stable-target-group', { 'stable-target-group': '' }, 'is required.'],
  ])('refuses a bad %s, naming it', (input, overrides, message) => {
    const error = inputErrorOf(() => parse(overrides));
    expect(error.input).toBe(input);
    expect(error.message).toContain(message);
  });
});

describe('ARNs and CloudWatch dimensions', () => {
  it('derives the LoadBalancer and TargetGroup dimensions as AWS writes them', () => {
    const parsedListener = parseListenerArn(listener);
    const parsedGroup = parseTargetGroupArn(targetGroup);
    if (typeof parsedListener === 'string' || typeof parsedGroup === 'string') throw new Error('not parsed');
    expect(loadBalancerDimension(parsedListener)).toBe('app/my-load-balancer/50dc6c495c0c9188');
    expect(loadBalancerArnOf(parsedListener)).toBe(
      `${head}:loadbalancer/app/my-load-balancer/50dc6c495c0c9188`,
    );
    expect(targetGroupDimension(parsedGroup)).toBe('targetgroup/my-targets/73e2d6bc24d8a067');
  });
});
