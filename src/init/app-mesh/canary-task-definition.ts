import type { RegisterTaskDefinitionCommandInput, Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import { InputError } from '../../errors.js';
import { cleanForRegistration } from '../../taskdef/clean.js';
import { virtualNodeOf } from '../../taskdef/index.js';
import { nodeArnVariable, nodeNameVariable } from '../../taskdef/options.js';
import { envoyContainerName } from '../../taskdef/types.js';
import { initInputs } from '../settings.js';
import { clonedEcsTags } from '../tags.js';

/**
 * The canary's first task definition: the stable's current one, in its own family (`<family>-canary`, so the
 * Envoy metrics of the two sides never share a family), its Envoy joining the canary node: each task
 * definition names its own node (the deploy's pre-flight refuses a canary that runs the stable node's Envoy).
 * Pure.
 */
export function canaryTaskDefinitionInput(options: {
  stable: TaskDefinition & { tags?: Tag[] };
  mesh: string;
  stableNode: string;
  canaryNode: string;
}): RegisterTaskDefinitionCommandInput {
  const { stable } = options;
  const joins = virtualNodeOf(stable);
  if (!joins || joins.mesh !== options.mesh || joins.virtualNode !== options.stableNode)
    throw new InputError(
      initInputs.stableNode,
      `${stable.family}:${stable.revision}, the stable service's task definition, ${joins ? `runs the Envoy of node ${joins.virtualNode} of mesh ${joins.mesh}` : 'has no Envoy that names a virtual node'}, not of ${options.stableNode} of mesh ${options.mesh}; ` +
        'give the stable service and node that go together.',
    );
  const cleaned = structuredClone(cleanForRegistration(stable));
  const nodePath = new RegExp(`virtualNode/${options.stableNode}$`);
  for (const container of cleaned.containerDefinitions) {
    if (container.name !== envoyContainerName) continue;
    for (const variable of container.environment ?? [])
      if (variable.name === nodeArnVariable || variable.name === nodeNameVariable)
        variable.value = variable.value?.replace(nodePath, `virtualNode/${options.canaryNode}`);
  }
  return { ...cleaned, family: canaryFamilyOf(stable.family!), tags: clonedEcsTags(stable.tags ?? []) };
}

export function canaryFamilyOf(stableFamily: string): string {
  return `${stableFamily}-canary`;
}

/** Whether a registered revision is the one init would register (its ARN, revision and status aside). */
export function sameTaskDefinition(
  registered: TaskDefinition,
  wanted: RegisterTaskDefinitionCommandInput,
): boolean {
  // Tags are the resource's, not the definition's: compared apart from it.
  const { tags: _tags, ...settings } = wanted;
  const { tags: _registeredTags, ...registeredSettings } = cleanForRegistration(registered);
  return canonical(registeredSettings) === canonical(settings);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) =>
    member && typeof member === 'object' && !Array.isArray(member)
      ? Object.fromEntries(
          Object.entries(member as Record<string, unknown>)
            .filter(([, one]) => one !== undefined)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : member,
  );
}
