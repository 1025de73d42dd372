import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import {
  generatedBlocks,
  renderBlocks,
  workflowActions,
  workflowPolicyJson,
} from '../../infra/workflow-role.js';

describe('the workflow role policy, rendered from infra/workflow-role.ts', () => {
  it.each(Object.entries(generatedBlocks))(
    '%s holds the current rendering (npm run docs)',
    (file, blocks) => {
      const text = readFileSync(file, 'utf8');
      expect(text).toBe(renderBlocks(text, blocks));
    },
  );

  it('is one valid policy document with each action granted once', () => {
    const policy = JSON.parse(workflowPolicyJson()) as { Statement: Array<{ Action: string | string[] }> };
    const granted = policy.Statement.flatMap((statement) => [statement.Action].flat());
    expect(granted.sort()).toEqual(workflowActions);
  });

  it('refuses a document whose markers are gone', () => {
    expect(() => renderBlocks('no markers', { 'workflow-role-table': () => '' })).toThrow(
      'missing the markers <!-- workflow-role-table:start',
    );
  });
});
