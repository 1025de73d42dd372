import { targetGroupNameOf } from '../../routing/alb/arns.js';
import { removeCanaryEntry } from '../../routing/alb/canary-entry.js';
import { targetGroupsOf } from '../../routing/alb/spec.js';
import type { InitRunOptions } from '../apply-plan.js';
import {
  applyRemoval,
  canaryServiceRemoval,
  checkCanaryAtZero,
  checkCanaryServiceIdle,
  type PlannedRemoval,
  type RemoveOutcome,
} from '../apply-removal.js';
import { canaryTargetGroupName } from '../canary-target-group-name.js';
import type { InitClients } from '../clients.js';
import { type AlbInitSettings, checkTargetGroupName, initInputs } from '../settings.js';
import { madeByInitElb } from '../tags.js';
import { albInitApis, readAlbStableSide } from './stable-side.js';

export type AlbRemoveOutcome = RemoveOutcome;

/**
 * Undoes init, in the reverse order: the canary ECS service, the canary's entry in the rule, the canary
 * target group; each only when init created it (its tag), and only while the canary has weight 0 and runs no
 * task, both checked before the first deletion. What is already gone is skipped: a removal stopped half-way
 * is finished by the next.
 */
export async function removeAlb(
  clients: InitClients,
  settings: AlbInitSettings,
  options: InitRunOptions,
): Promise<AlbRemoveOutcome> {
  const apis = albInitApis(clients);
  const stable = await readAlbStableSide(apis, settings);
  const stableGroupName = stable.targetGroup.group.TargetGroupName!;
  const canaryGroupName = canaryTargetGroupName(
    settings.canaryTargetGroup,
    stableGroupName,
    checkTargetGroupName,
    {
      distinct: false,
    },
  );
  const group = await apis.targetGroups.read(canaryGroupName);
  const service = await apis.ecs.service(settings.cluster, settings.canaryService);

  checkCanaryServiceIdle(service, settings.canaryService);
  const canaryArn = group?.group.TargetGroupArn;
  const entry = targetGroupsOf(stable.rule).find((one) => one.id === canaryArn);
  checkCanaryAtZero(initInputs.rule, stable.ruleLabel, canaryGroupName, entry?.weight ?? 0);

  const steps: PlannedRemoval[] = [canaryServiceRemoval(apis.ecs, service, settings)];
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

  return applyRemoval(steps, options);
}
