import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { actionInputs, actionOutputs } from '../../src/config/action-inputs.js';
import { canaryPlanSettings } from '../../src/config/canary.js';
import { deploySettings } from '../../src/config/deploy.js';
import { healthSettings, metricsPresets } from '../../src/config/health.js';
import type { InputReader } from '../../src/config/inputs.js';
import { meshSettings } from '../../src/config/mesh.js';
import { stableServiceSettings } from '../../src/config/services.js';
import { InputError } from '../../src/errors.js';

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

/** What each metrics preset needs besides itself, so that only max-latency-ms can be refused. */
const presetInputs: Record<string, Record<string, string>> = {
  'envoy-container-insights': {
    cluster: 'apps',
    'canary-task-definition-family': 'taskBv2',
    'stable-task-definition-family': 'taskB',
  },
  'envoy-appmesh-extension': { 'metrics-namespace': 'Envoy', mesh: 'apps', 'canary-node': 'serviceBv2' },
  'lattice-target-group': { 'canary-target-group': 'tg-0123456789abcdef0' },
  'alb-target-group': {
    'canary-target-group':
      'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/b-v2/0123456789abcdef',
    'listener-arn':
      'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2',
  },
  custom: {
    'metric-queries': JSON.stringify([
      { Id: 'canary_requests', Expression: 'SUM(METRICS())' },
      { Id: 'canary_errors', Expression: 'SUM(METRICS())' },
      { Id: 'canary_latency', Expression: 'MAX(METRICS())' },
    ]),
  },
  none: {},
};

/** Whether the health settings take max-latency-ms with these inputs; throws on any other refusal. */
function takesMaxLatency(inputs: Record<string, string>): boolean {
  const given: Record<string, string> = { 'alarm-names': 'serviceB-5xx', 'max-latency-ms': '500', ...inputs };
  try {
    healthSettings((name) => given[name] ?? '');
    return true;
  } catch (error) {
    if (error instanceof InputError && error.input === 'max-latency-ms') return false;
    throw error;
  }
}

describe('max-latency-ms', () => {
  it('is described, in action.yml, the README and docs/health.md, with the sources the health settings take it with', () => {
    expect(takesMaxLatency({ xray: 'true', 'xray-canary-service': 'apps/serviceBv2' })).toBe(true);
    expect(takesMaxLatency({})).toBe(false);
    const giving = metricsPresets.filter((preset) =>
      takesMaxLatency({ 'metrics-preset': preset, ...presetInputs[preset] }),
    );
    const notGiving = metricsPresets.filter((preset) => !giving.includes(preset) && preset !== 'none');
    const healthDoc = readFileSync('docs/health.md', 'utf8').split('\n');
    const descriptions = {
      'action.yml': action.inputs['max-latency-ms']!.description,
      'README inputs table': tableAfter('### Inputs').get('max-latency-ms')?.[2] ?? '',
      'docs/health.md table': healthDoc.find((line) => line.startsWith('| `max-latency-ms`')) ?? '',
      'docs/health.md validation':
        healthDoc.find((line) => line.startsWith('`max-latency-ms` only with')) ?? '',
    };
    const wrong = Object.entries(descriptions).flatMap(([where, description]) => [
      ...['xray', ...giving]
        .filter((source) => !description.includes(source))
        .map((source) => `${where} does not name ${source}: ${description}`),
      ...notGiving
        .filter((source) => description.includes(source))
        .map((source) => `${where} names ${source}: ${description}`),
    ]);
    expect(wrong).toEqual([]);
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
