import type { Service } from '@aws-sdk/client-ecs';
import type { EcsServiceSetup } from '../ecs/service-setup.js';
import { InputError } from '../errors.js';
import type { InitRunOptions } from './apply-plan.js';
import type { RemoveStep } from './plan.js';
import { initInputs } from './settings.js';
import { madeByInitEcs } from './tags.js';

export interface RemoveOutcome {
  steps: RemoveStep[];
  /** Deletions made (0 without --apply). */
  removed: number;
}

/** A removal and, with --apply, how to make it. */
export interface PlannedRemoval extends RemoveStep {
  make?: () => Promise<boolean>;
}

/** Refuses to remove while the canary service runs or wants a task: a canary runs. */
export function checkCanaryServiceIdle(service: Service | undefined, name: string): void {
  if (service && (service.desiredCount || service.runningCount || service.pendingCount))
    throw new InputError(
      initInputs.canaryService,
      `service ${name} wants ${service.desiredCount} tasks and runs ${service.runningCount}: a canary runs. ` +
        'Let it end or roll it back, then remove.',
    );
}

/** Refuses to remove a canary the router still sends traffic to. */
export function checkCanaryAtZero(input: string, routerLabel: string, canary: string, weight: number): void {
  if (weight > 0)
    throw new InputError(
      input,
      `${routerLabel} gives ${canary} weight ${weight}: a canary runs or was left with traffic. Roll it back, then remove.`,
    );
}

/** The canary ECS service: deleted when init created it. */
export function canaryServiceRemoval(
  ecs: EcsServiceSetup,
  service: Service | undefined,
  settings: { cluster: string; canaryService: string },
): PlannedRemoval {
  const serviceLabel = `ECS service ${settings.canaryService} in cluster ${settings.cluster}`;
  if (!service) return { verb: 'gone', what: serviceLabel };
  if (!madeByInitEcs(service.tags ?? []))
    return { verb: 'keep', what: `${serviceLabel} (not created by init)` };
  return {
    verb: 'delete',
    what: serviceLabel,
    make: async () => {
      await ecs.deleteService(settings.cluster, settings.canaryService);
      return true;
    },
  };
}

/** Makes each removal, in order (with --apply); the steps as printed and the number made. */
export async function applyRemoval(
  steps: readonly PlannedRemoval[],
  options: InitRunOptions,
): Promise<RemoveOutcome> {
  let removed = 0;
  if (options.apply) {
    for (const step of steps) {
      if (!step.make || !(await step.make())) continue;
      removed += 1;
      options.progress?.(`${step.verb === 'remove' ? 'removed' : 'deleted'} ${step.what}`);
    }
  }
  return { steps: steps.map(({ verb, what }) => ({ verb, what })), removed };
}
