import '../test-setup/polyfills.js';
import { readFileSync } from 'node:fs';
import { timeScaleVariable } from '../src/pace.js';
import { LocalAppMesh } from './aws/app-mesh/appmesh.js';
import { CallLog, type FaultSpec } from './aws/calls.js';
import { alarmWatch } from './aws/cloudwatch/alarm-watch.js';
import { LocalCloudWatch } from './aws/cloudwatch/cloudwatch.js';
import { LocalEcs } from './aws/ecs/ecs.js';
import {
  type AlbRuleRef,
  type Elbv2ActionWrite,
  elbv2Namespace,
  elbv2Version,
  LocalElbv2,
} from './aws/elbv2/elbv2.js';
import { Connections } from './aws/eventbridge/connections.js';
import { type BusEvent, LocalEventBus } from './aws/eventbridge/event-bus.js';
import { AlarmPushRule, GuardRule } from './aws/eventbridge/eventbridge.js';
import type { LambdaHandler } from './aws/lambda/lambdas.js';
import type { AwsError, Json } from './aws/protocol.js';
import { LocalEndpoint } from './aws/server.js';
import { LocalCloudMap } from './aws/servicediscovery/cloud-map.js';
import { type ExecutionRecord, LocalStepFunctions } from './aws/stepfunctions/stepfunctions.js';
import { type LatticeActionWrite, type LatticeRuleRef, LocalVpcLattice } from './aws/vpc-lattice/lattice.js';
import { LocalXRay } from './aws/xray/xray.js';
import { createClock, installSimulatedDate, type SimClock } from './clock.js';
import { DataPlane, type DataPlaneRequest } from './dataplane/data-plane.js';
import { scenarioAllowlist, withAllowlist } from './hooks/hook-allowlist.js';
import type { HookInvocation } from './hooks/hook-invocations.js';
import { LocalHooks, smokeUrlVariable } from './hooks/hooks.js';
import { timed } from './profile.js';
import { type SeedKind, seed, seedNames } from './seed/seed.js';
import {
  albSeedNames,
  attachSeedServices,
  latticeSeedNames,
  seedAlb,
  seedLattice,
} from './seed/seed-routers.js';
import {
  loadScenario,
  parseScenario,
  type Scenario,
  type ScenarioInput,
  versionOf,
} from './traffic/scenario.js';
import { TrafficSimulator } from './traffic/traffic.js';

export type { AlbRuleRef, Elbv2ActionWrite } from './aws/elbv2/elbv2.js';
export type { BusEvent } from './aws/eventbridge/event-bus.js';
export type { LatticeActionWrite, LatticeRuleRef } from './aws/vpc-lattice/lattice.js';
export type { DataPlaneRequest } from './dataplane/data-plane.js';
export type { HookInvocation } from './hooks/hook-invocations.js';
export { type SeedKind, seedNames } from './seed/seed.js';
export { albSeedNames, latticeSeedNames } from './seed/seed-routers.js';
export type { Scenario, ScenarioInput } from './traffic/scenario.js';

export interface LocalStackOptions {
  /** Port on 127.0.0.1; default: any free port (the same one again on a restart in this process). */
  port?: number;
  /** Real milliseconds per simulated minute (default 50). */
  msPerSimMinute?: number;
  /** A scenario object or the path of a scenario JSON file (default: the seed's steady traffic). */
  scenario?: ScenarioInput | string;
  region?: string;
  account?: string;
  /** POWERTOOLS_LOG_LEVEL of the in-process Lambda handlers (default SILENT). */
  handlerLogLevel?: string;
  /**
   * getting-started (default): the guide's stable and canary; stable-only: serviceB alone, for `init`;
   * stable-only-cloud-map: the same, serviceB's node discovered through Cloud Map.
   */
  seed?: SeedKind;
  /** Where the stack writes what happens beside the AWS calls (each hook call); default: nowhere. */
  log?: (line: string) => void;
}

export interface RouteTarget {
  virtualNode: string;
  weight: number;
  port?: number;
}

/** One target group of a forward action: its name, ARN and weight. */
export interface ForwardTarget {
  targetGroup: string;
  targetGroupArn: string;
  weight: number;
}

export interface ServiceView {
  taskDefinition: string;
  desiredCount: number;
  runningCount: number;
  image?: string;
  deployments: Array<{ status: string; taskDefinition: string; rolloutState: string; failedTasks: number }>;
}

