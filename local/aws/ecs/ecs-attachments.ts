import { AwsError, isObject, type Json } from '../protocol.js';

/** A service's load balancer target groups and VPC Lattice target groups, from the simulated time `at`. */
export interface Attachments {
  at: number;
  loadBalancers: Json[];
  vpcLatticeConfigurations: Json[];
}

/** What ECS asks the other services about a target group: an error message, or undefined when it is usable. */
export interface TargetGroupLookup {
  loadBalancer(targetGroupArn: string): string | undefined;
  vpcLattice(targetGroupArn: string): string | undefined;
}

function invalid(message: string): AwsError {
  return new AwsError('InvalidParameterException', message, 400);
}

const albTargetGroupArn =
  /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/[A-Za-z0-9-]+\/[0-9a-f]{16}$/;
const latticeTargetGroupArn = /^arn:aws[a-z-]*:vpc-lattice:[a-z0-9-]+:\d{12}:targetgroup\/tg-[0-9a-z]{17}$/;
const roleArn = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/**
 * loadBalancers of an awsvpc service: a target group ARN (no Classic load balancer name), and the container
 * name and port that register, which must be a port mapping of the task definition.
 */
export function checkLoadBalancers(value: unknown, definition: Json, lookup: TargetGroupLookup): Json[] {
  if (!Array.isArray(value)) throw invalid('loadBalancers must be a list.');
  const containers = (
    Array.isArray(definition.containerDefinitions) ? definition.containerDefinitions : []
  ).filter(isObject);
  return value.map((entry) => {
    if (!isObject(entry)) throw invalid('Each loadBalancers entry must be an object.');
    if (entry.loadBalancerName !== undefined)
      throw invalid(
        'loadBalancerName is for Classic Load Balancers, which awsvpc services cannot use; give targetGroupArn.',
      );
    const arn = entry.targetGroupArn;
    if (typeof arn !== 'string' || !albTargetGroupArn.test(arn))
      throw invalid(
        `targetGroupArn '${String(arn)}' is not a valid Elastic Load Balancing target group ARN.`,
      );
    const problem = lookup.loadBalancer(arn);
    if (problem) throw invalid(problem);
    const container = containers.find((one) => one.name === entry.containerName);
    if (!container)
      throw invalid(`The container ${String(entry.containerName)} does not exist in the task definition.`);
    const ports = (Array.isArray(container.portMappings) ? container.portMappings : []).filter(isObject);
    if (!ports.some((port) => port.containerPort === entry.containerPort))
      throw invalid(
        `The container ${String(entry.containerName)} did not have a container port ${String(entry.containerPort)} defined.`,
      );
    return { targetGroupArn: arn, containerName: entry.containerName, containerPort: entry.containerPort };
  });
}

/**
 * vpcLatticeConfigurations: the infrastructure role ECS assumes, the VPC Lattice target group, and the name of
 * the port mapping to register. Not modelled: that the task definition names that port mapping.
 */
export function checkVpcLatticeConfigurations(value: unknown, lookup: TargetGroupLookup): Json[] {
  if (!Array.isArray(value)) throw invalid('vpcLatticeConfigurations must be a list.');
  return value.map((entry) => {
    if (!isObject(entry)) throw invalid('Each vpcLatticeConfigurations entry must be an object.');
    if (typeof entry.roleArn !== 'string' || !roleArn.test(entry.roleArn))
      throw invalid(`roleArn '${String(entry.roleArn)}' is not a valid IAM role ARN.`);
    const arn = entry.targetGroupArn;
    if (typeof arn !== 'string' || !latticeTargetGroupArn.test(arn))
      throw invalid(`targetGroupArn '${String(arn)}' is not a valid VPC Lattice target group ARN.`);
    const problem = lookup.vpcLattice(arn);
    if (problem) throw invalid(problem);
    if (typeof entry.portName !== 'string' || !/^[a-z0-9_][a-z0-9_-]{0,63}$/.test(entry.portName))
      throw invalid(`portName '${String(entry.portName)}' is not a valid port mapping name.`);
    return { roleArn: entry.roleArn, targetGroupArn: arn, portName: entry.portName };
  });
}

/** The target group ARNs an attachment registers tasks in. */
export function targetGroupsOf(attachments: Attachments | undefined): string[] {
  if (!attachments) return [];
  return [...attachments.loadBalancers, ...attachments.vpcLatticeConfigurations].map((entry) =>
    String(entry.targetGroupArn),
  );
}

const registryArn = /^arn:aws[a-z-]*:servicediscovery:[a-z0-9-]+:\d{12}:service\/srv-[0-9a-z]+$/;

/**
 * serviceRegistries: one Cloud Map service that must exist, and how its instances are reached: a container
 * name and port of the task definition, or a port, or neither (A records of an awsvpc task).
 */
export function checkServiceRegistries(
  value: unknown,
  definition: Json,
  registryProblem: (arn: string) => string | undefined,
): Json[] {
  if (!Array.isArray(value)) throw invalid('serviceRegistries must be a list.');
  if (value.length > 1) throw invalid('A service can have at most one service registry.');
  const containers = (
    Array.isArray(definition.containerDefinitions) ? definition.containerDefinitions : []
  ).filter(isObject);
  return value.map((entry) => {
    if (!isObject(entry)) throw invalid('Each serviceRegistries entry must be an object.');
    const arn = entry.registryArn;
    if (typeof arn !== 'string' || !registryArn.test(arn))
      throw invalid(`registryArn '${String(arn)}' is not a valid Cloud Map service ARN.`);
    const problem = registryProblem(arn);
    if (problem) throw invalid(problem);
    if (entry.containerName !== undefined) {
      const container = containers.find((one) => one.name === entry.containerName);
      if (!container)
        throw invalid(`The container ${String(entry.containerName)} does not exist in the task definition.`);
      const ports = (Array.isArray(container.portMappings) ? container.portMappings : []).filter(isObject);
      if (
        entry.containerPort !== undefined &&
        !ports.some((port) => port.containerPort === entry.containerPort)
      )
        throw invalid(
          `The container ${String(entry.containerName)} did not have a container port ${String(entry.containerPort)} defined.`,
        );
    } else if (entry.containerPort !== undefined) {
      throw invalid('containerPort needs containerName.');
    }
    return structuredClone(entry);
  });
}
