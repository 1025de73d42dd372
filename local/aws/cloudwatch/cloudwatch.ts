import type { SimClock } from '../../clock.js';
import type { AlarmDefinition, Publishing } from '../../traffic/scenario.js';
import type { Place } from '../protocol.js';
import {
  AwsError,
  epochSeconds,
  isObject,
  type Json,
  type JsonOperation,
  pageOf,
  timestampMs,
} from '../protocol.js';
import { alarmWatch } from './alarm-watch.js';
import { parseSearchExpression, type SearchExpression } from './metric-search.js';
import type { MetricPublisher, MetricWorld, Series } from './metric-series.js';
import { applicationElbNamespace, applicationElbSeries } from './metrics-alb.js';
import {
  appMeshExtensionSeries,
  containerInsightsNamespace,
  containerInsightsSeries,
} from './metrics-envoy.js';
import { vpcLatticeNamespace, vpcLatticeSeries } from './metrics-vpc-lattice.js';

export { containerInsightsNamespace } from './metrics-envoy.js';

/** Every source that publishes metrics, one per namespace. */
const publishers: MetricPublisher[] = [
  containerInsightsSeries,
  appMeshExtensionSeries,
  vpcLatticeSeries,
  applicationElbSeries,
];

const maxDatapoints = 100_800;
const idPattern = /^[a-z][a-zA-Z0-9_]*$/;
const highResolutionPeriods = [1, 5, 10, 20, 30];

function invalidValue(message: string): AwsError {
  return new AwsError('InvalidParameterValueException', message, 400);
}

function missing(message: string): AwsError {
  return new AwsError('MissingRequiredParameterException', message, 400);
}

/**
 * CloudWatch (JSON 1.0, query-compatible errors): GetMetricData for the metrics the simulated traffic publishes
 * (Envoy's Container Insights Prometheus counters, the App Mesh metrics extension, AWS/VpcLattice and
 * AWS/ApplicationELB), DescribeAlarms for the scenario's alarms.
 */
