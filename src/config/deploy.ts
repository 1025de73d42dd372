import { InputError } from '../errors.js';
import {
  boolean,
  type InputReader,
  integer,
  optionalInteger,
  optionalString,
  requiredString,
} from './inputs.js';
import { type RenderSettings, renderSettings } from './render.js';

export interface DeploySettings {
  /** App Mesh: how the Envoy sidecar is rendered. Absent for routers without a mesh (VPC Lattice, ALB). */
  render?: RenderSettings;
  /** The app container and its new image, whatever the router. */
  containerName?: string;
  image?: string;
  /** Path of an app-only task definition; when absent, the service's current task definition is the base. */
  taskDefinitionFile?: string;
  cluster: string;
  service: string;
  desiredCount?: number;
  /** Account that owns the mesh when it is shared with this account (RAM); else the service's account. */
  meshOwner?: string;
  waitForServiceStability: boolean;
  waitForMinutes: number;
  dryRun: boolean;
}

/** @param withMesh whether the router is App Mesh: only then is the Envoy sidecar rendered. */
export function deploySettings(read: InputReader, withMesh = true): DeploySettings {
  const meshOwner = optionalString(read, 'mesh-owner');
  if (meshOwner !== undefined && !/^\d{12}$/.test(meshOwner)) {
    throw new InputError('mesh-owner', `must be a 12-digit AWS account ID; got "${meshOwner}".`);
  }
  return {
    ...(withMesh ? { render: renderSettings(read, 'canary-node') } : {}),
    containerName: optionalString(read, 'container-name'),
    image: optionalString(read, 'image'),
    taskDefinitionFile: optionalString(read, 'task-definition'),
    cluster: requiredString(read, 'cluster', 'Set it to the ECS cluster of the canary service.'),
    service: requiredString(read, 'service', 'Set it to the ECS service that runs the canary version.'),
    desiredCount: desiredCount(read),
    meshOwner,
    waitForServiceStability: boolean(read, 'wait-for-service-stability', true),
    waitForMinutes: integer(read, 'wait-for-minutes', 60, { min: 1, max: 360 }),
    dryRun: boolean(read, 'dry-run', false),
  };
}

/** At least one task: a canary with none would get its share of the traffic and answer nothing. */
function desiredCount(read: InputReader): number | undefined {
  const count = optionalInteger(read, 'desired-count', { min: 0 });
  if (count === 0) {
    throw new InputError(
      'desired-count',
      'is 0: the canary would receive its share of the traffic with no task to answer it. Leave it unset ' +
        '(the current count, or the stable service count when the canary is at 0) or give 1 or more.',
    );
  }
  return count;
}
