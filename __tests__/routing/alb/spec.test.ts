import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  type AlbRouteSpec,
  AlbSpecError,
  actionsEqual,
  canaryWeight,
  describeTargets,
  differences,
  parseAlbSpec,
  shift,
  specsEqual,
  targetGroupsOf,
  withPairWeightsFrom,
} from '../../../src/routing/alb/spec.js';
import { percentArbitrary } from '../arbitraries.js';
import { albRouteSpecArbitrary, albPair as pair, tgArn } from './arbitraries.js';

const blue = pair.stable;
const green = pair.canary;
const legacy = tgArn('legacy');

const bare: AlbRouteSpec = { Actions: [{ Type: 'forward', TargetGroupArn: blue }] };
const both: AlbRouteSpec = {
  Actions: [
    {
      Type: 'forward',
      TargetGroupArn: blue,
      ForwardConfig: {
        TargetGroups: [{ TargetGroupArn: blue, Weight: 1 }],
        TargetGroupStickinessConfig: { Enabled: false },
      },
    },
  ],
};
const sticky: AlbRouteSpec = {
  Priority: '10',
  Conditions: [{ Field: 'path-pattern', Values: ['/api/*'] }],
  Actions: [
    {
      Type: 'forward',
      ForwardConfig: {
        TargetGroups: [
          { TargetGroupArn: blue, Weight: 80 },
          { TargetGroupArn: legacy, Weight: 20 },
        ],
        TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 3600 },
      },
    },
  ],
};

describe('parseAlbSpec', () => {
  it('reads both shapes of a forward alike', () => {
    expect(targetGroupsOf(parseAlbSpec(bare, 'x'))).toEqual([{ id: blue, weight: 1 }]);
    expect(targetGroupsOf(parseAlbSpec(both, 'x'))).toEqual([{ id: blue, weight: 1 }]);
    expect(specsEqual(bare, both)).toBe(true);
  });

  it.each([
    ['no actions', { Actions: [] }, 'there are no actions.'],
    [
      'a fixed response only',
      { Actions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }] },
      'the actions (fixed-response) do not forward to target groups',
    ],
    ['two forwards', { Actions: [bare.Actions[0], bare.Actions[0]] }, 'there are 2 forward actions'],
    [
      'an unknown action type',
      { Actions: [{ Type: 'authenticate-saml' }, bare.Actions[0]] },
      'action type "authenticate-saml" is unknown',
    ],
    [
      'a forward naming no group',
      { Actions: [{ Type: 'forward' }] },
      'the forward action names no target group.',
    ],
    [
      'six target groups',
      {
        Actions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => ({
                TargetGroupArn: tgArn(n),
                Weight: 1,
              })),
            },
          },
        ],
      },
      'the forward action has 6 target groups; an ALB allows at most 5.',
    ],
    [
      'TargetGroupArn disagreeing with ForwardConfig',
      {
        Actions: [
          {
            Type: 'forward',
            TargetGroupArn: legacy,
            ForwardConfig: { TargetGroups: [{ TargetGroupArn: blue, Weight: 1 }] },
          },
        ],
      },
      'TargetGroupArn and ForwardConfig name different target groups.',
    ],
    [
      'a missing weight beside another group',
      {
        Actions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [{ TargetGroupArn: blue }, { TargetGroupArn: legacy, Weight: 1 }],
            },
          },
        ],
      },
      'target group stable has no weight beside other groups',
    ],
    [
      'a weight of 1000',
      {
        Actions: [
          { Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: blue, Weight: 1000 }] } },
        ],
      },
      'the weight of stable must be a whole number from 0 to 999; got 1000.',
    ],
    ['an unknown field', { ...bare, IsDefault: false }, 'unknown field IsDefault'],
  ])('refuses %s, naming the resource', (_case, value, message) => {
    expect(() => parseAlbSpec(value, 'ALB rule 1')).toThrow(AlbSpecError);
    expect(() => parseAlbSpec(value, 'ALB rule 1')).toThrow(`ALB rule 1: ${''}`);
    expect(() => parseAlbSpec(value, 'ALB rule 1')).toThrow(message);
  });
});

