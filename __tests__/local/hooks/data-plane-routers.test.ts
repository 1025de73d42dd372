import { afterEach, describe, expect, it } from '@jest/globals';
import { type LocalStack, startLocalStack } from '../../../local/index.js';
import { albRefs, scenarioFiles } from '../../../local/runs/router-view.js';
import { latticeSeedNames } from '../../../local/seed/seed-routers.js';
import { rollOutCanary, until } from '../support.js';

/**
 * The data plane on the VPC Lattice and ALB routers: a header rule ahead of the production rule sends the
 * test requests to the canary's target group, the rest keep to the production rule; a version that fails
 * its smoke answers 500 to the test requests only.
 */
let stack: LocalStack | undefined;

afterEach(async () => {
  await stack?.stop();
  stack = undefined;
});

const addTestRule: Record<'vpc-lattice' | 'alb', (stack: LocalStack) => void> = {
  'vpc-lattice': (stack) => {
    const canary = stack.vpcLattice.targetGroupByName(latticeSeedNames.canaryTargetGroup)!;
    stack.vpcLattice.createRule({
      service: latticeSeedNames.service,
      listener: latticeSeedNames.listener,
      name: 'canary-test-traffic',
      priority: 5,
      match: {
        httpMatch: {
          pathMatch: { match: { prefix: '/' } },
          headerMatches: [{ name: 'x-canary', match: { exact: 'true' } }],
        },
      },
      action: { forward: { targetGroups: [{ targetGroupIdentifier: canary.id }] } },
    });
  },
  alb: (stack) => {
    stack.elbv2.createRule({
      listenerArn: albRefs(stack).listenerArn,
      priority: 5,
      conditions: [
        { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'x-canary', Values: ['true'] } },
      ],
      actions: [{ Type: 'forward', TargetGroupArn: stack.elbv2.targetGroupByName('serviceBv2')!.arn }],
    });
  },
};

async function get(headers: Record<string, string> = {}) {
  const response = await fetch(`${stack!.dataPlane.url}/health`, { headers });
  return [response.status, response.headers.get('x-served-by')];
}

describe.each([
  ['vpc-lattice', 'serviceb', 'servicebv2'],
  ['alb', 'serviceB', 'serviceBv2'],
] as const)('the data plane on %s', (router, stable, canary) => {
  it('sends the test header to the canary’s target group, and 500s from a version failing its smoke', async () => {
    stack = await startLocalStack({ scenario: scenarioFiles[router] });
    addTestRule[router](stack);
    expect(await get({ 'x-canary': 'true' })).toEqual([200, canary]);
    expect(await get({ 'x-canary': 'false' })).toEqual([200, stable]);
    rollOutCanary(stack, '2.0.1-5xx');
    await until(
      () => stack!.service('serviceBv2').deployments.every((one) => one.rolloutState === 'COMPLETED'),
      15_000,
      'the -5xx canary rolled out',
    );
    expect(await get({ 'x-canary': 'true' })).toEqual([500, canary]);
    expect(await get()).toEqual([200, stable]);
    expect(stack.dataPlane.requests().at(-2)).toMatchObject({
      path: '/health',
      target: canary,
      image: expect.stringMatching(/serviceb:2\.0\.1-5xx$/),
      status: 500,
    });
  });
});
