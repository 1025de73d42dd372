import { type InputReader, oneOf, optionalString, requiredString } from '../config/inputs.js';
import { InputError } from '../errors.js';
import { isTargetGroupName, parseRuleArn } from '../routing/alb/arns.js';
import { type LatticeLocation, latticeLocationSettings } from '../routing/vpc-lattice/settings.js';
import { canaryNameOf } from './names.js';

/** The routers `init` sets up. */
export const initRouters = ['alb', 'vpc-lattice', 'app-mesh'] as const;
export type InitRouter = (typeof initRouters)[number];

/** What `init` is given: the stable side, the router, and the names of the canary side. */
export interface AlbInitSettings {
  router: 'alb';
  cluster: string;
  stableService: string;
  canaryService: string;
  /** The listener rule whose forward action gets the canary at weight 0. */
  ruleArn: string;
  /** The listener the rule belongs to, from the rule's ARN. */
  listenerArn: string;
  /** Unset: the stable target group's name with -canary (known once the stable group is read). */
  canaryTargetGroup?: string;
  /** The orchestrator's state machine, as the printed cdk command names it. */
  stateMachineName: string;
  region: string;
  account: string;
}

/** What `init --router vpc-lattice` is given; the Region and account come from the VPC Lattice service's ARN. */
export interface LatticeInitSettings {
  router: 'vpc-lattice';
  cluster: string;
  stableService: string;
  canaryService: string;
  /** The service, listener and rule (unset: the listener's default action) whose forward gets the canary. */
  location: LatticeLocation;
  /** Unset: the stable target group's name with -canary. */
  canaryTargetGroup?: string;
  stateMachineName: string;
}

/** What `init --router app-mesh` is given; the Region and account come from the mesh's ARN. */
export interface MeshInitSettings {
  router: 'app-mesh';
  cluster: string;
  stableService: string;
  canaryService: string;
  mesh: string;
  virtualRouter: string;
  route: string;
  stableNode: string;
  canaryNode: string;
  /** Unset: <canary-node>.<the stable node's DNS domain>. */
  canaryHostname?: string;
  /** A stable node discovered through Cloud Map: the canary's service in its namespace (unset: canary-node). */
  canaryCloudMapService?: string;
  stateMachineName: string;
}

export type InitSettings = AlbInitSettings | LatticeInitSettings | MeshInitSettings;

export const initInputs = {
  router: 'router',
  cluster: 'cluster',
  stableService: 'stable-service',
  canaryService: 'canary-service',
  rule: 'listener-rule-arn',
  canaryTargetGroup: 'canary-target-group',
  stateMachineName: 'state-machine-name',
  stateMachineArn: 'state-machine-arn',
  mesh: 'mesh',
  virtualRouter: 'virtual-router',
  route: 'route',
  stableNode: 'stable-node',
  canaryNode: 'canary-node',
  canaryHostname: 'canary-dns-hostname',
  canaryCloudMapService: 'canary-cloud-map-service',
} as const;

const serviceName = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/;

/** Reads and checks init's inputs without AWS: every error names its input. */
export function initSettings(read: InputReader): InitSettings {
  const router = oneOf(read, initInputs.router, initRouters, 'alb');
  const cluster = requiredString(
    read,
    initInputs.cluster,
    'Set it to the ECS cluster of the stable service.',
  );
  const stableService = checkedServiceName(
    initInputs.stableService,
    requiredString(read, initInputs.stableService, 'Set it to the ECS service that serves production.'),
  );
  const canaryService = checkedServiceName(
    initInputs.canaryService,
    optionalString(read, initInputs.canaryService) ?? canaryNameOf(stableService),
  );
  if (canaryService === stableService)
    throw new InputError(
      initInputs.canaryService,
      `must differ from stable-service (both are ${stableService}).`,
    );
  const stateMachineName = stateMachineNameOf(read);
  if (router === 'vpc-lattice') {
    const canaryTargetGroup = optionalString(read, initInputs.canaryTargetGroup);
    if (canaryTargetGroup !== undefined)
      checkLatticeTargetGroupName(initInputs.canaryTargetGroup, canaryTargetGroup);
    return {
      router,
      cluster,
      stableService,
      canaryService,
      location: latticeLocationSettings(read),
      ...(canaryTargetGroup !== undefined ? { canaryTargetGroup } : {}),
      stateMachineName,
    };
  }
  if (router === 'app-mesh')
    return meshInitSettings(read, { cluster, stableService, canaryService, stateMachineName });
  const ruleText = requiredString(
    read,
    initInputs.rule,
    'Set it to the ARN of the ALB listener rule that forwards to the stable target group.',
  );
  const rule = parseRuleArn(ruleText);
  if (typeof rule === 'string') throw new InputError(initInputs.rule, rule);
  if (rule.type !== 'app')
    throw new InputError(
      initInputs.rule,
      'is a rule of a Network Load Balancer; init sets up Application Load Balancer rules.',
    );
  const listenerArn = `arn:${rule.partition}:elasticloadbalancing:${rule.region}:${rule.account}:listener/app/${rule.loadBalancerName}/${rule.loadBalancerId}/${rule.listenerId}`;
  const canaryTargetGroup = optionalString(read, initInputs.canaryTargetGroup);
  if (canaryTargetGroup !== undefined) checkTargetGroupName(initInputs.canaryTargetGroup, canaryTargetGroup);
  return {
    router: 'alb',
    cluster,
    stableService,
    canaryService,
    ruleArn: rule.arn,
    listenerArn,
    ...(canaryTargetGroup !== undefined ? { canaryTargetGroup } : {}),
    stateMachineName,
    region: rule.region,
    account: rule.account,
  };
}