describe('shift', () => {
  it('turns a bare forward into a ForwardConfig (no TargetGroupArn beside two groups)', () => {
    expect(shift(bare, pair, 50)).toEqual({
      Actions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: blue, Weight: 1 },
              { TargetGroupArn: green, Weight: 1 },
            ],
          },
        },
      ],
    });
    expect(shift(both, pair, 50).Actions[0]).toEqual({
      Type: 'forward',
      ForwardConfig: {
        TargetGroups: [
          { TargetGroupArn: blue, Weight: 1 },
          { TargetGroupArn: green, Weight: 1 },
        ],
        TargetGroupStickinessConfig: { Enabled: false },
      },
    });
  });

  it('keeps the stickiness, conditions and priority; only the weights move', () => {
    const shifted = shift(sticky, pair, 25);
    expect(shifted).toEqual({
      ...sticky,
      Actions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: blue, Weight: 60 },
              { TargetGroupArn: legacy, Weight: 20 },
              { TargetGroupArn: green, Weight: 20 },
            ],
            TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 3600 },
          },
        },
      ],
    });
    expect(canaryWeight(shifted, pair)).toBe(20);
    expect(describeTargets(shifted)).toBe('stable 60, legacy 20, canary 20');
  });

  it('returns the spec in its own shape when nothing changes', () => {
    expect(shift(bare, pair, 0)).toEqual(bare);
    expect(shift(both, pair, 0)).toEqual(both);
  });

  it('names groups by name when the weights cannot be shifted', () => {
    expect(() => shift(sticky, { stable: tgArn('gone'), canary: green }, 10, 'ALB rule 1')).toThrow(
      'ALB rule 1: stable target group gone is not in the forward action.',
    );
  });
});

describe('differences, actionsEqual, withPairWeightsFrom', () => {
  it('names weight, stickiness and condition changes, by group name', () => {
    const edited = structuredClone(shift(sticky, pair, 25));
    edited.Actions[0]!.ForwardConfig!.TargetGroupStickinessConfig = { Enabled: false };
    edited.Conditions = [{ Field: 'path-pattern', Values: ['/v2/*'] }];
    expect(differences(edited, sticky)).toEqual([
      'target groups changed: stable 60 (expected 80), canary 20 (not expected)',
      'Actions[0].ForwardConfig changed: absent (expected {"TargetGroupStickinessConfig":{"DurationSeconds":3600,"Enabled":true}})',
      'Conditions[0].Values[0] changed: "/v2/*" (expected "/api/*")',
    ]);
    expect(actionsEqual({ ...sticky, Priority: '99' }, sticky)).toBe(true);
  });

  it('puts the snapshot weights back, keeping an edit of the conditions and the stickiness', () => {
    const edited = structuredClone(shift(sticky, pair, 50));
    edited.Conditions = [{ Field: 'host-header', Values: ['shop.example.com'] }];
    edited.Actions[0]!.ForwardConfig!.TargetGroupStickinessConfig = { Enabled: true, DurationSeconds: 60 };
    const restored = withPairWeightsFrom(edited, sticky, pair)!;
    expect(restored.Conditions).toEqual(edited.Conditions);
    expect(restored.Actions[0]!.ForwardConfig).toEqual({
      TargetGroups: sticky.Actions[0]!.ForwardConfig!.TargetGroups,
      TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 60 },
    });
    const otherEdited = structuredClone(shift(sticky, pair, 50));
    otherEdited.Actions[0]!.ForwardConfig!.TargetGroups![1]!.Weight = 30;
    expect(withPairWeightsFrom(otherEdited, sticky, pair)).toBeUndefined();
  });

  it('puts a bare forward back as it was', () => {
    expect(withPairWeightsFrom(shift(bare, pair, 25), bare, pair)).toEqual(bare);
  });
});

describe('any rule or default actions of 1-5 groups, in either shape (fast-check)', () => {
  const share = (spec: AlbRouteSpec, id: string) => {
    const groups = targetGroupsOf(spec);
    return (
      (groups.find((group) => group.id === id)?.weight ?? 0) /
      groups.reduce((sum, group) => sum + group.weight, 0)
    );
  };

  it('shift then restore gives the snapshot back; only target groups differ; shares hold; stickiness kept', () => {
    fc.assert(
      fc.property(albRouteSpecArbitrary, percentArbitrary, (base, percent) => {
        const shifted = shift(base, pair, percent);
        expect(withPairWeightsFrom(shifted, base, pair)).toEqual(base);
        expect(
          differences(shifted, base).filter((line) => !line.startsWith('target groups changed:')),
        ).toEqual([]);
        const forward = (spec: AlbRouteSpec) => spec.Actions.find((action) => action.Type === 'forward')!;
        expect(forward(shifted).ForwardConfig?.TargetGroupStickinessConfig).toEqual(
          forward(base).ForwardConfig?.TargetGroupStickinessConfig,
        );
        expect(targetGroupsOf(shifted).length).toBeLessThanOrEqual(5);
        expect(
          Math.abs(share(shifted, pair.canary) - (share(base, pair.stable) * percent) / 100),
        ).toBeLessThanOrEqual(0.001 + 1e-12);
        for (const group of targetGroupsOf(base).filter(
          (g) => g.id !== pair.stable && g.id !== pair.canary,
        )) {
          expect(share(shifted, group.id)).toBeCloseTo(share(base, group.id), 12);
        }
        expect(parseAlbSpec(JSON.parse(JSON.stringify(shifted)), 'x')).toEqual(shifted);
      }),
      { numRuns: 300 },
    );
  });
});
