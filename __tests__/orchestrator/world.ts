import './lambda-env.js';
import { AppMeshClient, type RouteSpec as SdkRouteSpec, UpdateRouteCommand } from '@aws-sdk/client-app-mesh';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { ECSClient } from '@aws-sdk/client-ecs';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DescribeExecutionCommand, ListExecutionsCommand, SFNClient } from '@aws-sdk/client-sfn';
import { XRayClient } from '@aws-sdk/client-xray';
import { mockClient } from 'aws-sdk-client-mock';
import type { CanaryEventDetail } from '../../src/events/index.js';
import type { AlarmStateValue } from '../../src/health/index.js';
import { type RouteSpec, weightedTargetsOf } from '../../src/routing/app-mesh/index.js';
import { type FakeAppMesh, seedMesh } from '../routing/app-mesh/fake-app-mesh.js';
import { FakeEcs } from './fake-ecs.js';
import {
  canaryNew,
  canaryPrevious,
  canaryTaskDefinition,
  type MeshDocument,
  stablePrevious,
  stateMachineArn,
} from './fixtures.js';

/** Every client the Lambdas build is mocked here (aws-sdk-client-mock stubs the classes' send). */
export const mocks = {
  appMesh: mockClient(AppMeshClient),
  ecs: mockClient(ECSClient),
  cloudWatch: mockClient(CloudWatchClient),
  xray: mockClient(XRayClient),
  sfn: mockClient(SFNClient),
  events: mockClient(EventBridgeClient),
};

export interface RunningExecution {
  executionArn: string;
  startDate: Date;
  input?: string;
}

/** An execution of the state machine that has ended. */
export interface EndedExecution extends RunningExecution {
  status: 'SUCCEEDED' | 'FAILED' | 'ABORTED' | 'TIMED_OUT';
  error?: string;
}

/** The AWS the handlers see: the seed mesh, both services, an alarm that follows the canary's weight. */
export interface World {
  mesh: FakeAppMesh;
  ecs: FakeEcs;
  /** The alarm's state for a given canary weight on route serviceB. */
  alarmAt: (canaryWeight: number) => AlarmStateValue;
  /** Other RUNNING executions of the state machine (this one is added by the run). */
  running: RunningExecution[];
  /** Executions of the state machine that have ended. */
  ended: EndedExecution[];
}

export function createWorld(document: MeshDocument, routes: Record<string, RouteSpec> = {}): World {
  for (const mock of Object.values(mocks)) mock.reset();
  const mesh = seedMesh(document.snapshot.routes[0]!.spec as SdkRouteSpec);
  for (const [name, spec] of Object.entries(routes))
    mesh.addRoute('apps', 'serviceB', name, spec as SdkRouteSpec);
  const ecs = new FakeEcs()
    .addService('apps', 'serviceB', stablePrevious, 3)
    .addService('apps', 'serviceBv2', canaryNew, 2)
    .addTaskDefinition(canaryTaskDefinition())
    .addTaskDefinition({ taskDefinitionArn: canaryPrevious, family: 'taskBv2', revision: 3 })
    .addTaskDefinition({ taskDefinitionArn: stablePrevious, family: 'taskB', revision: 7 });
  const world: World = { mesh, ecs, alarmAt: () => 'OK', running: [], ended: [] };
  mocks.events.on(PutEventsCommand).callsFake(({ Entries }) => ({
    FailedEntryCount: 0,
    Entries: (Entries ?? []).map((_: unknown, index: number) => ({ EventId: `event-${index}` })),
  }));
  mesh.install(mocks.appMesh);
  ecs.install(mocks.ecs);
  mocks.cloudWatch.on(DescribeAlarmsCommand).callsFake(({ AlarmNames }) => ({
    MetricAlarms: (AlarmNames ?? []).map((name: string) => ({
      AlarmName: name,
      StateValue: world.alarmAt(canaryWeight(world, 'serviceB')),
    })),
  }));
  const all = () =>
    [
      ...world.running.map((execution) => ({ ...execution, status: 'RUNNING', error: undefined })),
      ...world.ended,
    ].sort((a, b) => b.startDate.getTime() - a.startDate.getTime());
  mocks.sfn.on(ListExecutionsCommand, { stateMachineArn }).callsFake(({ statusFilter }) => ({
    executions: all()
      .filter((execution) => statusFilter === undefined || execution.status === statusFilter)
      .map(({ executionArn, startDate, status }) => ({
        executionArn,
        stateMachineArn,
        name: executionArn.split(':').at(-1),
        status,
        startDate,
      })),
  }));
  mocks.sfn.on(DescribeExecutionCommand).callsFake(({ executionArn }) => {
    const found = all().find((execution) => execution.executionArn === executionArn);
    if (!found) throw Object.assign(new Error('Execution Does Not Exist'), { name: 'ExecutionDoesNotExist' });
    return {
      executionArn,
      stateMachineArn,
      status: found.status,
      startDate: found.startDate,
      input: found.input,
      ...(found.error ? { error: found.error } : {}),
    };
  });
  return world;
}

/** The events the handlers put on the default event bus, in order: detail-type and parsed detail. */
export function putEvents(): Array<{ source: string; detailType: string; detail: CanaryEventDetail }> {
  return mocks.events.commandCalls(PutEventsCommand).flatMap((call) =>
    (call.args[0].input.Entries ?? []).map((entry) => ({
      source: entry.Source!,
      detailType: entry.DetailType!,
      detail: JSON.parse(entry.Detail!) as CanaryEventDetail,
    })),
  );
}

/** Replaces a route of the fake mesh, as an edit by someone else (or a run that stopped) leaves it. */
export function setRoute(world: World, routeName: string, spec: RouteSpec, version = 9): void {
  world.mesh.addRoute('apps', 'serviceB', routeName, spec as SdkRouteSpec, version);
}

export function routeSpec(world: World, routeName = 'serviceB'): RouteSpec {
  return world.mesh.route('apps', 'serviceB', routeName).spec as RouteSpec;
}

/** The canary node's weight on a route of the fake mesh (0 when it has no target). */
export function canaryWeight(world: World, routeName = 'serviceB'): number {
  return weightedTargetsOf(routeSpec(world, routeName))
    .filter((target) => target.virtualNode === 'serviceBv2')
    .reduce((sum, target) => sum + target.weight, 0);
}

/** The canary weights UpdateRoute wrote to a route, in order. */
export function writtenCanaryWeights(routeName = 'serviceB'): number[] {
  return mocks.appMesh.commandCalls(UpdateRouteCommand, { routeName }).map((call) =>
    weightedTargetsOf(call.args[0].input.spec as RouteSpec)
      .filter((target) => target.virtualNode === 'serviceBv2')
      .reduce((sum, target) => sum + target.weight, 0),
  );
}

/** Every AWS request the handlers sent, by operation name. */
export function awsCalls(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mock of Object.values(mocks)) {
    // biome-ignore lint/suspicious/noExplicitAny: all calls of the client, whatever the command
    for (const call of mock.calls() as any[]) {
      const name = String(call.args[0].constructor.name).replace(/Command$/, '');
      counts[name] = (counts[name] ?? 0) + 1;
    }
  }
  return counts;
}

/** Requests that change something in AWS. */
export const mutatingOperations = [
  'UpdateRoute',
  'UpdateService',
  'RegisterTaskDefinition',
  'CreateVirtualNode',
];

export function mutatingCalls(): string[] {
  return Object.entries(awsCalls())
    .filter(([name]) => mutatingOperations.includes(name))
    .map(([name, count]) => `${name} x${count}`);
}
