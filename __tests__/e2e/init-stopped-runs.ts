import { expect, it } from '@jest/globals';
import type { ServiceName } from '../../local/aws/calls.js';
import type { LocalStack } from '../../local/index.js';
import type { NodeRun } from '../support/run-node.js';

/** The writes `init` made since `mark`, as service:Operation; `verbs` picks the router's writing operations. */
export function initWritesSince(stack: LocalStack, mark: number, verbs: RegExp): string[] {
  return stack.calls.calls
    .slice(mark)
    .filter((call) => !call.error && call.caller === 'client' && verbs.test(call.operation))
    .map((call) => `${call.service}:${call.operation}`);
}

/** One router's init, read when the tests run (the stack and the world are made in beforeAll). */
export interface StoppedRunsWorld {
  stack: () => LocalStack;
  init: (args: string[]) => Promise<NodeRun>;
  stableSide: () => Promise<unknown>;
  /** The stable side as read before the first init. */
  before: () => unknown;
  writesSince: (mark: number) => string[];
  /** init's writes, then --remove's, in their order. */
  creation: readonly string[];
  removal: readonly string[];
  /** How the router's API denies a call; the failed run's stderr names it. */
  deniedCode: string;
  /** What is left of the canary side once --remove has run: nothing (undefined). */
  canaryLeft: () => Promise<unknown>;
}

/**
 * A denial injected before each write of init, then of --remove: the run stops having made exactly the writes
 * before it, and the next run finishes from there (or --remove undoes it) back to the stable side as before.
 */
export function itFinishesStoppedRuns(world: StoppedRunsWorld): void {
  const denied = { code: world.deniedCode, status: 403, message: 'injected: not authorized' };
  const inject = (write: string) => {
    const [service, operation] = write.split(':') as [ServiceName, string];
    world.stack().injectFault({ service, operation, error: denied });
  };
  const mark = () => world.stack().calls.calls.length;

  it.each(world.creation.map((write, index) => [index, write] as const))(
    'init stopped before write %i (%s): the next init completes, --remove undoes',
    async (index, write) => {
      inject(write);
      const start = mark();
      const stopped = await world.init(['--apply']);
      expect(stopped.code).toBe(1);
      expect(stopped.stderr).toContain(world.deniedCode);
      expect(world.writesSince(start)).toEqual(world.creation.slice(0, index));
      // Half the cases finish the setup, the other half undo it from where it stopped.
      if (index % 2 === 0) {
        const next = mark();
        const completed = await world.init(['--apply']);
        expect(completed.code).toBe(0);
        expect(world.writesSince(next)).toEqual(world.creation.slice(index));
      }
      const removed = await world.init(['--remove', '--apply']);
      expect(removed.code).toBe(0);
      expect(await world.stableSide()).toEqual(world.before());
      expect(await world.canaryLeft()).toBeUndefined();
    },
  );

  it.each(world.removal.map((write, index) => [index, write] as const))(
    '--remove stopped before deletion %i (%s): the next --remove finishes',
    async (index, write) => {
      expect((await world.init(['--apply'])).code).toBe(0);
      inject(write);
      const start = mark();
      const stopped = await world.init(['--remove', '--apply']);
      expect(stopped.code).toBe(1);
      expect(world.writesSince(start)).toEqual(world.removal.slice(0, index));
      const next = mark();
      const finished = await world.init(['--remove', '--apply']);
      expect(finished.code).toBe(0);
      expect(world.writesSince(next)).toEqual(world.removal.slice(index));
      expect(await world.stableSide()).toEqual(world.before());
    },
  );
}
