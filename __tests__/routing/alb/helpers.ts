import {
  type Action,
  ElasticLoadBalancingV2Client,
  type RuleCondition,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { readerOf } from '../../../src/config/inputs.js';
import { AlbRouter, albSettings } from '../../../src/routing/alb/index.js';
import type { RoutingApiOptions } from '../../../src/routing/aws-call.js';
import { fakeClock } from '../app-mesh/helpers.js';
import { FakeElbv2, type StoredListener, type StoredTargetGroup } from './fake-elbv2.js';

export const elbClient = new ElasticLoadBalancingV2Client({ region: 'us-west-2' });

export const oidcAction: Action = {
  Type: 'authenticate-oidc',
  Order: 1,
  AuthenticateOidcConfig: {
    Issuer: 'https://idp.example.com',
    AuthorizationEndpoint: 'https://idp.example.com/authorize',
    TokenEndpoint: 'https://idp.example.com/token',
    UserInfoEndpoint: 'https://idp.example.com/userinfo',
    ClientId: 'checkout',
    SessionCookieName: 'AWSELBAuthSessionCookie',
    Scope: 'openid',
    SessionTimeout: 604800,
    OnUnauthenticatedRequest: 'authenticate',
  },
};

export const apiConditions: RuleCondition[] = [
  { Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] }, Values: ['/api/*'] },
  { Field: 'http-header', HttpHeaderConfig: { HttpHeaderName: 'x-canary', Values: ['yes'] } },
];

export interface AlbWorld {
  fake: FakeElbv2;
  listener: StoredListener;
  ruleArn: string;
  stable: StoredTargetGroup;
  canary: StoredTargetGroup;
  legacy: StoredTargetGroup;
}

/**
 * Load balancer shop, HTTPS listener (default action: a bare forward to blue); rule 1 (path /api/* and a
 * header, priority 10): OIDC authentication, then a ForwardConfig blue 80 / legacy 20 with stickiness on for
 * an hour. Target groups blue (stable), green (canary), legacy.
 */
export function seedAlb(
  forward?: (world: Omit<AlbWorld, 'ruleArn' | 'listener'>) => Action,
  options: { normalize?: boolean } = {},
): AlbWorld {
  const fake = new FakeElbv2(options.normalize);
  const stable = fake.addTargetGroup('blue');
  const canary = fake.addTargetGroup('green');
  const legacy = fake.addTargetGroup('legacy');
  const listener = fake.addListener('shop', [{ Type: 'forward', TargetGroupArn: stable.TargetGroupArn }]);
  for (const group of [stable, legacy]) group.LoadBalancerArns = [listener.LoadBalancerArn];
  const world = { fake, stable, canary, legacy };
  const rule = fake.addRule(listener, {
    Priority: '10',
    Conditions: apiConditions,
    Actions: [
      oidcAction,
      forward?.(world) ?? {
        Type: 'forward',
        Order: 2,
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: stable.TargetGroupArn, Weight: 80 },
            { TargetGroupArn: legacy.TargetGroupArn, Weight: 20 },
          ],
          TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 3600 },
        },
      },
    ],
  });
  return { ...world, listener, ruleArn: rule.RuleArn! };
}

export function albInputsOf(world: AlbWorld, overrides: Record<string, string | undefined> = {}) {
  return {
    'listener-arn': world.listener.ListenerArn,
    'listener-rule-arn': world.ruleArn,
    'stable-target-group': 'blue',
    'canary-target-group': world.canary.TargetGroupArn,
    ...overrides,
  };
}

export function albRouterOf(
  inputs: Record<string, string | undefined>,
  options: RoutingApiOptions = {},
): AlbRouter {
  const clock = fakeClock();
  return new AlbRouter(elbClient, albSettings(readerOf(inputs)), {
    retry: { sleep: clock.sleep, now: clock.now, random: clock.random, deadlineMs: 10_000 },
    ...options,
  });
}
