import type { SetupNames } from './setup-names.js';

/**
 * `npx cdk deploy` from infra/ with the context this setup needs: the listener the canary shifts, the cluster
 * and both services, the roles promotion passes, and the state machine's name (the workflows name its ARN).
 */
export function cdkDeployCommand(names: SetupNames): string {
  return [
    'cd infra',
    'npx cdk deploy \\',
    `  -c listenerArns=${names.listenerArn} \\`,
    `  -c cluster=${names.cluster} -c services=${names.stableService},${names.canaryService} \\`,
    `  -c passRoles=${names.passRoles.join(',')} \\`,
    `  -c stateMachineName=${names.stateMachineName}`,
  ].join('\n');
}
