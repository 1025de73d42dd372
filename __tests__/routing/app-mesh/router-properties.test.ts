import { AppMeshClient, type RouteSpec as SdkRouteSpec, UpdateRouteCommand } from '@aws-sdk/client-app-mesh';
import { describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import {
  type RouteSpec,
  weightedTargetsOf,
  withWeightedTargets,
} from '../../../src/routing/app-mesh/route-spec.js';
import type { MeshTrafficState } from '../../../src/routing/app-mesh/state.js';
import { pair, percentArbitrary, routeSpecArbitrary } from './arbitraries.js';
import { seedMesh } from './fake-app-mesh.js';
import { routerOf } from './helpers.js';

const meshMock = mockClient(AppMeshClient);

const stableWeight = (spec: RouteSpec) =>
  weightedTargetsOf(spec)
    .filter((target) => target.virtualNode === pair.stableNode)
    .reduce((total, target) => total + target.weight, 0);

describe('AppMeshRouter over random routes (fast-check)', () => {
  it('writes only weights at every step, and restore(shift(x)) leaves exactly x', async () => {
    await fc.assert(
      fc.asyncProperty(
        routeSpecArbitrary,
        fc.array(percentArbitrary, { minLength: 1, maxLength: 4 }),
        async (spec, percents) => {
          fc.pre(stableWeight(spec) > 0);
          meshMock.reset();
          const fake = seedMesh(spec as SdkRouteSpec);
          fake.install(meshMock);
          const router = routerOf();

          const snapshot = await router.snapshot();
          let state: MeshTrafficState = snapshot;
          for (const percent of percents)
            state = await router.shift(percent, JSON.parse(JSON.stringify(state)));

          for (const call of meshMock.commandCalls(UpdateRouteCommand)) {
            const written = call.args[0].input.spec as RouteSpec;
            expect(withWeightedTargets(written, weightedTargetsOf(spec))).toEqual(spec);
          }
          await router.restore(JSON.parse(JSON.stringify(snapshot)));
          expect(fake.route('apps', 'serviceB', 'serviceB').spec).toEqual(spec);
        },
      ),
      { numRuns: 60 },
    );
  });
});
