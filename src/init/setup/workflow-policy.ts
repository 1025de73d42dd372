import { workflowGrants } from '../../../infra/workflow-role.js';
import type { SetupNames } from './setup-names.js';

/**
 * The workflow role's policy for this setup: the statements every deployment needs and its router's
 * (infra/workflow-role.ts, the one source of the policy), with the placeholders and the example's names
 * replaced by this setup's.
 */
export function workflowPolicyFor(names: SetupNames): string {
  const { route } = names;
  const listener =
    route.router === 'alb' ? /listener\/app\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(route.listenerArn) : null;
  const lattice =
    route.router === 'vpc-lattice'
      ? [route.serviceId, route.stableTargetGroupId, route.canaryTargetGroupId]
      : ['SERVICE_ID', 'STABLE_TG_ID', 'CANARY_TG_ID'];
  const [loadBalancerName, loadBalancerId, listenerId] = listener
    ? listener.slice(1)
    : ['LB_NAME', 'LB_ID', 'LISTENER_ID'];
  const service = (name: string) =>
    `arn:aws:ecs:${names.region}:${names.account}:service/${names.cluster}/${name}`;
  const fill = (resource: string): string[] => {
    if (resource === 'arn:aws:ecs:REGION:ACCOUNT:service/apps/serviceB')
      return [service(names.stableService)];
    if (resource === 'arn:aws:ecs:REGION:ACCOUNT:service/apps/serviceBv2')
      return [service(names.canaryService)];
    if (resource === 'arn:aws:iam::ACCOUNT:role/taskB-task') return names.passRoles;
    if (resource === 'arn:aws:iam::ACCOUNT:role/taskB-execution') return [];
    return [
      resource
        .replace(/mesh\/apps(?=\/|$)/, `mesh/${route.router === 'app-mesh' ? route.mesh : 'apps'}`)
        .replaceAll('MESH_OWNER', names.account)
        .replaceAll('REGION', names.region)
        .replaceAll('ACCOUNT', names.account)
        .replaceAll('STATE_MACHINE_NAME', names.stateMachineName)
        .replaceAll('LB_NAME', loadBalancerName!)
        .replaceAll('LB_ID', loadBalancerId!)
        .replaceAll('LISTENER_ID', listenerId!)
        .replaceAll('SERVICE_ID', lattice[0]!)
        .replaceAll('STABLE_TG_ID', lattice[1]!)
        .replaceAll('CANARY_TG_ID', lattice[2]!),
    ];
  };
  const statements = workflowGrants
    .filter((grant) => grant.router === undefined || grant.router === route.router)
    .flatMap((grant) => {
      const resources = [...new Set(grant.resources.flatMap(fill))];
      // A task definition without roles passes none: the statement has nothing to grant.
      if (resources.length === 0) return [];
      return {
        Sid: grant.sid,
        Effect: 'Allow',
        Action: grant.actions.length === 1 ? grant.actions[0] : grant.actions,
        Resource: resources.length === 1 ? resources[0] : resources,
        ...(grant.conditions ? { Condition: grant.conditions } : {}),
      };
    });
  return `${JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)}\n`;
}
