import { describe, expect, it } from '@jest/globals';
import { startLocalStack } from '../../../local/index.js';
import { parseScenario } from '../../../local/traffic/scenario.js';

/** A scenario's hooks refused with the field and what it takes; the seeded scenarios' hooks accepted. */
describe('scenario hooks', () => {
  it.each([
    [
      { functions: [{ name: 'gate' }] },
      'hooks.functions.0: a hook function takes answers or a module (one of the two)',
    ],
    [
      { functions: [{ name: 'gate', answers: ['IN_PROGRESS'], module: 'examples/hooks/smoke-hook.ts' }] },
      'hooks.functions.0: a hook function takes answers or a module (one of the two)',
    ],
    [
      { functions: [{ name: 'my gate', answers: ['FAILED'] }] },
      'hooks.functions.0.name: a Lambda function name',
    ],
    [{ functions: [{ name: 'gate', answers: [] }] }, 'hooks.functions.0.answers: Too small'],
    [{ functions: [{ name: 'gate', answers: ['MAYBE'] }] }, 'hooks.functions.0.answers.0'],
    [
      { taskDefinitions: [{ family: 'smoke', containers: [] }] },
      'hooks.taskDefinitions.0.containers: Too small',
    ],
    [
      {
        taskDefinitions: [
          { family: 'smoke', containers: [{ name: 'smoke', exitCodeWhen: [{ exitCode: 1.5 }] }] },
        ],
      },
      'hooks.taskDefinitions.0.containers.0.exitCodeWhen.0.exitCode',
    ],
    [
      { endpoints: [{ path: 'hooks/ok', answers: ['never'] }] },
      'hooks.endpoints.0.path: a URL path starting with /',
    ],
    [{ endpoints: [{ path: '/ok', answers: [{ status: 99 }] }] }, 'hooks.endpoints.0.answers.0'],
    [{ lambdas: [] }, 'hooks: Unrecognized key: "lambdas"'],
  ])('refuses %j naming the field', (hooks, message) => {
    expect(() => parseScenario({ hooks }, 'hooks.json')).toThrow(
      `hooks.json is not a valid scenario: ${message}`,
    );
  });

  it('refuses a stack whose hook module exports no handler, naming the function and the module', async () => {
    await expect(
      startLocalStack({
        scenario: { hooks: { functions: [{ name: 'nothing', module: 'local/hooks/hook-schema.ts' }] } },
      }),
    ).rejects.toThrow('hooks.functions nothing: local/hooks/hook-schema.ts exports no handler function.');
  });
});
