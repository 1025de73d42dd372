import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  applyLimits,
  combineVerdicts,
  formatCount,
  formatP,
  formatPct,
  judgeAlarms,
  judgeCounts,
  noCounters,
} from '../../src/health/policy.js';
import type { CountReading, HealthPolicy, RoleCounts, SourceVerdict } from '../../src/health/types.js';

const policy: HealthPolicy = {
  maxErrorRatePct: 1,
  minRequests: 50,
  significance: 0.05,
  failureLimit: 1,
  inconclusiveLimit: 5,
  onSourceError: 'INCONCLUSIVE',
};

function reading(canary: RoleCounts | undefined, stable?: RoleCounts): CountReading {
  return {
    ok: true,
    ...(canary ? { canary } : {}),
    ...(stable ? { stable } : {}),
    hasStable: stable !== undefined,
    noData: canary ? [] : ['canary_requests'],
  };
}

describe('judgeCounts', () => {
  it('passes a canary under the absolute error rate and names its numbers', () => {
    const verdict = judgeCounts('metrics', reading({ requests: 2013, errors: 4 }), policy);
    expect(verdict).toEqual({
      source: 'metrics',
      verdict: 'PASS',
      reason: 'canary 0.2% 5xx (2,013 req) — PASS',
      canary: { requests: 2013, errors: 4, errorRatePct: (4 / 2013) * 100 },
    });
  });

  it('fails above max-error-rate', () => {
    const verdict = judgeCounts('metrics', reading({ requests: 2013, errors: 97 }), policy);
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.reason).toBe('canary 4.8% 5xx (2,013 req) — FAIL: above max-error-rate 1%');
  });

  it('passes exactly at max-error-rate', () => {
    expect(judgeCounts('metrics', reading({ requests: 100, errors: 1 }), policy).verdict).toBe('PASS');
  });

  it('is INCONCLUSIVE below min-requests, even when every request failed', () => {
    const verdict = judgeCounts('metrics', reading({ requests: 49, errors: 49 }), policy);
    expect(verdict.verdict).toBe('INCONCLUSIVE');
    expect(verdict.reason).toContain('canary below min-requests 50');
  });

  describe('a canary the route sends traffic to, that answers none of it', () => {
    const stable = { requests: 1200, errors: 2 };

    it('fails when it has no data at all while the stable has traffic (no task serves it)', () => {
      const verdict = judgeCounts('metrics', reading(undefined, stable), policy, undefined, {
        canaryWeightPct: 25,
      });
      expect(verdict).toMatchObject({ verdict: 'FAIL', stable: { requests: 1200 } });
      expect(verdict.reason).toBe(
        'canary answered no req at 25% while stable answered 1,200 (about 400 expected for the canary): ' +
          'the traffic routed to it finds no serving task — FAIL',
      );
    });

    it('fails when it counted zero requests', () => {
      const verdict = judgeCounts('metrics', reading({ requests: 0, errors: 0 }, stable), policy, undefined, {
        canaryWeightPct: 50,
      });
      expect(verdict.verdict).toBe('FAIL');
    });

    it('stays INCONCLUSIVE when the stable traffic is too thin to expect min-requests on the canary', () => {
      const verdict = judgeCounts(
        'metrics',
        reading({ requests: 0, errors: 0 }, { requests: 120, errors: 0 }),
        policy,
        undefined,
        { canaryWeightPct: 25 },
      );
      expect(verdict.verdict).toBe('INCONCLUSIVE');
    });

    it('is not judged at 100% (no stable traffic to compare) nor when the weight is unknown', () => {
      expect(
        judgeCounts('metrics', reading(undefined, stable), policy, undefined, { canaryWeightPct: 100 })
          .verdict,
      ).toBe('INCONCLUSIVE');
      expect(judgeCounts('metrics', reading(undefined, stable), policy).verdict).toBe('INCONCLUSIVE');
    });
  });

  it('fails on the baseline with the numbers of the issue example', () => {
    const verdict = judgeCounts(
      'metrics',
      reading({ requests: 2013, errors: 97 }, { requests: 6022, errors: 12 }),
      { ...policy, maxErrorRatePct: 10, maxErrorRateIncreasePct: 0.5 },
    );
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.reason).toBe(
      'canary 4.8% 5xx (2,013 req) vs stable 0.2% (6,022 req), p<0.001 — FAIL: more than 0.5 pp above stable (p<0.001 < 0.05)',
    );
    expect(verdict.test).toBe('exact-unconditional');
    expect(verdict.pValue).toBeLessThan(0.001);
    expect(verdict.stable).toEqual({ requests: 6022, errors: 12, errorRatePct: (12 / 6022) * 100 });
  });

  it('passes a small, not significant increase over the stable', () => {
    // 3/200 vs 1/400: 1.25 pp above, but p = 0.11 with Fisher's exact test.
    const verdict = judgeCounts(
      'metrics',
      reading({ requests: 200, errors: 3 }, { requests: 400, errors: 1 }),
      {
        ...policy,
        maxErrorRatePct: 5,
        maxErrorRateIncreasePct: 0,
      },
    );
    expect(verdict.verdict).toBe('PASS');
    expect(verdict.test).toBe('fisher-exact');
    expect(verdict.pValue).toBeGreaterThan(0.05);
  });

  it('fails a significant increase even under the absolute rate', () => {
    const verdict = judgeCounts(
      'metrics',
      reading({ requests: 5000, errors: 45 }, { requests: 15000, errors: 15 }),
      {
        ...policy,
        maxErrorRatePct: 1,
        maxErrorRateIncreasePct: 0,
      },
    );
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.reason).toContain('more than 0 pp above stable');
  });

  it('fails on the latency percentile above max-latency-ms, whatever the mean', () => {
    const verdict = judgeCounts(
      'xray',
      {
        ok: true,
        canary: { requests: 1000, errors: 0, meanLatencyMs: 95, latency: { ms: 812.4, samples: 1000 } },
        hasStable: false,
        noData: [],
        latencyRead: true,
      },
      { ...policy, maxLatencyMs: 500, latencyPercentile: 'p99' },
      {
        requests: 'traces',
        errors: '5xx',
      },
    );
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.reason).toBe(
      'canary 0% 5xx (1,000 traces), mean 95 ms; canary p99 812 ms — FAIL: p99 above max-latency-ms 500',
    );
  });

  it('skips the baseline and says so when the stable has too few requests', () => {
    const verdict = judgeCounts(
      'metrics',
      reading({ requests: 500, errors: 0 }, { requests: 10, errors: 5 }),
      {
        ...policy,
        maxErrorRateIncreasePct: 0.5,
      },
    );
    expect(verdict.verdict).toBe('PASS');
    expect(verdict.reason).toContain('baseline skipped: stable below min-requests 50');
    expect(verdict.pValue).toBeUndefined();
  });

  it('ignores the stable when no baseline rule is configured', () => {
    const verdict = judgeCounts(
      'metrics',
      reading({ requests: 500, errors: 4 }, { requests: 5000, errors: 0 }),
      policy,
    );
    expect(verdict.verdict).toBe('PASS');
    expect(verdict.pValue).toBeUndefined();
  });

  it.each(['INCONCLUSIVE', 'FAIL'] as const)(
    'gives on-source-error (%s) when the source could not be read',
    (onSourceError) => {
      const verdict = judgeCounts(
        'metrics',
        { ok: false, problem: 'reading CloudWatch metric data: AccessDenied: no' },
        {
          ...policy,
          onSourceError,
        },
      );
      expect(verdict.verdict).toBe(onSourceError);
      expect(verdict.reason).toBe(`reading CloudWatch metric data: AccessDenied: no — ${onSourceError}`);
    },
  );

  it('gives on-source-error when the canary has no data at all', () => {
    const verdict = judgeCounts('metrics', reading(undefined), policy);
    expect(verdict.verdict).toBe('INCONCLUSIVE');
    expect(verdict.reason).toBe('no canary data (canary_requests empty) — INCONCLUSIVE');
  });

  it('gives on-source-error when the baseline needs a stable that returned no data', () => {
    const noStable: CountReading = {
      ok: true,
      canary: { requests: 500, errors: 1 },
      hasStable: true,
      noData: ['stable_requests'],
    };
    const verdict = judgeCounts('metrics', noStable, {
      ...policy,
      maxErrorRateIncreasePct: 0.5,
      onSourceError: 'FAIL',
    });
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.reason).toContain('no stable data for the baseline (stable_requests empty)');
  });

  it('compares with no baseline at 100%, where the stable is routed nothing and may publish no data', () => {
    const noStable: CountReading = {
      ok: true,
      canary: { requests: 1200, errors: 1 },
      hasStable: true,
      noData: ['stable_requests', 'stable_errors'],
    };
    const baseline = { ...policy, maxErrorRateIncreasePct: 0.5, onSourceError: 'FAIL' as const };
    const verdict = judgeCounts('metrics', noStable, baseline, undefined, { canaryWeightPct: 100 });
    expect(verdict.verdict).toBe('PASS');
    expect(verdict.reason).toBe(
      'canary 0.083% 5xx (1,200 req) — PASS (no baseline: the stable is routed no traffic at 100%)',
    );
    // Below 100% the stable must answer: its missing data is still a source error.
    expect(judgeCounts('metrics', noStable, baseline, undefined, { canaryWeightPct: 50 }).verdict).toBe(
      'FAIL',
    );
    // The absolute error rate still fails at 100%.
    const failing = { ...noStable, canary: { requests: 1200, errors: 60 } };
    expect(judgeCounts('metrics', failing, baseline, undefined, { canaryWeightPct: 100 }).verdict).toBe(
      'FAIL',
    );
  });

  it('caps errors at the request count', () => {
    const verdict = judgeCounts('metrics', reading({ requests: 60, errors: 75 }), policy);
    expect(verdict.canary).toEqual({ requests: 60, errors: 60, errorRatePct: 100 });
  });
});

