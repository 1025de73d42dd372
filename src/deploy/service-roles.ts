import { InputError } from '../errors.js';
import { type NodeIdentity, virtualNodeOf } from '../taskdef/index.js';

interface ServiceRef {
  cluster: string;
  service: string;
}

/** Pure. The canary and the stable must be two services: deploying to the stable one is production directly. */
export function checkDistinctServices(canary: ServiceRef, stable: ServiceRef): void {
  if (canary.cluster === stable.cluster && canary.service === stable.service) {
    throw new InputError(
      'service',
      `is the stable service (${stable.service} in cluster ${stable.cluster}): a canary needs its own service. ` +
        'Set service to the ECS service of the canary virtual node and stable-service to the production one.',
    );
  }
}

/**
 * Pure. Each service's current task definition names, through its Envoy, the virtual node it serves: a canary
 * service that serves the stable node (or a stable service that serves the canary node) means the two inputs
 * are swapped or wrong, and the deploy would replace production. Services without an Envoy are not judged.
 */
export function checkServiceRoles(
  canary: ServiceRef & { taskDefinition: { containerDefinitions?: NodeIdentityInput } },
  stable: ServiceRef & { taskDefinition: { containerDefinitions?: NodeIdentityInput } },
  nodes: { mesh: string; stableNode: string; canaryNode: string },
): void {
  const canaryServes = virtualNodeOf(canary.taskDefinition);
  const stableServes = virtualNodeOf(stable.taskDefinition);
  if (serves(canaryServes, nodes.mesh, nodes.stableNode)) {
    throw new InputError(
      'service',
      `${canary.service} runs the Envoy of the stable virtual node ${nodes.stableNode}: it is the production service. ` +
        `Set service to the service of canary node ${nodes.canaryNode}${stable.service === canary.service ? '' : ` (are service and stable-service swapped? stable-service is ${stable.service})`}.`,
    );
  }
  if (serves(stableServes, nodes.mesh, nodes.canaryNode)) {
    throw new InputError(
      'stable-service',
      `${stable.service} runs the Envoy of the canary virtual node ${nodes.canaryNode}, not of stable node ${nodes.stableNode}. ` +
        'Set stable-service to the service that serves production (are service and stable-service swapped?).',
    );
  }
}

type NodeIdentityInput = Parameters<typeof virtualNodeOf>[0]['containerDefinitions'];

function serves(identity: NodeIdentity | undefined, mesh: string, node: string): boolean {
  return identity !== undefined && identity.mesh === mesh && identity.virtualNode === node;
}

/**
 * Pure. Without a mesh, the target groups tell the services apart: the canary service must register its tasks
 * in the canary target group and never in the stable one (traffic for production would reach the new version
 * unchecked), and the stable service in the stable group.
 */
export function checkTargetGroupAttachments(
  canary: ServiceRef & { state: { targetGroupArns: readonly string[] } },
  stable: ServiceRef & { state: { targetGroupArns: readonly string[] } },
  groups: { stableTargetGroupArn: string; canaryTargetGroupArn: string },
): void {
  const named = (arn: string) => arn.split('/').at(-2) ?? arn;
  if (canary.state.targetGroupArns.includes(groups.stableTargetGroupArn)) {
    throw new InputError(
      'service',
      `${canary.service} registers its tasks in the stable target group ${named(groups.stableTargetGroupArn)}: production ` +
        'traffic would reach the new version unchecked. Set service to the service of the canary target group ' +
        '(are service and stable-service swapped?).',
    );
  }
  if (!canary.state.targetGroupArns.includes(groups.canaryTargetGroupArn)) {
    throw new InputError(
      'service',
      `${canary.service} is not registered in the canary target group ${named(groups.canaryTargetGroupArn)}: the traffic ` +
        "shifted to that group would find none of its tasks. Attach the service to it (the service's loadBalancers " +
        'or vpcLatticeConfigurations), or set canary-target-group to its group.',
    );
  }
  if (!stable.state.targetGroupArns.includes(groups.stableTargetGroupArn)) {
    throw new InputError(
      'stable-service',
      `${stable.service} is not registered in the stable target group ${named(groups.stableTargetGroupArn)}: a rollback ` +
        'would send the traffic back to tasks that are not this service. Set stable-service to the service of that group.',
    );
  }
}
