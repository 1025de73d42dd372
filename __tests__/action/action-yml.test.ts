import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { actionInputs, actionOutputs } from '../../src/config/action-inputs.js';
import { canaryPlanSettings } from '../../src/config/canary.js';
import { deploySettings } from '../../src/config/deploy.js';
import { healthSettings } from '../../src/config/health.js';
import type { InputReader } from '../../src/config/inputs.js';
import { meshSettings } from '../../src/config/mesh.js';
import { stableServiceSettings } from '../../src/config/services.js';

interface ActionInput {
  description: string;
  required?: boolean;
  default?: string;
}
const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const readme = readFileSync('README.md', 'utf8');

/** Rows of the markdown table that follows the given heading: first cell -> the other cells. */
function tableAfter(heading: string): Map<string, string[]> {
  const section = readme.split(heading)[1] ?? '';
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n').slice(1)) {
    if (line.trim() === '' || line.startsWith('<!--')) {
      if (rows.size > 0) break;
      continue;
    }
    if (!line.startsWith('|')) break;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (name) rows.set(name, cells.slice(1));
  }
  return rows;
}

const minimal: Record<string, string> = {
  cluster: 'apps',
  service: 'serviceBv2',
  'stable-service': 'serviceB',
  mesh: 'apps',
  'virtual-router': 'serviceB',
  'stable-node': 'serviceB',
  'canary-node': 'serviceBv2',
  'alarm-names': 'serviceB-5xx',
  'state-machine-arn': 'arn:aws:states:us-west-2:123456789012:stateMachine:appmesh-canary',
};

/** Every settings parser the modes run, over one reader. */
function parseAll(read: InputReader) {
  return {
    deploy: deploySettings(read),
    mesh: meshSettings(read),
    plan: canaryPlanSettings(read, { requireStateMachine: true }),
    stable: stableServiceSettings(read),
    health: healthSettings(read, {
      canaryTaskDefinitionFamily: 'taskBv2',
      stableTaskDefinitionFamily: 'taskB',
    }),
  };
}

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('names every input in kebab-case, each with a description', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(input.description.length).toBeGreaterThan(10);
    }
  });

  it('declares exactly the inputs of the catalog the CLI options come from, with the same defaults', () => {
    expect(Object.keys(action.inputs)).toEqual(actionInputs.map((input) => input.name));
    for (const input of actionInputs) {
      expect({ name: input.name, ...action.inputs[input.name] }).toEqual({
        name: input.name,
        description: input.description,
        required: input.required ?? false,
        ...(input.required ? {} : { default: input.default ?? '' }),
      });
    }
    expect(Object.keys(action.outputs)).toEqual(actionOutputs.map((output) => output.name));
  });

  it('declares every input the settings parsers read', () => {
    const asked = new Set<string>();
    parseAll((name) => {
      asked.add(name);
      return minimal[name] ?? '';
    });
    expect(asked.size).toBeGreaterThan(40);
    for (const name of asked) expect(Object.keys(action.inputs)).toContain(name);
  });

  it('has defaults that parse to the same settings as leaving the inputs out (CLI and Action agree)', () => {
    const withDefaults: InputReader = (name) => minimal[name] ?? action.inputs[name]?.default ?? '';
    const withoutDefaults: InputReader = (name) => minimal[name] ?? '';
    expect(parseAll(withDefaults)).toEqual(parseAll(withoutDefaults));
  });
});

describe('README', () => {
  it('lists every input of action.yml with its default and whether it is required, and no other', () => {
    const rows = tableAfter('### Inputs');
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      const [required, fallback] = rows.get(name) ?? [];
      expect({ name, required }).toEqual({ name, required: input.required ? 'yes' : 'no' });
      const expectedDefault = input.default ? `\`${input.default}\`` : '';
      expect({ name, default: fallback }).toEqual({ name, default: expectedDefault });
    }
  });

  it('lists every output of action.yml', () => {
    expect([...tableAfter('### Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('shows the set-up and test commands', () => {
    expect(readme).toContain('npm ci && npm test');
  });
});
