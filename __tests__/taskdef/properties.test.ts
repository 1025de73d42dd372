import type { ContainerDefinition } from '@aws-sdk/client-ecs';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  type RenderOptions,
  renderTaskDefinition,
  type TaskDefinitionDocument,
} from '../../src/taskdef/index.js';
import { deepFreeze, proxyProperty } from './support.js';

const appMeshName = fc.stringMatching(/^[A-Za-z0-9_.-]{1,40}$/);
const containerName = fc
  .stringMatching(/^[a-z][a-z0-9_-]{0,15}$/)
  .filter((name) => name !== 'envoy' && name !== 'xray-daemon');
const appPort = fc.integer({ min: 1, max: 65535 }).filter((port) => port !== 15000 && port !== 15001);

/** Valid app-only task definitions: one essential app container and optional non-essential helpers. */
const appOnlyTaskDefinition = fc
  .record({
    launchType: fc.constantFrom('FARGATE', 'EC2'),
    ec2TaskMemory: fc.boolean(),
    names: fc.uniqueArray(containerName, { minLength: 1, maxLength: 4 }),
    ports: fc.uniqueArray(appPort, { minLength: 1, maxLength: 3 }),
    essentialUnset: fc.boolean(),
    helperUsers: fc.array(fc.option(fc.constantFrom('1337', '0', '1000:1000'), { nil: undefined }), {
      minLength: 3,
      maxLength: 3,
    }),
    appEnvironment: fc.array(fc.record({ name: fc.stringMatching(/^[A-Z_]{1,12}$/), value: fc.string() }), {
      maxLength: 3,
    }),
    firstHelperIsLogRouter: fc.boolean(),
  })
  .map((shape): TaskDefinitionDocument => {
    const taskMemory = shape.launchType === 'FARGATE' || shape.ec2TaskMemory ? '1024' : undefined;
    const sized = taskMemory === undefined ? { memoryReservation: 128 } : {};
    const [appName = 'app', ...helperNames] = shape.names;
    const app: ContainerDefinition = {
      name: appName,
      image: `${appName}:1`,
      ...(shape.essentialUnset ? {} : { essential: true }),
      portMappings: shape.ports.map((port) => ({ containerPort: port, protocol: 'tcp' })),
      environment: shape.appEnvironment,
      ...sized,
    };
    const helpers = helperNames.map((name, index): ContainerDefinition => {
      const logRouter = index === 0 && shape.firstHelperIsLogRouter;
      return {
        name,
        image: `${name}:1`,
        essential: logRouter,
        ...(logRouter ? { firelensConfiguration: { type: 'fluentbit' } } : {}),
        ...(shape.helperUsers[index] === undefined ? {} : { user: shape.helperUsers[index] }),
        ...sized,
      };
    });
    return {
      family: 'family',
      networkMode: 'awsvpc',
      requiresCompatibilities: [shape.launchType],
      ...(shape.launchType === 'FARGATE' ? { cpu: '512' } : {}),
      ...(taskMemory === undefined ? {} : { memory: taskMemory }),
      containerDefinitions: [app, ...helpers],
    };
  });

const renderOptions = fc.record(
  {
    region: fc.constantFrom('us-west-2', 'eu-west-1', 'me-south-1', 'cn-north-1'),
    account: fc.stringMatching(/^\d{12}$/),
    mesh: appMeshName,
    virtualNode: appMeshName,
    nodeIdentity: fc.constantFrom('arn' as const, 'name' as const),
    image: fc.stringMatching(/^[a-z0-9./-]{1,20}:[a-z0-9.]{1,8}$/),
    ignoredUid: fc.integer({ min: 0, max: 65535 }),
    egressIgnoredPorts: fc.uniqueArray(fc.integer({ min: 1, max: 65535 }), { minLength: 1, maxLength: 3 }),
    enableXray: fc.boolean(),
    envoyMemory: fc.integer({ min: 6, max: 4096 }),
    envoyCpu: fc.integer({ min: 0, max: 1024 }),
  },
  { requiredKeys: ['region', 'account', 'mesh', 'virtualNode'] },
);

function named(containers: ContainerDefinition[], name: string): ContainerDefinition[] {
  return containers.filter((container) => container.name === name);
}

describe('renderTaskDefinition on random app-only task definitions', () => {
  it('renders every valid one with exactly one Envoy, a complete proxy configuration and a consistent UID', () => {
    fc.assert(
      fc.property(appOnlyTaskDefinition, renderOptions, (input, options) => {
        const rendered = renderTaskDefinition(deepFreeze(input), options);
        const containers = rendered.containerDefinitions;
        expect(named(containers, 'envoy')).toHaveLength(1);
        expect(named(containers, 'xray-daemon')).toHaveLength(options.enableXray ? 1 : 0);

        const properties = rendered.proxyConfiguration?.properties ?? [];
        for (const property of properties) expect(property.value?.trim()).toBeTruthy();
        expect(new Set(properties.map((property) => property.name)).size).toBe(properties.length);
        const uid = String(options.ignoredUid ?? 1337);
        expect(proxyProperty(rendered, 'IgnoredUID')).toBe(uid);
        expect(named(containers, 'envoy')[0]?.user).toBe(uid);

        const app = input.containerDefinitions[0];
        expect(proxyProperty(rendered, 'AppPorts')).toBe(
          app?.portMappings?.map((m) => m.containerPort).join(','),
        );
        const renderedApp = named(containers, app?.name ?? '')[0];
        expect(renderedApp?.image).toBe(options.image ?? app?.image);
        expect(renderedApp?.dependsOn?.filter((dependency) => dependency.containerName === 'envoy')).toEqual([
          { containerName: 'envoy', condition: 'HEALTHY' },
        ]);
        const names = new Set(containers.map((container) => container.name));
        for (const container of containers) {
          for (const dependency of container.dependsOn ?? [])
            expect(names.has(dependency.containerName)).toBe(true);
          if (rendered.memory === undefined) {
            expect((container.memory ?? container.memoryReservation) !== undefined).toBe(true);
          }
        }
      }),
    );
  });

  it('is idempotent: rendering the output again changes nothing', () => {
    fc.assert(
      fc.property(appOnlyTaskDefinition, renderOptions, (input, options) => {
        const once = renderTaskDefinition(input, options);
        expect(renderTaskDefinition(once, options)).toEqual(once);
      }),
    );
  });

  it('renders for node A then node B exactly as for node B directly', () => {
    fc.assert(
      fc.property(appOnlyTaskDefinition, renderOptions, appMeshName, (input, options, nodeB) => {
        const forB: RenderOptions = { ...options, virtualNode: nodeB };
        expect(renderTaskDefinition(renderTaskDefinition(input, options), forB)).toEqual(
          renderTaskDefinition(input, forB),
        );
      }),
    );
  });

  it('never changes its input', () => {
    fc.assert(
      fc.property(appOnlyTaskDefinition, renderOptions, (input, options) => {
        const before = structuredClone(input);
        renderTaskDefinition(input, options);
        expect(input).toEqual(before);
      }),
    );
  });
});
