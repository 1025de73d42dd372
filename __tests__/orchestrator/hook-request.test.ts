import { describe, expect, it } from '@jest/globals';
import { InvalidDocumentError, parseExecutionDocument } from '../../src/orchestrator/document.js';
import type { DocumentHook } from '../../src/orchestrator/hooks/plan.js';
import { hookPayload, hookRequest, maxOverrideChars } from '../../src/orchestrator/hooks/request.js';
import { parseAsk } from '../../src/orchestrator/steps/hook.js';
import { seedDocument } from './fixtures.js';

const task = (containers: string[], essential: string[]): DocumentHook => ({
  kind: 'ecs-task',
  target: 'arn:aws:ecs:us-west-2:123456789012:task-definition/smoke:3',
  cluster: 'apps',
  awsvpcConfiguration: { subnets: ['subnet-1'] },
  placement: { launchType: 'FARGATE' },
  containers,
  essential,
});

type Overrides = Array<{ Name: string; Environment: Array<{ Name: string; Value: string }> }>;
const overridesOf = (hook: DocumentHook, payload: ReturnType<typeof hookPayload>) =>
  (hookRequest(hook, payload) as unknown as { runTask: { Overrides: { ContainerOverrides: Overrides } } })
    .runTask.Overrides.ContainerOverrides;

describe('an ECS task hook’s overrides', () => {
  const payload = hookPayload(seedDocument(), 'after-canary-stable', { stepIndex: 0, attempt: 1 });

  it('hold the payload in every container', () => {
    const overrides = overridesOf(task(['smoke', 'log-router'], ['smoke']), payload);
    expect(overrides.map((override) => override.Name)).toEqual(['smoke', 'log-router']);
    expect(JSON.parse(overrides[1]!.Environment[0]!.Value)).toEqual(payload);
  });

  it('hold it in the essential containers only when all of them would pass RunTask’s limit', () => {
    const many = Array.from({ length: 10 }, (_, index) => `container-${index}`);
    const large = { ...payload, router: { kind: 'app-mesh', resources: Array(6).fill('x'.repeat(100)) } };
    const overrides = overridesOf(task(many, ['container-0']), large);
    expect(overrides.map((override) => override.Name)).toEqual(['container-0']);
    expect(JSON.stringify(overrides).length).toBeLessThanOrEqual(maxOverrideChars);
  });

  it('refuses, naming the limit, a payload too large even for the essential containers', () => {
    const huge = { ...payload, router: { kind: 'app-mesh', resources: Array(50).fill('x'.repeat(200)) } };
    expect(() => overridesOf(task(['smoke'], ['smoke']), huge)).toThrow(
      /does not fit RunTask's 8192-character overrides/,
    );
  });
});

describe('the state input of the hook states', () => {
  it('refuses a tampered hook request as an invalid document', () => {
    expect(() =>
      parseAsk({ stage: 'after-lunch', index: 0, attempt: 1, startedAt: '2026-11-27T10:00:00Z' }),
    ).toThrow(InvalidDocumentError);
    expect(() => parseAsk({ stage: 'after-shift', index: -1, attempt: 0, startedAt: 'now' })).toThrow(
      /index.*attempt.*startedAt/,
    );
  });

  it('refuses a document with test-traffic hooks but no test traffic', () => {
    const document = {
      ...seedDocument(),
      hooks: {
        intervalSeconds: 30,
        timeoutSeconds: 600,
        testTraffic: [{ kind: 'lambda', target: 'arn:aws:lambda:us-west-2:123456789012:function:smoke' }],
      },
    };
    expect(() => parseExecutionDocument(document)).toThrow(
      'hooks.testTraffic: test-traffic hooks need testTraffic',
    );
  });
});
