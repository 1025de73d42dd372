import type { SetupNames } from './setup-names.js';

/**
 * `npx cdk deploy` from infra/ with the context this setup needs: the router the canary shifts (the ALB
 * listener, or the VPC Lattice service by ID), the cluster and both services, the roles promotion passes, and
 * the state machine's name (the workflows name its ARN).
 */
export function cdkDeployCommand(names: SetupNames): string {
  const { route } = names;
  const router =
    route.router === 'alb'
      ? `-c listenerArns=${route.listenerArn}`
      : route.router === 'vpc-lattice'
        ? `-c latticeServices=${route.serviceId}`
        : `-c mesh=${route.mesh}`;
  return [
    'cd infra',
    'npx cdk deploy \\',
    `  ${router} \\`,
    `  -c cluster=${names.cluster} -c services=${names.stableService},${names.canaryService} \\`,
    `  -c passRoles=${names.passRoles.join(',')} \\`,
    `  -c stateMachineName=${names.stateMachineName}`,
  ].join('\n');
}
