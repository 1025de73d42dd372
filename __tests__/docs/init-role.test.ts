import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { initActions, initGrants, initPolicyJson } from '../../infra/init-role.js';
import { workflowActions } from '../../infra/workflow-role.js';
import { withImpliedActions } from '../infra/support/implied-actions.js';
import { initEntry, shellCallsOf } from './support/shell-calls.js';

let called: string[];

beforeAll(async () => {
  called = withImpliedActions((await shellCallsOf([initEntry]))[initEntry.name]!);
}, 180_000);

describe("init's setup role (infra/init-role.ts, infra/README.md)", () => {
  it('grants exactly the calls init makes, derived from its code', () => {
    expect(initActions).toEqual(called);
  });

  it('is apart from the workflow role: the deploy role cannot create or delete services or target groups', () => {
    const creates = initActions.filter((action) => /:(Create|Delete)/.test(action));
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