describe('judgeCounts properties', () => {
  const counts = fc
    .record({ requests: fc.integer({ min: 0, max: 1500 }), errors: fc.integer({ min: 0, max: 1500 }) })
    .map((role) => ({
      requests: role.requests,
      errors: Math.min(role.errors, role.requests),
    }));
  const policies = fc.record({
    maxErrorRatePct: fc.constantFrom(0, 0.5, 1, 5, 100),
    minRequests: fc.integer({ min: 1, max: 200 }),
    maxErrorRateIncreasePct: fc.option(fc.constantFrom(0, 0.1, 0.5, 2), { nil: undefined }),
    onSourceError: fc.constantFrom('FAIL' as const, 'INCONCLUSIVE' as const),
  });
  const judge = (canary: RoleCounts, stable: RoleCounts | undefined, chosen: Partial<HealthPolicy>) => {
    const merged: HealthPolicy = { ...policy, ...chosen };
    if (chosen.maxErrorRateIncreasePct === undefined) delete merged.maxErrorRateIncreasePct;
    return judgeCounts('metrics', reading(canary, stable), merged).verdict;
  };

  it('more canary errors never turn a FAIL into a PASS (nor into INCONCLUSIVE)', () => {
    fc.assert(
      fc.property(
        counts,
        fc.option(counts, { nil: undefined }),
        policies,
        fc.integer({ min: 1, max: 500 }),
        (canary, stable, chosen, extra) => {
          const before = judge(canary, stable, chosen);
          const after = judge(
            { ...canary, errors: Math.min(canary.requests, canary.errors + extra) },
            stable,
            chosen,
          );
          if (before === 'FAIL') expect(after).toBe('FAIL');
          if (after === 'PASS') expect(before).toBe('PASS');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('below min-requests is never PASS', () => {
    fc.assert(
      fc.property(counts, fc.option(counts, { nil: undefined }), policies, (canary, stable, chosen) => {
        fc.pre(canary.requests < chosen.minRequests);
        expect(judge(canary, stable, chosen)).not.toBe('PASS');
      }),
      { numRuns: 300 },
    );
  });

  it('identical canary and stable never FAIL on the baseline rule', () => {
    fc.assert(
      fc.property(
        counts,
        fc.constantFrom(0, 0.1, 0.5, 2),
        fc.integer({ min: 1, max: 200 }),
        (role, increase, minRequests) => {
          // max-error-rate 100% leaves the baseline as the only rule that could fail.
          const verdict = judge(role, role, {
            maxErrorRatePct: 100,
            maxErrorRateIncreasePct: increase,
            minRequests,
          });
          expect(verdict).not.toBe('FAIL');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('formatCount', () => {
  it('groups a rounded count as en-US does', () => {
    expect(formatCount(2013)).toBe('2,013');
    expect(formatCount(999.5)).toBe('1,000');
    expect(formatCount(1234567.4)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
  });

  it('writes every number as Intl.NumberFormat en-US with no fraction digits does', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (value) => {
        expect(formatCount(value)).toBe(intl.format(value).replace(/^-0$/, '0'));
      }),
    );
  });
});

describe('judgeAlarms', () => {
  const alarm = (name: string, state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA') => ({ name, state });

  it('fails naming the alarms in ALARM', () => {
    const verdict = judgeAlarms(
      { alarms: [alarm('p99-latency', 'ALARM'), alarm('5xx', 'OK')], missing: [] },
      policy,
    );
    expect(verdict).toEqual({
      source: 'alarms',
      verdict: 'FAIL',
      reason: '1 alarm p99-latency in ALARM — FAIL',
      alarms: { alarm: ['p99-latency'], ok: 1 },
    });
  });

  it('is INCONCLUSIVE with INSUFFICIENT_DATA', () => {
    const verdict = judgeAlarms(
      { alarms: [alarm('a', 'INSUFFICIENT_DATA'), alarm('b', 'OK')], missing: [] },
      policy,
    );
    expect(verdict.verdict).toBe('INCONCLUSIVE');
    expect(verdict.reason).toBe('1 alarm a in INSUFFICIENT_DATA — INCONCLUSIVE');
  });

  it('passes when all are OK', () => {
    const verdict = judgeAlarms({ alarms: [alarm('a', 'OK'), alarm('b', 'OK')], missing: [] }, policy);
    expect(verdict.verdict).toBe('PASS');
    expect(verdict.reason).toBe('2 alarms a, b OK — PASS');
  });

  it('judges an alarm deleted since the pre-flight by on-source-error', () => {
    const verdict = judgeAlarms(
      { alarms: [alarm('a', 'OK')], missing: ['b'] },
      { ...policy, onSourceError: 'FAIL' },
    );
    expect(verdict.verdict).toBe('FAIL');
    expect(verdict.reason).toBe('alarm b not found — FAIL');
  });

  it('lists at most three names', () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const verdict = judgeAlarms({ alarms: names.map((name) => alarm(name, 'ALARM')), missing: [] }, policy);
    expect(verdict.reason).toBe('5 alarms a, b, c and 2 more in ALARM — FAIL');
  });
});

describe('combineVerdicts', () => {
  const source = (name: SourceVerdict['source'], verdict: SourceVerdict['verdict']): SourceVerdict => ({
    source: name,
    verdict,
    reason: `${name} said ${verdict}`,
  });

  it('fails when any source fails', () => {
    expect(
      combineVerdicts([source('alarms', 'PASS'), source('metrics', 'FAIL'), source('xray', 'INCONCLUSIVE')]),
    ).toEqual({
      verdict: 'FAIL',
      reason: 'metrics: metrics said FAIL',
    });
  });

  it('is INCONCLUSIVE when none fails and one is inconclusive', () => {
    expect(combineVerdicts([source('alarms', 'PASS'), source('xray', 'INCONCLUSIVE')]).verdict).toBe(
      'INCONCLUSIVE',
    );
  });

  it('passes only when every source passes', () => {
    expect(combineVerdicts([source('alarms', 'PASS'), source('metrics', 'PASS')])).toEqual({
      verdict: 'PASS',
      reason: 'alarms: alarms said PASS; metrics: metrics said PASS',
    });
  });
});

describe('applyLimits', () => {
  const limits = { failureLimit: 2, inconclusiveLimit: 3 };

  it('rolls back on the failure-limit-th FAIL since the last PASS', () => {
    const first = applyLimits(noCounters, 'FAIL', limits);
    expect(first).toEqual({
      verdict: 'INCONCLUSIVE',
      reason: 'failed check 1 of failure-limit 2: not rolling back yet',
      counters: { failuresSinceLastPass: 1, inconclusiveSinceLastPass: 0 },
    });
    const second = applyLimits(first.counters, 'FAIL', limits);
    expect(second.verdict).toBe('FAIL');
    expect(second.reason).toBe('2 failed checks since the last pass reached failure-limit 2');
  });

  it('fails at once with the default failure-limit 1', () => {
    expect(applyLimits(noCounters, 'FAIL', { failureLimit: 1, inconclusiveLimit: 0 }).verdict).toBe('FAIL');
  });

  it('does not let an INCONCLUSIVE check end a run of FAILs', () => {
    let state = applyLimits(noCounters, 'FAIL', limits);
    state = applyLimits(state.counters, 'INCONCLUSIVE', limits);
    state = applyLimits(state.counters, 'FAIL', limits);
    expect(state.verdict).toBe('FAIL');
  });

  it('resets on PASS', () => {
    const failed = applyLimits(noCounters, 'FAIL', limits);
    const passed = applyLimits(failed.counters, 'PASS', limits);
    expect(passed).toEqual({ verdict: 'PASS', reason: 'check passed', counters: noCounters });
    expect(applyLimits(passed.counters, 'FAIL', limits).verdict).toBe('INCONCLUSIVE');
  });

  it('turns the inconclusive-limit-th INCONCLUSIVE into a FAIL', () => {
    let state = applyLimits(noCounters, 'INCONCLUSIVE', limits);
    state = applyLimits(state.counters, 'INCONCLUSIVE', limits);
    expect(state.verdict).toBe('INCONCLUSIVE');
    expect(state.reason).toBe('inconclusive check 2 of inconclusive-limit 3');
    state = applyLimits(state.counters, 'INCONCLUSIVE', limits);
    expect(state.verdict).toBe('FAIL');
    expect(state.reason).toBe('3 inconclusive checks since the last pass reached inconclusive-limit 3');
  });

  it('never escalates INCONCLUSIVE with inconclusive-limit 0', () => {
    let state = applyLimits(noCounters, 'INCONCLUSIVE', { failureLimit: 1, inconclusiveLimit: 0 });
    for (let i = 0; i < 50; i++)
      state = applyLimits(state.counters, 'INCONCLUSIVE', { failureLimit: 1, inconclusiveLimit: 0 });
    expect(state.verdict).toBe('INCONCLUSIVE');
    expect(state.counters.inconclusiveSinceLastPass).toBe(51);
  });

  it('survives a JSON round trip of the counters (state machine payload)', () => {
    const carried = JSON.parse(JSON.stringify(applyLimits(noCounters, 'FAIL', limits).counters));
    expect(applyLimits(carried, 'FAIL', limits).verdict).toBe('FAIL');
  });
});

describe('formatting', () => {
  it.each([
    [0, '0%'],
    [4.8, '4.8%'],
    [0.199, '0.2%'],
    [0.05, '0.05%'],
    [0.0123, '0.012%'],
    [100, '100%'],
  ])('formatPct(%f) = %s', (value, text) => {
    expect(formatPct(value)).toBe(text);
  });

  it.each([
    [0.0004, 'p<0.001'],
    [0.0042, 'p=0.004'],
    [0.412, 'p=0.41'],
    [1, 'p=1'],
  ])('formatP(%f) = %s', (value, text) => {
    expect(formatP(value)).toBe(text);
  });
});
