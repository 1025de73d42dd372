import { testTrafficInputs } from '../../config/test-traffic.js';
import { InputError } from '../../errors.js';

/** A listener's priorities: the router's name for messages, its largest priority, and those already taken. */
export interface ListenerPriorities {
  router: 'ALB' | 'VPC Lattice';
  maxPriority: number;
  taken: ReadonlyMap<number | undefined, string>;
}

/**
 * The test rule's priority on an ALB or VPC Lattice listener: the one given, if free and ahead of the production
 * rule (lower numbers go first; a default action is behind every rule), else the closest free one ahead of it.
 */
export function priorityAhead(
  given: number | undefined,
  production: number,
  { router, maxPriority, taken }: ListenerPriorities,
  resource: string,
): number {
  const ahead = Math.min(production - 1, maxPriority);
  if (given !== undefined) {
    const why =
      given < 1
        ? `below 1, the first ${router} priority`
        : given > ahead
          ? `not ahead of ${resource} (priority ${production > maxPriority ? 'default' : production}; lower numbers go first)`
          : taken.has(given)
            ? `taken by rule ${taken.get(given)}`
            : undefined;
    if (why)
      throw new InputError(
        testTrafficInputs.priority,
        `${given} is ${why}: choose a free priority from 1 to ${ahead}, or leave it unset to take the closest free one.`,
      );
    return given;
  }
  for (let priority = ahead; priority >= 1; priority -= 1) if (!taken.has(priority)) return priority;
  throw new InputError(
    testTrafficInputs.header,
    `no free priority ahead of ${resource}: move it to a larger priority number, then deploy again.`,
  );
}
