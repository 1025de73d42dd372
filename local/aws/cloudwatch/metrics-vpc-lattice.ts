import { mixOfShares, quantile } from '../../traffic/latency.js';
import { sumCounts, type TrafficCounts } from '../../traffic/traffic.js';
import type { MetricPublisher, Series } from './metric-series.js';

export const vpcLatticeNamespace = 'AWS/VpcLattice';

/**
 * VPC Lattice's target group metrics (dimension TargetGroup, the target group ID) and service metrics
 * (dimension Service, the service ID). Lattice reports them every minute, zero or not, from the time the
 * resource first receives traffic; RequestTime is in milliseconds. Requests that found no running task are
 * answered 503 and counted as the target group's 5xx.
 */
export const vpcLatticeSeries: MetricPublisher = ({ traffic, vpcLattice }, _start, end) => {
  const router = traffic.current.router;
  if (router.type !== 'vpc-lattice') return [];
  const series: Series[] = [];
  const firsts: number[] = [];
  const targets: string[] = [];
  for (const arn of traffic.targets()) {
    const group = vpcLattice.targetGroupOf(arn);
    const first = traffic.firstTrafficAt(arn, end);
    if (!group || first === undefined) continue;
    firsts.push(first);
    targets.push(arn);
    const totals = (from: number, to: number) => traffic.targetTotals(arn, from, to);
    series.push(...requestMetrics({ TargetGroup: group.id }, first, totals));
  }
  const serviceId = vpcLattice.serviceIdOf(router.service);
  if (serviceId && firsts.length > 0) {
    const totals = (from: number, to: number) =>
      sumCounts(targets.map((arn) => traffic.targetTotals(arn, from, to)));
    series.push(...requestMetrics({ Service: serviceId }, Math.min(...firsts), totals));
  }
  return series;
};

function requestMetrics(
  dimensions: Record<string, string>,
  first: number,
  totals: (from: number, to: number) => TrafficCounts,
): Series[] {
  const reported = (read: (counts: TrafficCounts) => number) => (from: number, to: number) =>
    to > first ? read(totals(from, to)) : undefined;
  const counter = (metricName: string, read: (counts: TrafficCounts) => number): Series => ({
    namespace: vpcLatticeNamespace,
    metricName,
    dimensions,
    sum: reported(read),
  });
  return [
    counter('TotalRequestCount', (counts) => counts.requests),
    counter('HTTPCode_5XX_Count', (counts) => counts.faults),
    counter('HTTPCode_4XX_Count', (counts) => counts.clientErrors),
    counter('HTTPCode_2XX_Count', (counts) => counts.requests - counts.faults - counts.clientErrors),
    {
      namespace: vpcLatticeNamespace,
      metricName: 'RequestTime',
      dimensions,
      sum: reported((counts) => counts.responseSeconds * 1000),
      samples: (from, to) => totals(from, to).requests,
      quantile: (from, to, q) => quantile(mixOfShares(totals(from, to).latency), q),
    },
  ];
}
