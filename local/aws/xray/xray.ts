import { histogramOf, mixOfShares } from '../../traffic/latency.js';
import type { TrafficSimulator } from '../../traffic/traffic.js';
import { AwsError, epochSeconds, type Json, pageOf, type RestOperation, timestampMs } from '../protocol.js';

function invalid(message: string): AwsError {
  return new AwsError('InvalidRequestException', message, 400);
}

const selectorPattern = /^service\(\s*"([^"\\]+)"\s*\)$/;
const pageSize = 100;

/**
 * X-Ray (REST JSON): GetTimeSeriesServiceStatistics per service, as Envoy names it in App Mesh
 * ("mesh/virtualNode"), from the traffic simulator.
 */
export class LocalXRay {
  constructor(private readonly traffic: TrafficSimulator) {}

  operations(): RestOperation[] {
    return [
      {
        name: 'GetTimeSeriesServiceStatistics',
        method: 'POST',
        path: '/TimeSeriesServiceStatistics',
        handle: ({ body }) => this.timeSeriesServiceStatistics(body),
      },
    ];
  }

  timeSeriesServiceStatistics(input: Json): Json {
    const start = timestampMs(input.StartTime, 'StartTime', 'InvalidRequestException');
    const end = timestampMs(input.EndTime, 'EndTime', 'InvalidRequestException');
    if (start === undefined || end === undefined) throw invalid('StartTime and EndTime are required.');
    if (start >= end) throw invalid('StartTime must be before EndTime.');
    const period = input.Period ?? 60;
    if (!Number.isInteger(period) || (period as number) < 60 || (period as number) % 60 !== 0)
      throw invalid('Period must be a multiple of 60 seconds.');
    if (input.EntitySelectorExpression === undefined) throw invalid('EntitySelectorExpression is required.');
    const selector = selectorPattern.exec(String(input.EntitySelectorExpression));
    if (!selector)
      throw invalid(
        `The local stack reads only service("name") selectors; got ${String(input.EntitySelectorExpression)}`,
      );
    const node = this.nodeOf(selector[1]!);
    const periodMs = (period as number) * 1000;
    const sampling = this.traffic.current.xraySamplingPct / 100;
    const points: Json[] = [];
    for (let at = Math.floor(start / periodMs) * periodMs; at < end; at += periodMs) {
      if (!node) break;
      const totals = this.traffic.nodeTotals(node, at, at + periodMs);
      const total = Math.round(totals.requests * sampling);
      if (total === 0) continue;
      const faults = Math.round(totals.faults * sampling);
      const errors = Math.round(totals.clientErrors * sampling);
      const responseSeconds = (totals.responseSeconds / totals.requests) * total;
      points.push({
        Timestamp: epochSeconds(at),
        ServiceSummaryStatistics: {
          OkCount: Math.max(0, total - faults - errors),
          ErrorStatistics: { ThrottleCount: 0, OtherCount: errors, TotalCount: errors },
          FaultStatistics: { OtherCount: faults, TotalCount: faults },
          TotalCount: total,
          TotalResponseTime: responseSeconds,
        },
        // The same traced requests, bucketed: counts add up to TotalCount.
        ResponseTimeHistogram: histogramOf(mixOfShares(totals.latency), total),
      });
    }
    const token = typeof input.NextToken === 'string' ? input.NextToken : undefined;
    const { page, nextToken } = pageOf(points, pageSize, token, 'InvalidRequestException');
    return {
      TimeSeriesServiceStatistics: page,
      ContainsOldGroupVersions: false,
      ...(nextToken ? { NextToken: nextToken } : {}),
    };
  }

  /** Envoy in App Mesh reports as "mesh/virtualNode". */
  private nodeOf(serviceName: string): string | undefined {
    const { route, nodes } = this.traffic.current;
    return nodes.find((place) => `${route.mesh}/${place.node}` === serviceName)?.node;
  }
}
