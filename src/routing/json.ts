/**
 * Plain-JSON helpers for specs read from AWS: checked deep copies, canonical text, and differences in
 * words. Shared by every router. Pure.
 */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Deep copy as plain JSON; refuses what cannot be written back exactly (unknown union members, non-JSON). */
export function plainJson(value: unknown, path: string, fail: (detail: string) => Error): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw fail(`${path} is not a finite number.`);
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => plainJson(item, `${path}[${index}]`, fail));
  if (isObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === '$unknown') {
        // The SDK met a field it does not model: writing the spec back would lose it.
        throw fail(
          `${path} holds a field this client does not know (${JSON.stringify(item)}); refusing to rewrite it.`,
        );
      }
      if (item !== undefined) copy[key] = plainJson(item, `${path}.${key}`, fail);
    }
    return copy;
  }
  throw fail(`${path} is not JSON (${typeof value}).`);
}

/** Appends "path changed: actual (expected ...)" for every leaf where the two differ. */
export function jsonDifferences(actual: unknown, expected: unknown, path: string, out: string[]): void {
  if (isObject(actual) && isObject(expected)) {
    const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])].sort();
    for (const key of keys) jsonDifferences(actual[key], expected[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (Array.isArray(actual) && Array.isArray(expected) && actual.length === expected.length) {
    actual.forEach((item, index) => {
      jsonDifferences(item, expected[index], `${path}[${index}]`, out);
    });
    return;
  }
  if (canonicalJson(actual) !== canonicalJson(expected)) {
    out.push(`${path} changed: ${shortJson(actual)} (expected ${shortJson(expected)})`);
  }
}

function shortJson(value: unknown): string {
  if (value === undefined) return 'absent';
  const text = canonicalJson(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** JSON with sorted keys, so equal values give equal text (comparison, hashing). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isObject(value)) {
    const entries = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}
