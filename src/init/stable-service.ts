import type { Service } from '@aws-sdk/client-ecs';
import type { EcsServiceSetup } from '../ecs/service-setup.js';
import { InputError } from '../errors.js';
import { initInputs } from './settings.js';

/** The stable ECS service, read whole; refused unless it is a REPLICA service of the ECS (rolling) controller. */
export async function readStableService(
  ecs: EcsServiceSetup,
  settings: { cluster: string; stableService: string },
): Promise<Service> {
  const service = await ecs.service(settings.cluster, settings.stableService);
  if (!service)
    throw new InputError(
      initInputs.stableService,
      `no active service ${settings.stableService} in cluster ${settings.cluster}; check stable-service and cluster.`,
    );
  if (service.schedulingStrategy === 'DAEMON')
    throw new InputError(
      initInputs.stableService,
      `${settings.stableService} is a DAEMON service; a canary needs a REPLICA service.`,
    );
  if (service.deploymentController?.type && service.deploymentController.type !== 'ECS')
    throw new InputError(
      initInputs.stableService,
      `${settings.stableService} uses the ${service.deploymentController.type} deployment controller; init clones services of the ECS (rolling update) controller.`,
    );
  return service;
}

/** The service's current deployment (ECS shows VPC Lattice configurations there). */
export function primaryDeployment(service: Service) {
  return service.deployments?.find((deployment) => deployment.status === 'PRIMARY');
}
