import type { DeployResult } from '../deploy/deploy.js';

/** The job summary of the ECS part of a deployment, as markdown. */
export function deploySummaryMarkdown(result: DeployResult, dryRun: boolean): string {
  const { plan } = result;
  const rows: [string, string][] = [
    ['Cluster / service', `${plan.cluster} / ${plan.service}`],
    ...(plan.envoy ? ([['Virtual node', `\`${plan.envoy.virtualNode}\``]] as [string, string][]) : []),
    ['Previous task definition', `\`${result.previousTaskDefinitionArn}\``],
    [
      'New task definition',
      result.taskDefinitionArn ? `\`${result.taskDefinitionArn}\`` : '(dry run: not registered)',
    ],
    [`Image (${plan.appContainer})`, `\`${plan.image}\``],
    ...(plan.envoy ? ([['Envoy image', `\`${plan.envoy.image}\``]] as [string, string][]) : []),
    ['Service stable', dryRun ? '(dry run)' : result.stable ? 'yes' : 'not waited for'],
  ];
  const table = rows.map(([name, value]) => `| ${name} | ${value} |`).join('\n');
  return `## appmesh-canary: ${dryRun ? 'dry run of ' : ''}deploy to ${plan.service}\n\n| | |\n|---|---|\n${table}\n`;
}
