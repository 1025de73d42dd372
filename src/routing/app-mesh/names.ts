/** Where a mesh resource lives, for messages: "route serviceB in virtual router serviceB of mesh apps". */
export interface RouterPlace {
  mesh: string;
  meshOwner?: string;
  virtualRouter: string;
}

export function meshLabel(place: { mesh: string; meshOwner?: string }): string {
  return place.meshOwner ? `mesh ${place.mesh} (owner ${place.meshOwner})` : `mesh ${place.mesh}`;
}

export function routerLabel(place: RouterPlace): string {
  return `virtual router ${place.virtualRouter} of ${meshLabel(place)}`;
}

export function routeLabel(place: RouterPlace, routeName: string): string {
  return `route ${routeName} in ${routerLabel(place)}`;
}

export function nodeLabel(place: { mesh: string; meshOwner?: string }, nodeName: string): string {
  return `virtual node ${nodeName} in ${meshLabel(place)}`;
}
