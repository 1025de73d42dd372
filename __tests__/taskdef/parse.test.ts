import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { describe, expect, it } from '@jest/globals';
import {
  cleanForRegistration,
  parseTaskDefinition,
  registrationOnlyFields,
} from '../../src/taskdef/index.js';
import { deepFreeze, fixture, fixtureText, inputErrorOf } from './support.js';

describe('parseTaskDefinition', () => {
  it('turns the guide container-level numeric strings into integers and keeps task-level sizes as strings', () => {
    const parsed = parseTaskDefinition(fixtureText('seed-taskB-fargate-xray.json'));
    const envoy = parsed.containerDefinitions.find((container) => container.name === 'envoy');
    const xray = parsed.containerDefinitions.find((container) => container.name === 'xray-daemon');
    expect(envoy?.memory).toBe(500);
    expect(xray).toMatchObject({ cpu: 32, memoryReservation: 256 });
    expect(parsed).toMatchObject({ cpu: '0.5 vCPU', memory: '1024' });
  });

  it('converts numeric strings in port mappings and health checks, and task-level numbers to strings', () => {
    const parsed = parseTaskDefinition(
      JSON.stringify({
        family: 'f',
        cpu: 256,
        memory: 512,
        containerDefinitions: [
          {
            name: 'app',
            image: 'app:1',
            portMappings: [{ containerPort: '8080', hostPort: ' 8080 ', protocol: 'tcp' }],
            healthCheck: { command: ['CMD', 'true'], interval: '30', retries: '3' },
            stopTimeout: '20',
          },
        ],
      }),
    );
    expect(parsed.cpu).toBe('256');
    expect(parsed.memory).toBe('512');
    expect(parsed.containerDefinitions[0]).toEqual({
      name: 'app',
      image: 'app:1',
      portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }],
      healthCheck: { command: ['CMD', 'true'], interval: 30, retries: 3 },
      stopTimeout: 20,
    });
  });

  it('unwraps describe-task-definition output and keeps the tags printed next to it', () => {
    const described = fixture('crystal-describe-task-definition.json');
    const parsed = parseTaskDefinition(
      JSON.stringify({ ...described, tags: [{ key: 'team', value: 'mesh' }] }),
    );
    expect(parsed.family).toBe('crystal-task-definition');
    expect(parsed.taskDefinitionArn).toBe(described.taskDefinition.taskDefinitionArn);
    expect(parsed.tags).toEqual([{ key: 'team', value: 'mesh' }]);
    expect(parseTaskDefinition(JSON.stringify({ ...described, tags: [] })).tags).toBeUndefined();
  });

  it('names the input it was given in its errors', () => {
    const error = inputErrorOf(() => parseTaskDefinition('{', 'stable-task-definition'));
    expect(error.input).toBe('stable-task-definition');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it.each([
    ['a JSON array', '[]', /must be a JSON object, not an array/],
    ['a string', '"taskB"', /must be a JSON object, not a string/],
    ['no family', '{"containerDefinitions":[{"name":"a"}]}', /no "family"\. Add "family"/],
    ['no containers', '{"family":"f"}', /no "containerDefinitions"\. Add the list of containers/],
    ['an empty container list', '{"family":"f","containerDefinitions":[]}', /no "containerDefinitions"/],
    [
      'a nameless container',
      '{"family":"f","containerDefinitions":[{"image":"x"}]}',
      /has no "name"\. Give every/,
    ],
    [
      'two containers with one name',
      '{"family":"f","containerDefinitions":[{"name":"a"},{"name":"a"}]}',
      /two containers named "a"\. Give each container a unique name/,
    ],
    [
      'a port that is no port',
      '{"family":"f","containerDefinitions":[{"name":"a","portMappings":[{"containerPort":"http"}]}]}',
      /portMappings\[0\]\.containerPort must be a whole number from 0 to 65535.*Fix it/,
    ],
    [
      'a negative cpu',
      '{"family":"f","containerDefinitions":[{"name":"a","cpu":-1}]}',
      /container "a" cpu must be a whole number.*got -1\. Fix it/,
    ],
  ])('rejects %s', (_case, text, message) => {
    const error = inputErrorOf(() => parseTaskDefinition(text));
    expect(error.input).toBe('task-definition');
    expect(error.message).toMatch(message);
  });
});

describe('cleanForRegistration', () => {
  it('drops every registration-only field of a described task definition and keeps the rest', () => {
    const described: TaskDefinition = deepFreeze({
      ...fixture('crystal-describe-task-definition.json').taskDefinition,
      registeredAt: new Date('2024-01-01T00:00:00Z'),
      deregisteredAt: new Date('2024-02-01T00:00:00Z'),
      deleteRequestedAt: new Date('2024-03-01T00:00:00Z'),
    });
    const cleaned = cleanForRegistration(described);
    for (const field of registrationOnlyFields) expect(cleaned).not.toHaveProperty(field);
    const kept = { ...described } as Record<string, unknown>;
    for (const field of registrationOnlyFields) delete kept[field];
    expect(cleaned).toEqual(kept);
    expect(described.taskDefinitionArn).toBeDefined();
  });
});