export interface LocalStack {
  endpoint: string;
  region: string;
  account: string;
  clock: SimClock;
  stateMachineArn: string;
  /** The environment a child process (the Action bundle, the CLI) needs to reach this stack. */
  env: Record<string, string>;
  scenario: { readonly current: Scenario; load(scenario: ScenarioInput | string): void };
  appMesh: LocalAppMesh;
  vpcLattice: LocalVpcLattice;
  elbv2: LocalElbv2;
  ecs: LocalEcs;
  cloudMap: LocalCloudMap;
  stepFunctions: LocalStepFunctions;
  traffic: TrafficSimulator;
  calls: CallLog;
  guard: GuardRule;
  /** Alarm state changes delivered to the guard (alarm push). */
  alarmPush: AlarmPushRule;
  /** Fails the next call(s) of an operation (throttling unless told otherwise). */
  injectFault(fault: FaultSpec): void;
  /** The injected faults not yet due stop: the outage is over. */
  clearFaults(): void;
  /** Delivers an ended execution's status change to the guard again (at-least-once, late delivery). */
  redeliverGuardEvent(executionArn: string): Promise<void>;
  /** The weighted targets of the scenario's route now. */
  routeTargets(): RouteTarget[];
  routeSpec(): Json | undefined;
  /** A VPC Lattice rule's forward now (the seed's rule by default; without rule, the listener's default). */
  latticeForward(ref?: LatticeRuleRef): ForwardTarget[];
  /** An ALB rule's forward now (the seed's rule by default; without rulePriority, the listener's default). */
  albForward(ref?: AlbRuleRef): ForwardTarget[];
  /** Every VPC Lattice UpdateRule / UpdateListener action write, with its simulated time. */
  latticeWrites(): LatticeActionWrite[];
  /** Every ELBv2 ModifyRule / ModifyListener action write, with its simulated time. */
  albWrites(): Elbv2ActionWrite[];
  /** Every event PutEvents put on the default event bus, in order, as EventBridge delivers it to targets. */
  eventsPut(): BusEvent[];
  service(name: string, cluster?: string): ServiceView;
  executions(): ExecutionRecord[];
  /** Waits until every execution has ended and the guard has handled it. */
  settled(): Promise<void>;
  /** The scenario's hooks: every call recorded, the ARNs and URLs to give a deploy. */
  hooks: {
    /** Every hook call in order (function event, task environment, endpoint request) and its answer. */
    invocations(): HookInvocation[];
    functionArn(name: string): string;
    /** https://127.0.0.1:<port><path> on the stack's TLS server (trusted by its Step Functions alone). */
    endpointUrl(path: string): string;
    /** The ARN of a connection the scenario declared (hooks.connections). */
    connectionArn(name: string): string;
    /** Resolves when the hook functions of the scenarios loaded so far are registered. */
    ready(): Promise<void>;
  };
  /** The data plane for test requests: its URL (also APPMESH_CANARY_SMOKE_URL) and every request it served. */
  dataPlane: { url: string; requests(): DataPlaneRequest[] };
  stop(): Promise<void>;
}

const defaults = { region: 'us-west-2', account: '123456789012' };
let processPort: number | undefined;

/** infra/'s default executionTimeout (3 days). */
const defaultExecutionTimeoutSeconds = 3 * 86_400;

/** The state machine as infra/ deploys it: each ${XxxFunctionArn} becomes a Lambda function ARN. */
function deployedDefinition(place: { region: string; account: string }): {
  /** The definition's text with the function ARNs in: the hook allowlist goes in when the hooks are known. */
  text: string;
  functions: Map<string, string>;
} {
  const file = readFileSync(new URL('../statemachine/canary.asl.json', import.meta.url), 'utf8');
  const functions = new Map<string, string>();
  const substituted = file.replace(/\$\{(\w+)FunctionArn\}/g, (_, name: string) => {
    const kebab = name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
    const arn = `arn:aws:lambda:${place.region}:${place.account}:function:appmesh-canary-${kebab}`;
    functions.set(`${name}FunctionArn`, arn);
    return arn;
  });
  // As the infra stack deploys it: with its default execution timeout (the Action reads it before a deploy).
  const text = JSON.stringify({ ...JSON.parse(substituted), TimeoutSeconds: defaultExecutionTimeoutSeconds });
  return { text, functions };
}

function scenarioOf(input: ScenarioInput | string | undefined): Scenario {
  if (typeof input === 'string') return loadScenario(input);
  return parseScenario(input ?? {});
}

/**
 * Starts the local AWS-compatible endpoint on 127.0.0.1, seeded with the getting-started mesh and services,
 * its Step Functions running the project's real state machine and Lambda handlers in this process. The
 * process clock becomes the simulated clock until stop().
 */
