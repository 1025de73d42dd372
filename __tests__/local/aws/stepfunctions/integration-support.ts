import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { LocalEcs } from '../../../../local/aws/ecs/ecs.js';
import { Connections } from '../../../../local/aws/eventbridge/connections.js';
import { GuardRule } from '../../../../local/aws/eventbridge/eventbridge.js';
import type { LambdaHandler } from '../../../../local/aws/lambda/lambdas.js';
import type { Json } from '../../../../local/aws/protocol.js';
import {
  type IntegrationServices,
  LocalStepFunctions,
} from '../../../../local/aws/stepfunctions/stepfunctions.js';
import { createClock } from '../../../../local/clock.js';
import { until } from '../../support.js';

export const place = { region: 'us-west-2', account: '123456789012' };

/** The local Step Functions with its integrations' services, running tiny one-task machines. */
export function integrationWorld(
  options: { lambdas?: Map<string, LambdaHandler>; ca?: string; holding?: (port: number) => boolean } = {},
) {
  const clock = createClock();
  const ecs = new LocalEcs(place, clock);
  const connections = new Connections(place, clock);
  const services: IntegrationServices = {
    ecs,
    http: { connections, ca: options.ca ?? '', ...(options.holding ? { holding: options.holding } : {}) },
  };
  const sfn = new LocalStepFunctions(
    place,
    clock,
    options.lambdas ?? new Map(),
    new GuardRule(place, clock, undefined, ''),
    services,
  );
  const operations = sfn.operations();
  let machines = 0;
  let runs = 0;

  /** Runs a machine of one Task state (with a Catch-free end) on `input`, until it ends. */
  async function runTask(task: Json, input: Json = {}) {
    const definition = {
      StartAt: 'Hook',
      States: { Hook: { Type: 'Task', ...task, End: true } },
    } as unknown as StateMachineDefinition;
    const machine = sfn.createStateMachine(`machine-${++machines}`, definition);
    const started = operations.StartExecution!({
      stateMachineArn: machine,
      name: `run-${++runs}`,
      input: JSON.stringify(input),
    }) as Json;
    const executionArn = String(started.executionArn);
    const describe = () => operations.DescribeExecution!({ executionArn }) as Json;
    await until(() => describe().status !== 'RUNNING', 15_000, 'the execution to end');
    await sfn.settled();
    const { events } = operations.GetExecutionHistory!({ executionArn, maxResults: 1000 }) as {
      events: Json[];
    };
    const execution = describe();
    return {
      executionArn,
      execution,
      events,
      types: events.map((event) => event.type),
      output: execution.output === undefined ? undefined : JSON.parse(String(execution.output)),
      startedAt: (events[0]!.timestamp as number) * 1000,
    };
  }

  return { clock, ecs, connections, sfn, operations, runTask };
}
