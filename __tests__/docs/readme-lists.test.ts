import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { handlerNames, taskSubstitutions } from '../../infra/handlers.js';
import { buildProgram } from '../../src/cli/program.js';

// Hand-written lists of the READMEs, compared with what the code defines so that they cannot drift.

/** The names in backquotes (no path, no file name) of a piece of Markdown. */
function codeNames(markdown: string): string[] {
  return [...markdown.matchAll(/`([a-z][a-z-]*)`/g)].map((match) => match[1]!);
}

describe('infra/README.md', () => {
  const readme = readFileSync('infra/README.md', 'utf8');
  const bullet = readme.slice(
    readme.indexOf('- one Lambda per Task state'),
    readme.indexOf('functions bundled by esbuild'),
  );

  it('lists exactly the Lambdas of lambdas/: one per Task state, and the guard', () => {
    const [taskStates = '', rest = ''] = bullet.split(' and the ');
    const handlerFiles = readdirSync('lambdas')
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.replace(/\.ts$/, ''));
    expect(codeNames(bullet).sort()).toEqual(handlerFiles.sort());
    expect(codeNames(bullet).sort()).toEqual([...handlerNames].sort());
    expect(codeNames(taskStates).sort()).toEqual(Object.values(taskSubstitutions).sort());
    expect(codeNames(rest)).toEqual(['guard']);
  });
});

describe('README.md', () => {
  const readme = readFileSync('README.md', 'utf8');

  /** The first cell of each row of the CLI section's command table: one or several commands. */
  function cliTableCommands(): string[] {
    const section = readme.slice(readme.indexOf('\n## CLI\n'));
    const table = section.slice(section.indexOf('| Command |'));
    const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
    return rows.flatMap((row) => codeNames(row.split('|')[1] ?? ''));
  }

  it('lists every command the CLI registers in its CLI table, and no other', () => {
    const program = buildProgram({ out: () => {}, err: () => {} });
    const registered = program.commands.map((command) => command.name());
    expect(registered.length).toBeGreaterThan(5);
    expect(cliTableCommands().sort()).toEqual(registered.sort());
  });
});