export function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  return timed('stack start-up', () => assembleStack(options));
}

async function assembleStack(options: LocalStackOptions): Promise<LocalStack> {
  const place = { region: options.region ?? defaults.region, account: options.account ?? defaults.account };
  const clock = createClock({ msPerSimMinute: options.msPerSimMinute ?? 50 });
  const restoreDate = installSimulatedDate(clock);
  try {
    const scenario = scenarioOf(options.scenario);
    const calls = new CallLog();
    const appMesh = new LocalAppMesh(place, clock);
    const ecs = new LocalEcs(place, clock);
    const vpcLattice = new LocalVpcLattice(place, clock);
    const elbv2 = new LocalElbv2(place, clock);
    const cloudMap = new LocalCloudMap(place, clock);
    ecs.configure({
      targetGroups: targetGroupLookup(vpcLattice, elbv2),
      registries: (arn) => cloudMap.registryProblem(arn),
    });
    cloudMap.configure({ instances: (arn) => ecs.registeredInstances(arn) });
    const kind = options.seed ?? 'getting-started';
    seed(appMesh, ecs, place, kind, cloudMap);
    attachSeedServices(ecs, place.account, seedLattice(vpcLattice, kind), seedAlb(elbv2, kind));
    // The seeded rules have carried traffic since long before the stack started.
    for (const write of [...vpcLattice.history.writes, ...elbv2.history.writes]) write.at = 0;
    const traffic = new TrafficSimulator(scenario, { appMesh, vpcLattice, elbv2, ecs }, clock);
    const world = { traffic, vpcLattice, elbv2 };
    let hooks: LocalHooks | undefined;
    let allowHooks: ((declared: Scenario['hooks']) => void) | undefined;
    const load = (next: Scenario) => {
      hooks?.load(next.hooks);
      allowHooks?.(next.hooks);
      for (const alarm of next.alarms) alarmWatch(world, alarm, next);
      traffic.load(next);
      ecs.configure({
        failsToStart: (image) => versionOf(traffic.current, image)?.failsToStart ?? false,
        timing: next.ecs,
      });
    };
    load(scenario);

    // The handlers read their environment when they load: set it before importing them.
    const previousEnv = { ...process.env };
    const port = options.port ?? processPort ?? 0;
    Object.assign(process.env, {
      AWS_REGION: place.region,
      AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
      AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
      POWERTOOLS_SERVICE_NAME: 'appmesh-canary',
      POWERTOOLS_LOG_LEVEL: options.handlerLogLevel ?? 'SILENT',
      // As in Lambda: the SDK names it in the user agent, which tells the handlers' calls apart.
      AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    });
    const { taskHandlers, guardHandler } = await import('./aws/lambda/lambdas.js');
    const { text: definitionText, functions } = deployedDefinition(place);
    const lambdas = new Map<string, LambdaHandler>();
    for (const [substitution, arn] of functions) {
      const handler = taskHandlers[substitution];
      if (handler) lambdas.set(arn, handler);
    }
    const guardArn = `arn:aws:lambda:${place.region}:${place.account}:function:appmesh-canary-guard`;
    const guard = new GuardRule(place, clock, guardHandler, guardArn);
    const connections = new Connections(place, clock);
    let dataPlane: DataPlane | undefined;
    hooks = new LocalHooks(
      place,
      clock,
      { lambdas, ecs, connections },
      options.log ?? (() => {}),
      () => dataPlane?.url ?? '',
    );
    const stepFunctions = new LocalStepFunctions(place, clock, lambdas, guard, {
      ecs,
      http: { connections, ca: hooks.certificate.cert, holding: (port) => hooks.holding(port) },
    });
    const stateMachineArn = stepFunctions.createStateMachine(
      'appmesh-canary',
      withAllowlist(definitionText, { functions: [], taskDefinitions: [], passRoles: [], connections: [] }),
    );
    // As infra/ given the scenario's hook targets: the allowlist the deploy's pre-flight reads.
    allowHooks = (declared) => {
      if (!hooks) return;
      const localHooks = hooks;
      const allowlist = scenarioAllowlist(declared, place, {
        functionArn: (name) => localHooks.functionArn(name),
        connectionArn: (name) => localHooks.connectionArn(name),
        endpointOrigin: localHooks.endpointUrl(''),
      });
      stepFunctions.redefine(stateMachineArn, withAllowlist(definitionText, allowlist));
    };
    // As infra/ sets it on the guard function: the state machine whose canaries an alarm stops.
    process.env.STATE_MACHINE_ARN = stateMachineArn;
    const cloudWatch = new LocalCloudWatch(place, clock, world);
    const eventBus = new LocalEventBus(place, clock);
    const alarmPush = new AlarmPushRule(place, clock, guardHandler, guardArn, () => cloudWatch.alarmStates());

    const endpoint = new LocalEndpoint(
      [
        {
          service: 'ecs',
          targetPrefix: 'AmazonEC2ContainerServiceV20141113',
          contentType: 'application/x-amz-json-1.1',
          operations: ecs.operations(),
          errorBody: (error) => ({ __type: error.code, message: error.message }),
        },
        {
          service: 'states',
          targetPrefix: 'AWSStepFunctions',
          contentType: 'application/x-amz-json-1.0',
          operations: stepFunctions.operations(),
          errorBody: (error) => ({ __type: error.code, message: error.message }),
        },
        {
          service: 'events',
          targetPrefix: 'AWSEvents',
          contentType: 'application/x-amz-json-1.1',
          operations: { ...eventBus.operations(), ...connections.operations() },
          errorBody: (error) => ({ __type: error.code, message: error.message }),
        },
        {
          service: 'servicediscovery',
          targetPrefix: 'Route53AutoNaming_v20170314',
          contentType: 'application/x-amz-json-1.1',
          operations: cloudMap.operations(),
          errorBody: (error) => ({ __type: error.code, Message: error.message, ...error.members }),
        },
        {
          service: 'cloudwatch',
          targetPrefix: 'GraniteServiceVersion20100801',
          contentType: 'application/x-amz-json-1.0',
          operations: cloudWatch.operations(),
          errorBody: (error) => ({
            __type: `com.amazonaws.cloudwatch#${error.code}`,
            message: error.message,
          }),
          // CloudWatch's JSON protocol keeps the query protocol's error codes in this header.
          errorHeaders: (error) => ({
            'x-amzn-query-error': `${queryCode(error)};${error.status >= 500 ? 'Receiver' : 'Sender'}`,
          }),
        },
      ],
      [
        { service: 'appmesh', operations: appMesh.operations(), messageField: 'message' },
        { service: 'vpc-lattice', operations: vpcLattice.operations(), messageField: 'message' },
        { service: 'xray', operations: new LocalXRay(traffic).operations(), messageField: 'Message' },
      ],
      calls,
      clock,
      [
        {
          service: 'elbv2',
          version: elbv2Version,
          xmlNamespace: elbv2Namespace,
          operations: elbv2.operations(),
        },
      ],
    );
    const url = await endpoint.listen(port);
    // The handlers build their clients once per process, on first use: keep this port for a restart.
    processPort = Number(new URL(url).port);
    process.env.AWS_ENDPOINT_URL = url;
    alarmPush.start();
    await hooks.listen();

    const env: Record<string, string> = {
      AWS_ENDPOINT_URL: url,
      AWS_REGION: place.region,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      // Testing only (src/pace.ts): the Action's and the CLI's real-time waits at this stack's clock rate.
      [timeScaleVariable]: String(clock.msPerSimMinute / 60_000),
    };
    let stopped = false;
    const localHooks = hooks;
    const stack: LocalStack = {
      endpoint: url,
      ...place,
      clock,
      stateMachineArn,
      env,
      scenario: {
        get current() {
          return traffic.current;
        },
        load: (next) => load(scenarioOf(next)),
      },
      appMesh,
      vpcLattice,
      elbv2,
      ecs,
      cloudMap,
      stepFunctions,
      traffic,
      calls,
      guard,
      alarmPush,
      injectFault: (fault) => calls.inject(fault),
      clearFaults: () => calls.clearFaults(),
      redeliverGuardEvent: (executionArn) => stepFunctions.redeliver(executionArn),
      routeSpec: () => {
        const { mesh, virtualRouter, route } = traffic.current.route;
        return appMesh.routeSpec(mesh, virtualRouter, route);
      },
      routeTargets: () => {
        const { mesh, virtualRouter, route } = traffic.current.route;
        return targetsOf(appMesh.routeSpec(mesh, virtualRouter, route));
      },
      latticeForward: (ref = defaultLatticeRule) =>
        vpcLattice.forwardAt(ref, clock.nowMs()).map((one) => ({
          targetGroup: vpcLattice.targetGroupOf(one.targetGroupArn)?.name ?? one.targetGroupArn,
          ...one,
        })),
      albForward: (ref = defaultAlbRule) =>
        elbv2.forwardAt(ref, clock.nowMs()).map((one) => ({
          targetGroup: elbv2.targetGroupName(one.targetGroupArn) ?? one.targetGroupArn,
          ...one,
        })),
      latticeWrites: () => structuredClone(vpcLattice.history.writes),
      albWrites: () => structuredClone(elbv2.history.writes),
      eventsPut: () => structuredClone(eventBus.events),
      service: (name, cluster = seedNames.cluster) => {
        const record = ecs.serviceRecord(cluster, name);
        const image = ecs.appImageOf(record.taskDefinition);
        return {
          taskDefinition: record.taskDefinition,
          desiredCount: record.desiredCount,
          runningCount: record.deployments.reduce((sum, deployment) => sum + deployment.runningCount, 0),
          ...(image ? { image } : {}),
          deployments: record.deployments.map((deployment) => ({
            status: deployment.status,
            taskDefinition: deployment.taskDefinition,
            rolloutState: deployment.rolloutState,
            failedTasks: deployment.failedTasks,
          })),
        };
      },
      executions: () => stepFunctions.allExecutions(),
      settled: () => timed('settling executions', () => stepFunctions.settled()),
      hooks: {
        invocations: () => localHooks.invocations(),
        functionArn: (name) => localHooks.functionArn(name),
        endpointUrl: (path) => localHooks.endpointUrl(path),
        connectionArn: (name) => localHooks.connectionArn(name),
        ready: () => localHooks.ready(),
      },
      dataPlane: {
        get url() {
          return dataPlane?.url ?? '';
        },
        requests: () => dataPlane?.requests() ?? [],
      },
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await dataPlane?.close();
        await localHooks.close();
        guard.disable();
        alarmPush.disable();
        for (const execution of stepFunctions.allExecutions())
          if (execution.status === 'RUNNING') {
            execution.abort?.();
            stepFunctions.abortTasks(execution.arn);
          }
        await endpoint.close();
        for (const key of Object.keys(process.env)) if (!(key in previousEnv)) delete process.env[key];
        Object.assign(process.env, previousEnv);
        restoreDate();
      },
    };
    try {
      dataPlane = new DataPlane(stack);
      const smokeUrl = await dataPlane.listen();
      // Hook functions run in this process and child processes get stack.env: both reach the data plane.
      process.env[smokeUrlVariable] = smokeUrl;
      env[smokeUrlVariable] = smokeUrl;
      localHooks.load(traffic.current.hooks);
      allowHooks(traffic.current.hooks);
      await localHooks.ready();
    } catch (error) {
      // A hook that cannot load (a module without a handler): nothing of the stack is left listening.
      await stack.stop();
      throw error;
    }
    return stack;
  } catch (error) {
    restoreDate();
    throw error;
  }
}

