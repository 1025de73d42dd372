import { describe, expect, it } from '@jest/globals';
import { readerOf } from '../../../src/config/inputs.js';
import { latticeSettings } from '../../../src/routing/vpc-lattice/settings.js';
import { inputErrorOf } from '../../support/input-error.js';

const head = 'arn:aws:vpc-lattice:us-west-2:123456789012';
const svc = `svc-${'1'.repeat(17)}`;
const listener = `listener-${'2'.repeat(17)}`;
const rule = `rule-${'3'.repeat(17)}`;
const listenerArn = `${head}:service/${svc}/listener/${listener}`;

const inputs = {
  'lattice-service': 'checkout',
  'lattice-listener': 'http-80',
  'lattice-rule': 'api',
  'stable-target-group': 'checkout-v1',
  'canary-target-group': 'checkout-v2',
};

const parse = (overrides: Record<string, string | undefined>) =>
  latticeSettings(readerOf({ ...inputs, ...overrides }));

describe('latticeSettings', () => {
  it('reads names, IDs and ARNs as given; lattice-rule is optional', () => {
    expect(parse({})).toEqual({
      service: 'checkout',
      listener: 'http-80',
      rule: 'api',
      stableTargetGroup: 'checkout-v1',
      canaryTargetGroup: 'checkout-v2',
    });
    expect(parse({ 'lattice-rule': ' ' }).rule).toBeUndefined();
    expect(
      parse({
        'lattice-service': `${head}:service/${svc}`,
        'lattice-listener': listenerArn,
        'lattice-rule': `${listenerArn}/rule/${rule}`,
        'stable-target-group': `${head}:targetgroup/tg-${'4'.repeat(17)}`,
        'canary-target-group': `tg-${'5'.repeat(17)}`,
      }).rule,
    ).toBe(`${listenerArn}/rule/${rule}`);
  });

  it.each([
    ['lattice-service', { 'lattice-service': '' }, 'is required. Set it to the VPC Lattice service'],
    ['lattice-listener', { 'lattice-listener': undefined }, 'is required.'],
    [
      'stable-target-group',
      { 'stable-target-group': 'Checkout V1' },
      'is not a VPC Lattice target group name, ID or ARN',
    ],
    ['canary-target-group', { 'canary-target-group': 'tg-short' }, 'is not a VPC Lattice target group ID'],
    [
      'lattice-rule',
      { 'lattice-rule': `${head}:service/${svc}/rule/${rule}` },
      'is not a VPC Lattice listener rule ARN',
    ],
    ['canary-target-group', { 'canary-target-group': 'checkout-v1' }, 'must differ from stable-target-group'],
    [
      'lattice-listener',
      { 'lattice-service': `svc-${'9'.repeat(17)}`, 'lattice-listener': listenerArn },
      `is a listener of service ${svc}, but lattice-service is svc-${'9'.repeat(17)}`,
    ],
    [
      'lattice-rule',
      { 'lattice-listener': `listener-${'8'.repeat(17)}`, 'lattice-rule': `${listenerArn}/rule/${rule}` },
      `is a rule of listener ${listener}, but lattice-listener is listener-${'8'.repeat(17)}`,
    ],
  ])('refuses a bad %s, naming it', (input, overrides, message) => {
    const error = inputErrorOf(() => parse(overrides));
    expect(error.input).toBe(input);
    expect(error.message).toContain(message);
  });
});
