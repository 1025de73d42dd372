import { type InputReader, oneOf } from '../config/inputs.js';
import { type MeshSettings, meshSettings } from '../config/mesh.js';
import { InputError } from '../errors.js';
import { type AlbSettings, albSettings } from './alb/settings.js';
import { type LatticeSettings, latticeInputs, latticeSettings } from './vpc-lattice/settings.js';

export const routerKinds = ['app-mesh', 'vpc-lattice', 'alb'] as const;
export type RouterKind = (typeof routerKinds)[number];

/** The settings of the router the input "router" names. */
export type RouterSettings =
  | ({ router: 'app-mesh' } & MeshSettings)
  | ({ router: 'vpc-lattice' } & LatticeSettings)
  | ({ router: 'alb' } & AlbSettings);

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
  const router = oneOf(read, 'router', routerKinds, 'app-mesh');
  for (const [owner, inputs] of Object.entries(ownInputs)) {
    if (owner === router) continue;
    const stray = inputs.find((input) => read(input).trim() !== '');
    if (stray)
      throw new InputError(stray, `is read only with router: ${owner} (router is ${router}); remove it.`);
  }
  switch (router) {
    case 'app-mesh':
      return { router, ...meshSettings(read) };
    case 'vpc-lattice':
      return { router, ...latticeSettings(read) };
    case 'alb':
      return { router, ...albSettings(read) };
  }
}