const defaultLatticeRule: LatticeRuleRef = {
  service: latticeSeedNames.service,
  listener: latticeSeedNames.listener,
  rule: latticeSeedNames.rule,
};

const defaultAlbRule: AlbRuleRef = {
  loadBalancer: albSeedNames.loadBalancer,
  listenerPort: albSeedNames.listenerPort,
  rulePriority: albSeedNames.rulePriority,
};

/** What ECS checks of a target group a service registers in, with the messages ECS gives. */
function targetGroupLookup(vpcLattice: LocalVpcLattice, elbv2: LocalElbv2) {
  return {
    loadBalancer: (arn: string) => {
      const balancers = elbv2.loadBalancerArnsOf(arn);
      if (!balancers) return `The target group ${arn} does not exist.`;
      if (balancers.length === 0)
        return `The target group with targetGroupArn ${arn} does not have an associated load balancer.`;
      return undefined;
    },
    vpcLattice: (arn: string) =>
      vpcLattice.targetGroupOf(arn)?.arn === arn
        ? undefined
        : `The VPC Lattice target group ${arn} does not exist.`,
  };
}

function queryCode(error: AwsError): string {
  if (error.code === 'ThrottlingException') return 'Throttling';
  return error.code.replace(/Exception$/, '');
}

function targetsOf(spec: Json | undefined): RouteTarget[] {
  if (!spec) return [];
  for (const type of ['httpRoute', 'http2Route', 'grpcRoute', 'tcpRoute']) {
    const route = spec[type] as { action?: { weightedTargets?: RouteTarget[] } } | undefined;
    if (route?.action?.weightedTargets) return structuredClone(route.action.weightedTargets);
  }
  return [];
}
