import { readFileSync } from 'node:fs';
import type { Duration } from 'aws-cdk-lib';

/**
 * The state machine definition as deployed: the ASL file with the execution timeout set (CDK applies its
 * `timeout` prop only to definitions it builds, not to one read from a file). Refuses a definition whose
 * `${...}` placeholders are not exactly the substitutions given: a new Task state needs its function here.
 */
export function stateMachineDefinition(file: string, timeout: Duration, substitutions: string[]): string {
  const text = readFileSync(file, 'utf8');
  const used = placeholdersOf(text);
  const given = [...substitutions].sort();
  if (used.join() !== given.join()) {
    throw new Error(
      `${file} uses the substitutions ${used.join(', ')}; the construct gives ${given.join(', ')}.`,
    );
  }
  const definition = JSON.parse(text) as Record<string, unknown>;
  return JSON.stringify({ ...definition, TimeoutSeconds: timeout.toSeconds() }, null, 2);
}

/** "${InitFunctionArn}" -> InitFunctionArn, each once, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}
