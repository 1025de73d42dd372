/** Where the canary's weight lives, per router: what the workflows' inputs and the cdk context name. */
export type SetupRoute =
  | { router: 'alb'; listenerArn: string; ruleArn: string }
  | {
      router: 'vpc-lattice';
      /** The VPC Lattice service's name and ID (IAM and the cdk context name it by ID). */
      serviceName: string;
      serviceId: string;
      listener: string;
      /** Unset: the listener's default action. */
      rule?: string;
      stableTargetGroupId: string;
      canaryTargetGroupId: string;
    }
  | {
      router: 'app-mesh';
      mesh: string;
      virtualRouter: string;
      route: string;
      stableNode: string;
      canaryNode: string;
    };

/** The names a finished setup uses: what the workflows, the cdk command and the workflow role are filled with. */
export interface SetupNames {
  region: string;
  account: string;
  cluster: string;
  stableService: string;
  canaryService: string;
  route: SetupRoute;
  /** ALB and VPC Lattice: the two target groups' names. */
  stableTargetGroup?: string;
  canaryTargetGroup?: string;
  /** The state machine the cdk command names (stateMachineName), so its ARN is known before it exists. */
  stateMachineName: string;
  /** The task and execution roles of the stable task definition: what promotion passes. */
  passRoles: string[];
}

export function stateMachineArnOf(names: SetupNames): string {
  return `arn:aws:states:${names.region}:${names.account}:stateMachine:${names.stateMachineName}`;
}

/** The role the workflows assume (created by you with the printed policy). */
export function workflowRoleArnOf(names: SetupNames): string {
  return `arn:aws:iam::${names.account}:role/github-deploy-${slug(names.stableService)}`;
}

/** A name for files, groups and roles: lower case, letters, digits and hyphens. */
export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}
