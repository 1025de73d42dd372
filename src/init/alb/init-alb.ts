import type { CreateServiceCommandInput } from '@aws-sdk/client-ecs';
import { InputError } from '../../errors.js';
import {
  type ListenerArn,
  loadBalancerArnOf,
  parseListenerArn,
  targetGroupNameOf,
} from '../../routing/alb/arns.js';
import { addCanaryEntry } from '../../routing/alb/canary-entry.js';
import {
  describeTargets,
  maxAlbTargetGroups,
  targetGroupsOf,
  withGroupAtZero,
} from '../../routing/alb/spec.js';
import type { TargetGroupRead } from '../../routing/alb/target-group-setup.js';
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
import { type AlbInitSettings, checkTargetGroupName, initInputs } from '../settings.js';
import type { SetupNames } from '../setup/setup-names.js';
import { madeByInitElb } from '../tags.js';
import {
  attributesToSet,
  canaryTargetGroupInput,
  describeAttributes,
  describeTargetGroupInput,
  newGroupAttributes,
  targetGroupDifferences,
} from './canary-target-group.js';
import { type AlbStableSide, albInitApis, readAlbStableSide } from './stable-side.js';

/** What init found or made on the canary side of an ALB rule. */
export interface AlbInitOutcome {
  steps: InitStep[];
  /** Writes made (0 without --apply). */
  written: number;
  stableService: string;
  canaryService: string;
  stableTargetGroup: string;
  canaryTargetGroup: string;
  listenerArn: string;
  ruleArn: string;
  /** The names the workflows, the cdk command and the workflow role are filled with. */
  names: SetupNames;
}

/**
 * Plans the canary side of an ALB rule and, with `apply`, makes what is missing in order: the target group,
 * its attributes, the rule's weight-0 entry, the ECS service. Every refusal (bad input, a same-name resource
 * that differs) comes from the reads before the first write. Each write is one call that either happened or
 * not: a run stopped after any of them leaves a state the next run completes.
 */
