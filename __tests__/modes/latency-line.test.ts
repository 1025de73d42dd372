import { describe, expect, it } from '@jest/globals';
import { describeEntry } from '../../src/report/timeline.js';

describe('the live log line of a check that judged latency', () => {
  it('says the percentile of canary and stable, and the increase, beside the 5xx', () => {
    const at = new Date('2026-11-22T05:02:00Z');
    const line = describeEntry({
      kind: 'check',
      at,
      step: 1,
      weight: 25,
      number: 2,
      check: {
        at: at.toISOString(),
        weight: 25,
        verdict: 'FAIL',
        reason: 'FAIL',
        canaryErrorRatePct: 0,
        stableErrorRatePct: 0.1,
        canaryRequests: 2000,
        latency: { percentile: 'p99', canaryMs: 355, stableMs: 113, increasePct: 214.2 },
      },
    });
    expect(line).toBe(
      'check 2 at 25%: canary 0.0% 5xx (2,000 req) vs stable 0.1%, canary p99 355 ms vs stable 113 ms (+214%) — FAIL',
    );
  });
});
