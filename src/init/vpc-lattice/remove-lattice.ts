import { removeLatticeCanaryEntry } from '../../routing/vpc-lattice/canary-entry.js';
import { latticeInputs } from '../../routing/vpc-lattice/settings.js';
import { targetGroupsOf } from '../../routing/vpc-lattice/spec.js';
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
import { checkLatticeTargetGroupName, type LatticeInitSettings } from '../settings.js';
import { madeByInitLattice } from './canary-target-group.js';
import { latticeInitApis, readLatticeStableSide } from './stable-side.js';

export type LatticeRemoveOutcome = RemoveOutcome;

/**
 * Undoes init on VPC Lattice, in the reverse order: the canary ECS service, the canary's entry in the action,
 * the canary target group; each only when init created it (its tag), and only while the canary has weight 0
 * and runs no task, both checked before the first deletion. What is already gone is skipped.
 */
export async function removeLattice(
  clients: InitClients,
  settings: LatticeInitSettings,
  options: InitRunOptions,
): Promise<LatticeRemoveOutcome> {
  const apis = latticeInitApis(clients);
  const stable = await readLatticeStableSide(apis, settings);
  const canaryGroupName = canaryTargetGroupName(
    settings.canaryTargetGroup,
    stable.targetGroup.group.name!,
    checkLatticeTargetGroupName,
    { distinct: false },
  );
  const group = await apis.targetGroups.read(canaryGroupName);
  const service = await apis.ecs.service(settings.cluster, settings.canaryService);

  checkCanaryServiceIdle(service, settings.canaryService);
  const canaryId = group?.group.id;
  const entry = targetGroupsOf(stable.spec).find((one) => one.id === canaryId);
  checkCanaryAtZero(
    stable.rule ? latticeInputs.rule : latticeInputs.listener,
    stable.label,
    canaryGroupName,
    entry?.weight ?? 0,
  );

  const groupOwned = group !== undefined && madeByInitLattice(group.tags);
  const steps: PlannedRemoval[] = [
    canaryServiceRemoval(apis.ecs, service, settings),
    !entry
      ? { verb: 'gone', what: `${canaryGroupName} from ${stable.label}` }
      : !groupOwned
        ? {
            verb: 'keep',
            what: `${canaryGroupName} in ${stable.label} (its target group was not created by init)`,
          }
        : {
            verb: 'remove',
            what: `${canaryGroupName} (weight 0) from ${stable.label}`,
            make: () =>
              removeLatticeCanaryEntry(apis.lattice, {
                serviceArn: stable.latticeService.arn,
                listenerArn: stable.listener.arn,
                ...(stable.rule ? { ruleArn: stable.rule.arn } : {}),
                resource: stable.label,
                canaryId: canaryId!,
                snapshot: stable.spec,
              }),
          },
    !group
      ? { verb: 'gone', what: `VPC Lattice target group ${canaryGroupName}` }
      : !groupOwned
        ? { verb: 'keep', what: `VPC Lattice target group ${canaryGroupName} (not created by init)` }
        : {
            verb: 'delete',
            what: `VPC Lattice target group ${canaryGroupName}`,
            make: async () => {
              await apis.targetGroups.delete(group.group.arn!);
              return true;
            },
          },
  ];

  return applyRemoval(steps, options);
}
