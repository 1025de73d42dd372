import * as z from 'zod/mini';
import { messageOf } from '../../errors.js';
import { parseRouteSpec, type RouteSpec } from './route-spec.js';
import type { MeshTrafficState } from './state.js';

const meshName = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_.-]{1,255}$/, 'an App Mesh name: 1-255 of A-Z a-z 0-9 _ . -'));

// A spec that App Mesh could not take back is reported as an issue of the document, not thrown.
const routeSpec = z.pipe(
  z.unknown(),
  z.transform((value, context): RouteSpec => {
    try {
      return parseRouteSpec(value, 'of the snapshot');
    } catch (error) {
      context.issues.push({ code: 'custom', message: messageOf(error), input: value });
      return z.NEVER;
    }
  }),
);

export const meshTrafficStateSchema = z.object({
  router: z.literal('app-mesh'),
  mesh: meshName,
  meshOwner: z.optional(z.string().check(z.regex(/^\d{12}$/, 'a 12-digit AWS account ID'))),
  virtualRouter: meshName,
  stableNode: meshName,
  canaryNode: meshName,
  routes: z
    .array(z.object({ routeName: meshName, version: z.int().check(z.nonnegative()), spec: routeSpec }))
    .check(
      z.minLength(1),
      z.refine((routes) => new Set(routes.map((route) => route.routeName)).size === routes.length, {
        message: 'lists a route twice',
      }),
    ),
}) satisfies z.ZodMiniType<MeshTrafficState>;

/** The lock keys of a state: one per route (mesh, owner, router, route); two canaries sharing one collide. */
export function meshLockKeys(state: MeshTrafficState): string[] {
  const router = `${state.meshOwner ?? ''}:${state.mesh}:${state.virtualRouter}`;
  return state.routes.map((route) => `app-mesh:${router}:${route.routeName}`);
}
