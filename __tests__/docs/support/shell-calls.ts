import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { modes } from '../../../src/modes/outcome.js';
import { awsCallsOf } from '../../infra/support/aws-calls.js';
import { repoRoot } from '../../infra/support/handlers.js';

/** Code the Action or the CLI runs with the workflow's credentials: a mode, or a CLI command. */
export interface ShellEntry {
  name: string;
  /** Repository-relative module and the exported functions that run it. */
  module: string;
  runs: string[];
}

/**
 * The Action's and the CLI's modes (`modes`, each run by run<Mode>Mode of src/modes/<mode>.ts with the clients
 * of awsModeDeps, as runMode does), the Action's entry, and every command src/cli/program.ts registers.
 */
export function shellEntries(): ShellEntry[] {
  const modeEntries = modes.map((mode) => ({
    name: `mode ${mode}`,
    module: `src/modes/${mode}.ts`,
    runs: [`run${mode.charAt(0).toUpperCase()}${mode.slice(1)}Mode`],
  }));
  const program = ts.createSourceFile(
    'program.ts',
    readFileSync(join(repoRoot, 'src/cli/program.ts'), 'utf8'),
    ts.ScriptTarget.ES2022,
  );
  const commandEntries = program.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement)) return [];
    const bindings = statement.importClause?.namedBindings;
    const from = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!bindings || !ts.isNamedImports(bindings)) return [];
    return bindings.elements
      .map((element) => element.name.text)
      .filter((name) => /^register\w+Commands?$/.test(name))
      .map((name) => ({
        name: `cli ${name}`,
        module: join('src/cli', from).replace(/\.js$/, '.ts'),
        runs: [name],
      }));
  });
  // init runs with its own setup role (infra/init-role.ts), not the workflow's.
  const workflowCommands = commandEntries.filter((entry) => entry.name !== initEntry.name);
  // The Action's init mode (runSetupStep) runs with the setup role too.
  return [
    ...modeEntries,
    { name: 'action', module: 'src/main.ts', runs: ['runWorkflowStep'] },
    ...workflowCommands,
  ];
}

/** The Action's `mode: init`: runs with the setup role, as the init command does. */
export const initActionEntry: ShellEntry = {
  name: 'action init',
  module: 'src/main.ts',
  runs: ['runSetupStep'],
};

/** `appmesh-canary init`: the one command that runs with the setup role. */
export const initEntry: ShellEntry = {
  name: 'cli registerInitCommand',
  module: 'src/cli/commands/init.ts',
  runs: ['registerInitCommand'],
};

/**
 * The IAM actions each entry's code can send, derived as for the Lambdas (__tests__/infra/support/aws-calls.ts):
 * each entry becomes a small module, outside the repository, whose `handler` reaches the entry's functions.
 */
export async function shellCallsOf(entries: ShellEntry[]): Promise<Record<string, string[]>> {
  const project = mkdtempSync(join(tmpdir(), 'appmesh-canary-shells-'));
  try {
    mkdirSync(join(project, 'entries'));
    const files: Record<string, string> = {};
    entries.forEach((entry, index) => {
      const clients = entry.module.startsWith('src/modes/')
        ? [{ name: 'awsModeDeps', module: 'src/modes/deps.ts' }]
        : [];
      const imports = [...entry.runs.map((name) => ({ name, module: entry.module })), ...clients];
      const file = join(project, 'entries', `entry-${index}.ts`);
      writeFileSync(
        file,
        [
          ...imports.map(
            ({ name, module }) =>
              `import { ${name} } from ${JSON.stringify(join(repoRoot, module).replace(/\.ts$/, '.js'))};`,
          ),
          `export const handler = () => [${imports.map(({ name }) => name).join(', ')}];`,
          '',
        ].join('\n'),
      );
      files[entry.name] = file;
    });
    const calls = await awsCallsOf(files);
    return Object.fromEntries(entries.map((entry) => [entry.name, calls[entry.name]!.called]));
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
