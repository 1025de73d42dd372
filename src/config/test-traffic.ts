import { InputError } from '../errors.js';
import { type InputReader, optionalInteger, optionalString } from './inputs.js';

/** A request header that sends a request to the canary only: `name: value`, or `name` (any value). */
export interface TestHeader {
  name: string;
  /** Absent: any value of the header matches. */
  value?: string;
}

export interface TestTrafficSettings {
  header: TestHeader;
  /** The rule or route priority to take; absent: the closest free one ahead of the production rule. */
  priority?: number;
}

export const testTrafficInputs = {
  header: 'test-traffic-header',
  priority: 'test-traffic-priority',
} as const;

// An HTTP field name (RFC 9110 token), as short as every router takes (ALB: 40 characters).
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,40}$/;
const maxValueLength = 128;

/**
 * Reads `test-traffic-header` and `test-traffic-priority`. Pure: a header no router can match is refused
 * here; what one router cannot match (a name alone on VPC Lattice) is refused by its pre-flight.
 */
export function testTrafficSettings(read: InputReader): TestTrafficSettings | undefined {
  const text = optionalString(read, testTrafficInputs.header);
  const priority = optionalInteger(read, testTrafficInputs.priority, { min: 0, max: 50000 });
  if (text === undefined) {
    if (priority !== undefined)
      throw new InputError(
        testTrafficInputs.priority,
        `is read only with ${testTrafficInputs.header}: set that too (e.g. "x-canary: true"), or remove it.`,
      );
    return undefined;
  }
  return { header: parseTestHeader(text), ...(priority !== undefined ? { priority } : {}) };
}

export function parseTestHeader(text: string): TestHeader {
  const colon = text.indexOf(':');
  const name = (colon < 0 ? text : text.slice(0, colon)).trim();
  const value = colon < 0 ? undefined : text.slice(colon + 1).trim();
  if (!headerName.test(name))
    throw new InputError(
      testTrafficInputs.header,
      `"${name}" is not a header name a router can match: use 1-40 of letters, digits and ! # $ % & ' * + . ^ _ \` | ~ -, then ": value" or nothing (e.g. "x-canary: true").`,
    );
  if (value === undefined) return { name };
  if (value === '' || value.length > maxValueLength || !/^[\x20-\x7e]+$/.test(value))
    throw new InputError(
      testTrafficInputs.header,
      `the value of ${name} must be 1-${maxValueLength} printable ASCII characters; write the name alone to match any value.`,
    );
  return { name, value };
}

/** "x-canary: true", or "x-canary (any value)": for messages. */
export function testHeaderText(header: TestHeader): string {
  return header.value === undefined ? `${header.name} (any value)` : `${header.name}: ${header.value}`;
}
