import { InputError } from '../errors.js';
import { canaryNameOf } from './names.js';
import { initInputs } from './settings.js';

/**
 * The canary target group's name: canary-target-group, or the stable's with `-canary`; `check` holds it to the
 * router's naming rules. With `distinct`, refused when it names the stable's own group (init would clone onto it).
 */
export function canaryTargetGroupName(
  given: string | undefined,
  stableName: string,
  check: (input: string, name: string) => void,
  options: { distinct: boolean },
): string {
  const name = given ?? canaryNameOf(stableName);
  check(initInputs.canaryTargetGroup, name);
  if (options.distinct && name === stableName)
    throw new InputError(
      initInputs.canaryTargetGroup,
      `must differ from the stable target group (both are ${stableName}).`,
    );
  return name;
}
