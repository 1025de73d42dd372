import type { MetricQuery } from '../types.js';

/**
 * Native per-target-group metrics of the routers that replace App Mesh, published by AWS every 60 seconds
 * with no agent: requests, 5xx answered by the targets, and response time, for canary and stable alike.
 * Mean latency is Sum / SampleCount of the response time over the window.
 */
export interface TargetGroupMetrics {
  namespace: string;
  requests: string;
  errors: string;
  responseTime: string;
  /** Milliseconds per unit of the response time metric. */
  responseTimeToMs: number;
}

/** AWS/VpcLattice target group metrics (VPC Lattice User Guide, "CloudWatch metrics for Amazon VPC Lattice"). */
export const latticeTargetGroupMetrics: TargetGroupMetrics = {
  namespace: 'AWS/VpcLattice',
  requests: 'TotalRequestCount',
  errors: 'HTTPCode_5XX_Count',
  // "Request time to the last byte in milliseconds."
  responseTime: 'RequestTime',
  responseTimeToMs: 1,
};

/** AWS/ApplicationELB target metrics (ALB User Guide, "CloudWatch metrics for your Application Load Balancer"). */
export const albTargetGroupMetrics: TargetGroupMetrics = {
  namespace: 'AWS/ApplicationELB',
  requests: 'RequestCount',
  // Only the 5xx the targets answered: the load balancer's own (HTTPCode_ELB_5XX_Count) have no TargetGroup.
  errors: 'HTTPCode_Target_5XX_Count',
  // Seconds, from the request leaving the load balancer until the target starts its response headers.
  responseTime: 'TargetResponseTime',
  responseTimeToMs: 1000,
};

export type Dimensions = Array<{ Name: string; Value: string }>;

/** The four queries of one role: requests and 5xx (Sum), response time Sum and SampleCount. */
export function targetGroupQueries(
  role: 'canary' | 'stable',
  metrics: TargetGroupMetrics,
  dimensions: Dimensions,
  period: number,
): MetricQuery[] {
  const query = (id: string, metricName: string, stat: string): MetricQuery => ({
    Id: `${role}_${id}`,
    MetricStat: {
      Metric: { Namespace: metrics.namespace, MetricName: metricName, Dimensions: dimensions },
      Period: period,
      Stat: stat,
    },
    ReturnData: true,
  });
  return [
    query('requests', metrics.requests, 'Sum'),
    query('errors', metrics.errors, 'Sum'),
    query('latency_sum', metrics.responseTime, 'Sum'),
    query('latency_count', metrics.responseTime, 'SampleCount'),
  ];
}
