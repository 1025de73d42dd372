import type { LocalEcs } from '../aws/ecs/ecs.js';
import type { Connections } from '../aws/eventbridge/connections.js';
import type { LambdaHandler } from '../aws/lambda/lambdas.js';
import type { Place } from '../aws/protocol.js';
import type { SimClock } from '../clock.js';
import { HookEndpoints } from './hook-endpoints.js';
import { hookHandler } from './hook-functions.js';
import { type HookInvocation, HookInvocations } from './hook-invocations.js';
import type { Hooks } from './hook-schema.js';
import { hookTaskDefinitionInput, scriptHookTasks } from './hook-tasks.js';
import { type LocalCertificate, localCertificate } from './tls-certificate.js';

/** The variable through which hook functions and tasks reach the data plane (test requests). */
export const smokeUrlVariable = 'APPMESH_CANARY_SMOKE_URL';

/**
 * The scenario's hooks in the stack: functions registered in the Lambda map the local Step Functions invokes,
 * task definitions registered in ECS with their runs scripted, HTTPS endpoints on a local TLS server, and
 * EventBridge connections; every call recorded (invocations()) and logged.
 */
export class LocalHooks {
  readonly certificate: LocalCertificate = localCertificate();
  private readonly invocationLog: HookInvocations;
  private readonly endpoints: HookEndpoints;
  private current: Hooks | undefined;
  private loading: Promise<void> = Promise.resolve();
  private readonly registered = new Set<string>();

  constructor(
    private readonly place: Place,
    private readonly clock: SimClock,
    private readonly stores: { lambdas: Map<string, LambdaHandler>; ecs: LocalEcs; connections: Connections },
    log: (line: string) => void,
    /** The data plane's URL, once it listens. */
    private readonly smokeUrl: () => string,
  ) {
    this.invocationLog = new HookInvocations(() => clock.nowMs(), log);
    this.endpoints = new HookEndpoints(this.certificate, this.invocationLog, clock);
    scriptHookTasks(stores.ecs, () => this.hooks(), this.invocationLog);
  }

  /** Whether a hook endpoint holds the request from this client port on purpose (the HTTP task's timeout). */
  holding(clientPort: number): boolean {
    return this.endpoints.holding(clientPort);
  }

  listen(): Promise<void> {
    return this.endpoints.listen();
  }

  /**
   * Takes a scenario's hooks: functions (replaced by name), task definitions (registered once per family),
   * endpoints and connections (created once per name). Module functions load asynchronously: ready().
   */
  load(hooks: Hooks): void {
    this.current = hooks;
    this.endpoints.load(hooks.endpoints);
    const environment = () => ({ [smokeUrlVariable]: this.smokeUrl(), SMOKE_URL: this.smokeUrl() });
    for (const definition of hooks.taskDefinitions) {
      if (this.registered.has(definition.family)) continue;
      this.registered.add(definition.family);
      const input = hookTaskDefinitionInput(definition);
      this.stores.ecs.registerTaskDefinition({
        ...input,
        containerDefinitions: input.containerDefinitions.map((container) => ({
          ...container,
          environment: [{ name: smokeUrlVariable, value: this.smokeUrl() }],
        })),
      });
    }
    for (const connection of hooks.connections) {
      if (this.connectionArnOf(connection.name)) continue;
      this.stores.connections.create({
        Name: connection.name,
        AuthorizationType: connection.authorizationType,
        AuthParameters: connection.authParameters,
      });
    }
    const loaded = hooks.functions.map(async (hook) => {
      const handler = await hookHandler(hook, this.invocationLog, this.clock, environment);
      this.stores.lambdas.set(this.functionArn(hook.name), handler);
    });
    this.loading = Promise.all([this.loading, ...loaded]).then(() => {});
  }

  /** Resolves when every hook function of the scenarios loaded so far is registered. */
  ready(): Promise<void> {
    return this.loading;
  }

  invocations(): HookInvocation[] {
    return this.invocationLog.list();
  }

  functionArn(name: string): string {
    return `arn:aws:lambda:${this.place.region}:${this.place.account}:function:${name}`;
  }

  endpointUrl(path: string): string {
    return this.endpoints.url(path);
  }

  connectionArn(name: string): string {
    const arn = this.connectionArnOf(name);
    if (!arn)
      throw new Error(`no EventBridge connection ${name}: declare it in the scenario's hooks.connections`);
    return arn;
  }

  close(): Promise<void> {
    return this.endpoints.close();
  }

  private connectionArnOf(name: string): string | undefined {
    try {
      return String(this.stores.connections.describe({ Name: name }).ConnectionArn);
    } catch {
      return undefined;
    }
  }

  private hooks(): Hooks {
    if (!this.current) throw new Error('no hooks loaded');
    return this.current;
  }
}
