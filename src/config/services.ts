import { type InputReader, optionalString, requiredString } from './inputs.js';

/** The stable ECS service: promotion rolls the new version out to it; rollback returns it. */
export function stableServiceSettings(read: InputReader): { cluster: string; service: string } {
  return {
    cluster:
      optionalString(read, 'stable-cluster') ??
      requiredString(read, 'cluster', 'Set it to the ECS cluster of the services.'),
    service: requiredString(
      read,
      'stable-service',
      'Set it to the ECS service that serves production (the stable virtual node), e.g. serviceB.',
    ),
  };
}
