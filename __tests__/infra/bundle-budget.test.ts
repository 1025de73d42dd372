import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { type HandlerName, handlerNames } from '../../infra/handlers.js';
import { entryBundle, type HandlerBundle, handlerBundle } from '../../scripts/lambda-metafile.js';
import { repoRoot } from './support/handlers.js';

/**
 * Each handler's index.mjs (minified, as the construct bundles it) may not grow past its budget, in KB. The
 * target is 450 KB; a handler whose SDK clients alone weigh near or above it (npm run bench prints that floor:
 * 417-440 KB for the five-client route handlers and the guard, 364-386 KB for the health handlers) keeps the size
 * it had when its budget was set, so that a new feature cannot silently grow it. Lower a budget as a bundle
 * shrinks; raise one only with the figures that justify it.
 */
const budgetKb: Readonly<Record<HandlerName, number>> = {
  init: 640,
  shift: 650,
  check: 580,
  hold: 615,
  resume: 580,
  promote: 500,
  'promotion-check': 485,
  finish: 650,
  rollback: 655,
  guard: 690,
};

const bundles = {} as Record<HandlerName, HandlerBundle>;

beforeAll(async () => {
  for (const handler of handlerNames) bundles[handler] = await handlerBundle(handler);
}, 120_000);

describe('each Lambda bundle', () => {
  it.each(handlerNames)('%s stays within its budget', (handler) => {
    expect(Math.ceil(bundles[handler].bytes / 1024)).toBeLessThanOrEqual(budgetKb[handler]);
  });

  it.each(handlerNames)('%s holds only SDK clients it sends a command with', (handler) => {
    const { clients, commandClients } = bundles[handler];
    expect(clients.length).toBeGreaterThan(0);
    expect(clients).toEqual(commandClients);
  });
});

describe('the budget check', () => {
  it('names a client a handler builds but never sends with', async () => {
    const bundle = await entryBundle(
      join(repoRoot, '__tests__', 'infra', 'fixtures', 'handlers', 'client-never-called.ts'),
    );
    expect(bundle.clients).toEqual(['@aws-sdk/client-ecs', '@aws-sdk/client-sfn']);
    expect(bundle.commandClients).toEqual(['@aws-sdk/client-ecs']);
  });
});
