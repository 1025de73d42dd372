import type { CreateServiceCommandInput } from '@aws-sdk/client-ecs';
import { InputError } from '../../errors.js';
import { addLatticeCanaryEntry } from '../../routing/vpc-lattice/canary-entry.js';
import { latticeInputs } from '../../routing/vpc-lattice/settings.js';
import {
  describeTargets,
  maxLatticeTargetGroups,
  targetGroupsOf,
  withGroupAtZero,
} from '../../routing/vpc-lattice/spec.js';
import {
  applyPlan,
  canaryServiceStep,
  type InitRunOptions,
  type PlannedStep,
  plainSteps,
} from '../apply-plan.js';
import { canaryServiceInput } from '../canary-service.js';
import { canaryTargetGroupName } from '../canary-target-group-name.js';
import type { InitClients } from '../clients.js';
import type { InitStep } from '../plan.js';
import { checkLatticeTargetGroupName, initInputs, type LatticeInitSettings } from '../settings.js';
import type { SetupNames } from '../setup/setup-names.js';
import {
  canaryLatticeTargetGroupInput,
  describeLatticeTargetGroupInput,
  latticeTargetGroupDifferences,
  madeByInitLattice,
} from './canary-target-group.js';
import { latticeInitApis, readLatticeStableSide } from './stable-side.js';

export interface LatticeInitOutcome {
  steps: InitStep[];
  /** Writes made (0 without --apply). */
  written: number;
  names: SetupNames;
}

/**
 * Plans the canary side of a VPC Lattice rule (or listener default action) and, with `apply`, makes what is
 * missing in order: the target group, the action's weight-0 entry, the ECS service. Every refusal comes from
 * the reads before the first write; each write is one call, so a run stopped after any of them leaves a state
 * the next run completes.
 */
export async function initLattice(
  clients: InitClients,
  settings: LatticeInitSettings,
  options: InitRunOptions,
): Promise<LatticeInitOutcome> {
  const apis = latticeInitApis(clients);
  const stable = await readLatticeStableSide(apis, settings);
  const stableGroupName = stable.targetGroup.group.name!;
  const canaryGroupName = canaryTargetGroupName(
    settings.canaryTargetGroup,
    stableGroupName,
    checkLatticeTargetGroupName,
    { distinct: true },
  );
  const actionInput = stable.rule ? latticeInputs.rule : latticeInputs.listener;

  const existingGroup = await apis.targetGroups.read(canaryGroupName);
  let canaryArn = existingGroup?.group.arn;
  let canaryId = existingGroup?.group.id;
  const input = canaryLatticeTargetGroupInput(stable.targetGroup, canaryGroupName);
  const steps: PlannedStep[] = [];
  if (!existingGroup) {
    steps.push({
      verb: 'create',
      what: `VPC Lattice target group ${canaryGroupName} (${describeLatticeTargetGroupInput(input)})`,
      make: async () => {
        ({ arn: canaryArn, id: canaryId } = await apis.targetGroups.create(input));
        return true;
      },
    });
  } else {
    const differences = latticeTargetGroupDifferences(existingGroup, stable.targetGroup, stableGroupName);
    if (differences.length > 0)
      throw new InputError(
        initInputs.canaryTargetGroup,
        `VPC Lattice target group ${canaryGroupName} exists and differs from the clone of ${stableGroupName} init would create: ${differences.join('; ')}. ` +
          'Give another canary-target-group, or change or delete that target group.',
      );
    const usedBy = (existingGroup.group.serviceArns ?? []).filter((arn) => arn !== stable.latticeService.arn);
    if (usedBy.length > 0)
      throw new InputError(
        initInputs.canaryTargetGroup,
        `VPC Lattice target group ${canaryGroupName} is used by service ${usedBy.join(', ')}; a target group serves one service, so give another canary-target-group.`,
      );
    const owned = madeByInitLattice(existingGroup.tags);
    steps.push({
      verb: 'exists',
      what: `VPC Lattice target group ${canaryGroupName}${owned ? ' (created by init)' : ' (not created by init: kept by --remove)'}`,
    });
  }

  const inAction =
    canaryId !== undefined && targetGroupsOf(stable.spec).some((group) => group.id === canaryId);
  if (!inAction && targetGroupsOf(stable.spec).length >= maxLatticeTargetGroups)
    throw new InputError(
      actionInput,
      `${stable.label} already forwards to ${maxLatticeTargetGroups} target groups, the most VPC Lattice allows; remove one to add ${canaryGroupName}.`,
    );
  const named = (spec: typeof stable.spec) =>
    describeTargets(spec)
      .replaceAll(stable.targetGroup.group.id!, stableGroupName)
      .replaceAll(canaryId ?? 'tg-canary', canaryGroupName);
  steps.push(
    inAction
      ? { verb: 'exists', what: `${canaryGroupName} in ${stable.label} (forward: ${named(stable.spec)})` }
      : {
          verb: 'add',
          what: `${canaryGroupName} at weight 0 to ${stable.label} (forward: ${named(withGroupAtZero(stable.spec, canaryId ?? 'tg-canary', stable.label))})`,
          make: () =>
            addLatticeCanaryEntry(apis.lattice, {
              serviceArn: stable.latticeService.arn,
              listenerArn: stable.listener.arn,
              ...(stable.rule ? { ruleArn: stable.rule.arn } : {}),
              resource: stable.label,
              canaryId: canaryId!,
              snapshot: stable.spec,
            }),
        },
  );

  const wanted = (arn: string): CreateServiceCommandInput =>
    canaryServiceInput({
      stable: stable.service,
      cluster: settings.cluster,
      name: settings.canaryService,
      attachment: {
        vpcLatticeConfigurations: [
          {
            roleArn: stable.registration.roleArn,
            targetGroupArn: arn,
            portName: stable.registration.portName,
          },
        ],
      },
    });
  const existingService = await apis.ecs.service(settings.cluster, settings.canaryService);
  steps.push(
    canaryServiceStep({
      ecs: apis.ecs,
      settings,
      existing: existingService,
      wanted,
      comparedWith: canaryArn ?? '(the canary target group)',
      describedWith: 'arn',
      createdWith: () => canaryArn!,
      joins: `registers port ${stable.registration.portName} in ${canaryGroupName}`,
    }),
  );

  const passRoles = await apis.ecs.taskDefinitionRoles(stable.service.taskDefinition!);
  const written = await applyPlan(steps, options);
  return {
    steps: plainSteps(steps),
    written,
    names: {
      region: stable.region,
      account: stable.account,
      cluster: settings.cluster,
      stableService: settings.stableService,
      canaryService: settings.canaryService,
      route: {
        router: 'vpc-lattice',
        serviceName: stable.latticeService.name,
        serviceId: stable.latticeService.id,
        listener: stable.listener.name,
        ...(stable.rule ? { rule: stable.rule.name } : {}),
        stableTargetGroupId: stable.targetGroup.group.id!,
        // Known once the group exists: the plan's printed policy keeps the placeholder.
        canaryTargetGroupId: canaryId ?? 'CANARY_TG_ID',
      },
      stableTargetGroup: stableGroupName,
      canaryTargetGroup: canaryGroupName,
      stateMachineName: settings.stateMachineName,
      passRoles,
    },
  };
}