export class LocalCloudWatch {
  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
    private readonly world: MetricWorld,
  ) {}

  private get traffic() {
    return this.world.traffic;
  }

  operations(): Record<string, JsonOperation> {
    return {
      GetMetricData: (input) => this.getMetricData(input),
      DescribeAlarms: (input) => this.describeAlarms(input),
    };
  }

  getMetricData(input: Json): Json {
    const queries = input.MetricDataQueries;
    if (!Array.isArray(queries) || queries.length === 0)
      throw missing('The parameter MetricDataQueries is required.');
    if (queries.length > 500)
      throw invalidValue('The collection MetricDataQueries must not have a size greater than 500.');
    const start = timestampMs(input.StartTime, 'StartTime', 'InvalidParameterValueException');
    const end = timestampMs(input.EndTime, 'EndTime', 'InvalidParameterValueException');
    if (start === undefined) throw missing('The parameter StartTime is required.');
    if (end === undefined) throw missing('The parameter EndTime is required.');
    if (start >= end) throw invalidValue('The parameter StartTime must be less than the parameter EndTime.');
    const scanBy = input.ScanBy ?? 'TimestampDescending';
    if (scanBy !== 'TimestampDescending' && scanBy !== 'TimestampAscending')
      throw invalidValue(`The value ${String(scanBy)} for parameter ScanBy is not valid.`);

    const ids = new Set<string>();
    const results: Json[] = [];
    queries.forEach((query, index) => {
      const where = `MetricDataQueries.member.${index + 1}`;
      if (!isObject(query)) throw invalidValue(`${where} must be an object.`);
      const id = query.Id;
      if (typeof id !== 'string' || !idPattern.test(id))
        throw invalidValue(
          `The value ${String(id)} for parameter ${where}.Id is not valid: it must start with a lowercase letter and hold only letters, numbers and underscores.`,
        );
      if (ids.has(id)) throw invalidValue(`The value ${id} for parameter MetricDataQueries is duplicated.`);
      ids.add(id);
      if ((query.MetricStat === undefined) === (query.Expression === undefined))
        throw invalidValue(`${where} must set exactly one of MetricStat and Expression.`);
      const series =
        query.MetricStat !== undefined
          ? [this.metricStatResult(query.MetricStat, where, start, end)]
          : this.expressionResults(String(query.Expression), where, start, end);
      if (query.ReturnData === false) return;
      for (const one of series) {
        const points = scanBy === 'TimestampAscending' ? one.points : [...one.points].reverse();
        results.push({
          Id: id,
          Label: typeof query.Label === 'string' ? query.Label : one.label,
          Timestamps: points.map(([at]) => epochSeconds(at)),
          Values: points.map(([, value]) => value),
          StatusCode: 'Complete',
          Messages: [],
        });
      }
    });
    return { MetricDataResults: results, Messages: [] };
  }

  describeAlarms(input: Json): Json {
    const names = input.AlarmNames;
    if (names !== undefined && !Array.isArray(names)) throw invalidValue('AlarmNames must be a list.');
    if (Array.isArray(names) && names.length > 100)
      throw invalidValue('The collection AlarmNames must not have a size greater than 100.');
    if (names !== undefined && input.AlarmNamePrefix !== undefined)
      throw new AwsError(
        'InvalidParameterCombinationException',
        'AlarmNames and AlarmNamePrefix cannot be used together.',
        400,
      );
    const maxRecords = input.MaxRecords ?? 50;
    if (!Number.isInteger(maxRecords) || (maxRecords as number) < 1 || (maxRecords as number) > 100)
      throw invalidValue('The value for parameter MaxRecords must be from 1 to 100.');
    const types = Array.isArray(input.AlarmTypes) ? input.AlarmTypes.map(String) : ['MetricAlarm'];
    for (const type of types)
      if (type !== 'MetricAlarm' && type !== 'CompositeAlarm')
        throw invalidValue(`Invalid AlarmType: ${type}.`);
    const prefix = typeof input.AlarmNamePrefix === 'string' ? input.AlarmNamePrefix : undefined;
    const stateFilter = typeof input.StateValue === 'string' ? input.StateValue : undefined;

    const alarms = this.traffic.current.alarms
      .filter((alarm) => !Array.isArray(names) || names.includes(alarm.name))
      .filter((alarm) => prefix === undefined || alarm.name.startsWith(prefix))
      .filter((alarm) => types.includes(alarm.type))
      .map((alarm) => ({ alarm, state: this.alarmState(alarm) }))
      .filter(({ state }) => stateFilter === undefined || state.value === stateFilter);
    const token = typeof input.NextToken === 'string' ? input.NextToken : undefined;
    const { page, nextToken } = pageOf(alarms, maxRecords as number, token, 'InvalidNextToken');
    const shaped = page.map(({ alarm, state }) => this.alarmData(alarm, state));
    return {
      MetricAlarms: shaped.filter((_, index) => page[index]!.alarm.type === 'MetricAlarm'),
      CompositeAlarms: shaped.filter((_, index) => page[index]!.alarm.type === 'CompositeAlarm'),
      ...(nextToken ? { NextToken: nextToken } : {}),
    };
  }

  // ---- metrics -----------------------------------------------------------------------------

  private metricStatResult(stat: unknown, where: string, start: number, end: number) {
    if (!isObject(stat) || !isObject(stat.Metric)) throw missing(`${where}.MetricStat.Metric is required.`);
    const metric = stat.Metric;
    if (typeof metric.Namespace !== 'string' || typeof metric.MetricName !== 'string')
      throw missing(`${where}.MetricStat.Metric needs Namespace and MetricName.`);
    const period = checkPeriod(stat.Period, `${where}.MetricStat.Period`);
    if (typeof stat.Stat !== 'string' || stat.Stat === '')
      throw missing(`${where}.MetricStat.Stat is required.`);
    const dimensions: Record<string, string> = {};
    for (const dimension of Array.isArray(metric.Dimensions) ? metric.Dimensions : []) {
      if (!isObject(dimension)) continue;
      dimensions[String(dimension.Name)] = String(dimension.Value);
    }
    const series = this.catalogue(start, end).find(
      (one) =>
        one.namespace === metric.Namespace &&
        one.metricName === metric.MetricName &&
        sameDimensions(one.dimensions, dimensions),
    );
    return {
      label: metric.MetricName,
      points: series ? this.points(series, stat.Stat, period, start, end) : [],
    };
  }

  private expressionResults(expression: string, where: string, start: number, end: number) {
    const search = parseSearchExpression(expression);
    if (!search)
      throw invalidValue(
        `${where}.Expression: the local stack evaluates only SEARCH('{schema} terms', 'Stat', Period), optionally inside SUM() or MAX(); got ${expression}`,
      );
    checkPeriod(search.period, `${where}.Expression period`);
    const matches = this.catalogue(start, end).filter((series) => matchesSearch(series, search));
    const perSeries = matches.map((series) => ({
      label: Object.values(series.dimensions).join(' '),
      points: this.points(series, search.stat, search.period, start, end),
    }));
    if (!search.aggregate) return perSeries;
    const byTime = new Map<number, number>();
    const combine = search.aggregate === 'MAX' ? Math.max : (total: number, value: number) => total + value;
    for (const one of perSeries)
      for (const [at, value] of one.points) {
        const before = byTime.get(at);
        byTime.set(at, before === undefined ? value : combine(before, value));
      }
    const points = [...byTime.entries()].sort(([a], [b]) => a - b);
    return [{ label: expression, points }];
  }

  /**
   * The datapoints of one series over [start, end): one per period, or per stored datapoint when the period
   * asked is finer than the metric's resolution (a standard-resolution metric has one per minute). Only what
   * the source has published by now is counted: traffic is readable `delaySeconds` after it happened.
   */
  private points(
    series: Series,
    stat: string,
    period: number,
    start: number,
    end: number,
  ): Array<[number, number]> {
    const { delaySeconds, resolutionSeconds } = this.publishingOf(series.namespace);
    const bucketMs = Math.max(period, resolutionSeconds) * 1000;
    const readableUntil = this.clock.nowMs() - delaySeconds * 1000;
    const first = Math.floor(start / bucketMs) * bucketMs;
    if ((end - first) / bucketMs > maxDatapoints)
      throw invalidValue(
        `The query would return more than ${maxDatapoints} datapoints; shorten the range or raise the period.`,
      );
    const points: Array<[number, number]> = [];
    for (let at = first; at < end && at < readableUntil; at += bucketMs) {
      const until = Math.min(at + bucketMs, readableUntil);
      const sum = series.sum(at, until);
      if (sum === undefined) continue;
      const value = series.samples
        ? sampledStatistic(stat, sum, Math.round(series.samples(at, until)), (q) =>
            series.quantile?.(at, until, q),
          )
        : statistic(stat, Math.round(sum), bucketMs / 1000, resolutionSeconds);
      if (value !== undefined) points.push([at, value]);
    }
    return points;
  }

  /** How the source of a namespace publishes (the scenario's metrics.publishing). */
  private publishingOf(namespace: string): Publishing {
    const { publishing, extensionNamespace } = this.traffic.current.metrics;
    if (namespace === vpcLatticeNamespace) return publishing.vpcLattice;
    if (namespace === applicationElbNamespace) return publishing.applicationElb;
    if (namespace === containerInsightsNamespace || namespace === extensionNamespace) return publishing.envoy;
    return { delaySeconds: 0, resolutionSeconds: 60 };
  }

  /** Every metric published by the end of the query (a metric exists once it had a datapoint). */
  private catalogue(start: number, end: number): Series[] {
    return publishers.flatMap((publish) => publish(this.world, start, end));
  }

  // ---- alarms ------------------------------------------------------------------------------

  /** Every scenario alarm's state as CloudWatch evaluates it now (what the alarm push rule watches). */
  alarmStates(): Array<{ name: string; value: string; reason: string; at: number }> {
    return this.traffic.current.alarms.map((alarm) => ({ name: alarm.name, ...this.alarmState(alarm) }));
  }

  private alarmState(alarm: AlarmDefinition): { value: string; reason: string; at: number } {
    const now = this.clock.nowMs();
    const watch = alarmWatch(this.world, alarm);
    if (!watch) return { value: alarm.state, reason: 'Set by the scenario', at: 0 };
    const periodMs = alarm.periodSeconds * 1000;
    // CloudWatch evaluates the alarm on the data published so far: the last whole period it can read.
    const delayMs = this.publishingOf(watch.metric.Namespace).delaySeconds * 1000;
    const end = Math.floor((now - delayMs) / periodMs) * periodMs;
    const totals = watch.counts(end - periodMs, end);
    // Missing data is treated as not breaching.
    if (totals.requests < 1) return { value: 'OK', reason: 'No requests in the last period', at: end };
    const rate = (totals.faults / totals.requests) * 100;
    const breaching = rate > alarm.errorRatePctAbove;
    return {
      value: breaching ? 'ALARM' : 'OK',
      reason: `Threshold Crossed: 5xx rate ${rate.toFixed(2)}% ${breaching ? 'was greater than' : 'was not greater than'} the threshold (${alarm.errorRatePctAbove}%).`,
      at: end,
    };
  }

  private alarmData(alarm: AlarmDefinition, state: { value: string; reason: string; at: number }): Json {
    const common = {
      AlarmName: alarm.name,
      AlarmArn: `arn:aws:cloudwatch:${this.place.region}:${this.place.account}:alarm:${alarm.name}`,
      ActionsEnabled: true,
      StateValue: state.value,
      StateReason: state.reason,
      StateUpdatedTimestamp: epochSeconds(state.at),
    };
    if (alarm.type === 'CompositeAlarm') return { ...common, AlarmRule: 'FALSE' };
    const { extensionNamespace, extensionNamePrefix } = this.traffic.current.metrics;
    const metric = alarmWatch(this.world, alarm)?.metric ?? {
      Namespace: extensionNamespace,
      MetricName: `${extensionNamePrefix}HTTPCode_Target_5XX_Count`,
      Dimensions: [],
    };
    return {
      ...common,
      ...metric,
      Statistic: 'Sum',
      Period: alarm.periodSeconds,
      EvaluationPeriods: 1,
      Threshold: alarm.errorRatePctAbove,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    };
  }
}

