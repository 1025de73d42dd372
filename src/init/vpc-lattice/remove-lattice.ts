import { InputError } from '../../errors.js';
import { removeLatticeCanaryEntry } from '../../routing/vpc-lattice/canary-entry.js';
import { latticeInputs } from '../../routing/vpc-lattice/settings.js';
import { targetGroupsOf } from '../../routing/vpc-lattice/spec.js';
import type { InitClients } from '../clients.js';
import { canaryNameOf } from '../names.js';
import type { RemoveStep } from '../plan.js';
import { checkLatticeTargetGroupName, initInputs, type LatticeInitSettings } from '../settings.js';
import { madeByInitEcs } from '../tags.js';
import { madeByInitLattice } from './canary-target-group.js';
import { latticeInitApis, readLatticeStableSide } from './stable-side.js';

export interface LatticeRemoveOutcome {
  steps: RemoveStep[];
  removed: number;
}

interface PlannedRemoval extends RemoveStep {
  make?: () => Promise<boolean>;
}

/**
 * Undoes init on VPC Lattice, in the reverse order: the canary ECS service, the canary's entry in the action,
 * the canary target group; each only when init created it (its tag), and only while the canary has weight 0
 * and runs no task, both checked before the first deletion. What is already gone is skipped.
 */
export async function removeLattice(
  clients: InitClients,
  settings: LatticeInitSettings,
  options: { apply: boolean; progress?: (line: string) => void },
): Promise<LatticeRemoveOutcome> {
  const apis = latticeInitApis(clients);
  const stable = await readLatticeStableSide(apis, settings);
  const canaryGroupName = settings.canaryTargetGroup ?? canaryNameOf(stable.targetGroup.group.name!);
  checkLatticeTargetGroupName(initInputs.canaryTargetGroup, canaryGroupName);
  const group = await apis.targetGroups.read(canaryGroupName);
  const service = await apis.ecs.service(settings.cluster, settings.canaryService);

  if (service && (service.desiredCount || service.runningCount || service.pendingCount))
    throw new InputError(
      initInputs.canaryService,
      `service ${settings.canaryService} wants ${service.desiredCount} tasks and runs ${service.runningCount}: a canary runs. ` +
        'Let it end or roll it back, then remove.',
    );
  const canaryId = group?.group.id;
  const entry = targetGroupsOf(stable.spec).find((one) => one.id === canaryId);
  if (entry && entry.weight > 0)
    throw new InputError(
      stable.rule ? latticeInputs.rule : latticeInputs.listener,
      `${stable.label} gives ${canaryGroupName} weight ${entry.weight}: a canary runs or was left with traffic. Roll it back, then remove.`,
    );

  const serviceLabel = `ECS service ${settings.canaryService} in cluster ${settings.cluster}`;
  const groupOwned = group !== undefined && madeByInitLattice(group.tags);
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
