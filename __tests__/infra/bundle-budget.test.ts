import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { type HandlerName, handlerNames } from '../../infra/handlers.js';
import { entryBundle, type HandlerBundle, handlerBundle } from '../../scripts/lambda-metafile.js';
import { repoRoot } from './support/handlers.js';

/**
 * What a cold start of each handler loads (its entry, and on a route handler its deployment's router's chunks,
 * minified as the construct bundles them) may not grow past its budget: KB (the target is 450 KB for every
 * handler) and files (each chunk is an ES module to resolve and evaluate). Lower a budget as a bundle shrinks;
 * raise one only with the figures that justify it (npm run bench).
 */
const budgets: Readonly<Record<HandlerName, { kb: number; files: number }>> = {
  init: { kb: 385, files: 21 },
  shift: { kb: 401, files: 31 },
  check: { kb: 415, files: 11 },
  hold: { kb: 449, files: 11 },
  resume: { kb: 414, files: 11 },
  promote: { kb: 327, files: 10 },
  'promotion-check': { kb: 314, files: 10 },
  finish: { kb: 402, files: 31 },
  rollback: { kb: 405, files: 31 },
  hook: { kb: 306, files: 21 },
  guard: { kb: 432, files: 30 },
};

const routerClients = {
  'app-mesh': '@aws-sdk/client-app-mesh',
  'vpc-lattice': '@aws-sdk/client-vpc-lattice',
  alb: '@aws-sdk/client-elastic-load-balancing-v2',
} as const;

/**
 * The modules of classic zod (`from 'zod'`) with code in a bundle. The schemas use zod/mini, its functional API
 * that a bundle keeps only what it calls of: classic zod would put back some 90 KB in every handler.
 */
function classicZodIn(bundle: HandlerBundle): string[] {
  return Object.values(bundle.metafile.outputs)
    .flatMap((output) => Object.entries(output.inputs))
    .filter(([path, { bytesInOutput }]) => path.includes('node_modules/zod/v4/classic/') && bytesInOutput > 0)
    .map(([path]) => path);
}

const bundles = {} as Record<HandlerName, HandlerBundle>;

beforeAll(async () => {
  for (const handler of handlerNames) bundles[handler] = await handlerBundle(handler);
}, 120_000);

describe('each Lambda bundle', () => {
  it.each(handlerNames)('%s loads within its budget at a cold start', (handler) => {
    for (const start of bundles[handler].coldStarts) {
      expect(Math.ceil(start.bytes / 1024)).toBeLessThanOrEqual(budgets[handler].kb);
      expect(start.files.length).toBeLessThanOrEqual(budgets[handler].files);
    }
  });

  it.each(handlerNames)('%s holds only SDK clients it sends a command with', (handler) => {
    const { clients, commandClients } = bundles[handler];
    expect(clients.length).toBeGreaterThan(0);
    expect(clients).toEqual(commandClients);
  });

  it.each(handlerNames)('%s holds no classic zod', (handler) => {
    expect(classicZodIn(bundles[handler])).toEqual([]);
  });

  it.each(['init', 'shift', 'finish', 'rollback', 'guard'] as const)(
    '%s loads only its deployment router’s client at a cold start',
    (handler) => {
      const { coldStarts } = bundles[handler];
      expect(coldStarts.map((start) => start.router).sort()).toEqual(['alb', 'app-mesh', 'vpc-lattice']);
      for (const start of coldStarts) {
        const others = Object.entries(routerClients).filter(([router]) => router !== start.router);
        expect(start.clients).toContain(routerClients[start.router as keyof typeof routerClients]);
        for (const [, client] of others) expect(start.clients).not.toContain(client);
      }
    },
  );

  it.each(['check', 'hold', 'resume', 'promote', 'promotion-check'] as const)(
    '%s holds no router’s code beyond the state its document carries',
    (handler) => {
      const inputs = Object.values(bundles[handler].metafile.outputs).flatMap((output) =>
        Object.keys(output.inputs),
      );
      // A file of the routers' engine (or of their API) in the bundle is a chunk per router, and the code those
      // chunks share with the entry joins every cold start.
      expect(
        inputs.filter((path) =>
          /^src\/routing\/(.+\/)?(engine-router|router|api|appmesh-api)\.ts$/.test(path),
        ),
      ).toEqual([]);
    },
  );

  it.each(['check', 'hold', 'resume', 'promote', 'promotion-check'] as const)(
    '%s loads no router client',
    (handler) => {
      const [start, ...more] = bundles[handler].coldStarts;
      expect(more).toEqual([]);
      expect(start!.router).toBeNull();
      for (const client of Object.values(routerClients)) expect(start!.clients).not.toContain(client);
    },
  );
});

describe('the budget check', () => {
  it('names a client a handler builds but never sends with', async () => {
    const bundle = await entryBundle(
      join(repoRoot, '__tests__', 'infra', 'fixtures', 'handlers', 'client-never-called.ts'),
    );
    expect(bundle.clients).toEqual(['@aws-sdk/client-ecs', '@aws-sdk/client-sfn']);
    expect(bundle.commandClients).toEqual(['@aws-sdk/client-ecs']);
  });

  it('finds classic zod in a handler that imports it', async () => {
    const bundle = await entryBundle(
      join(repoRoot, '__tests__', 'infra', 'fixtures', 'handlers', 'classic-zod.ts'),
    );
    expect(classicZodIn(bundle)).toContainEqual(
      expect.stringContaining('node_modules/zod/v4/classic/schemas.js'),
    );
  });
});
