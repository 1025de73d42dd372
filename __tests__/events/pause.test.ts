import '../orchestrator/lambda-env.js';
import { describe, expect, it } from '@jest/globals';
import { announcePaused, announceResumed, canaryEventDetailSchema } from '../../src/events/index.js';
import { executionArnOf, seedDocument } from '../orchestrator/fixtures.js';
import { RecordingPublisher } from '../support/recording-publisher.js';

/** The helpers the pause steps announce with: what a rule receives when a canary pauses and resumes. */
const document = seedDocument();
const executionArn = executionArnOf('deploy-1');
const consoleUrl = `https://us-west-2.console.aws.amazon.com/states/home?region=us-west-2#/v2/executions/details/${executionArn}`;
const since = new Date('2026-11-27T10:12:00.000Z');
const deadline = new Date('2026-11-28T10:12:00.000Z');

function bus() {
  const events = new RecordingPublisher();
  const warnings: string[] = [];
  return { events, warnings, deps: { events, log: { warn: (message: string) => warnings.push(message) } } };
}

describe('announcePaused', () => {
  it('puts "Paused" with the held step and weight, since, deadline and what the timeout does', async () => {
    const { events, deps } = bus();

    await announcePaused(deps, document, executionArn, {
      stepIndex: 1,
      since,
      deadline,
      onTimeout: 'rollback',
    });

    expect(events.events).toHaveLength(1);
    const [event] = events.events;
    expect(event).toMatchObject({
      source: 'appmesh-canary',
      detailType: 'Paused',
      resources: [executionArn],
    });
    expect(canaryEventDetailSchema.parse(event!.detail)).toEqual(event!.detail);
    expect(event!.detail).toMatchObject({
      transition: 'PAUSED',
      transitionId: `${executionArn}/PAUSED/step-2`,
      step: { number: 2, of: 3, weight: 50 },
      weights: { canary: 50, stable: 50 },
      pause: {
        since: '2026-11-27T10:12:00.000Z',
        deadline: '2026-11-28T10:12:00.000Z',
        onTimeout: 'rollback',
      },
    });
    expect(event!.detail.message).toBe(
      'gh-1234-1 paused at 50% (step 2 of 3) until 2026-11-28T10:12:00.000Z, then rolls back: ' +
        `resume it with mode: promote (appmesh-canary promote) — ${consoleUrl}`,
    );
  });

  it('says a pause before promotion continues at its deadline when told to', async () => {
    const { events, deps } = bus();

    await announcePaused(deps, document, executionArn, {
      stepIndex: 2,
      since,
      deadline,
      onTimeout: 'continue',
      reason: 'waiting for the production environment’s reviewers',
    });

    expect(events.events[0]!.detail).toMatchObject({
      step: { number: 3, of: 3, weight: 100 },
      pause: { onTimeout: 'continue' },
    });
    expect(events.events[0]!.detail.message).toMatch(
      /^gh-1234-1 paused at 100% \(step 3 of 3\) until 2026-11-28T10:12:00.000Z, then continues: waiting for the production environment’s reviewers — /,
    );
  });
});

describe('announceResumed', () => {
  it('puts "Resumed" naming who resumed it', async () => {
    const { events, deps } = bus();

    await announceResumed(deps, document, executionArn, { stepIndex: 1, resumedBy: 'octocat' });

    const [event] = events.events;
    expect(event!.detailType).toBe('Resumed');
    expect(canaryEventDetailSchema.parse(event!.detail)).toEqual(event!.detail);
    expect(event!.detail).toMatchObject({
      transition: 'RESUMED',
      transitionId: `${executionArn}/RESUMED/step-2`,
      resumedBy: 'octocat',
      step: { number: 2, of: 3, weight: 50 },
      weights: { canary: 50, stable: 50 },
    });
    expect(event!.detail.message).toBe(`gh-1234-1 resumed at 50% (step 2 of 3) by octocat — ${consoleUrl}`);
  });
});

describe('a pause announcement that cannot be put', () => {
  it('resolves, with a warning, and puts nothing', async () => {
    const { events, warnings, deps } = bus();
    events.failure = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });

    await expect(
      announcePaused(deps, document, executionArn, { stepIndex: 0, since, deadline, onTimeout: 'rollback' }),
    ).resolves.toBeUndefined();
    await expect(
      announceResumed(deps, document, executionArn, { stepIndex: 0, resumedBy: 'octocat' }),
    ).resolves.toBeUndefined();

    expect(events.events).toEqual([]);
    expect(warnings).toEqual([
      'event "Paused" not published: ThrottlingException: Rate exceeded',
      'event "Resumed" not published: ThrottlingException: Rate exceeded',
    ]);
  });
});
