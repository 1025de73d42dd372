import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Reading the workflows init writes as GitHub would run them. */
export interface Step {
  uses?: string;
  with?: Record<string, string | number | boolean>;
}

/** The steps of a workflow's jobs, as written. */
export function stepsOf(file: string): Step[] {
  const workflow = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

/** The inputs GitHub passes: strings, each expression replaced by what the runner gives it. */
export function inputsOf(step: Step, expressions: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.with ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
        const given = expressions[expression];
        if (given === undefined) throw new Error(`${name}: no value for the expression ${expression}`);
        return given;
      }),
    ]),
  );
}

/** A GitHub API that takes every deployment call (201 with an id for a POST, an empty list for a GET). */
export async function startGithubApi(): Promise<{ url: string; close(): Promise<void> }> {
  const { createServer } = await import('node:http');
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const created = request.method === 'POST';
      response.writeHead(created ? 201 : 200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(created ? { id: 7 } : []));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The appmesh-canary step of a workflow file init wrote. */
export function canaryStepOf(file: string): Step {
  return stepsOf(file).find((step) => step.uses?.startsWith('org/appmesh-canary@'))!;
}

/** The `-c key=value` context of the `npx cdk deploy` command init prints. */
export function cdkContextOf(stdout: string): Record<string, unknown> {
  const command = stdout.slice(stdout.indexOf('npx cdk deploy')).split('\n2.')[0]!;
  return Object.fromEntries([...command.matchAll(/-c (\w+)=(\S+)/g)].map((match) => [match[1]!, match[2]!]));
}