const meshName = /^[A-Za-z0-9][A-Za-z0-9_-]{0,254}$/;
/** One DNS label, as Cloud Map takes a service name that DNS records are made for. */
const cloudMapServiceName = /^([A-Za-z0-9_][A-Za-z0-9_-]{0,61}[A-Za-z0-9_]|[A-Za-z0-9])$/;

function meshInitSettings(
  read: InputReader,
  common: Pick<MeshInitSettings, 'cluster' | 'stableService' | 'canaryService' | 'stateMachineName'>,
): MeshInitSettings {
  const named = (input: string, fix: string, value = requiredString(read, input, fix)) => {
    if (!meshName.test(value))
      throw new InputError(
        input,
        `"${value}" is not an App Mesh name: 1-255 letters, digits, hyphens and underscores.`,
      );
    return value;
  };
  const stableNode = named(initInputs.stableNode, 'Set it to the virtual node the stable service runs.');
  const canaryNode = named(
    initInputs.canaryNode,
    '',
    optionalString(read, initInputs.canaryNode) ?? canaryNameOf(stableNode),
  );
  if (canaryNode === stableNode)
    throw new InputError(initInputs.canaryNode, `must differ from stable-node (both are ${stableNode}).`);
  const canaryHostname = optionalString(read, initInputs.canaryHostname);
  if (canaryHostname !== undefined && !/^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/.test(canaryHostname))
    throw new InputError(initInputs.canaryHostname, `"${canaryHostname}" is not a DNS hostname.`);
  const canaryCloudMapService = optionalString(read, initInputs.canaryCloudMapService);
  if (canaryCloudMapService !== undefined && !cloudMapServiceName.test(canaryCloudMapService))
    throw new InputError(
      initInputs.canaryCloudMapService,
      `"${canaryCloudMapService}" is not a Cloud Map service name: a DNS label of 1-63 letters, digits, hyphens and underscores, not ending with a hyphen.`,
    );
  return {
    router: 'app-mesh',
    ...common,
    mesh: named(initInputs.mesh, 'Set it to the mesh of the stable virtual node.'),
    virtualRouter: named(
      initInputs.virtualRouter,
      'Set it to the virtual router whose route sends traffic to the stable node.',
    ),
    route: named(initInputs.route, 'Set it to the route whose weighted targets get the canary node.'),
    stableNode,
    canaryNode,
    ...(canaryHostname !== undefined ? { canaryHostname } : {}),
    ...(canaryCloudMapService !== undefined ? { canaryCloudMapService } : {}),
  };
}

/**
 * The orchestrator's state machine, if given: --remove then refuses while one of its executions runs a canary
 * on these services.
 */
export function initStateMachineArn(read: InputReader): string | undefined {
  const arn = optionalString(read, initInputs.stateMachineArn);
  if (
    arn !== undefined &&
    !/^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}$/.test(arn)
  )
    throw new InputError(
      initInputs.stateMachineArn,
      `"${arn}" is not a state machine ARN (arn:aws:states:<region>:<account>:stateMachine:<name>).`,
    );
  return arn;
}

function stateMachineNameOf(read: InputReader): string {
  const name = optionalString(read, initInputs.stateMachineName) ?? 'appmesh-canary';
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(name))
    throw new InputError(
      initInputs.stateMachineName,
      `"${name}" is not a state machine name: 1-80 letters, digits, hyphens and underscores.`,
    );
  return name;
}

/** A target group name VPC Lattice takes: 3-128 lowercase letters, digits and hyphens (API reference). */
export function checkLatticeTargetGroupName(input: string, name: string): void {
  if (!/^(?!tg-)(?!-)(?!.*-$)(?!.*--)[a-z0-9-]{3,128}$/.test(name))
    throw new InputError(
      input,
      `"${name}" is not a VPC Lattice target group name: 3-128 lowercase letters, digits and hyphens, not starting with tg- or a hyphen, not ending with one, no two hyphens in a row.`,
    );
}

/** A target group name ELBv2 takes: 1-32 letters, digits and hyphens, no hyphen at either end. */
export function checkTargetGroupName(input: string, name: string): void {
  if (!isTargetGroupName(name))
    throw new InputError(
      input,
      `"${name}" is not a target group name: 1-32 letters, digits and hyphens, not starting or ending with a hyphen` +
        (name.length > 32 ? ` (it has ${name.length} characters; give a shorter one)` : '') +
        '.',
    );
}

function checkedServiceName(input: string, name: string): string {
  if (!serviceName.test(name))
    throw new InputError(
      input,
      `"${name}" is not an ECS service name: 1-255 letters, digits, hyphens and underscores.`,
    );
  return name;
}
