import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { settingsFromContext } from '../../infra/context.js';
import { routersOf } from '../../infra/props.js';
import { repoRoot } from './support/handlers.js';

// The deploy examples of infra/README.md, as a user copies them: each one's context gives valid settings.
const readme = readFileSync(join(repoRoot, 'infra', 'README.md'), 'utf8');
/** What the CDK CLI adds under the command line's -c values when run from infra/. */
const infraCdkJson = JSON.parse(readFileSync(join(repoRoot, 'infra', 'cdk.json'), 'utf8')) as {
  context: Record<string, unknown>;
};
const deploySection = readme.slice(readme.indexOf('## Deploy'), readme.indexOf('The app (`app.ts`)'));

/** Each `npx cdk deploy` command of the shell blocks, its -c key=value pairs as context. */
function deployCommands(): Array<Record<string, string>> {
  const shell = [...deploySection.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!).join('\n');
  return shell
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((line) => line.trim().startsWith('npx cdk deploy'))
    .map((line) =>
      Object.fromEntries([...line.matchAll(/-c (\w+)=(\S+)/g)].map((match) => [match[1]!, match[2]!])),
    );
}

function cdkJsonContext(): Record<string, unknown> {
  const [json] = [...deploySection.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!);
  return (JSON.parse(json!) as { context: Record<string, unknown> }).context;
}

describe('infra/README.md deploy examples', () => {
  it('give one command per router, each valid for that router alone, run from infra/ with its cdk.json', () => {
    const routers = deployCommands().map((given) => {
      const context: Record<string, unknown> = { ...infraCdkJson.context, ...given };
      const { orchestrator } = settingsFromContext((key) => context[key]);
      expect(orchestrator.passRoleArns).toHaveLength(2);
      return routersOf(orchestrator);
    });
    expect(routers).toEqual([['app-mesh'], ['vpc-lattice'], ['alb']]);
  });

  it('give a cdk.json that serves all three routers from one stack', () => {
    const context = cdkJsonContext();
    const { orchestrator } = settingsFromContext((key) => context[key]);
    expect(routersOf(orchestrator)).toEqual(['app-mesh', 'vpc-lattice', 'alb']);
  });
});
