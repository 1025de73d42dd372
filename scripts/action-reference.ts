import { type ActionInput, actionInputs, actionOutputs } from '../src/config/action-inputs.js';

/**
 * The Action's reference, rendered from the one catalog (src/config/action-inputs.ts): the inputs and outputs
 * of action.yml, and their tables in README.md. `npm run docs` writes them; a test fails when they differ.
 */

/** YAML double-quoted scalar: JSON string syntax is valid YAML. */
const quoted = (text: string) => JSON.stringify(text);

export function actionYmlInputs(): string {
  const entry = (input: ActionInput) =>
    [
      `  ${input.name}:`,
      `    description: ${quoted(input.description)}`,
      `    required: ${input.required ? 'true' : 'false'}`,
      ...(input.required ? [] : [`    default: ${quoted(input.default ?? '')}`]),
    ].join('\n');
  return ['inputs:', ...actionInputs.map(entry)].join('\n');
}

export function actionYmlOutputs(): string {
  const entry = (output: { name: string; description: string }) =>
    `  ${output.name}:\n    description: ${quoted(output.description)}`;
  return ['outputs:', ...actionOutputs.map(entry)].join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function inputsTable(): string {
  const rows = actionInputs.map(
    (input) =>
      `| \`${input.name}\` | ${input.required ? 'yes' : 'no'} | ${input.default ? `\`${input.default}\`` : ''} | ${cell(input.description)} |`,
  );
  return ['| Input | Required | Default | Description |', '|---|---|---|---|', ...rows].join('\n');
}

export function outputsTable(): string {
  const rows = actionOutputs.map((output) => `| \`${output.name}\` | ${cell(output.description)} |`);
  return ['| Output | Description |', '|---|---|', ...rows].join('\n');
}