function checkPeriod(value: unknown, field: string): number {
  if (!Number.isInteger(value) || (value as number) < 1) throw missing(`${field} is required.`);
  const period = value as number;
  if (!highResolutionPeriods.includes(period) && period % 60 !== 0)
    throw invalidValue(
      `The value ${period} for parameter ${field} is not valid: use 1, 5, 10, 20, 30 or a multiple of 60.`,
    );
  return period;
}

function sameDimensions(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function matchesSearch(series: Series, search: SearchExpression): boolean {
  if (series.namespace !== search.namespace) return false;
  const names = Object.keys(series.dimensions).sort();
  if (names.join(',') !== [...search.dimensionNames].sort().join(',')) return false;
  return Object.entries(search.terms).every(([key, value]) =>
    key === 'MetricName' ? series.metricName === value : series.dimensions[key] === value,
  );
}

/** CloudWatch's percentile statistic: p50, p99, p99.9 (the quantile 0-1), else undefined. */
export function percentileOf(stat: string): number | undefined {
  const match = /^p(\d{1,2}(?:\.\d+)?)$/.exec(stat);
  return match ? Number(match[1]) / 100 : undefined;
}

/** A per-request metric's statistic over one period, from the sum, number and distribution of its samples. */
function sampledStatistic(
  stat: string,
  sum: number,
  samples: number,
  quantile: (q: number) => number | undefined,
): number | undefined {
  if (samples < 1) return undefined;
  const q = percentileOf(stat);
  if (q !== undefined) return quantile(q);
  switch (stat) {
    case 'Sum':
      return sum;
    case 'SampleCount':
      return samples;
    case 'Average':
    case 'Minimum':
    case 'Maximum':
      return sum / samples;
    default:
      return undefined;
  }
}

/** A counter's statistic over one period; the agent publishes one sample per resolution interval. */
function statistic(stat: string, sum: number, period: number, resolution: number): number | undefined {
  const samples = Math.max(1, Math.round(period / resolution));
  switch (stat) {
    case 'Sum':
      return sum;
    case 'SampleCount':
      return samples;
    case 'Average':
    case 'Minimum':
    case 'Maximum':
      return sum / samples;
    default:
      return undefined;
  }
}
