import { InputError } from '../errors.js';

/**
 * Reads one input by its kebab-case name ("wait-for-minutes") and returns '' when it is not set.
 * The Action reads `core.getInput`, the CLI its options: both give the same reader to the parsers.
 */
export type InputReader = ((name: string) => string) & {
  /** Whether the input was given at all, even empty: an empty value given (an unset variable) is an error where a default would hide it. */
  given?: (name: string) => boolean;
};

/** A reader over a plain record, as the CLI and the tests build it. */
export function readerOf(values: Record<string, string | number | boolean | undefined>): InputReader {
  const read: InputReader = (name) => {
    const value = values[name];
    return value === undefined ? '' : String(value).trim();
  };
  read.given = (name) => values[name] !== undefined;
  return read;
}

export function optionalString(read: InputReader, name: string): string | undefined {
  const value = read(name).trim();
  return value === '' ? undefined : value;
}

export function requiredString(read: InputReader, name: string, fix: string): string {
  const value = optionalString(read, name);
  if (value === undefined) throw new InputError(name, `is required. ${fix}`);
  return value;
}

export function stringWithDefault(read: InputReader, name: string, fallback: string): string {
  return optionalString(read, name) ?? fallback;
}

export function oneOf<T extends string>(
  read: InputReader,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = optionalString(read, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(name, `must be one of ${allowed.join(', ')}; got "${value}".`);
  }
  return value as T;
}

export function boolean(read: InputReader, name: string, fallback: boolean): boolean {
  const value = optionalString(read, name);
  if (value === undefined) return fallback;
  const lower = value.toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(lower)) return true;
  if (['false', 'no', '0', 'off'].includes(lower)) return false;
  throw new InputError(name, `must be true or false; got "${value}".`);
}

export interface IntegerRange {
  min?: number;
  max?: number;
}

/** Parses a whole number, rejecting "33.3", "1e3", "12abc" and values outside the range. */
export function parseInteger(name: string, text: string, range: IntegerRange = {}): number {
  const trimmed = text.trim();
  if (!/^[-+]?\d+$/.test(trimmed))
    throw new InputError(name, `must be a whole number${describeRange(range)}; got "${text}".`);
  const value = Number(trimmed);
  if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
    throw new InputError(name, `must be a whole number${describeRange(range)}; got ${value}.`);
  }
  return value;
}

export function optionalInteger(
  read: InputReader,
  name: string,
  range: IntegerRange = {},
): number | undefined {
  const value = optionalString(read, name);
  return value === undefined ? undefined : parseInteger(name, value, range);
}

export function integer(read: InputReader, name: string, fallback: number, range: IntegerRange = {}): number {
  return optionalInteger(read, name, range) ?? fallback;
}

function describeRange({ min, max }: IntegerRange): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

/** A comma- or newline-separated list; empty items are dropped. */
export function list(read: InputReader, name: string): string[] {
  return read(name)
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function portList(read: InputReader, name: string): number[] | undefined {
  const items = list(read, name);
  if (items.length === 0) return undefined;
  return items.map((item) => parseInteger(name, item, { min: 1, max: 65535 }));
}

const durationUnits: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };

/** "90" (seconds), "30s", "5m", "1h", "1m30s", "2d" -> seconds. */
export function parseDurationSeconds(name: string, text: string, range: IntegerRange = {}): number {
  const trimmed = text.trim();
  let seconds: number;
  if (/^\d+$/.test(trimmed)) {
    seconds = Number(trimmed);
  } else {
    const parts = [...trimmed.matchAll(/(\d+)(ms|s|m|h|d)/g)];
    if (parts.length === 0 || parts.map((part) => part[0]).join('') !== trimmed) {
      throw new InputError(name, `must be a duration such as 90, 30s, 5m, 1h30m or 2d; got "${text}".`);
    }
    seconds = parts.reduce((total, part) => total + Number(part[1]) * (durationUnits[part[2]!] ?? 0), 0);
  }
  if ((range.min !== undefined && seconds < range.min) || (range.max !== undefined && seconds > range.max)) {
    throw new InputError(name, `must be a duration${describeRange(range)} seconds; got "${text}".`);
  }
  return seconds;
}

export function duration(
  read: InputReader,
  name: string,
  fallback: string,
  range: IntegerRange = {},
): number {
  return parseDurationSeconds(name, optionalString(read, name) ?? fallback, range);
}

/** Parses JSON text, naming the input and the position of the error. */
export function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(name, `is not valid JSON (${detail}).`);
  }
}
