import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import { ECSClient } from '@aws-sdk/client-ecs';
import { SFNClient } from '@aws-sdk/client-sfn';
import { clientConfig } from '../../aws/client-config.js';
import { Ecs } from '../../ecs/index.js';
import { awsHealthReaders, healthClients } from '../../health/index.js';
import type { DepsForRegion, StepDeps, StepLog } from '../deps.js';
import { Executions } from '../sfn.js';

type RegionalClients = Pick<StepDeps, 'appMesh' | 'ecs' | 'health'>;

// Built once per container and region: warm invocations reuse connections.
const regional = new Map<string, RegionalClients>();
let executions: Executions | undefined;

/**
 * One short in-process retry of App Mesh calls (the SDK's own adaptive retry runs beneath it); a longer
 * outage surfaces as TransientError and the state machine's Retry waits it out without holding a Lambda.
 */
const meshRetry = { maxAttempts: 2, deadlineMs: 10_000 };

/** The state machine's own Step Functions API, in the Lambda's region. */
export function awsExecutions(): Executions {
  // Short in-process retries: a longer throttle surfaces as TransientError for the state machine's Retry.
  executions ??= new Executions(new SFNClient(clientConfig()), { deadlineMs: 10_000 });
  return executions;
}

export function awsDepsFor(log: StepLog): DepsForRegion {
  return (region) => {
    let clients = regional.get(region);
    if (!clients) {
      clients = {
        appMesh: new AppMeshClient(clientConfig({ region })),
        ecs: new Ecs(new ECSClient(clientConfig({ region }))),
        health: awsHealthReaders(healthClients({ region })),
      };
      regional.set(region, clients);
    }
    return { ...clients, meshRetry, executions: awsExecutions(), now: () => new Date(), log };
  };
}
