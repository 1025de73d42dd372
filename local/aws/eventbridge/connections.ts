import type { SimClock } from '../../clock.js';
import { stableHex } from '../ids.js';
import { AwsError, epochSeconds, isObject, type Json, type JsonOperation, type Place } from '../protocol.js';

type AuthorizationType = 'BASIC' | 'API_KEY' | 'OAUTH_CLIENT_CREDENTIALS';
const authorizationTypes: AuthorizationType[] = ['BASIC', 'API_KEY', 'OAUTH_CLIENT_CREDENTIALS'];
const httpMethods = ['GET', 'POST', 'PUT'];

export interface ConnectionRecord {
  arn: string;
  name: string;
  description?: string;
  authorizationType: AuthorizationType;
  /** As given, secrets included: what the HTTP task signs its requests with. */
  authParameters: Json;
  createdAt: number;
}

function validation(message: string): AwsError {
  return new AwsError('ValidationException', message, 400);
}

function requiredText(parent: Json, field: string, path: string): string {
  const value = parent[field];
  if (typeof value !== 'string' || value === '' || value.length > 512)
    throw validation(
      `1 validation error detected: Value at '${path}.${field.charAt(0).toLowerCase()}${field.slice(1)}' failed to satisfy constraint: Member must not be null and have length between 1 and 512`,
    );
  return value;
}

/**
 * EventBridge connections (CreateConnection, DescribeConnection, DeleteConnection): the authorization an
 * HTTP task (http:invoke) adds to its requests. Basic and API key connections are AUTHORIZED at once;
 * OAuth client credentials too here, the token being fetched by the HTTP task when it first calls.
 * DescribeConnection returns no secret, as EventBridge keeps them in Secrets Manager.
 */
export class Connections {
  private readonly byName = new Map<string, ConnectionRecord>();

  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
  ) {}

  operations(): Record<string, JsonOperation> {
    return {
      CreateConnection: (input) => this.create(input),
      DescribeConnection: (input) => this.describe(input),
      DeleteConnection: (input) => this.delete(input),
    };
  }

  /** The connection an ARN names, or undefined (the HTTP task fails on it). */
  byArn(arn: string): ConnectionRecord | undefined {
    return [...this.byName.values()].find((connection) => connection.arn === arn);
  }

  create(input: Json): Json {
    const name = input.Name;
    if (typeof name !== 'string' || !/^[.\-_A-Za-z0-9]{1,64}$/.test(name))
      throw validation(
        "1 validation error detected: Value at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+ and have length between 1 and 64",
      );
    const type = input.AuthorizationType as AuthorizationType;
    if (!authorizationTypes.includes(type))
      throw validation(
        `1 validation error detected: Value '${String(type)}' at 'authorizationType' failed to satisfy constraint: Member must satisfy enum value set: [${authorizationTypes.join(', ')}]`,
      );
    if (!isObject(input.AuthParameters)) throw validation('AuthParameters is required.');
    checkAuthParameters(type, input.AuthParameters);
    if (this.byName.has(name))
      throw new AwsError('ResourceAlreadyExistsException', `Connection ${name} already exists.`, 400);
    const now = this.clock.nowMs();
    const record: ConnectionRecord = {
      arn: `arn:aws:events:${this.place.region}:${this.place.account}:connection/${name}/${uuidOf(name)}`,
      name,
      ...(typeof input.Description === 'string' ? { description: input.Description } : {}),
      authorizationType: type,
      authParameters: structuredClone(input.AuthParameters),
      createdAt: now,
    };
    this.byName.set(name, record);
    return {
      ConnectionArn: record.arn,
      ConnectionState: 'AUTHORIZED',
      CreationTime: epochSeconds(now),
      LastModifiedTime: epochSeconds(now),
    };
  }

  describe(input: Json): Json {
    const record = this.find(input.Name);
    return {
      ConnectionArn: record.arn,
      Name: record.name,
      ...(record.description !== undefined ? { Description: record.description } : {}),
      ConnectionState: 'AUTHORIZED',
      AuthorizationType: record.authorizationType,
      SecretArn: `arn:aws:secretsmanager:${this.place.region}:${this.place.account}:secret:events!connection/${record.name}/${record.arn.split('/').pop()}`,
      AuthParameters: withoutSecrets(record.authParameters),
      CreationTime: epochSeconds(record.createdAt),
      LastModifiedTime: epochSeconds(record.createdAt),
      LastAuthorizedTime: epochSeconds(record.createdAt),
    };
  }

  delete(input: Json): Json {
    const record = this.find(input.Name);
    this.byName.delete(record.name);
    const now = this.clock.nowMs();
    return {
      ConnectionArn: record.arn,
      ConnectionState: 'DELETING',
      CreationTime: epochSeconds(record.createdAt),
      LastModifiedTime: epochSeconds(now),
      LastAuthorizedTime: epochSeconds(record.createdAt),
    };
  }

  private find(name: unknown): ConnectionRecord {
    const record = typeof name === 'string' ? this.byName.get(name) : undefined;
    if (!record)
      throw new AwsError(
        'ResourceNotFoundException',
        `Failed to describe the connection(s). Connection '${String(name)}' does not exist.`,
        400,
      );
    return record;
  }
}

/** Exactly the parameters of the authorization type, each with its required members. */
function checkAuthParameters(type: AuthorizationType, parameters: Json): void {
  const expected = {
    BASIC: 'BasicAuthParameters',
    API_KEY: 'ApiKeyAuthParameters',
    OAUTH_CLIENT_CREDENTIALS: 'OAuthParameters',
  }[type];
  const others = ['BasicAuthParameters', 'ApiKeyAuthParameters', 'OAuthParameters'].filter(
    (key) => key !== expected && parameters[key] !== undefined,
  );
  const given = parameters[expected];
  if (!isObject(given) || others.length > 0)
    throw validation(`An authorization type of ${type} takes AuthParameters.${expected} alone.`);
  const path = `authParameters.${expected.charAt(0).toLowerCase()}${expected.slice(1)}`;
  if (type === 'BASIC') {
    requiredText(given, 'Username', path);
    requiredText(given, 'Password', path);
  } else if (type === 'API_KEY') {
    requiredText(given, 'ApiKeyName', path);
    requiredText(given, 'ApiKeyValue', path);
  } else {
    const endpoint = requiredText(given, 'AuthorizationEndpoint', path);
    if (!endpoint.startsWith('https://'))
      throw validation('The AuthorizationEndpoint must be an https:// URL.');
    if (!httpMethods.includes(String(given.HttpMethod)))
      throw validation(`OAuthParameters.HttpMethod must be one of ${httpMethods.join(', ')}.`);
    if (!isObject(given.ClientParameters)) throw validation('OAuthParameters.ClientParameters is required.');
    requiredText(given.ClientParameters, 'ClientID', `${path}.clientParameters`);
    requiredText(given.ClientParameters, 'ClientSecret', `${path}.clientParameters`);
  }
}

function withoutSecrets(parameters: Json): Json {
  const copy = structuredClone(parameters) as Record<string, Json>;
  if (copy.BasicAuthParameters) delete copy.BasicAuthParameters.Password;
  if (copy.ApiKeyAuthParameters) delete copy.ApiKeyAuthParameters.ApiKeyValue;
  if (copy.OAuthParameters && isObject(copy.OAuthParameters.ClientParameters))
    delete copy.OAuthParameters.ClientParameters.ClientSecret;
  return copy;
}

/** EventBridge makes a random UUID; derived from the name here, so an ARN is the same on every start. */
function uuidOf(name: string): string {
  const hex = stableHex(`connection/${name}`, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
