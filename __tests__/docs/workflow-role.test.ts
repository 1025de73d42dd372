import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { workflowActions, workflowPolicyJson } from '../../infra/workflow-role.js';
import { generatedBlocks, renderBlocks } from '../../scripts/generated-docs.js';

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
