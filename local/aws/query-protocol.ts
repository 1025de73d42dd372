import { type Json, requestId } from './protocol.js';

/**
 * The AWS Query protocol as SDK v3 speaks it: a form-encoded POST of Action, Version and the input, where a
 * list is `Name.member.N` (from 1), a structure member is `Name.Member`, and an empty list is `Name=` with
 * nothing after it. The answer is XML: `<ActionResponse><ActionResult>...</ActionResult><ResponseMetadata>`.
 */

export type QueryValue = string | QueryValue[] | { [member: string]: QueryValue };

/** The form's parameters (Action and Version aside) as nested objects and arrays of strings. */
export function parseQueryForm(body: string): { action: string; version: string; params: Json } {
  const form = new URLSearchParams(body);
  const params: Json = {};
  for (const [key, value] of form) {
    if (key === 'Action' || key === 'Version') continue;
    assign(params, key.split('.'), value);
  }
  return { action: form.get('Action') ?? '', version: form.get('Version') ?? '', params };
}

function assign(into: Json | QueryValue[], path: string[], value: string): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  // Name.member.N: a list; the member index (from 1) picks the element.
  if (rest[0] === 'member' && rest[1] !== undefined && /^\d+$/.test(rest[1])) {
    const current = (into as Json)[head];
    const list = Array.isArray(current) ? current : [];
    (into as Json)[head] = list;
    const index = Number(rest[1]) - 1;
    if (rest.length === 2) {
      list[index] = value;
      return;
    }
    const element = typeof list[index] === 'object' && !Array.isArray(list[index]) ? list[index] : {};
    list[index] = element;
    assign(element as Json, rest.slice(2), value);
    return;
  }
  if (rest.length === 0) {
    (into as Json)[head] = value;
    return;
  }
  const current = (into as Json)[head];
  const child = typeof current === 'object' && current !== null && !Array.isArray(current) ? current : {};
  (into as Json)[head] = child;
  assign(child as Json, rest, value);
}

/** A list parameter: absent is undefined, `Name=` is empty, holes (skipped indexes) are dropped. */
export function queryList(value: unknown): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (value === '') return [];
  if (!Array.isArray(value)) return [value];
  return value.filter((element) => element !== undefined);
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char]!);
}

/** A value as XML children: lists as <member> elements, Dates as ISO 8601, undefined members left out. */
export function toXml(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((element) => `<member>${toXml(element)}</member>`).join('');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object')
    return Object.entries(value as Json)
      .filter(([, member]) => member !== undefined)
      .map(([name, member]) => `<${name}>${toXml(member)}</${name}>`)
      .join('');
  return escapeXml(String(value));
}

/** AWS's success envelope for a Query action. */
export function queryResponse(action: string, namespace: string, result: Json): string {
  return `<${action}Response xmlns="${namespace}"><${action}Result>${toXml(result)}</${action}Result><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></${action}Response>`;
}

/** AWS's error envelope for a Query action: Sender for 4xx, Receiver for 5xx. */
export function queryError(
  namespace: string,
  error: { code: string; message: string; status: number },
): string {
  const type = error.status >= 500 ? 'Receiver' : 'Sender';
  return `<ErrorResponse xmlns="${namespace}"><Error><Type>${type}</Type><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId()}</RequestId></ErrorResponse>`;
}
