import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { cdkDeployCommand } from './cdk-command.js';
import type { SetupNames } from './setup-names.js';
import { workflowPolicyFor } from './workflow-policy.js';
import { deployWorkflow, promoteWorkflow, rollbackWorkflow, type SetupFile } from './workflows.js';

/** What a user copies after init: the workflows and the workflow role's policy, filled with this setup's names. */
export function setupFiles(names: SetupNames): SetupFile[] {
  return [
    deployWorkflow(names),
    rollbackWorkflow(names),
    promoteWorkflow(names),
    { path: 'appmesh-canary/workflow-role-policy.json', text: workflowPolicyFor(names) },
  ];
}

/** The next steps, in order: the orchestrator's stack, the workflow role, the workflows. */
export function nextSteps(names: SetupNames, files: readonly SetupFile[], written?: string): string {
  const [deploy, rollback, promote, policy] = files.map((file) => file.path) as [
    string,
    string,
    string,
    string,
  ];
  const where = (path: string) => (written ? join(written, path) : path);
  const lines = [
    'Next:',
    '1. Deploy the orchestrator once per account and Region, from a checkout of appmesh-canary:',
    ...cdkDeployCommand(names)
      .split('\n')
      .map((line) => `     ${line}`),
    `2. Create the role the workflows assume (github-deploy-…, trusted by GitHub's OIDC provider) with the policy ${where(policy)}.`,
    `3. Commit ${where(deploy)} (deploy on merge), ${where(rollback)} (roll back by hand) and ${where(promote)} (approve a paused canary).`,
  ];
  if (written) return `${lines.join('\n')}\n`;
  const shown = files.map((file) => `--- ${file.path}\n${file.text}`);
  return `${lines.join('\n')}\n(--write DIR writes these files:)\n\n${shown.join('\n')}`;
}

export async function writeSetupFiles(directory: string, files: readonly SetupFile[]): Promise<string[]> {
  const paths: string[] = [];
  for (const file of files) {
    const path = join(directory, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
    paths.push(path);
  }
  return paths;
}
