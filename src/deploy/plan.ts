import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import type { DeploySettings } from '../config/deploy.js';
import { countOf } from '../count.js';

/** What a deployment will do, printed before it starts (and alone on a dry run). */
export interface DeployPlan {
  cluster: string;
  service: string;
  currentTaskDefinitionArn: string;
  family: string;
  appContainer: string;
  image: string;
  /** App Mesh: the Envoy image and the node it joins. */
  envoy?: { image: string; virtualNode: string };
  desiredCount?: number;
  waitMinutes?: number;
}

export function buildPlan(
  settings: DeploySettings,
  currentTaskDefinitionArn: string,
  rendered: RegisterTaskDefinitionCommandInput,
  appContainer: string,
): DeployPlan {
  const containers = rendered.containerDefinitions ?? [];
  const imageOf = (name: string) => containers.find((container) => container.name === name)?.image ?? '';
  return {
    cluster: settings.cluster,
    service: settings.service,
    currentTaskDefinitionArn,
    family: rendered.family ?? '',
    appContainer,
    image: imageOf(appContainer),
    ...(settings.render
      ? {
          envoy: {
            image: imageOf('envoy'),
            virtualNode: `mesh/${settings.render.mesh}/virtualNode/${settings.render.virtualNode}`,
          },
        }
      : {}),
    desiredCount: settings.desiredCount,
    waitMinutes: settings.waitForServiceStability ? settings.waitForMinutes : undefined,
  };
}

export function describePlan(plan: DeployPlan): string[] {
  return [
    `service ${plan.service} in cluster ${plan.cluster} runs ${plan.currentTaskDefinitionArn}`,
    `register a new revision of ${plan.family}: ${plan.appContainer} = ${plan.image}${plan.envoy ? `, envoy = ${plan.envoy.image} as ${plan.envoy.virtualNode}` : ' (no sidecar: the router is not a mesh)'}`,
    `update service ${plan.service} to it${plan.desiredCount === undefined ? '' : ` with ${countOf(plan.desiredCount, 'task')}`}`,
    plan.waitMinutes === undefined
      ? 'do not wait for the service to become stable'
      : `wait up to ${plan.waitMinutes} min for the service to become stable`,
  ];
}
