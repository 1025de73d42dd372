import { describe, expect, it } from '@jest/globals';
import { countOf, tasksOf } from '../../src/count.js';

describe('counts in words', () => {
  it('use the singular for one only', () => {
    expect([0, 1, 2].map((count) => countOf(count, 'task'))).toEqual(['0 tasks', '1 task', '2 tasks']);
    expect(tasksOf({ runningCount: 0, desiredCount: 1 })).toBe('0 running of 1 desired task');
    expect(tasksOf({ runningCount: 1, desiredCount: 2 })).toBe('1 running of 2 desired tasks');
  });
});
