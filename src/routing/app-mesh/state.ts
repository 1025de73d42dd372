import type { RouteSpec } from './route-spec.js';

/** One route as read or written: its whole spec and the version App Mesh reported. */
export interface RouteSnapshot {
  routeName: string;
  version: number;
  spec: RouteSpec;
}

/** The App Mesh routes of one canary, as last read or written. Small and JSON-serializable. */
export interface MeshTrafficState {
  router: 'app-mesh';
  mesh: string;
  meshOwner?: string;
  virtualRouter: string;
  stableNode: string;
  canaryNode: string;
  /** In the fixed order in which they are shifted. */
  routes: RouteSnapshot[];
}

/** The routes before the canary started; restore writes them back. */
export type MeshSnapshot = MeshTrafficState;

export interface MeshShiftResult extends MeshTrafficState {
  canaryPercent: number;
  /** Routes written by this call (the others already had the target weights). */
  written: string[];
}
