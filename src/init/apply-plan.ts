import type { CreateServiceCommandInput, Service } from '@aws-sdk/client-ecs';
import type { EcsServiceSetup } from '../ecs/service-setup.js';
import { InputError } from '../errors.js';
import { describeServiceInput, serviceDifferences } from './canary-service.js';
import { type InitStep, isDone } from './plan.js';
import { initInputs } from './settings.js';

/** A step and, with --apply, how to make it. */
export interface PlannedStep extends InitStep {
  /** Makes the step; false when it found nothing left to write. */
  make?: () => Promise<boolean>;
}

/**
 * The canary ECS service: exists (refused when it differs from the clone) or to create. `wanted` builds the
 * clone from what the canary side is known by: `comparedWith` to check an existing service, `describedWith` to
 * print, `createdWith` read at apply, once the earlier steps made it; `joins` says how its tasks join.
 */
export function canaryServiceStep(options: {
  ecs: EcsServiceSetup;
  settings: { cluster: string; canaryService: string };
  existing: Service | undefined;
  wanted: (joinedBy: string) => CreateServiceCommandInput;
  comparedWith: string;
  describedWith: string;
  createdWith: () => string;
  joins: string;
}): PlannedStep {
  const { cluster, canaryService: name } = options.settings;
  const label = `ECS service ${name} in cluster ${cluster}`;
  if (!options.existing)
    return {
      verb: 'create',
      what: `${label} (${describeServiceInput(options.wanted(options.describedWith), options.joins)})`,
      make: async () => {
        await options.ecs.createService(options.wanted(options.createdWith()));
        return true;
      },
    };
  const differences = serviceDifferences(options.existing, options.wanted(options.comparedWith));
  if (differences.length > 0)
    throw new InputError(
      initInputs.canaryService,
      `service ${name} exists in cluster ${cluster} and differs from the canary init would create: ${differences.join('; ')}. ` +
        'Give another canary-service, or change or delete that service.',
    );
  return { verb: 'exists', what: label };
}

/** How init runs: planning only, or making the writes (each reported to `progress`). */
export interface InitRunOptions {
  apply: boolean;
  progress?: (line: string) => void;
}

/** Makes each step still to write, in order; the number made. */
export async function applyPlan(steps: readonly PlannedStep[], options: InitRunOptions): Promise<number> {
  let written = 0;
  if (!options.apply) return written;
  for (const step of steps) {
    if (isDone(step) || !step.make) continue;
    if (!(await step.make())) continue;
    written += 1;
    options.progress?.(
      `${step.verb === 'add' ? 'added' : step.verb === 'set' ? 'set' : 'created'} ${step.what}`,
    );
  }
  return written;
}

/** The steps as printed, without how to make them. */
export const plainSteps = (steps: readonly PlannedStep[]): InitStep[] =>
  steps.map(({ verb, what }) => ({ verb, what }));
