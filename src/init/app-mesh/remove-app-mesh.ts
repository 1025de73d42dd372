import { AwsCallError } from '../../errors.js';
import { deploymentTagKey } from '../../orchestrator/services.js';
import { removeMeshCanaryEntry } from '../../routing/app-mesh/canary-entry.js';
import { weightedTargetsOf } from '../../routing/app-mesh/route-spec.js';
import type { InitRunOptions } from '../apply-plan.js';
import {
  applyRemoval,
  canaryServiceRemoval,
  checkCanaryAtZero,
  checkCanaryServiceIdle,
  type PlannedRemoval,
  type RemoveOutcome,
} from '../apply-removal.js';
import type { InitClients } from '../clients.js';
import { createdByTag } from '../names.js';
import { initInputs, type MeshInitSettings } from '../settings.js';
import { madeByInitEcs } from '../tags.js';
import { canaryFamilyOf } from './canary-task-definition.js';
import { type MeshInitApis, type MeshStableSide, meshInitApis, readMeshStableSide } from './stable-side.js';

export type MeshRemoveOutcome = RemoveOutcome;

/**
 * Undoes init on App Mesh, in the reverse order: the canary ECS service, the canary's target in the route,
 * the canary virtual node, the canary's task definition (deregistered), the canary's Cloud Map service; each only when init made it (its
 * tag), and only while the canary has weight 0 and runs no task, both checked before the first deletion.
 */
export async function removeAppMesh(
  clients: InitClients,
  settings: MeshInitSettings,
  options: InitRunOptions,
): Promise<MeshRemoveOutcome> {
  const apis = meshInitApis(clients, settings);
  const stable = await readMeshStableSide(apis, settings);
  const node = await apis.nodes.read(settings.canaryNode);
  const service = await apis.ecs.service(settings.cluster, settings.canaryService);
  // init's revisions of the canary family: its tag, and no deployment's (a deploy's revision copies the tags of
  // the one it was made from). A deploy's revisions are the deploy's history: kept.
  const family = canaryFamilyOf(stable.taskDefinition.family!);
  const registered: string[] = [];
  for (const arn of await apis.ecs.activeRevisions(family)) {
    const tags = (await apis.ecs.taskDefinition(arn))?.tags ?? [];
    if (madeByInitEcs(tags) && !tags.some((tag) => tag.key === deploymentTagKey)) registered.push(arn);
  }

  checkCanaryServiceIdle(service, settings.canaryService);
  const entries = weightedTargetsOf(stable.route).filter(
    (target) => target.virtualNode === settings.canaryNode,
  );
  const weight = entries.reduce((sum, target) => sum + target.weight, 0);
  checkCanaryAtZero(initInputs.route, stable.routeLabel, settings.canaryNode, weight);

  const cloudMap = await cloudMapRemoval(apis, settings, stable);
  const nodeOwned =
    node?.tags.some((tag) => tag.key === createdByTag.key && tag.value === createdByTag.value) ?? false;
  const steps: PlannedRemoval[] = [
    canaryServiceRemoval(apis.ecs, service, settings),
    entries.length === 0
      ? { verb: 'gone', what: `${settings.canaryNode} from ${stable.routeLabel}` }
      : !nodeOwned
        ? {
            verb: 'keep',
            what: `${settings.canaryNode} in ${stable.routeLabel} (its node was not created by init)`,
          }
        : {
            verb: 'remove',
            what: `${settings.canaryNode} (weight 0) from ${stable.routeLabel}`,
            make: () =>
              removeMeshCanaryEntry(apis.routes, {
                routeName: settings.route,
                stableNode: settings.stableNode,
                canaryNode: settings.canaryNode,
                snapshot: stable.route,
              }),
          },
    !node
      ? { verb: 'gone', what: `virtual node ${settings.canaryNode}` }
      : !nodeOwned
        ? { verb: 'keep', what: `virtual node ${settings.canaryNode} (not created by init)` }
        : {
            verb: 'delete',
            what: `virtual node ${settings.canaryNode}`,
            make: async () => {
              await apis.nodes.delete(settings.canaryNode);
              return true;
            },
          },
    ...(registered.length === 0
      ? [{ verb: 'gone' as const, what: `task definition ${family} (no ACTIVE revision init registered)` }]
      : registered.map(
          (arn): PlannedRemoval => ({
            verb: 'delete',
            what: `task definition ${arn.split('/').pop()} (deregistered)`,
            make: async () => {
              await apis.ecs.deregisterTaskDefinition(arn);
              return true;
            },
          }),
        )),
    ...(cloudMap ? [cloudMap] : []),
  ];

  return applyRemoval(steps, options);
}

/** The canary's Cloud Map service, for a stable service registering in Cloud Map: deleted last, if init's. */
async function cloudMapRemoval(
  apis: MeshInitApis,
  settings: MeshInitSettings,
  stable: MeshStableSide,
): Promise<PlannedRemoval | undefined> {
  if (!stable.discovery.cloudMap) return undefined;
  const { namespace } = stable.discovery.cloudMap;
  const name = settings.canaryCloudMapService ?? settings.canaryNode;
  const label = `Cloud Map service ${namespace.Name}/${name}`;
  const found = await apis.cloudMap.serviceNamed(namespace.Id!, name);
  if (!found) return { verb: 'gone', what: label };
  if (!found.tags.some((tag) => tag.Key === createdByTag.key && tag.Value === createdByTag.value))
    return { verb: 'keep', what: `${label} (not created by init)` };
  return {
    verb: 'delete',
    what: label,
    make: async () => {
      try {
        await apis.cloudMap.delete(found.service.Id!);
      } catch (error) {
        if (error instanceof AwsCallError && error.awsErrorName === 'ResourceInUse')
          throw new AwsCallError(
            `deleting ${label}, which still has registered instances (ECS deregisters a task's once it has stopped): run init --remove --apply again when ${settings.canaryService}'s tasks are gone`,
            error.awsErrorName,
            { cause: error.cause },
          );
        throw error;
      }
      return true;
    },
  };
}
