import type { InputReader } from '../config/inputs.js';

/**
 * Commander stores `--wait-for-minutes` as `waitForMinutes`; the settings parsers read inputs by their
 * kebab-case names, exactly as the Action does, so both share one set of parsers and messages.
 */
export function readerFromOptions(options: Record<string, unknown>): InputReader {
  const byInputName = new Map<string, string>();
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || value === false) continue;
    const name = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    byInputName.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const read: InputReader = (name) => byInputName.get(name)?.trim() ?? '';
  read.given = (name) => byInputName.has(name);
  return read;
}
