import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LocalStack } from '../../local/index.js';
import { action } from './harness.js';
import { inputsOf, stepsOf } from './init-workflows.js';
import { initStack } from './init-world.js';
import { mutatingCallsSince } from './router-world.js';

/**
 * examples/init.yml run as written: its `mode: init` step, through the Action's bundle (dist/index.js) against
 * a stable-only stack, with the workflow_dispatch inputs a person checks: plan, apply, plan again, remove.
 */
let stack: LocalStack;
const step = stepsOf('examples/init.yml').find((one) => one.uses?.startsWith('org/appmesh-canary@'))!;
const run = (apply: boolean, remove: boolean) =>
  action(stack, inputsOf(step, { 'inputs.apply': String(apply), 'inputs.remove': String(remove) }));

beforeAll(async () => {
  stack = await initStack('vpc-lattice');
});

afterAll(async () => {
  await stack?.settled();
  await stack?.stop();
});

describe('examples/init.yml (mode: init)', () => {
  it('plans, applies, finds nothing to do, removes; the plan and the writes in the job summary', async () => {
    expect(stack.stateMachineArn).toBe(step.with!['state-machine-arn']);
    let mark = stack.calls.calls.length;
    const planned = await run(false, false);
    expect({ code: planned.code, outputs: planned.outputs }).toEqual({
      code: 0,
      outputs: { status: 'PLANNED', writes: '3' },
    });
    expect(planned.summary).toContain('## appmesh-canary: init');
    expect(planned.summary).toContain(
      '  add     serviceb-canary at weight 0 to VPC Lattice rule all-paths of listener http-80',
    );
    expect(planned.summary).toContain('<details><summary>Next steps and the files to commit</summary>');
    expect(mutatingCallsSince(stack, mark)).toEqual([]);

    const applied = await run(true, false);
    expect({ code: applied.code, outputs: applied.outputs }).toEqual({
      code: 0,
      outputs: { status: 'APPLIED', writes: '3' },
    });
    expect(applied.summary).toContain('### Writes made');
    expect(applied.summary).toContain('- created VPC Lattice target group serviceb-canary');

    mark = stack.calls.calls.length;
    const again = await run(true, false);
    expect(again.outputs).toEqual({ status: 'COMPLETE', writes: '0' });
    expect(mutatingCallsSince(stack, mark)).toEqual([]);

    const removed = await run(true, true);
    expect({ code: removed.code, outputs: removed.outputs }).toEqual({
      code: 0,
      outputs: { status: 'REMOVED', writes: '3' },
    });
    expect(stack.latticeForward().map((one) => one.targetGroup)).toEqual(['serviceb']);
  }, 60_000);

  it('fails the job on bad input, naming it, before any write', async () => {
    const mark = stack.calls.calls.length;
    const bad = await action(stack, {
      ...inputsOf(step, { 'inputs.apply': 'true', 'inputs.remove': 'false' }),
      'lattice-listener': '',
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::input "lattice-listener"/);
    expect(mutatingCallsSince(stack, mark)).toEqual([]);
  });
});
