import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import {
  allowlistSubstitution,
  allowlistSubstitutionValue,
  type HookAllowlist,
} from '../../src/orchestrator/hooks/allowlist.js';
import type { Hooks } from './hook-schema.js';

/**
 * What the local stack's orchestrator may call, as infra/ would be given it: every hook the scenarios loaded so
 * far declare. A hook a scenario does not declare is one the stack may not call, refused by the pre-flight.
 */
export function scenarioAllowlist(
  hooks: Hooks,
  place: { region: string; account: string },
  refs: { functionArn(name: string): string; connectionArn(name: string): string; endpointOrigin: string },
): HookAllowlist {
  return {
    functions: hooks.functions.map((hook) => refs.functionArn(hook.name)),
    taskDefinitions: hooks.taskDefinitions.map(
      (definition) => `arn:aws:ecs:${place.region}:${place.account}:task-definition/${definition.family}`,
    ),
    passRoles: [],
    connections: hooks.connections.map((connection) => ({
      connectionArn: refs.connectionArn(connection.name),
      endpoints: [`${refs.endpointOrigin}/`],
    })),
  };
}

/** The definition with its hook allowlist filled in, as CDK's definition substitution does. */
export function withAllowlist(text: string, allowlist: HookAllowlist): StateMachineDefinition {
  const placeholder = `\${${allowlistSubstitution}}`;
  return JSON.parse(
    text.replaceAll(placeholder, allowlistSubstitutionValue(allowlist)),
  ) as StateMachineDefinition;
}
