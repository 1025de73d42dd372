import { createdByTag } from './names.js';

/** Tags as ELBv2 spells them (Key, Value) or ECS does (key, value). */
export interface ElbTag {
  Key?: string;
  Value?: string;
}
export interface EcsTag {
  key?: string;
  value?: string;
}

/** The stable side's own tags (not AWS's, not init's mark) and init's mark: what the canary side carries. */
export function clonedElbTags(tags: readonly ElbTag[]): Array<{ Key: string; Value: string }> {
  return [
    ...tags
      .filter((tag) => tag.Key && !tag.Key.startsWith('aws:') && tag.Key !== createdByTag.key)
      .map((tag) => ({ Key: tag.Key!, Value: tag.Value ?? '' })),
    { Key: createdByTag.key, Value: createdByTag.value },
  ];
}

export function clonedEcsTags(tags: readonly EcsTag[]): Array<{ key: string; value: string }> {
  return [
    ...tags
      .filter((tag) => tag.key && !tag.key.startsWith('aws:') && tag.key !== createdByTag.key)
      .map((tag) => ({ key: tag.key!, value: tag.value ?? '' })),
    { key: createdByTag.key, value: createdByTag.value },
  ];
}

export function madeByInitElb(tags: readonly ElbTag[]): boolean {
  return tags.some((tag) => tag.Key === createdByTag.key && tag.Value === createdByTag.value);
}

export function madeByInitEcs(tags: readonly EcsTag[]): boolean {
  return tags.some((tag) => tag.key === createdByTag.key && tag.value === createdByTag.value);
}

export function describeElbTags(tags: readonly { Key: string; Value: string }[]): string {
  return tags.map((tag) => `${tag.Key}=${tag.Value}`).join(', ');
}
