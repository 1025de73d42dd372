import { AwsError, isObject, type Json } from '../protocol.js';

/** VPC Lattice's identifier patterns (API reference): an ID, or the resource's ARN. Names are not accepted. */
const arnPrefix = String.raw`arn:[a-z0-9\-]+:vpc-lattice:[a-zA-Z0-9\-]+:\d{12}:`;
export const identifierPatterns = {
  service: new RegExp(`^(svc-[0-9a-z]{17}|${arnPrefix}service/svc-[0-9a-z]{17})$`),
  listener: new RegExp(
    `^(listener-[0-9a-z]{17}|${arnPrefix}service/svc-[0-9a-z]{17}/listener/listener-[0-9a-z]{17})$`,
  ),
  rule: new RegExp(
    `^(rule-[0-9a-z]{17}|${arnPrefix}service/svc-[0-9a-z]{17}/listener/listener-[0-9a-z]{17}/rule/rule-[0-9a-z]{17})$`,
  ),
  targetGroup: new RegExp(`^(tg-[0-9a-z]{17}|${arnPrefix}targetgroup/tg-[0-9a-z]{17})$`),
} as const;

export type LatticeKind = keyof typeof identifierPatterns;

const resourceTypes: Record<LatticeKind, string> = {
  service: 'SERVICE',
  listener: 'LISTENER',
  rule: 'RULE',
  targetGroup: 'TARGET_GROUP',
};

/** ValidationException (400) with the fields that failed, as VPC Lattice reports it. */
export function validation(fields: Array<{ name: string; message: string }>): AwsError {
  const message = fields.map((field) => `${field.name}: ${field.message}`).join('; ');
  return new AwsError('ValidationException', message, 400, {
    reason: 'fieldValidationFailed',
    fieldList: fields,
  });
}

export function notFound(kind: LatticeKind, identifier: string): AwsError {
  const type = resourceTypes[kind];
  return new AwsError('ResourceNotFoundException', `${type} ${identifier} not found`, 404, {
    resourceId: identifier,
    resourceType: type,
  });
}

/** The ID an identifier names: the last segment of an ARN, or the ID itself. */
export function checkIdentifier(kind: LatticeKind, value: string, field: string): string {
  if (!identifierPatterns[kind].test(value))
    throw validation([
      {
        name: field,
        message: `'${value}' is not a valid ID or ARN; VPC Lattice accepts ${identifierPatterns[kind].source}`,
      },
    ]);
  return value.split('/').pop()!;
}

/**
 * A rule action as UpdateRule / UpdateListener take it: exactly one of forward (1-10 target groups, weights
 * 0-999, a weight required once there are several; one alone defaults to 100) and fixedResponse (404 or 500).
 * Target groups are stored by ID, whichever identifier the request used.
 */
export function checkRuleAction(
  value: unknown,
  field: string,
  targetGroupId: (identifier: string) => string,
): Json {
  if (!isObject(value)) throw validation([{ name: field, message: 'must be an object' }]);
  const members = Object.keys(value).filter((key) => value[key] !== undefined && value[key] !== null);
  if (members.length !== 1 || !['forward', 'fixedResponse'].includes(members[0]!))
    throw validation([{ name: field, message: 'must set exactly one of forward and fixedResponse' }]);
  if (isObject(value.fixedResponse)) {
    const status = value.fixedResponse.statusCode;
    if (status !== 404 && status !== 500)
      throw validation([
        { name: `${field}.fixedResponse.statusCode`, message: 'only 404 and 500 are supported' },
      ]);
    return { fixedResponse: { statusCode: status } };
  }
  const forward = value.forward;
  const groups = isObject(forward) ? forward.targetGroups : undefined;
  const where = `${field}.forward.targetGroups`;
  if (!Array.isArray(groups) || groups.length < 1 || groups.length > 10)
    throw validation([{ name: where, message: 'must hold from 1 to 10 target groups' }]);
  const seen = new Set<string>();
  const checked = groups.map((group, index) => {
    const member = `${where}.${index + 1}`;
    if (!isObject(group) || typeof group.targetGroupIdentifier !== 'string')
      throw validation([{ name: `${member}.targetGroupIdentifier`, message: 'is required' }]);
    const weight = group.weight;
    if (weight === undefined || weight === null) {
      if (groups.length > 1)
        throw validation([
          { name: `${member}.weight`, message: 'is required when the action has several target groups' },
        ]);
    } else if (!Number.isInteger(weight) || (weight as number) < 0 || (weight as number) > 999)
      throw validation([
        { name: `${member}.weight`, message: `must be an integer from 0 to 999; got ${String(weight)}` },
      ]);
    checkIdentifier('targetGroup', group.targetGroupIdentifier, `${member}.targetGroupIdentifier`);
    const id = targetGroupId(group.targetGroupIdentifier);
    if (seen.has(id))
      throw validation([{ name: `${member}.targetGroupIdentifier`, message: `${id} is listed twice` }]);
    seen.add(id);
    return { targetGroupIdentifier: id, weight: (weight as number | undefined) ?? 100 };
  });
  return { forward: { targetGroups: checked } };
}

