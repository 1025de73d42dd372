import { type InputReader, oneOf } from '../config/inputs.js';
import { type MeshLocation, type MeshSettings, meshLocationSettings, meshSettings } from '../config/mesh.js';
import { InputError } from '../errors.js';
import { type AlbLocation, type AlbSettings, albLocationSettings, albSettings } from './alb/settings.js';
import {
  type LatticeLocation,
  type LatticeSettings,
  latticeInputs,
  latticeLocationSettings,
  latticeSettings,
} from './vpc-lattice/settings.js';

export const routerKinds = ['app-mesh', 'vpc-lattice', 'alb'] as const;
export type RouterKind = (typeof routerKinds)[number];

/** The settings of the router the input "router" names. */
export type RouterSettings =
  | ({ router: 'app-mesh' } & MeshSettings)
  | ({ router: 'vpc-lattice' } & LatticeSettings)
  | ({ router: 'alb' } & AlbSettings);

/** Where a router's weights are, without the two targets a shift moves: what reading the weights needs. */
export type RouterLocation =
  | ({ router: 'app-mesh' } & MeshLocation)
  | ({ router: 'vpc-lattice' } & LatticeLocation)
  | ({ router: 'alb' } & AlbLocation);

/** Inputs that only one router reads: set for another, they point at a mistake. */
const ownInputs: Record<Exclude<RouterKind, 'app-mesh'>, readonly string[]> = {
  'vpc-lattice': [latticeInputs.service, latticeInputs.listener, latticeInputs.rule],
  alb: ['listener-rule-arn'],
};

/**
 * Reads "router" (app-mesh, the default, vpc-lattice or alb) and that router's inputs. Pure: every error is
 * an InputError naming the input, raised before any AWS call.
 */
export function routerSettings(read: InputReader): RouterSettings {
  const router = routerKind(read);
  switch (router) {
    case 'app-mesh':
      return { router, ...meshSettings(read) };
    case 'vpc-lattice':
      return { router, ...latticeSettings(read) };
    case 'alb':
      return { router, ...albSettings(read) };
  }
}

/** The same for reading weights only: the stable and canary node or target group are not needed. */
export function routerLocation(read: InputReader): RouterLocation {
  const router = routerKind(read);
  switch (router) {
    case 'app-mesh':
      return { router, ...meshLocationSettings(read) };
    case 'vpc-lattice':
      return { router, ...latticeLocationSettings(read) };
    case 'alb':
      return { router, ...albLocationSettings(read) };
  }
}

function routerKind(read: InputReader): RouterKind {
  const router = oneOf(read, 'router', routerKinds, 'app-mesh');
  for (const [owner, inputs] of Object.entries(ownInputs)) {
    if (owner === router) continue;
    const stray = inputs.find((input) => read(input).trim() !== '');
    if (stray)
      throw new InputError(stray, `is read only with router: ${owner} (router is ${router}); remove it.`);
  }
  return router;
}
