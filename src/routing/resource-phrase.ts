/**
 * Routed resources for a message: "route serviceB, serviceC" for App Mesh route names (which hold no space);
 * a VPC Lattice or ALB label says what it is already ("VPC Lattice rule all-paths of listener http-80").
 */
export function resourcesPhrase(names: readonly string[]): string {
  return names.some((name) => name.includes(' ')) ? names.join(', ') : `route ${names.join(', ')}`;
}
