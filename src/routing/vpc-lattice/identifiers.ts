/**
 * VPC Lattice identifiers: every resource is named by a name, an ID or an ARN. Pure.
 * IDs are a prefix and 17 of [0-9a-z] (svc-, listener-, rule-, tg-); ARNs nest the listener and the rule
 * under their service (arn:aws:vpc-lattice:REGION:ACCOUNT:service/svc-…/listener/listener-…/rule/rule-…),
 * target groups stand alone (…:targetgroup/tg-…). Names cannot start with the ID prefix.
 */

export type LatticeKind = 'service' | 'listener' | 'rule' | 'targetgroup';

const idSuffix = '[0-9a-z]{17}';
const arnHead = 'arn:[a-z0-9-]+:vpc-lattice:[a-zA-Z0-9-]+:\\d{12}';
const prefixes: Record<LatticeKind, string> = {
  service: 'svc-',
  listener: 'listener-',
  rule: 'rule-',
  targetgroup: 'tg-',
};

const arnPatterns: Record<LatticeKind, RegExp> = {
  service: new RegExp(`^${arnHead}:service/(svc-${idSuffix})$`),
  listener: new RegExp(`^${arnHead}:service/(svc-${idSuffix})/listener/(listener-${idSuffix})$`),
  rule: new RegExp(
    `^${arnHead}:service/(svc-${idSuffix})/listener/(listener-${idSuffix})/rule/(rule-${idSuffix})$`,
  ),
  targetgroup: new RegExp(`^${arnHead}:targetgroup/(tg-${idSuffix})$`),
};

/** What an input names, once its form is known. `serviceId`/`listenerId` come from a nested ARN. */
export type LatticeIdentifier =
  | { form: 'arn'; arn: string; id: string; serviceId?: string; listenerId?: string }
  | { form: 'id'; id: string }
  | { form: 'name'; name: string };

export const kindLabels: Record<LatticeKind, string> = {
  service: 'service',
  listener: 'listener',
  rule: 'listener rule',
  targetgroup: 'target group',
};

/** The form of an identifier, or a sentence saying why it is none (for the caller's InputError). */
export function parseLatticeIdentifier(kind: LatticeKind, text: string): LatticeIdentifier | string {
  const value = text.trim();
  if (value.startsWith('arn:')) {
    const match = arnPatterns[kind].exec(value);
    if (!match) return `"${value}" is not a VPC Lattice ${kindLabels[kind]} ARN (${arnExample(kind)}).`;
    const ids = match.slice(1);
    const id = ids.at(-1)!;
    if (kind === 'listener') return { form: 'arn', arn: value, id, serviceId: ids[0] };
    if (kind === 'rule') return { form: 'arn', arn: value, id, serviceId: ids[0], listenerId: ids[1] };
    return { form: 'arn', arn: value, id };
  }
  const prefix = prefixes[kind];
  if (value.startsWith(prefix)) {
    return new RegExp(`^${prefix}${idSuffix}$`).test(value)
      ? { form: 'id', id: value }
      : `"${value}" is not a VPC Lattice ${kindLabels[kind]} ID (${prefix} and 17 lowercase letters or digits).`;
  }
  // Lattice names: 3-128 of a-z, 0-9 and single hyphens, not at either end.
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) || value.length < 3 || value.length > 128) {
    return `"${value}" is not a VPC Lattice ${kindLabels[kind]} name, ID or ARN (names are 3-128 of a-z, 0-9 and single hyphens).`;
  }
  return { form: 'name', name: value };
}

function arnExample(kind: LatticeKind): string {
  const head = 'arn:aws:vpc-lattice:REGION:ACCOUNT';
  switch (kind) {
    case 'service':
      return `${head}:service/svc-…`;
    case 'listener':
      return `${head}:service/svc-…/listener/listener-…`;
    case 'rule':
      return `${head}:service/svc-…/listener/listener-…/rule/rule-…`;
    case 'targetgroup':
      return `${head}:targetgroup/tg-…`;
  }
}

/** The ID in an ARN of that kind, or the text itself (an ID already, or something AWS returned as is). */
export function latticeIdOf(kind: LatticeKind, identifier: string): string {
  const parsed = parseLatticeIdentifier(kind, identifier);
  return typeof parsed === 'object' && parsed.form !== 'name' ? parsed.id : identifier;
}

/** Whether an input (name, ID or ARN) names this resource. */
export function identifies(input: string, resource: { arn: string; id: string; name: string }): boolean {
  return input === resource.arn || input === resource.id || input === resource.name;
}
