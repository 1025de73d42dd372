import { describe, expect, it } from '@jest/globals';
import { readerOf } from '../../src/config/inputs.js';
import { testHeaderText, testTrafficSettings } from '../../src/config/test-traffic.js';
import { inputErrorOf } from '../support/input-error.js';

const settings = (values: Record<string, string>) => testTrafficSettings(readerOf(values));

describe('test-traffic-header and test-traffic-priority', () => {
  it('is off without a header', () => {
    expect(settings({})).toBeUndefined();
  });

  it.each([
    ['x-canary: true', { name: 'x-canary', value: 'true' }],
    ['  X-Canary :  yes please ', { name: 'X-Canary', value: 'yes please' }],
    ['x-canary', { name: 'x-canary' }],
    ['x-version: 2.0.0:rc1', { name: 'x-version', value: '2.0.0:rc1' }],
  ])('reads %j', (text, header) => {
    expect(settings({ 'test-traffic-header': text })).toEqual({ header });
  });

  it('takes a priority with the header', () => {
    expect(settings({ 'test-traffic-header': 'x-canary: 1', 'test-traffic-priority': '9' })).toEqual({
      header: { name: 'x-canary', value: '1' },
      priority: 9,
    });
  });

  it.each([
    ['x canary: true', /"x canary" is not a header name a router can match/],
    [': true', /"" is not a header name/],
    [`${'x'.repeat(41)}: true`, /is not a header name a router can match: use 1-40/],
    ['x-canary:', /the value of x-canary must be 1-128 printable ASCII characters/],
    [`x-canary: ${'v'.repeat(129)}`, /must be 1-128/],
    ['x-canary: caf\u00e9', /printable ASCII/],
  ])('refuses %j, naming the input and the fix', (text, message) => {
    const error = inputErrorOf(() => settings({ 'test-traffic-header': text }));
    expect(error.input).toBe('test-traffic-header');
    expect(error.message).toMatch(message);
  });

  it('refuses a priority without a header, and a priority that is not a whole number in range', () => {
    expect(inputErrorOf(() => settings({ 'test-traffic-priority': '9' })).message).toBe(
      'input "test-traffic-priority": is read only with test-traffic-header: set that too (e.g. "x-canary: true"), or remove it.',
    );
    for (const priority of ['1.5', '-1', '50001'])
      expect(
        inputErrorOf(() => settings({ 'test-traffic-header': 'x', 'test-traffic-priority': priority })).input,
      ).toBe('test-traffic-priority');
  });

  it('says which requests it matches', () => {
    expect(testHeaderText({ name: 'x-canary', value: 'true' })).toBe('x-canary: true');
    expect(testHeaderText({ name: 'x-canary' })).toBe('x-canary (any value)');
  });
});