export async function initAlb(
  clients: InitClients,
  settings: AlbInitSettings,
  options: InitRunOptions,
): Promise<AlbInitOutcome> {
  const apis = albInitApis(clients);
  const stable = await readAlbStableSide(apis, settings);
  const stableGroupName =
    stable.targetGroup.group.TargetGroupName ?? targetGroupNameOf(stable.targetGroup.group.TargetGroupArn!);
  const canaryGroupName = canaryTargetGroupName(
    settings.canaryTargetGroup,
    stableGroupName,
    checkTargetGroupName,
    {
      distinct: true,
    },
  );

  const existingGroup = await apis.targetGroups.read(canaryGroupName);
  let canaryArn = existingGroup?.group.TargetGroupArn;
  const steps: PlannedStep[] = targetGroupSteps(stable, existingGroup, canaryGroupName, stableGroupName);
  const [createStep, attributesStep] = steps as [PlannedStep, PlannedStep];
  if (createStep.verb === 'create') {
    const input = canaryTargetGroupInput(stable.targetGroup, canaryGroupName);
    createStep.make = async () => {
      canaryArn = await apis.targetGroups.create(input);
      return true;
    };
  }
  // Set from the group as read once it exists: whatever ELBv2's defaults are, the attributes end as the stable's.
  attributesStep.make = async () => {
    const canary = await apis.targetGroups.read(canaryArn!);
    const toSet = attributesToSet(stable.targetGroup.attributes, canary?.attributes ?? {});
    if (Object.keys(toSet).length === 0) return false;
    await apis.targetGroups.setAttributes(canaryArn!, toSet);
    return true;
  };

  // The rule: checked now, written after the target group exists.
  const inRule =
    canaryArn !== undefined && targetGroupsOf(stable.rule).some((group) => group.id === canaryArn);
  if (!inRule && targetGroupsOf(stable.rule).length >= maxAlbTargetGroups)
    throw new InputError(
      initInputs.rule,
      `${stable.ruleLabel} already forwards to ${maxAlbTargetGroups} target groups, the most an ALB allows; remove one to add ${canaryGroupName}.`,
    );
  const loadBalancers = existingGroup?.group.LoadBalancerArns ?? [];
  const ruleBalancer = loadBalancerArnOf(parseListenerArn(settings.listenerArn) as ListenerArn);
  if (loadBalancers.some((arn) => arn !== ruleBalancer))
    throw new InputError(
      initInputs.canaryTargetGroup,
      `target group ${canaryGroupName} is used by load balancer ${loadBalancers.join(', ')}; an ALB target group serves one load balancer, so give another canary-target-group.`,
    );
  steps.push(
    inRule
      ? {
          verb: 'exists',
          what: `${canaryGroupName} in ${stable.ruleLabel} (forward: ${describeTargets(stable.rule)})`,
        }
      : {
          verb: 'add',
          what: `${canaryGroupName} at weight 0 to ${stable.ruleLabel} (forward: ${describeWithCanary(stable, canaryGroupName)})`,
          make: () =>
            addCanaryEntry(apis.rules, {
              listenerArn: settings.listenerArn,
              ruleArn: settings.ruleArn,
              canaryArn: canaryArn!,
              snapshot: stable.rule,
            }),
        },
  );

  const wanted = (arn: string): CreateServiceCommandInput =>
    canaryServiceInput({
      stable: stable.service,
      cluster: settings.cluster,
      name: settings.canaryService,
      attachment: {
        loadBalancers: [
          {
            targetGroupArn: arn,
            containerName: stable.registration.containerName,
            containerPort: stable.registration.containerPort,
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
      joins: `registers ${stable.registration.containerName}:${stable.registration.containerPort} in ${canaryGroupName}`,
    }),
  );

  const passRoles = await apis.ecs.taskDefinitionRoles(stable.service.taskDefinition!);
  const written = await applyPlan(steps, options);
  return {
    steps: plainSteps(steps),
    written,
    stableService: settings.stableService,
    canaryService: settings.canaryService,
    stableTargetGroup: stableGroupName,
    canaryTargetGroup: canaryGroupName,
    listenerArn: settings.listenerArn,
    ruleArn: settings.ruleArn,
    names: {
      region: settings.region,
      account: settings.account,
      cluster: settings.cluster,
      stableService: settings.stableService,
      canaryService: settings.canaryService,
      route: { router: 'alb', listenerArn: settings.listenerArn, ruleArn: settings.ruleArn },
      stableTargetGroup: stableGroupName,
      canaryTargetGroup: canaryGroupName,
      stateMachineName: settings.stateMachineName,
      passRoles,
    },
  };
}

/** The target group and its attributes: create and set, or exists and same (or set, for init's own group). */
function targetGroupSteps(
  stable: AlbStableSide,
  existing: TargetGroupRead | undefined,
  name: string,
  stableName: string,
): PlannedStep[] {
  const input = canaryTargetGroupInput(stable.targetGroup, name);
  if (!existing) {
    const toSet = expectedToSet(stable.targetGroup.attributes);
    return [
      { verb: 'create', what: `target group ${name} (${describeTargetGroupInput(input)})` },
      {
        verb: Object.keys(toSet).length > 0 ? 'set' : 'same',
        what: `attributes of ${name} as ${stableName}'s${Object.keys(toSet).length > 0 ? `: ${describeAttributes(toSet)}` : ''}`,
      },
    ];
  }
  const differences = targetGroupDifferences(existing.group, stable.targetGroup.group, stableName);
  const owned = madeByInitElb(existing.tags);
  const toSet = attributesToSet(stable.targetGroup.attributes, existing.attributes);
  const attributeDifferences = Object.entries(toSet).map(
    ([key, value]) => `${key} ${existing.attributes[key] ?? 'unset'} (${stableName}'s: ${value})`,
  );
  if (differences.length > 0 || (!owned && attributeDifferences.length > 0))
    throw new InputError(
      initInputs.canaryTargetGroup,
      `target group ${name} exists and differs from the clone of ${stableName} init would create: ${[...differences, ...attributeDifferences].join('; ')}. ` +
        'Give another canary-target-group, or change or delete that target group.',
    );
  return [
    {
      verb: 'exists',
      what: `target group ${name}${owned ? ' (created by init)' : ' (not created by init: kept by --remove)'}`,
    },
    Object.keys(toSet).length > 0
      ? { verb: 'set', what: `attributes of ${name} as ${stableName}'s: ${describeAttributes(toSet)}` }
      : { verb: 'same', what: `attributes of ${name} as ${stableName}'s` },
  ];
}

/** The stable's attributes a new group will not have, by ELBv2's documented defaults (apply reads the real ones). */
function expectedToSet(stable: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(stable).filter(
      ([key, value]) => key in newGroupAttributes && newGroupAttributes[key] !== value,
    ),
  );
}

function describeWithCanary(stable: AlbStableSide, canaryName: string): string {
  // The canary's ARN is not known before it exists: a stand-in that names it.
  const standIn = `arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/${canaryName}/0000000000000000`;
  return describeTargets(withGroupAtZero(stable.rule, standIn, stable.ruleLabel));
}
