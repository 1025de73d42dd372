import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { initActions, initGrants, initPolicyJson } from '../../infra/init-role.js';
import { routerOfAction } from '../../infra/permissions.js';
import type { RouterName } from '../../infra/props.js';
import { workflowActions, workflowGrants, workflowPolicyJson } from '../../infra/workflow-role.js';
import { generatedBlocks, renderBlocks } from '../../scripts/generated-docs.js';
import { impliedByInit, withImpliedActions } from '../infra/support/implied-actions.js';
import {
  initActionEntry,
  initEntry,
  type ShellEntry,
  shellCallsOf,
  shellEntries,
} from './support/shell-calls.js';

const routers: RouterName[] = ['app-mesh', 'vpc-lattice', 'alb'];

/** A generated block as the file holds it (not as the code would render it). */
function blockOf(file: string, name: string): string {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(`<!-- ${name}:start`);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  expect({ file, name, found: start >= 0 && end > start }).toEqual({ file, name, found: true });
  return text.slice(text.indexOf('\n', start) + 1, end);
}

interface TableRow {
  sid: string;
  router: string;
  actions: string[];
}

/** README.md's workflow role table: Statement | Router | Actions | Resources | Needed by. */
function readmeTable(): TableRow[] {
  const [header, rule, ...rows] = blockOf('README.md', 'workflow-role-table').trim().split('\n');
  expect([header, rule]).toEqual([
    '| Statement | Router | Actions | Resources | Needed by |',
    '|---|---|---|---|---|',
  ]);
  return rows.map((row) => {
    const [sid, router, actions] = row.split(' | ').map((cell) => cell.replace(/^\| /, '').trim());
    return {
      sid: sid!,
      router: router!,
      actions: [...actions!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!),
    };
  });
}

/** What the table grants a deployment with this router: the statements of every router and of its own. */
function grantedTo(table: TableRow[], router: RouterName): Set<string> {
  return new Set(
    table.filter((row) => row.router === 'all' || row.router === router).flatMap((row) => row.actions),
  );
}

/** The calls an entry makes for a deployment with this router: those of no router, and those of its own. */
function callsFor(called: string[], router: RouterName): string[] {
  return withImpliedActions(called.filter((action) => [undefined, router].includes(routerOfAction(action))));
}

let entries: ShellEntry[];
let calls: Record<string, string[]>;

/** What `init` calls, with the setup role. */
let initCalls: string[];

beforeAll(async () => {
  entries = shellEntries();
  // One bundling pass for the workflow's entries and init's.
  const {
    [initEntry.name]: init,
    [initActionEntry.name]: initAction,
    ...workflow
  } = await shellCallsOf([...entries, initEntry, initActionEntry]);
  calls = workflow;
  // The CLI's init and the Action's mode: init make the same calls, with the same setup role.
  expect(initAction).toEqual(init);
  initCalls = withImpliedActions(init!, impliedByInit);
}, 180_000);

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

  it('refuses a document whose markers are gone', () => {
    expect(() => renderBlocks('README.md', 'no markers', { 'workflow-role-table': () => '' })).toThrow(
      'README.md: missing the markers <!-- workflow-role-table:start',
    );
  });
});

describe('the workflow role as README.md and infra/README.md show it', () => {
  it('derives the calls of every mode of the Action and the CLI, and of every CLI command', () => {
    expect(entries.map((entry) => entry.name)).toEqual(
      expect.arrayContaining([
        'mode deploy',
        'mode rollback',
        'mode status',
        'action',
        'cli registerModeCommands',
      ]),
    );
    for (const mode of [
      'mode deploy',
      'mode rollback',
      'mode status',
      'action',
      'cli registerModeCommands',
    ]) {
      // Every mode serves every router: each reaches calls of all three.
      const served = [...new Set(calls[mode]!.map(routerOfAction).filter(Boolean))].sort();
      expect({ mode, served }).toEqual({ mode, served: ['alb', 'app-mesh', 'vpc-lattice'] });
    }
  });

  it.each(routers)('grants every call each mode and CLI command makes for router %s', (router) => {
    const granted = grantedTo(readmeTable(), router);
    for (const { name } of entries) {
      const missing = callsFor(calls[name]!, router).filter((action) => !granted.has(action));
      expect({ entry: name, router, missing }).toEqual({ entry: name, router, missing: [] });
    }
  });

  it('grants nothing that no mode or CLI command calls', () => {
    const called = new Set(withImpliedActions(Object.values(calls).flat()));
    const granted = readmeTable().flatMap((row) => row.actions);
    expect(granted.filter((action) => !called.has(action))).toEqual([]);
  });

  it("names each statement's router: a router's statement holds only that router's actions", () => {
    for (const row of readmeTable()) {
      const owners = [...new Set(row.actions.map((action) => routerOfAction(action) ?? 'all'))];
      expect({ sid: row.sid, owners }).toEqual({ sid: row.sid, owners: [row.router] });
    }
  });

  it("infra/README.md's policy holds the table's statements, action for action", () => {
    const json = blockOf('infra/README.md', 'workflow-role-policy').replace(/^```json\n|```\s*$/g, '');
    const policy = JSON.parse(json) as { Statement: Array<{ Sid: string; Action: string | string[] }> };
    expect(
      policy.Statement.map((statement) => ({ sid: statement.Sid, actions: [statement.Action].flat() })),
    ).toEqual(readmeTable().map(({ sid, actions }) => ({ sid, actions })));
    expect(readmeTable().map((row) => row.sid)).toEqual(workflowGrants.map((grant) => grant.sid));
  });
});

describe("init's setup role (infra/init-role.ts, infra/README.md)", () => {
  it('grants exactly the calls init makes, derived from its code', () => {
    expect(initActions).toEqual(initCalls);
  });

  it('is apart from the workflow role: the deploy role cannot create or delete services or target groups', () => {
    // A virtual node is the deploy's to create too (create-canary-node), never to delete.
    const creates = initActions.filter((action) =>
      /:(Create|Delete)(Service|TargetGroup)$|:Delete/.test(action),
    );
    expect(creates.length).toBeGreaterThan(0);
    expect(creates.filter((action) => workflowActions.includes(action))).toEqual([]);
  });

  it('scopes every write to the canary side (no * resource on a create, delete or modify)', () => {
    for (const grant of initGrants) {
      const writes = grant.actions.some((action) => /:(Create|Delete|Modify|Tag|AddTags)/.test(action));
      if (writes)
        expect({ sid: grant.sid, resources: grant.resources.filter((one) => one === '*') }).toEqual({
          sid: grant.sid,
          resources: [],
        });
    }
  });

  it('is shown in infra/README.md as generated', () => {
    const text = readFileSync('infra/README.md', 'utf8');
    const start = text.indexOf('<!-- init-role-policy:start');
    const end = text.indexOf('<!-- init-role-policy:end -->');
    const block = text.slice(text.indexOf('\n', start) + 1, end).replace(/^```json\n|```\s*$/g, '');
    expect(JSON.parse(block)).toEqual(JSON.parse(initPolicyJson()));
  });
});
