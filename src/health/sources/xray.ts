import { GetTimeSeriesServiceStatisticsCommand, type XRayClient } from '@aws-sdk/client-xray';
import { callAws } from '../../errors.js';
import type { CheckWindow, ServiceStatistics } from '../types.js';

/** X-Ray aggregates service statistics per minute; the check window is aligned to whole minutes. */
export const xrayPeriodSeconds = 60;

/** The entity selector of one service by name, e.g. service("apps/serviceBv2"). */
export function serviceSelector(service: string): string {
  return `service("${service}")`;
}

/** Requests, faults (5xx), errors (4xx) and response time of one service, summed over the window. */
export async function readServiceStatistics(
  client: XRayClient,
  service: string,
  window: CheckWindow,
): Promise<ServiceStatistics | undefined> {
  let statistics: ServiceStatistics | undefined;
  let nextToken: string | undefined;
  do {
    const page = await callAws(`reading X-Ray statistics of service ${service}`, () =>
      client.send(
        new GetTimeSeriesServiceStatisticsCommand({
          StartTime: window.start,
          EndTime: window.end,
          EntitySelectorExpression: serviceSelector(service),
          Period: xrayPeriodSeconds,
          NextToken: nextToken,
        }),
      ),
    );
    for (const point of page.TimeSeriesServiceStatistics ?? []) {
      const summary = point.ServiceSummaryStatistics;
      if (!summary) continue;
      statistics ??= { total: 0, faults: 0, clientErrors: 0, totalResponseTimeSeconds: 0 };
      statistics.total += summary.TotalCount ?? 0;
      statistics.faults += summary.FaultStatistics?.TotalCount ?? 0;
      statistics.clientErrors += summary.ErrorStatistics?.TotalCount ?? 0;
      statistics.totalResponseTimeSeconds += summary.TotalResponseTime ?? 0;
      const histogram = (point.ResponseTimeHistogram ?? []).flatMap((entry) =>
        entry.Value !== undefined && entry.Count ? [{ valueSeconds: entry.Value, count: entry.Count }] : [],
      );
      if (histogram.length > 0) statistics.histogram = [...(statistics.histogram ?? []), ...histogram];
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return statistics;
}
