import { mixOfShares, quantile } from '../../traffic/latency.js';
import { sumCounts, type TargetTotals, type TrafficCounts } from '../../traffic/traffic.js';
import { type MetricPublisher, nonZero, type Series } from './metric-series.js';

export const applicationElbNamespace = 'AWS/ApplicationELB';

/**
 * Application Load Balancer metrics by LoadBalancer (app/<name>/<id>) and by TargetGroup (targetgroup/<name>/<id>)
 * + LoadBalancer, reported only when nonzero. The target metrics count what the tasks answered; a request to a
 * target group with no running task is answered 503 by the load balancer itself: HTTPCode_ELB_5XX_Count and
 * HTTPCode_ELB_503_Count, and no RequestCount. TargetResponseTime is in seconds.
 */
export const applicationElbSeries: MetricPublisher = ({ traffic, elbv2 }, _start, end) => {
  const router = traffic.current.router;
  if (router.type !== 'alb') return [];
  const { loadBalancerArn } = elbv2.resolve(router);
  const loadBalancer = { LoadBalancer: elbv2.loadBalancerDimension(loadBalancerArn) };
  const targets = traffic.targets().filter((arn) => traffic.firstTrafficAt(arn, end) !== undefined);
  const series: Series[] = [];
  for (const arn of targets) {
    const dimensions = { ...loadBalancer, TargetGroup: elbv2.targetGroupDimension(arn) };
    series.push(...targetMetrics(dimensions, (from, to) => traffic.targetTotals(arn, from, to).tasks));
  }
  if (targets.length === 0) return series;
  const all = (from: number, to: number) => targets.map((arn) => traffic.targetTotals(arn, from, to));
  series.push(...targetMetrics(loadBalancer, (from, to) => sumCounts(all(from, to).map((one) => one.tasks))));
  const unserved = (from: number, to: number) =>
    all(from, to).reduce((sum, one: TargetTotals) => sum + one.unserved, 0);
  for (const metricName of ['HTTPCode_ELB_5XX_Count', 'HTTPCode_ELB_503_Count'])
    series.push({
      namespace: applicationElbNamespace,
      metricName,
      dimensions: loadBalancer,
      sum: nonZero(unserved),
    });
  return series;
};

function targetMetrics(
  dimensions: Record<string, string>,
  answered: (from: number, to: number) => TrafficCounts,
): Series[] {
  const counter = (metricName: string, read: (counts: TrafficCounts) => number): Series => ({
    namespace: applicationElbNamespace,
    metricName,
    dimensions,
    sum: nonZero((from, to) => read(answered(from, to))),
  });
  return [
    counter('RequestCount', (counts) => counts.requests),
    counter('HTTPCode_Target_5XX_Count', (counts) => counts.faults),
    counter('HTTPCode_Target_4XX_Count', (counts) => counts.clientErrors),
    counter('HTTPCode_Target_2XX_Count', (counts) => counts.requests - counts.faults - counts.clientErrors),
    {
      namespace: applicationElbNamespace,
      metricName: 'TargetResponseTime',
      dimensions,
      sum: (from, to) => {
        const counts = answered(from, to);
        return Math.round(counts.requests) > 0 ? counts.responseSeconds : undefined;
      },
      samples: (from, to) => answered(from, to).requests,
      quantile: (from, to, q) => {
        const ms = quantile(mixOfShares(answered(from, to).latency), q);
        return ms === undefined ? undefined : ms / 1000;
      },
    },
  ];
}
