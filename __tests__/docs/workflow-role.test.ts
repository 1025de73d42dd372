import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ts from 'typescript';
import { routerOfAction } from '../../infra/permissions.js';
import { workflowActions, workflowGrants, workflowPolicyJson } from '../../infra/workflow-role.js';
import { generatedBlocks, renderBlocks } from '../../scripts/generated-docs.js';
import { iamAction } from '../infra/support/aws-calls.js';

/** The IAM action of every SDK command the routers' code imports (src/routing): the Action runs all of it. */
function routerCommands(): string[] {
  const files = readdirSync('src/routing', { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  const actions = new Set<string>();
  for (const file of files) {
    const source = ts.createSourceFile(
      file,
      readFileSync(join('src/routing', file), 'utf8'),
      ts.ScriptTarget.ES2022,
    );
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
      const client = /^@aws-sdk\/client-(.+)$/.exec(
        (statement.moduleSpecifier as ts.StringLiteral).text,
      )?.[1];
      const bindings = statement.importClause?.namedBindings;
      if (!client || !bindings || !ts.isNamedImports(bindings)) continue;
      for (const element of bindings.elements) {
        const command = /^(\w+)Command$/.exec((element.propertyName ?? element.name).text)?.[1];
        if (command && !element.isTypeOnly) actions.add(iamAction(client, command));
      }
    }
  }
  return [...actions].sort();
}

describe('the generated documentation (the workflow role, the Action reference)', () => {
  it.each(Object.entries(generatedBlocks))(
    '%s holds the current rendering (npm run docs)',
    (file, blocks) => {
      const text = readFileSync(file, 'utf8');
      expect(text).toBe(renderBlocks(file, text, blocks));
    },
  );

  it('is one valid policy document with each action granted once', () => {
    const policy = JSON.parse(workflowPolicyJson()) as { Statement: Array<{ Action: string | string[] }> };
    const granted = policy.Statement.flatMap((statement) => [statement.Action].flat());
    expect(granted.sort()).toEqual(workflowActions);
  });

  it('grants every call the routers make, each statement of a router holding only its actions', () => {
    const commands = routerCommands();
    expect(commands.map(routerOfAction)).toEqual(expect.arrayContaining(['app-mesh', 'vpc-lattice', 'alb']));
    expect(commands.filter((action) => !workflowActions.includes(action))).toEqual([]);
    for (const grant of workflowGrants) {
      const routers = new Set(grant.actions.map(routerOfAction));
      expect({ sid: grant.sid, routers: [...routers] }).toEqual({ sid: grant.sid, routers: [grant.router] });
    }
  });

  it('refuses a document whose markers are gone', () => {
    expect(() => renderBlocks('README.md', 'no markers', { 'workflow-role-table': () => '' })).toThrow(
      'README.md: missing the markers <!-- workflow-role-table:start',
    );
  });
});
