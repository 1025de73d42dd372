import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  boolean,
  duration,
  integer,
  list,
  parseDurationSeconds,
  parseInteger,
  parseJson,
  readerOf,
} from '../../src/config/inputs.js';
import { inputErrorOf } from '../support/input-error.js';

describe('parseInteger', () => {
  it.each(['33.3', '1e3', '12abc', '', ' ', '0x10', '--1'])('rejects %j', (text) => {
    expect(inputErrorOf(() => parseInteger('desired-count', text)).input).toBe('desired-count');
  });

  it('accepts whole numbers in range and says the range when out of it', () => {
    expect(parseInteger('weight', ' 42 ', { min: 0, max: 100 })).toBe(42);
    expect(inputErrorOf(() => parseInteger('weight', '150', { min: 0, max: 100 })).message).toBe(
      'input "weight": must be a whole number from 0 to 100; got 150.',
    );
  });

  it('round-trips every safe integer', () => {
    fc.assert(fc.property(fc.integer(), (value) => parseInteger('n', String(value)) === value));
  });
});

describe('durations', () => {
  it.each([
    ['90', 90],
    ['30s', 30],
    ['5m', 300],
    ['1h30m', 5400],
    ['1m30s', 90],
  ])('%s is %d seconds', (text, seconds) => {
    expect(parseDurationSeconds('bake-time', text)).toBe(seconds);
  });

  it.each(['5x', 'm5', '5 m', '-5m', '1.5m', ''])('rejects %j naming the input', (text) => {
    const error = inputErrorOf(() => parseDurationSeconds('bake-time', text));
    expect(error.input).toBe('bake-time');
    expect(error.message).toContain('5m');
  });

  it('uses the default when the input is not set and checks the range', () => {
    expect(duration(readerOf({}), 'check-interval', '1m')).toBe(60);
    expect(
      inputErrorOf(() => duration(readerOf({ 'check-interval': '1s' }), 'check-interval', '1m', { min: 10 }))
        .input,
    ).toBe('check-interval');
  });
});

describe('other readers', () => {
  it('reads booleans as GitHub writes them, and nothing else', () => {
    expect(boolean(readerOf({ x: 'TRUE' }), 'x', false)).toBe(true);
    expect(boolean(readerOf({ x: 'false' }), 'x', true)).toBe(false);
    expect(boolean(readerOf({}), 'x', true)).toBe(true);
    expect(inputErrorOf(() => boolean(readerOf({ x: 'yes please' }), 'x', true)).input).toBe('x');
  });

  it('splits lists on commas and new lines, dropping blanks', () => {
    expect(list(readerOf({ routes: 'a, b\n\nc,' }), 'routes')).toEqual(['a', 'b', 'c']);
  });

  it('uses the fallback for an unset integer', () => {
    expect(integer(readerOf({}), 'wait-for-minutes', 30)).toBe(30);
  });

  it('names the input when JSON is malformed', () => {
    expect(inputErrorOf(() => parseJson('metric-queries', '[{]')).message).toMatch(
      /^input "metric-queries": is not valid JSON/,
    );
  });
});
