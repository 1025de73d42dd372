import { InputError } from '../../errors.js';
import { targetGroupNameOf } from '../../routing/alb/arns.js';
import { removeCanaryEntry } from '../../routing/alb/canary-entry.js';
import { targetGroupsOf } from '../../routing/alb/spec.js';
import type { InitClients } from '../clients.js';
import { canaryNameOf } from '../names.js';
import type { RemoveStep } from '../plan.js';
import { type AlbInitSettings, checkTargetGroupName, initInputs } from '../settings.js';
import { madeByInitEcs, madeByInitElb } from '../tags.js';
import { albInitApis, readAlbStableSide } from './stable-side.js';

export interface AlbRemoveOutcome {
  steps: RemoveStep[];
  /** Deletions made (0 without --apply). */
  removed: number;
}

interface PlannedRemoval extends RemoveStep {
  make?: () => Promise<boolean>;
}

/**
 * Undoes init, in the reverse order: the canary ECS service, the canary's entry in the rule, the canary
 * target group; each only when init created it (its tag), and only while the canary has weight 0 and runs no
 * task, both checked before the first deletion. What is already gone is skipped: a removal stopped half-way
 * is finished by the next.
 */
export async function removeAlb(
  clients: InitClients,
  settings: AlbInitSettings,
  options: { apply: boolean; progress?: (line: string) => void },
): Promise<AlbRemoveOutcome> {
  const apis = albInitApis(clients);
  const stable = await readAlbStableSide(apis, settings);
  const stableGroupName = stable.targetGroup.group.TargetGroupName!;
  const canaryGroupName = settings.canaryTargetGroup ?? canaryNameOf(stableGroupName);
  checkTargetGroupName(initInputs.canaryTargetGroup, canaryGroupName);
  const group = await apis.targetGroups.read(canaryGroupName);
  const service = await apis.ecs.service(settings.cluster, settings.canaryService);

  if (service && (service.desiredCount || service.runningCount || service.pendingCount))
    throw new InputError(
      initInputs.canaryService,
      `service ${settings.canaryService} wants ${service.desiredCount} tasks and runs ${service.runningCount}: a canary runs. ` +
        'Let it end or roll it back, then remove.',
    );
  const canaryArn = group?.group.TargetGroupArn;
  const entry = targetGroupsOf(stable.rule).find((one) => one.id === canaryArn);
  if (entry && entry.weight > 0)
    throw new InputError(
      initInputs.rule,
      `${stable.ruleLabel} gives ${canaryGroupName} weight ${entry.weight}: a canary runs or was left with traffic. Roll it back, then remove.`,
    );

  const serviceLabel = `ECS service ${settings.canaryService} in cluster ${settings.cluster}`;
  const steps: PlannedRemoval[] = [
    !service
      ? { verb: 'gone', what: serviceLabel }
      : !madeByInitEcs(service.tags ?? [])
        ? { verb: 'keep', what: `${serviceLabel} (not created by init)` }
        : {
            verb: 'delete',
            what: serviceLabel,
            make: async () => {
              await apis.ecs.deleteService(settings.cluster, settings.canaryService);
              return true;
            },
          },
  ];
  const groupOwned = group !== undefined && madeByInitElb(group.tags);
  steps.push(
    !entry
      ? { verb: 'gone', what: `${canaryGroupName} from ${stable.ruleLabel}` }
      : !groupOwned
        ? {
            verb: 'keep',
            what: `${canaryGroupName} in ${stable.ruleLabel} (its target group was not created by init)`,
          }
        : {
            verb: 'remove',
            what: `${canaryGroupName} (weight 0) from ${stable.ruleLabel}`,
            make: () =>
              removeCanaryEntry(apis.rules, {
                listenerArn: settings.listenerArn,
                ruleArn: settings.ruleArn,
                canaryArn: canaryArn!,
                snapshot: stable.rule,
              }),
          },
  );
  steps.push(
    !group
      ? { verb: 'gone', what: `target group ${canaryGroupName}` }
      : !groupOwned
        ? { verb: 'keep', what: `target group ${canaryGroupName} (not created by init)` }
        : {
            verb: 'delete',
            what: `target group ${targetGroupNameOf(canaryArn!)}`,
            make: async () => {
              await apis.targetGroups.delete(canaryArn!);
              return true;
            },
          },
  );

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
