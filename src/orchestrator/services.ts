import type { Ecs } from '../ecs/index.js';

/** Scales a service to 0 unless it already is; returns whether it sent the change. */
export async function scaleToZero(ecs: Ecs, target: { cluster: string; service: string }): Promise<boolean> {
  const state = await ecs.describeService(target.cluster, target.service);
  if (state.desiredCount === 0) return false;
  await ecs.scaleService({ cluster: target.cluster, service: target.service, desiredCount: 0 });
  return true;
}

/** Puts the service back on its pre-deploy task definition unless it runs it; returns what it ran before. */
export async function revertTaskDefinition(
  ecs: Ecs,
  target: { cluster: string; service: string; previousTaskDefinitionArn: string },
): Promise<string | undefined> {
  const state = await ecs.describeService(target.cluster, target.service);
  if (state.taskDefinitionArn === target.previousTaskDefinitionArn) return undefined;
  await ecs.updateService({
    cluster: target.cluster,
    service: target.service,
    taskDefinitionArn: target.previousTaskDefinitionArn,
  });
  return state.taskDefinitionArn;
}
