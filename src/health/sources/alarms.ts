import { type CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { callAws } from '../../errors.js';
import type { AlarmReading, AlarmState, AlarmStateValue } from '../types.js';

/** DescribeAlarms takes at most 100 names per request. */
const namesPerRequest = 100;

/** States of the named metric and composite alarms; names DescribeAlarms does not know are `missing`. */
export async function readAlarmStates(client: CloudWatchClient, names: string[]): Promise<AlarmReading> {
  const alarms: AlarmState[] = [];
  for (let start = 0; start < names.length; start += namesPerRequest) {
    const chunk = names.slice(start, start + namesPerRequest);
    let nextToken: string | undefined;
    do {
      const page = await callAws(`describing CloudWatch alarms ${chunk.join(', ')}`, () =>
        client.send(
          new DescribeAlarmsCommand({
            AlarmNames: chunk,
            // Without AlarmTypes only metric alarms are returned, and a composite alarm would look missing.
            AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
            MaxRecords: namesPerRequest,
            NextToken: nextToken,
          }),
        ),
      );
      for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])]) {
        if (alarm.AlarmName) alarms.push({ name: alarm.AlarmName, state: stateOf(alarm.StateValue) });
      }
      nextToken = page.NextToken;
    } while (nextToken);
  }
  const found = new Set(alarms.map((alarm) => alarm.name));
  return { alarms, missing: names.filter((name) => !found.has(name)) };
}

/** An unknown or absent state is not OK: read it as INSUFFICIENT_DATA. */
function stateOf(value: string | undefined): AlarmStateValue {
  return value === 'OK' || value === 'ALARM' ? value : 'INSUFFICIENT_DATA';
}
