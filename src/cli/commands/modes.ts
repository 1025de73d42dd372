import type { Command } from 'commander';
import { type ActionInput, actionInputs } from '../../config/action-inputs.js';
import { type Mode, modes } from '../../modes/names.js';
import { addInputOptions, routerInputNames, targetInputNames } from '../catalog-options.js';
import type { CliIo } from '../io.js';

const descriptions: Record<Mode, string> = {
  deploy: 'roll the new version out to the canary service and run the canary (the Action on merge)',
  rollback: 'stop a running canary and restore its routes, or revert the last promotion (workflow_dispatch)',
  promote: 'resume the canary paused on the route (a pause step in steps), after a person approved it',
  status: 'print the weights of each route and the running canary or the last outcome',
};

/** What rollback and status read: the router and the two targets they act on, and the state machine. */
const routeInputs: readonly string[] = [
  'region',
  'state-machine-arn',
  ...routerInputNames,
  ...targetInputNames,
];

/** Inputs that only mean something inside a GitHub workflow run, and those of init (its own command). */
const workflowOnly = new Set(['mode', 'github-token', 'environment']);
const initOnly = new Set(['apply', 'remove', 'canary-service', 'state-machine-name', 'write']);

/** The inputs each mode reads: deploy all of them, rollback and status only their own. */
export function inputsOf(mode: Mode): ActionInput[] {
  const own: Record<Mode, (name: string) => boolean> = {
    deploy: (name) => !workflowOnly.has(name) && !initOnly.has(name),
    rollback: (name) => routeInputs.includes(name) || name === 'rollback-wait-seconds',
    promote: (name) =>
      routeInputs.includes(name) || name === 'wait-for-completion' || name === 'wait-for-minutes',
    status: (name) => routeInputs.includes(name),
  };
  return actionInputs.filter((input) => own[mode](input.name));
}

/** `deploy`, `rollback`, `promote` and `status`: the Action's modes, with one option per Action input the mode reads. */
export function registerModeCommands(program: Command, io: CliIo): void {
  for (const mode of modes) {
    const command = addInputOptions(program.command(mode).description(descriptions[mode]), inputsOf(mode));
    command.option('--summary <file>', 'write the markdown job summary to this file');
    command.action(async (options: Record<string, unknown>) => {
      // A mode's code and its clients load only when it runs.
      const { runModeCommand } = await import('./modes-action.js');
      await runModeCommand(mode, options, io);
    });
  }
}
