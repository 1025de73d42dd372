import { randomUUID } from 'node:crypto';
import type { SimClock } from '../../clock.js';
import type { Place } from '../protocol.js';
import { AwsError, isObject, type Json, type JsonOperation, timestampMs } from '../protocol.js';

/** An event put on the default bus, as EventBridge delivers it to a rule's targets. */
export interface BusEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Json;
}

/** PutEvents takes 1 to 10 entries, of at most 256 KB together (EventBridge quotas). */
const maxEntries = 10;
const maxRequestBytes = 256 * 1024;

/**
 * The default event bus of EventBridge: PutEvents (JSON 1.1, `AWSEvents.PutEvents`) keeps every event it
 * accepts, in order. An entry without Source, DetailType or Detail fails as InvalidArgument, a Detail that
 * is not a JSON object as MalformedDetail, each in its own result entry (FailedEntryCount), as EventBridge
 * answers; another bus than the default one is refused the same way. Rules are not modelled.
 */
export class LocalEventBus {
  readonly events: BusEvent[] = [];

  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
  ) {}

  operations(): Record<string, JsonOperation> {
    return { PutEvents: (input) => this.putEvents(input) };
  }

  putEvents(input: Json): Json {
    const entries = input.Entries;
    if (!Array.isArray(entries) || entries.length < 1 || entries.length > maxEntries) {
      throw new AwsError(
        'ValidationException',
        `1 validation error detected: Value at 'entries' failed to satisfy constraint: Member must have length between 1 and ${maxEntries}`,
      );
    }
    const size = entries.reduce((sum: number, entry: unknown) => sum + entrySize(entry), 0);
    if (size > maxRequestBytes) {
      throw new AwsError(
        'ValidationException',
        'Total size of the entries in the request is over the limit.',
      );
    }
    const results = entries.map((entry: unknown) => this.accept(entry));
    return {
      FailedEntryCount: results.filter((result) => 'ErrorCode' in result).length,
      Entries: results,
    };
  }

  private accept(entry: unknown): Json {
    if (!isObject(entry)) return failed('InvalidArgument', 'An entry must be an object.');
    const missing = ['Source', 'DetailType', 'Detail'].filter(
      (field) => typeof entry[field] !== 'string' || entry[field] === '',
    );
    if (missing.length > 0) {
      return failed('InvalidArgument', `Parameter(s) ${missing.join(', ')} must be specified.`);
    }
    if (!this.isDefaultBus(entry.EventBusName)) {
      return failed(
        'InvalidArgument',
        `Event bus ${String(entry.EventBusName)} does not exist (the local stack has only the default bus).`,
      );
    }
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail as string);
    } catch {
      return failed('MalformedDetail', 'Detail is malformed.');
    }
    if (!isObject(detail)) return failed('MalformedDetail', 'Detail is malformed.');
    let at: number;
    try {
      at = timestampMs(entry.Time, 'Time', 'InvalidArgument') ?? this.clock.nowMs();
    } catch (error) {
      return failed('InvalidArgument', (error as Error).message);
    }
    const id = randomUUID();
    this.events.push({
      version: '0',
      id,
      'detail-type': entry.DetailType as string,
      source: entry.Source as string,
      account: this.place.account,
      time: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      region: this.place.region,
      resources: Array.isArray(entry.Resources) ? entry.Resources.map(String) : [],
      detail,
    });
    return { EventId: id };
  }

  private isDefaultBus(name: unknown): boolean {
    return (
      name === undefined ||
      name === null ||
      name === 'default' ||
      name === `arn:aws:events:${this.place.region}:${this.place.account}:event-bus/default`
    );
  }
}

function failed(code: string, message: string): Json {
  return { ErrorCode: code, ErrorMessage: message };
}

/** What EventBridge counts toward the limit: UTF-8 bytes of Source, DetailType, Detail, Resources; 14 for Time. */
function entrySize(entry: unknown): number {
  if (!isObject(entry)) return 0;
  const bytes = (value: unknown) => (typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : 0);
  const resources = Array.isArray(entry.Resources) ? entry.Resources : [];
  return (
    (entry.Time === undefined ? 0 : 14) +
    bytes(entry.Source) +
    bytes(entry.DetailType) +
    bytes(entry.Detail) +
    resources.reduce((sum: number, resource: unknown) => sum + bytes(resource), 0)
  );
}