/** A rule match: an httpMatch whose path match (if any) has exactly one of exact and prefix, starting with /. */
export function checkRuleMatch(value: unknown, field: string): Json {
  if (!isObject(value) || !isObject(value.httpMatch))
    throw validation([{ name: field, message: 'must hold an httpMatch' }]);
  const http = value.httpMatch;
  if (http.pathMatch !== undefined) {
    const path = isObject(http.pathMatch) ? http.pathMatch.match : undefined;
    const kinds = isObject(path) ? Object.keys(path).filter((key) => path[key] !== undefined) : [];
    if (!isObject(path) || kinds.length !== 1 || !['exact', 'prefix'].includes(kinds[0]!))
      throw validation([
        { name: `${field}.httpMatch.pathMatch.match`, message: 'must set exactly one of exact and prefix' },
      ]);
    const text = path[kinds[0]!];
    if (typeof text !== 'string' || !text.startsWith('/'))
      throw validation([{ name: `${field}.httpMatch.pathMatch.match`, message: 'must start with /' }]);
  }
  if (http.headerMatches !== undefined)
    checkHeaderMatches(http.headerMatches, `${field}.httpMatch.headerMatches`);
  return structuredClone(value);
}

/** Header matches: at most 5, each a name and exactly one of exact, prefix, contains (1-128 characters). */
function checkHeaderMatches(value: unknown, field: string): void {
  if (!Array.isArray(value) || value.length > 5)
    throw validation([{ name: field, message: 'must hold at most 5 header matches' }]);
  value.forEach((header, index) => {
    const where = `${field}[${index}]`;
    if (
      !isObject(header) ||
      typeof header.name !== 'string' ||
      header.name.length < 1 ||
      header.name.length > 40
    )
      throw validation([{ name: `${where}.name`, message: 'must be 1-40 characters long' }]);
    const how = isObject(header.match) ? header.match : {};
    const kinds = Object.keys(how).filter((key) => how[key] !== undefined);
    const text = how[kinds[0]!];
    if (
      kinds.length !== 1 ||
      !['exact', 'prefix', 'contains'].includes(kinds[0]!) ||
      typeof text !== 'string' ||
      text.length < 1 ||
      text.length > 128
    )
      throw validation([
        {
          name: `${where}.match`,
          message: 'must set exactly one of exact, prefix and contains, of 1-128 characters',
        },
      ]);
  });
}

/** The weighted target groups of a forward action (none for a fixed response). */
export function forwardTargets(action: Json | undefined): Array<{ targetGroupId: string; weight: number }> {
  const forward = action && isObject(action.forward) ? action.forward : undefined;
  const groups = forward && Array.isArray(forward.targetGroups) ? forward.targetGroups : [];
  return groups.filter(isObject).map((group) => ({
    targetGroupId: String(group.targetGroupIdentifier),
    weight: typeof group.weight === 'number' ? group.weight : 0,
  }));
}
