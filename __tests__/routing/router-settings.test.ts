import { describe, expect, it } from '@jest/globals';
import { readerOf } from '../../src/config/inputs.js';
import { routerLocation, routerSettings } from '../../src/routing/router-settings.js';
import { inputErrorOf } from '../support/input-error.js';

const lattice = {
  router: 'vpc-lattice',
  'lattice-service': 'checkout',
  'lattice-listener': 'http-80',
  'stable-target-group': 'checkout-v1',
  'canary-target-group': 'checkout-v2',
};
const listenerArn =
  'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2';

describe('routerSettings', () => {
  it('reads App Mesh by default, and each router its own inputs', () => {
    expect(
      routerSettings(
        readerOf({
          mesh: 'apps',
          'virtual-router': 'serviceB',
          'stable-node': 'serviceB',
          'canary-node': 'serviceBv2',
        }),
      ),
    ).toMatchObject({ router: 'app-mesh', mesh: 'apps' });
    expect(routerSettings(readerOf(lattice))).toEqual({
      router: 'vpc-lattice',
      service: 'checkout',
      listener: 'http-80',
      stableTargetGroup: 'checkout-v1',
      canaryTargetGroup: 'checkout-v2',
    });
    expect(
      routerSettings(
        readerOf({
          router: 'alb',
          'listener-arn': listenerArn,
          'stable-target-group': 'blue',
          'canary-target-group': 'green',
        }),
      ),
    ).toEqual({ router: 'alb', listenerArn, stableTargetGroup: 'blue', canaryTargetGroup: 'green' });
  });

  it.each([
    [{ ...lattice, router: 'nginx' }, 'router', 'must be one of app-mesh, vpc-lattice, alb; got "nginx".'],
    [
      { ...lattice, router: 'alb', 'listener-arn': listenerArn },
      'lattice-service',
      'is read only with router: vpc-lattice (router is alb)',
    ],
    [
      { ...lattice, 'listener-rule-arn': `${listenerArn}/1` },
      'listener-rule-arn',
      'is read only with router: alb (router is vpc-lattice)',
    ],
  ])('refuses %p, naming the input', (inputs, input, message) => {
    const error = inputErrorOf(() => routerSettings(readerOf(inputs)));
    expect(error.input).toBe(input);
    expect(error.message).toContain(message);
  });
});

describe('routerLocation (what reading the weights needs)', () => {
  it('reads each router without the stable and canary targets', () => {
    expect(routerLocation(readerOf({ mesh: 'apps', 'virtual-router': 'serviceB' }))).toEqual({
      router: 'app-mesh',
      mesh: 'apps',
      virtualRouter: 'serviceB',
      routes: [],
    });
    expect(
      routerLocation(
        readerOf({
          router: 'vpc-lattice',
          'lattice-service': 'checkout',
          'lattice-listener': 'http-80',
          'lattice-rule': 'all',
        }),
      ),
    ).toEqual({ router: 'vpc-lattice', service: 'checkout', listener: 'http-80', rule: 'all' });
    expect(routerLocation(readerOf({ router: 'alb', 'listener-arn': listenerArn }))).toEqual({
      router: 'alb',
      listenerArn,
    });
  });

  const otherListenerRule =
    'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener-rule/app/shop/50dc6c495c0c9188/0467ef3c8400ae65/9683b2d02a6cabee';
  it.each([
    [{ router: 'istio' }, 'router', 'must be one of app-mesh, vpc-lattice, alb; got "istio".'],
    [{ router: 'vpc-lattice', 'lattice-service': 'checkout' }, 'lattice-listener', 'Set it to the listener'],
    [
      { router: 'alb', 'listener-arn': listenerArn, 'listener-rule-arn': otherListenerRule },
      'listener-rule-arn',
      'is a rule of listener shop/0467ef3c8400ae65, not of listener-arn shop/f2f7dc8efc522ab2',
    ],
    [
      { router: 'alb', 'listener-arn': listenerArn, 'lattice-rule': 'all' },
      'lattice-rule',
      'is read only with router: vpc-lattice (router is alb)',
    ],
  ])('refuses %p, naming the input, as routerSettings does', (inputs, input, message) => {
    for (const read of [routerLocation, routerSettings]) {
      const error = inputErrorOf(() =>
        read(readerOf({ 'stable-target-group': 'blue', 'canary-target-group': 'green', ...inputs })),
      );
      expect(error.input).toBe(input);
      expect(error.message).toContain(message);
    }
  });
});
