/** The tag on everything `init` creates: `init --remove` deletes only resources that carry it. */
export const createdByTag = { key: 'appmesh-canary:created-by', value: 'init' } as const;

/** The canary side's default name: the stable one's with `-canary`. */
export function canaryNameOf(stable: string): string {
  return `${stable}-canary`;
}
