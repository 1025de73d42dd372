import type { DepsForRegion, StepDeps, StepLog } from '../deps.js';
import type { HandlerClients } from './handler-clients.js';

type RegionalClients = Pick<StepDeps, 'appMesh' | 'vpcLattice' | 'elbv2' | 'ecs' | 'health'>;

/**
 * One short in-process retry of the routers' calls (the SDK's own adaptive retry runs beneath it); a longer
 * outage surfaces as TransientError and the state machine's Retry waits it out without holding a Lambda.
 */
const routingRetry = { maxAttempts: 2, deadlineMs: 10_000 };

/** A client this handler does not build: any use names the handler file to add it to. */
function absent<T>(client: string): T {
  return new Proxy({} as object, {
    get(_target, property) {
      if (property === 'then') return undefined;
      throw new Error(`the ${client} client is not built for this handler: add it to its lambdas/*.ts file.`);
    },
  }) as T;
}

/**
 * The deps of a handler over the clients it names, built once per container and region: warm invocations
 * reuse connections.
 */
export function awsDeps(clients: HandlerClients) {
  const regional = new Map<string, RegionalClients>();
  let executions: StepDeps['executions'] | undefined;
  const executionsClient = (): StepDeps['executions'] => {
    const built =
      executions ??
      (clients.executions ? clients.executions() : absent<StepDeps['executions']>('Step Functions'));
    executions = built;
    return built;
  };
  let events: StepDeps['events'] | undefined;
  const eventsPublisher = (): StepDeps['events'] => {
    events ??= clients.events ? clients.events() : absent<StepDeps['events']>('EventBridge');
    return events;
  };
  const depsFor =
    (log: StepLog): DepsForRegion =>
    (region) => {
      let built = regional.get(region);
      if (!built) {
        built = {
          appMesh: clients.appMesh ? clients.appMesh(region) : absent('App Mesh'),
          vpcLattice: clients.vpcLattice ? clients.vpcLattice(region) : absent('VPC Lattice'),
          elbv2: clients.elbv2 ? clients.elbv2(region) : absent('Elastic Load Balancing'),
          ecs: clients.ecs ? clients.ecs(region) : absent('ECS'),
          health: clients.health ? clients.health(region) : absent('CloudWatch and X-Ray'),
        };
        regional.set(region, built);
      }
      return {
        ...built,
        routingRetry,
        executions: executionsClient(),
        events: eventsPublisher(),
        now: () => new Date(),
        log,
      };
    };
  return { depsFor, executions: executionsClient };
}
