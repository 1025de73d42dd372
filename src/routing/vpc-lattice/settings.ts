import { type InputReader, optionalString, requiredString } from '../../config/inputs.js';
import { InputError } from '../../errors.js';
import { type LatticeIdentifier, type LatticeKind, parseLatticeIdentifier } from './identifiers.js';

/** Where the weights of `router: vpc-lattice` are: each a name, an ID or an ARN, as given. */
export interface LatticeLocation {
  service: string;
  listener: string;
  /** Unset: the listener's default action is shifted. */
  rule?: string;
}

/** Inputs of `router: vpc-lattice`: the location and the two target groups. */
export interface LatticeSettings extends LatticeLocation {
  stableTargetGroup: string;
  canaryTargetGroup: string;
}

export const latticeInputs = {
  service: 'lattice-service',
  listener: 'lattice-listener',
  rule: 'lattice-rule',
  stableTargetGroup: 'stable-target-group',
  canaryTargetGroup: 'canary-target-group',
} as const;

/**
 * Reads lattice-service, lattice-listener, lattice-rule, stable-target-group and canary-target-group.
 * Checks what can be checked without AWS: each is a well-formed name, ID or ARN; the two groups differ;
 * a listener or rule given by ARN belongs to the service (and the rule to the listener) given by ID or ARN.
 */
export function latticeSettings(read: InputReader): LatticeSettings {
  const location = latticeLocationSettings(read);
  const stable = identifier(
    read,
    'stableTargetGroup',
    'Set it to the target group that serves production (name, ID or ARN).',
    'targetgroup',
  );
  const canary = identifier(
    read,
    'canaryTargetGroup',
    'Set it to the target group of the new version (name, ID or ARN).',
    'targetgroup',
  );
  if (sameResource(stable.parsed, canary.parsed)) {
    throw new InputError(
      latticeInputs.canaryTargetGroup,
      `must differ from stable-target-group (both name target group "${canary.text}").`,
    );
  }
  return { ...location, stableTargetGroup: stable.text, canaryTargetGroup: canary.text };
}

/** Reads lattice-service, lattice-listener and lattice-rule alone: enough to read the weights. */
export function latticeLocationSettings(read: InputReader): LatticeLocation {
  const service = identifier(read, 'service', 'Set it to the VPC Lattice service (name, ID or ARN).');
  const listener = identifier(
    read,
    'listener',
    'Set it to the listener of lattice-service whose rule or default action is shifted (name, ID or ARN).',
  );
  const ruleText = optionalString(read, latticeInputs.rule);
  const rule = ruleText === undefined ? undefined : checked('rule', ruleText);
  const serviceId = idOf(service.parsed);
  if (listener.parsed.form === 'arn' && serviceId && listener.parsed.serviceId !== serviceId) {
    throw new InputError(
      latticeInputs.listener,
      `is a listener of service ${listener.parsed.serviceId}, but lattice-service is ${serviceId}; give a listener of that service.`,
    );
  }
  if (rule?.parsed.form === 'arn') {
    const listenerId = idOf(listener.parsed);
    if (listenerId && rule.parsed.listenerId !== listenerId) {
      throw new InputError(
        latticeInputs.rule,
        `is a rule of listener ${rule.parsed.listenerId}, but lattice-listener is ${listenerId}; give a rule of that listener, or leave lattice-rule unset to shift the listener's default action.`,
      );
    }
    if (serviceId && rule.parsed.serviceId !== serviceId) {
      throw new InputError(
        latticeInputs.rule,
        `is a rule of service ${rule.parsed.serviceId}, but lattice-service is ${serviceId}.`,
      );
    }
  }
  return { service: service.text, listener: listener.text, ...(rule ? { rule: rule.text } : {}) };
}

type Field = keyof typeof latticeInputs;

function identifier(
  read: InputReader,
  field: Field,
  fix: string,
  kind: LatticeKind = field as LatticeKind,
): { text: string; parsed: LatticeIdentifier } {
  return checked(field, requiredString(read, latticeInputs[field], fix), kind);
}

function checked(
  field: Field,
  text: string,
  kind: LatticeKind = field as LatticeKind,
): { text: string; parsed: LatticeIdentifier } {
  const parsed = parseLatticeIdentifier(kind, text);
  if (typeof parsed === 'string') throw new InputError(latticeInputs[field], parsed);
  return { text, parsed };
}

function idOf(parsed: LatticeIdentifier): string | undefined {
  return parsed.form === 'name' ? undefined : parsed.id;
}

function sameResource(a: LatticeIdentifier, b: LatticeIdentifier): boolean {
  if (a.form === 'name' || b.form === 'name')
    return a.form === 'name' && b.form === 'name' && a.name === b.name;
  return a.id === b.id;
}
