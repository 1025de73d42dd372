import type { Command } from 'commander';
import { type ActionInput, actionInputs } from '../config/action-inputs.js';

/** The inputs that say which router and where: every command that reads or moves weights takes them. */
export const routerInputNames = [
  'router',
  'mesh',
  'mesh-owner',
  'virtual-router',
  'route',
  'lattice-service',
  'lattice-listener',
  'lattice-rule',
  'listener-arn',
  'listener-rule-arn',
] as const;

/** The two targets a shift moves between: nodes for App Mesh, target groups for VPC Lattice and ALB. */
export const targetInputNames = [
  'stable-node',
  'canary-node',
  'stable-target-group',
  'canary-target-group',
] as const;

/** Adds one option per Action input, named and described as in action.yml. */
export function addInputOptions(command: Command, inputs: readonly ActionInput[]): Command {
  for (const input of inputs) {
    const fallback = input.default ? ` (default: ${input.default})` : '';
    // A true/false input is a flag that also takes a value, as in the Action: --dry-run, --dry-run false.
    command.option(
      input.flag ? `--${input.name} [true|false]` : `--${input.name} <value>`,
      `${input.description}${fallback}`,
    );
  }
  return command;
}

/** The catalog's inputs of these names, in the order given. */
export function catalogInputs(names: readonly string[]): ActionInput[] {
  return names.map((name) => {
    const input = actionInputs.find((one) => one.name === name);
    if (!input) throw new Error(`no Action input named ${name}`);
    return input;
  });
}
