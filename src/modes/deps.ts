import { AppMeshClient } from '@aws-sdk/client-app-mesh';
import { ECSClient } from '@aws-sdk/client-ecs';
import { SFNClient } from '@aws-sdk/client-sfn';
import { clientConfig } from '../aws/client-config.js';
import { Ecs } from '../ecs/index.js';
import { awsHealthReaders, healthClients } from '../health/index.js';
import type { StepDeps } from '../orchestrator/deps.js';
import { Executions } from '../orchestrator/sfn.js';
import type { Log } from '../report/log.js';

/** What the Action's and the CLI's modes need; the same shape the state machine's steps take, plus timing. */
export interface ModeDeps extends StepDeps {
  region: string;
  log: Log & StepDeps['log'];
  sleep: (seconds: number) => Promise<void>;
}

export function awsModeDeps(region: string, log: Log): ModeDeps {
  return {
    region,
    appMesh: new AppMeshClient(clientConfig({ region })),
    ecs: new Ecs(new ECSClient(clientConfig({ region }))),
    health: awsHealthReaders(healthClients({ region })),
    executions: new Executions(new SFNClient(clientConfig({ region }))),
    now: () => new Date(),
    sleep: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
    log,
  };
}
