import { describe, expect, it } from '@jest/globals';
import { healthSettings } from '../../src/config/health.js';
import { readerOf } from '../../src/config/inputs.js';
import { InputError } from '../../src/errors.js';
import { minLatencySamples } from '../../src/health/latency.js';

const lattice = {
  'metrics-preset': 'lattice-target-group',
  'canary-target-group': 'tg-0123456789abcdef0',
  'stable-target-group': 'tg-0fedcba9876543210',
};
const insights = {
  'metrics-preset': 'envoy-container-insights',
  cluster: 'apps',
  'canary-task-definition-family': 'taskBv2',
  'stable-task-definition-family': 'taskB',
};
const requestsAndErrors = [
  { Id: 'canary_requests', Expression: 'SUM(METRICS())' },
  { Id: 'canary_errors', Expression: 'SUM(METRICS())' },
];

function policy(inputs: Record<string, string>) {
  return healthSettings(readerOf(inputs)).policy;
}

function refusal(inputs: Record<string, string>): InputError {
  try {
    healthSettings(readerOf(inputs));
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('latency-percentile and max-latency-increase', () => {
  it('judge p99 once a latency limit is set, and nothing without one', () => {
    expect(policy({ ...lattice, 'max-latency-ms': '300' }).latencyPercentile).toBe('p99');
    expect(policy({ ...lattice, 'max-latency-increase': '20%' })).toMatchObject({
      latencyPercentile: 'p99',
      maxLatencyIncrease: { pct: 20 },
    });
    expect(policy(lattice).latencyPercentile).toBeUndefined();
    expect(
      policy({ ...lattice, 'latency-percentile': 'p99.9', 'max-latency-increase': '50ms' }),
    ).toMatchObject({ latencyPercentile: 'p99.9', maxLatencyIncrease: { ms: 50 } });
  });

  it.each([
    [{ 'latency-percentile': 'p98' }, 'latency-percentile', 'must be one of p50, p90, p95, p99, p99.9'],
    [{ 'max-latency-increase': '20' }, 'max-latency-increase', 'such as 20% or a time such as 50ms'],
    [{ 'max-latency-increase': '0%' }, 'max-latency-increase', 'such as 20%'],
    [{ 'max-latency-increase': '1.5s' }, 'max-latency-increase', 'got "1.5s"'],
  ])('refuses %j, naming %s and the fix', (inputs, input, fix) => {
    const error = refusal({ ...lattice, ...inputs });
    expect(error.input).toBe(input);
    expect(error.message).toContain(fix);
  });

  it('refuses a percentile from Container Insights, which publishes no response time, naming what gives one', () => {
    const error = refusal({ ...insights, 'max-latency-increase': '20%' });
    expect(error.input).toBe('max-latency-increase');
    expect(error.message).toMatch(/p99 response time .* envoy-container-insights cannot give/);
    expect(error.message).toContain('Use xray: true, metrics-preset envoy-appmesh-extension');
    // With X-Ray beside it, X-Ray gives the percentile and the metrics judge the error rate.
    const withXRay = {
      ...insights,
      xray: 'true',
      'xray-canary-service': 'a/b2',
      'xray-stable-service': 'a/b',
    };
    expect(policy({ ...withXRay, 'max-latency-increase': '20%' }).latencyPercentile).toBe('p99');
  });

  it('refuses custom queries without canary_latency, and an increase without the stable latency', () => {
    const custom = { 'metrics-preset': 'custom', 'metric-queries': JSON.stringify(requestsAndErrors) };
    const noLatency = refusal({ ...custom, 'max-latency-ms': '300' });
    expect(noLatency.input).toBe('max-latency-ms');
    expect(noLatency.message).toContain('needs canary_latency in metric-queries');
    const withCanary = JSON.stringify([...requestsAndErrors, { Id: 'canary_latency', Expression: 'm1' }]);
    expect(policy({ ...custom, 'metric-queries': withCanary, 'max-latency-ms': '300' }).maxLatencyMs).toBe(
      300,
    );
    const noStable = refusal({ ...custom, 'metric-queries': withCanary, 'max-latency-increase': '20%' });
    expect(noStable.input).toBe('max-latency-increase');
    expect(noStable.message).toContain("needs the stable's latency in the same window");
    const { 'stable-target-group': _stable, ...canaryOnly } = lattice;
    expect(refusal({ ...canaryOnly, 'max-latency-increase': '10%' }).input).toBe('max-latency-increase');
  });

  it('needs k / (1 - q) requests with k = 10 beyond the percentile', () => {
    expect(['p50', 'p90', 'p95', 'p99', 'p99.9'].map((p) => minLatencySamples(p as 'p99'))).toEqual([
      20, 100, 200, 1000, 10000,
    ]);
  });
});
