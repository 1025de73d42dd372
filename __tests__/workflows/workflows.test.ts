import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse, parseDocument } from 'yaml';

/** What users copy or GitHub runs: the repository's workflows, the examples, and the README's YAML blocks. */
const workflowFiles = [
  ...readdirSync('.github/workflows').map((name) => join('.github/workflows', name)),
  ...readdirSync('examples', { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join('examples', name)),
];
const readmeBlocks = [...readFileSync('README.md', 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map(
  (match) => match[1]!,
);

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { required?: boolean }>;
  outputs: Record<string, unknown>;
};
const thisAction = /^(org\/appmesh-canary@|\.\/?$)/;

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Workflow {
  on?: unknown;
  jobs?: Record<string, { 'runs-on'?: unknown; steps?: Step[] }>;
}

/** Loads YAML as GitHub would: any error or warning (a duplicate key, a bad plain scalar) is a problem. */
function load(text: string): { value: unknown; problems: string[] } {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const problems = [...document.errors, ...document.warnings].map((problem) => problem.message);
  return { value: problems.length === 0 ? document.toJS() : undefined, problems };
}

function stepProblems(step: Step): string[] {
  const problems: string[] = [];
  if ((step.uses === undefined) === (step.run === undefined)) problems.push('needs exactly one of uses, run');
  const local = step.uses?.startsWith('./');
  if (step.uses !== undefined && !local && !/^[\w.-]+\/[\w./-]+@[\w.-]+$/.test(step.uses)) {
    problems.push(`uses ${step.uses}: name a version (@v1, a tag or a commit sha)`);
  }
  if (step.uses && thisAction.test(step.uses)) {
    const given = Object.keys(step.with ?? {});
    for (const name of given)
      if (!(name in action.inputs)) problems.push(`with.${name} is not in action.yml`);
    for (const [name, input] of Object.entries(action.inputs)) {
      if (input.required && !given.includes(name)) problems.push(`required input ${name} is missing`);
    }
  }
  return problems;
}

/** The steps' own problems, then any output of this Action read in the job that it does not declare. */
function stepsProblems(steps: Step[]): string[] {
  const ours = new Set(
    steps.filter((step) => step.uses && thisAction.test(step.uses)).map((step) => step.id),
  );
  const outputs = [...JSON.stringify(steps).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]
    .filter(([, id, output]) => ours.has(id) && !(output! in action.outputs))
    .map(([, id, output]) => `steps.${id}.outputs.${output}: no such output`);
  return [
    ...steps.flatMap((step, index) =>
      stepProblems(step).map((problem) => `step ${step.id ?? index + 1}: ${problem}`),
    ),
    ...new Set(outputs),
  ];
}

describe.each(workflowFiles)('%s', (file) => {
  const loaded = load(readFileSync(file, 'utf8'));
  const workflow = (loaded.value ?? {}) as Workflow;

  it('loads as YAML', () => {
    expect(loaded.problems).toEqual([]);
  });

  it('is a workflow: triggers and jobs, each job with a runner and steps', () => {
    expect(workflow.on).toBeDefined();
    expect(Object.keys(workflow.jobs ?? {}).length).toBeGreaterThan(0);
    for (const [job, spec] of Object.entries(workflow.jobs ?? {})) {
      expect({ job, runsOn: typeof spec['runs-on'], steps: Array.isArray(spec.steps) }).toEqual({
        job,
        runsOn: 'string',
        steps: true,
      });
    }
  });

  it('pins every action to a version and gives this Action only inputs and outputs it has', () => {
    for (const [job, spec] of Object.entries(workflow.jobs ?? {})) {
      expect({ job, problems: stepsProblems(spec.steps ?? []) }).toEqual({ job, problems: [] });
    }
  });
});

describe('README YAML snippets', () => {
  it('has some, and each loads and uses this Action as action.yml allows', () => {
    expect(readmeBlocks.length).toBeGreaterThan(0);
    for (const [index, block] of readmeBlocks.entries()) {
      const { value, problems } = load(block);
      const steps = Array.isArray(value) ? (value as Step[]) : [];
      expect({ block: index + 1, problems: [...problems, ...stepsProblems(steps)] }).toEqual({
        block: index + 1,
        problems: [],
      });
    }
  });
});

describe('the checks themselves', () => {
  const expression = (text: string) => `\${{ ${text} }}`;

  it("refuse a plain scalar holding ': ' (GitHub refuses the workflow), an unknown input, an unpinned action", () => {
    expect(load(`run: echo "canary ${expression('a')}: ${expression('b')}"`).problems).toHaveLength(1);
    const steps: Step[] = [
      { id: 'canary', uses: 'org/appmesh-canary@v1', with: { mesh: 'apps', 'no-such-input': 'x' } },
      { uses: 'actions/checkout' },
      { run: `echo ${expression('steps.canary.outputs.no-such-output')}` },
    ];
    expect(stepsProblems(steps)).toEqual([
      'step canary: with.no-such-input is not in action.yml',
      'step 2: uses actions/checkout: name a version (@v1, a tag or a commit sha)',
      'steps.canary.outputs.no-such-output: no such output',
    ]);
  });
});
