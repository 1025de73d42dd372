import type { Service, VpcLatticeConfiguration } from '@aws-sdk/client-ecs';
import { EcsServiceSetup } from '../../ecs/service-setup.js';
import { InputError } from '../../errors.js';
import { LatticeApi, type LatticeResource } from '../../routing/vpc-lattice/api.js';
import { latticeIdOf } from '../../routing/vpc-lattice/identifiers.js';
import { latticeInputs } from '../../routing/vpc-lattice/settings.js';
import {
  describeTargets,
  type LatticeRouteSpec,
  LatticeSpecError,
  parseLatticeSpec,
  targetGroupsOf,
} from '../../routing/vpc-lattice/spec.js';
import { latticeResourceLabel } from '../../routing/vpc-lattice/state.js';
import {
  type LatticeTargetGroupRead,
  LatticeTargetGroupSetup,
} from '../../routing/vpc-lattice/target-group-setup.js';
import type { InitClients } from '../clients.js';
import type { LatticeInitSettings } from '../settings.js';
import { initInputs } from '../settings.js';
import { primaryDeployment, readStableService } from '../stable-service.js';

/** What the canary side is cloned from, read once before anything is planned. */
export interface LatticeStableSide {
  service: Service;
  /** The stable service's VPC Lattice configuration for the stable target group (role and port name). */
  registration: VpcLatticeConfiguration;
  targetGroup: LatticeTargetGroupRead;
  latticeService: LatticeResource;
  listener: LatticeResource;
  /** Unset: the listener's default action. */
  rule?: LatticeResource;
  spec: LatticeRouteSpec;
  label: string;
  region: string;
  account: string;
}

/** The readers and writers init uses for VPC Lattice, over one pair of clients. */
export function latticeInitApis(clients: InitClients) {
  return {
    ecs: new EcsServiceSetup(clients.ecs),
    lattice: new LatticeApi(clients.lattice),
    targetGroups: new LatticeTargetGroupSetup(clients.lattice),
  };
}
export type LatticeInitApis = ReturnType<typeof latticeInitApis>;

/**
 * Reads the stable service, the VPC Lattice rule (or the listener's default action) and the stable target
 * group: the one the stable service registers in that the action forwards to. Read-only; each refusal names
 * the input to change.
 */
export async function readLatticeStableSide(
  apis: LatticeInitApis,
  settings: LatticeInitSettings,
): Promise<LatticeStableSide> {
  const service = await readStableService(apis.ecs, settings);
  const latticeService = await apis.lattice.service(settings.location.service);
  const listenerRead = await apis.lattice.listener(latticeService, settings.location.listener);
  const listener = listenerRead.resource;
  const ruleRead = settings.location.rule
    ? await apis.lattice.rule(latticeService, listener, settings.location.rule)
    : undefined;
  if (ruleRead?.isDefault)
    throw new InputError(
      latticeInputs.rule,
      "is the listener's default rule; leave lattice-rule unset to use the listener's default action.",
    );
  const label = latticeResourceLabel({
    ...(ruleRead ? { ruleArn: ruleRead.resource.arn } : {}),
    names: { listener: listener.name, ...(ruleRead ? { rule: ruleRead.resource.name } : {}) },
  });
  let spec: LatticeRouteSpec;
  try {
    spec = parseLatticeSpec((ruleRead ?? listenerRead).spec, label);
  } catch (error) {
    if (error instanceof LatticeSpecError)
      throw new InputError(ruleRead ? latticeInputs.rule : latticeInputs.listener, error.message);
    throw error;
  }
  const forwarded = targetGroupsOf(spec).map((group) => group.id);
  const registrations = primaryDeployment(service)?.vpcLatticeConfigurations ?? [];
  const registration = registrations.find((entry) =>
    forwarded.includes(latticeIdOf('targetgroup', entry.targetGroupArn ?? '')),
  );
  if (!registration) {
    const registered =
      registrations.map((entry) => latticeIdOf('targetgroup', entry.targetGroupArn ?? '')).join(', ') ||
      'none';
    throw new InputError(
      ruleRead ? latticeInputs.rule : latticeInputs.listener,
      `${label} forwards to ${describeTargets(spec)}, and ${settings.stableService} registers its tasks in VPC Lattice target groups: ${registered}; ` +
        'give the rule (or listener) that forwards to the stable service.',
    );
  }
  const targetGroup = await apis.targetGroups.read(registration.targetGroupArn!);
  if (!targetGroup)
    throw new InputError(
      initInputs.stableService,
      `its VPC Lattice target group ${registration.targetGroupArn} does not exist.`,
    );
  const [, , , region, account] = latticeService.arn.split(':');
  return {
    service,
    registration,
    targetGroup,
    latticeService,
    listener,
    ...(ruleRead ? { rule: ruleRead.resource } : {}),
    spec,
    label,
    region: region!,
    account: account!,
  };
}
