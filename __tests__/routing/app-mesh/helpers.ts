import { AppMeshClient, TooManyRequestsException } from '@aws-sdk/client-app-mesh';
import { readerOf } from '../../../src/config/inputs.js';
import { type MeshSettings, meshSettings } from '../../../src/config/mesh.js';
import { AppMeshRouter, type AppMeshRouterOptions } from '../../../src/routing/app-mesh/appmesh-router.js';

export const client = new AppMeshClient({ region: 'us-west-2' });

export const seedInputs = {
  mesh: 'apps',
  'virtual-router': 'serviceB',
  'stable-node': 'serviceB',
  'canary-node': 'serviceBv2',
};

export function settingsOf(inputs: Record<string, string> = {}): MeshSettings {
  return meshSettings(readerOf({ ...seedInputs, ...inputs }));
}

/** A clock that only moves when the code under test sleeps: retries run at once, waits are recorded. */
export function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (milliseconds: number) => {
      sleeps.push(milliseconds);
      now += milliseconds;
    },
    random: () => 0.5,
  };
}

export function routerOf(
  inputs: Record<string, string> = {},
  options: Partial<AppMeshRouterOptions> = {},
): AppMeshRouter {
  const clock = fakeClock();
  return new AppMeshRouter(client, settingsOf(inputs), {
    deploymentId: 'deploy-1',
    retry: { sleep: clock.sleep, now: clock.now, random: clock.random, deadlineMs: 10_000 },
    ...options,
  });
}

export function throttled(): TooManyRequestsException {
  return new TooManyRequestsException({ message: 'Rate exceeded', $metadata: {} });
}
