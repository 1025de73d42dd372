import { InputError } from '../errors.js';

/** A canary percentage: a whole number from 0 to 100 (the input "canary-percent"). */
export function checkCanaryPercent(value: unknown, input = 'canary-percent'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    throw new InputError(input, `must be a whole number from 0 to 100; got ${shown}.`);
  }
  return value;
}
