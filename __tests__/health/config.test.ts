import { describe, expect, it } from '@jest/globals';
import { healthSettings, parseMetricQueries } from '../../src/config/health.js';
import { readerOf } from '../../src/config/inputs.js';
import { InputError } from '../../src/errors.js';

const insights = {
  'metrics-preset': 'envoy-container-insights',
  cluster: 'apps',
  'canary-task-definition-family': 'taskBv2',
  'stable-task-definition-family': 'taskB',
};

function settings(inputs: Record<string, string>, known = {}) {
  return healthSettings(readerOf(inputs), known);
}

function inputError(inputs: Record<string, string>, known = {}): InputError {
  try {
    settings(inputs, known);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

const customQueries = [
  {
    Id: 'canary_requests',
    MetricStat: {
      Metric: {
        Namespace: 'MyApp',
        MetricName: 'Requests',
        Dimensions: [{ Name: 'Service', Value: 'b-v2' }],
      },
      Period: 60,
      Stat: 'Sum',
    },
  },
  { Id: 'canary_errors', Expression: 'FILL(m5xx, 0)' },
  {
    Id: 'm5xx',
    MetricStat: { Metric: { Namespace: 'MyApp', MetricName: 'Errors5xx' }, Period: 60, Stat: 'Sum' },
    ReturnData: false,
  },
];

describe('healthSettings', () => {
  it('reads the defaults of the issue', () => {
    expect(settings({ 'alarm-names': 'p99-latency, serviceB-5xx\nserviceB-5xx' })).toEqual({
      windowSeconds: 300,
      publishDelaySeconds: 60,
      periodSeconds: 60,
      alarmNames: ['p99-latency', 'serviceB-5xx'],
      policy: {
        maxErrorRatePct: 1,
        minRequests: 50,
        significance: 0.05,
        failureLimit: 1,
        inconclusiveLimit: 5,
        onSourceError: 'INCONCLUSIVE',
      },
    });
  });

  it('reads every threshold', () => {
    const parsed = settings({
      ...insights,
      xray: 'true',
      mesh: 'apps',
      'canary-node': 'serviceBv2',
      window: '10m',
      'metrics-period': '120',
      'max-error-rate': '0.5',
      'max-latency-ms': '800',
      'min-requests': '200',
      'max-error-rate-increase': '0.25',
      'baseline-significance': '0.01',
      'failure-limit': '2',
      'inconclusive-limit': '0',
      'on-source-error': 'fail',
    });
    expect(parsed.windowSeconds).toBe(600);
    expect(parsed.periodSeconds).toBe(120);
    expect(parsed.policy).toEqual({
      maxErrorRatePct: 0.5,
      maxLatencyMs: 800,
      latencyPercentile: 'p99',
      minRequests: 200,
      maxErrorRateIncreasePct: 0.25,
      significance: 0.01,
      failureLimit: 2,
      inconclusiveLimit: 0,
      onSourceError: 'FAIL',
    });
  });

  it('builds the Container Insights source, the stable cluster defaulting to the canary one', () => {
    expect(settings(insights).metrics).toEqual({
      preset: 'envoy-container-insights',
      canary: { cluster: 'apps', taskDefinitionFamily: 'taskBv2' },
      stable: { cluster: 'apps', taskDefinitionFamily: 'taskB' },
    });
  });

  it('takes the task definition families the deploy knows, inputs first', () => {
    const parsed = settings(
      {
        'metrics-preset': 'envoy-container-insights',
        cluster: 'apps',
        'stable-task-definition-family': 'taskB-blue',
      },
      { canaryTaskDefinitionFamily: 'taskBv2', stableTaskDefinitionFamily: 'taskB' },
    );
    expect(parsed.metrics).toMatchObject({
      canary: { taskDefinitionFamily: 'taskBv2' },
      stable: { taskDefinitionFamily: 'taskB-blue' },
    });
  });

  it('refuses a canary and stable that Container Insights cannot tell apart', () => {
    const error = inputError({ ...insights, 'stable-task-definition-family': 'taskBv2' });
    expect(error.input).toBe('stable-task-definition-family');
    expect(error.message).toContain('makes canary and stable one family ("taskBv2" in cluster apps)');
  });

  it('builds the App Mesh metrics extension source', () => {
    expect(
      settings({
        'metrics-preset': 'envoy-appmesh-extension',
        'metrics-namespace': 'appmesh',
        mesh: 'apps',
        'canary-node': 'serviceBv2',
        'stable-node': 'serviceB',
      }).metrics,
    ).toEqual({
      preset: 'envoy-appmesh-extension',
      namespace: 'appmesh',
      namePrefix: 'envoy_appmesh_',
      mesh: 'apps',
      canaryNode: 'serviceBv2',
      stableNode: 'serviceB',
    });
  });

  it('needs the namespace the agent publishes the extension metrics to', () => {
    const error = inputError({
      'metrics-preset': 'envoy-appmesh-extension',
      mesh: 'apps',
      'canary-node': 'serviceBv2',
    });
    expect(error.input).toBe('metrics-namespace');
  });

  it('refuses quotes that would break the SEARCH expression', () => {
    const error = inputError({
      'metrics-preset': 'envoy-appmesh-extension',
      'metrics-namespace': 'appmesh',
      mesh: "apps' OR",
      'canary-node': 'serviceBv2',
    });
    expect(error.input).toBe('mesh');
  });

  it('reads X-Ray service names from mesh and nodes as Envoy names its segments', () => {
    expect(
      settings({ xray: 'true', mesh: 'apps', 'canary-node': 'serviceBv2', 'stable-node': 'serviceB' }).xray,
    ).toEqual({
      canaryService: 'apps/serviceBv2',
      stableService: 'apps/serviceB',
      countClientErrors: false,
    });
  });

  it('reads only the canary from X-Ray when the metrics already give the stable baseline', () => {
    const parsed = settings({
      ...insights,
      xray: 'true',
      mesh: 'apps',
      'canary-node': 'serviceBv2',
      'stable-node': 'serviceB',
    });
    expect(parsed.xray).toEqual({ canaryService: 'apps/serviceBv2', countClientErrors: false });
    const explicit = settings({
      ...insights,
      xray: 'true',
      'xray-canary-service': 'b-v2',
      'xray-stable-service': 'b',
    });
    expect(explicit.xray).toEqual({ canaryService: 'b-v2', stableService: 'b', countClientErrors: false });
  });

  it('needs an X-Ray service for the canary', () => {
    expect(inputError({ xray: 'true' }).input).toBe('xray-canary-service');
  });

  it.each([
    [{}, 'alarm-names', 'no health source is configured'],
    [{ 'alarm-names': 'a', 'max-latency-ms': '500' }, 'max-latency-ms', 'needs a response time: xray: true'],
    [
      { 'alarm-names': 'a', 'max-error-rate-increase': '0.5' },
      'max-error-rate-increase',
      'needs a stable baseline',
    ],
    [{ 'alarm-names': 'a', 'max-error-rate': '1,5' }, 'max-error-rate', 'must be a number such as 0.5'],
    [{ 'alarm-names': 'a', 'max-error-rate': '101' }, 'max-error-rate', 'must be from 0 to 100'],
    [{ 'alarm-names': 'a', 'min-requests': '0' }, 'min-requests', 'whole number of at least 1'],
    [{ 'alarm-names': 'a', 'failure-limit': '0' }, 'failure-limit', 'from 1 to 100'],
    [{ 'alarm-names': 'a', 'metrics-period': '90' }, 'metrics-period', 'multiple of 60'],
    [{ 'alarm-names': 'a', window: '5s' }, 'window', 'duration from 10 to 21600 seconds'],
    [{ 'alarm-names': 'a', 'metrics-period': '45' }, 'metrics-period', 'must be 1, 5, 10 or 30 seconds'],
    [
      {
        'metrics-preset': 'alb-target-group',
        'metrics-period': '10',
        'listener-arn':
          'arn:aws:elasticloadbalancing:us-west-2:123456789012:listener/app/apps/50dc6c495c0c9188/f2f7dc8efc522ab2',
        'stable-target-group':
          'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/serviceB/73e2d6bc24d8a067',
        'canary-target-group':
          'arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/serviceBv2/83e2d6bc24d8a068',
      },
      'metrics-period',
      'reads metrics AWS publishes every 60 seconds',
    ],
    [
      { 'alarm-names': 'a', 'on-source-error': 'pass' },
      'on-source-error',
      'must be one of inconclusive, fail',
    ],
    [{ 'alarm-names': 'a', 'metrics-preset': 'prometheus' }, 'metrics-preset', 'must be one of'],
    [{ 'alarm-names': 'a', 'metric-queries': '[]' }, 'metric-queries', 'only with metrics-preset: custom'],
    [
      { 'metrics-preset': 'envoy-container-insights', cluster: 'apps' },
      'canary-task-definition-family',
      'is required',
    ],
    [{ 'metrics-preset': 'custom' }, 'metric-queries', 'is required'],
  ])('refuses %j on input %s', (inputs, input, message) => {
    const error = inputError(inputs as Record<string, string>);
    expect(error.input).toBe(input);
    expect(error.message).toContain(message);
  });
});

describe('parseMetricQueries', () => {
  it('accepts a MetricDataQueries array and the CLI JSON wrapper', () => {
    expect(parseMetricQueries(JSON.stringify(customQueries))).toEqual(customQueries);
    expect(parseMetricQueries(JSON.stringify({ MetricDataQueries: customQueries }))).toEqual(customQueries);
  });

  it('takes the stable ids as a pair', () => {
    const withStable = [
      ...customQueries,
      { Id: 'stable_requests', Expression: 'm1' },
      { Id: 'stable_errors', Expression: 'm2' },
    ];
    expect(parseMetricQueries(JSON.stringify(withStable))).toHaveLength(5);
  });

  const invalid: [string, unknown, string][] = [
    ['not JSON', '[{', 'is not valid JSON'],
    ['a missing canary id', customQueries.slice(1), 'needs a query with the id "canary_requests"'],
    [
      'a lone stable id',
      [...customQueries, { Id: 'stable_requests', Expression: 'm1' }],
      'stable_requests without its pair',
    ],
    ['a duplicate id', [...customQueries, { Id: 'm5xx', Expression: 'm1' }], 'the id "m5xx" is used twice'],
    [
      'an id with a capital first letter',
      [{ Id: 'Canary', Expression: 'm1' }],
      '[0].Id: must start with a lowercase letter',
    ],
    [
      'both MetricStat and Expression',
      [{ ...customQueries[0], Expression: 'm1' }],
      '[0]: needs exactly one of MetricStat and Expression',
    ],
    ['a typo in a key', [{ Id: 'canary_requests', expression: 'm1' }], 'Unrecognized key'],
    [
      'a bad period',
      [{ ...customQueries[0], MetricStat: { ...customQueries[0]!.MetricStat, Period: 90 } }],
      '[0].MetricStat.Period: must be 1, 5, 10, 20, 30 or a multiple of 60',
    ],
    [
      'a hidden canary series',
      [customQueries[0], { Id: 'canary_errors', Expression: 'm1', ReturnData: false }],
      'must return its data',
    ],
  ];

  it.each(invalid)('refuses %s', (_what, value, message) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    expect(() => parseMetricQueries(text)).toThrow(InputError);
    expect(() => parseMetricQueries(text)).toThrow(message);
  });
});
