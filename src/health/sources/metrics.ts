import {
  type CloudWatchClient,
  GetMetricDataCommand,
  type MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import { callAws } from '../../errors.js';
import type { CheckWindow, MetricQuery, MetricSeries } from '../types.js';

/**
 * Reads every series of one check with GetMetricData: one call, more only when CloudWatch pages the
 * datapoints (NextToken). Values are summed per query id over the window.
 */
export async function readMetricSeries(
  client: CloudWatchClient,
  queries: MetricQuery[],
  window: CheckWindow,
): Promise<MetricSeries[]> {
  const byId = new Map<string, MetricSeries>();
  let nextToken: string | undefined;
  do {
    const page = await callAws('reading CloudWatch metric data', () =>
      client.send(
        new GetMetricDataCommand({
          // Custom queries are validated by their schema; the SDK's unit enum is the only narrowing.
          MetricDataQueries: queries as MetricDataQuery[],
          StartTime: window.start,
          EndTime: window.end,
          ScanBy: 'TimestampAscending',
          NextToken: nextToken,
        }),
      ),
    );
    for (const result of page.MetricDataResults ?? []) {
      if (!result.Id) continue;
      const series = byId.get(result.Id) ?? {
        id: result.Id,
        sum: 0,
        datapoints: 0,
        status: 'Complete',
        messages: [],
      };
      const values = (result.Values ?? []).filter((value) => Number.isFinite(value));
      series.sum += values.reduce((total, value) => total + value, 0);
      series.datapoints += values.length;
      const times = result.Timestamps ?? [];
      const points = (result.Values ?? []).flatMap((value, index): Array<[number, number]> => {
        const at = times[index];
        return Number.isFinite(value) && at ? [[at.getTime(), value]] : [];
      });
      if (points.length > 0) series.points = [...(series.points ?? []), ...points];
      // A page may say PartialData only because more pages follow; the last word counts, errors stick.
      if (series.status !== 'InternalError' && series.status !== 'Forbidden')
        series.status = result.StatusCode ?? 'Complete';
      for (const message of result.Messages ?? []) if (message.Value) series.messages.push(message.Value);
      byId.set(result.Id, series);
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return [...byId.values()];
}
