import { describe, expect, it } from '@jest/globals';
import { readerOf } from '../../src/config/inputs.js';
import { routerSettings } from '../../src/routing/router-settings.js';
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
