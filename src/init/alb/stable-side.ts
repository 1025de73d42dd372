import type { LoadBalancer, Service } from '@aws-sdk/client-ecs';
import { EcsServiceSetup } from '../../ecs/service-setup.js';
import { InputError } from '../../errors.js';
import { AlbApi } from '../../routing/alb/api.js';
import { targetGroupNameOf } from '../../routing/alb/arns.js';
import { readRuleSpec } from '../../routing/alb/canary-entry.js';
import { type AlbRouteSpec, describeTargets, targetGroupsOf } from '../../routing/alb/spec.js';
import { albResourceLabel } from '../../routing/alb/state.js';
import { AlbTargetGroupSetup, type TargetGroupRead } from '../../routing/alb/target-group-setup.js';
import type { InitClients } from '../clients.js';
import { type AlbInitSettings, initInputs } from '../settings.js';
import { readStableService } from '../stable-service.js';

/** What the canary side is cloned from, read once before anything is planned. */
export interface AlbStableSide {
  service: Service;
  /** The stable service's load balancer entry for the stable target group (container name and port). */
  registration: LoadBalancer;
  targetGroup: TargetGroupRead;
  rule: AlbRouteSpec;
  ruleLabel: string;
}

/** The readers and writers init uses for an ALB, over one pair of clients. */
export function albInitApis(clients: InitClients) {
  return {
    ecs: new EcsServiceSetup(clients.ecs),
    rules: new AlbApi(clients.elbv2),
    targetGroups: new AlbTargetGroupSetup(clients.elbv2),
  };
}
export type AlbInitApis = ReturnType<typeof albInitApis>;

/**
 * Reads the stable service, the rule and the stable target group: the one the stable service registers in
 * that the rule forwards to. Read-only; each refusal names the input to change.
 */
export async function readAlbStableSide(
  apis: AlbInitApis,
  settings: AlbInitSettings,
): Promise<AlbStableSide> {
  const service = await readStableService(apis.ecs, settings);
  const ruleLabel = albResourceLabel({ listenerArn: settings.listenerArn, ruleArn: settings.ruleArn });
  const ruleRead = await apis.rules.rule(settings.ruleArn);
  if (ruleRead.isDefault)
    throw new InputError(
      initInputs.rule,
      `is the default rule of its listener; give a rule of priority 1-50000.`,
    );
  const rule = await readRuleSpec(apis.rules, settings.listenerArn, settings.ruleArn);
  const forwarded = targetGroupsOf(rule).map((group) => group.id);
  const registrations = (service.loadBalancers ?? []).filter((entry) => entry.targetGroupArn);
  const registration = registrations.find((entry) => forwarded.includes(entry.targetGroupArn!));
  if (!registration) {
    const registered =
      registrations.map((entry) => targetGroupNameOf(entry.targetGroupArn!)).join(', ') || 'none';
    throw new InputError(
      initInputs.rule,
      `${ruleLabel} forwards to ${describeTargets(rule)}, and ${settings.stableService} registers its tasks in target groups: ${registered}; ` +
        'give the rule that forwards to the stable service.',
    );
  }
  const targetGroup = await apis.targetGroups.read(registration.targetGroupArn!);
  if (!targetGroup)
    throw new InputError(
      initInputs.stableService,
      `its target group ${registration.targetGroupArn} does not exist.`,
    );
  return { service, registration, targetGroup, rule, ruleLabel };
}
