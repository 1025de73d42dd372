import { randomUUID } from 'node:crypto';

/**
 * An error as the service reports it: its code (the SDK's exception name), message and HTTP status, and the
 * members some services add to the error body (VPC Lattice: resourceId, fieldList, ...).
 */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
    readonly members: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = code;
  }
}

export type Json = Record<string, unknown>;

/** One operation of a JSON (X-Amz-Target) service: the request body in, the response body out. */
export type JsonOperation = (input: Json) => Json | Promise<Json>;

/** One operation of a REST JSON service, matched by method and path pattern. */
export interface RestOperation {
  name: string;
  method: string;
  /** e.g. /v20190125/meshes/{meshName}/virtualNodes */
  path: string;
  handle(request: { params: Record<string, string>; query: URLSearchParams; body: Json }): Json;
}

export function requestId(): string {
  return randomUUID();
}

/** JSON protocols carry timestamps as epoch seconds (with milliseconds). */
export function epochSeconds(ms: number): number {
  return ms / 1000;
}

/** A request timestamp (epoch seconds, or an ISO string as some clients send) in ms; undefined when absent. */
export function timestampMs(value: unknown, field: string, code = 'ValidationException'): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return value * 1000;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return Date.parse(value);
  throw new AwsError(code, `${field} is not a valid timestamp`);
}

export function requireString(input: Json, field: string, code: string): string {
  const value = input[field];
  if (typeof value !== 'string' || value === '') throw new AwsError(code, `${field} is required`);
  return value;
}

export function optionalString(input: Json, field: string, code: string): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new AwsError(code, `${field} must be a string`);
  return value;
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Opaque page tokens: the offset into a stable ordering. */
export function pageOf<T>(
  items: T[],
  limit: number,
  token: string | undefined,
  code: string,
): { page: T[]; nextToken?: string } {
  let start = 0;
  if (token) {
    const decoded = Number(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Number.isInteger(decoded) || decoded < 0) throw new AwsError(code, 'Invalid pagination token');
    start = decoded;
  }
  const page = items.slice(start, start + limit);
  const next = start + limit;
  return next < items.length
    ? { page, nextToken: Buffer.from(String(next)).toString('base64url') }
    : { page };
}

/** Where an emulated service answers: its region and account (one store serves every region). */
export interface Place {
  region: string;
  account: string;
}
