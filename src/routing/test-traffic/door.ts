import { DriftError } from '../errors.js';
import { canonicalJson, jsonDifferences } from '../json.js';

/**
 * One route or rule a deployment's test traffic creates, as the engine handles it whatever the router: read
 * (found by the deployment's name or tag), created, removed. `view` is what is compared: the fields that
 * decide which requests reach which target.
 */
export interface TestTrafficDoor {
  /** "test route serviceB-1a2b3c4-…-test of virtual router serviceB", "ALB test rule at priority 9". */
  label: string;
  expected: unknown;
  read(): Promise<{ id: string; view: unknown } | undefined>;
  create(): Promise<void>;
  remove(id: string): Promise<void>;
  /** Whether a view (someone's edit, say) still sends requests to the canary. */
  routesCanary(view: unknown): boolean;
}

export interface TestTrafficClose {
  removed: string[];
  absent: string[];
  /** Edited outside this deployment: kept as they are. */
  kept: Array<{ label: string; differences: string[]; routesCanary: boolean }>;
}

/**
 * Creates what is missing. One found equal to the plan is this deployment's (a retried step): left alone.
 * One found different was changed outside this deployment: nothing is written (DriftError).
 */
export async function openTestTraffic(doors: readonly TestTrafficDoor[]): Promise<string[]> {
  const created: string[] = [];
  for (const door of doors) {
    const read = await door.read();
    if (read) {
      const differences = differencesOf(read.view, door.expected);
      if (differences.length > 0) throw new DriftError([{ routeName: door.label, differences }]);
      continue;
    }
    await door.create();
    created.push(door.label);
  }
  return created;
}

/** Removes each one still as created; one edited outside this deployment is kept and reported. */
export async function closeTestTraffic(doors: readonly TestTrafficDoor[]): Promise<TestTrafficClose> {
  const result: TestTrafficClose = { removed: [], absent: [], kept: [] };
  for (const door of doors) {
    const read = await door.read();
    if (!read) {
      result.absent.push(door.label);
      continue;
    }
    const differences = differencesOf(read.view, door.expected);
    if (differences.length > 0) {
      result.kept.push({ label: door.label, differences, routesCanary: door.routesCanary(read.view) });
      continue;
    }
    await door.remove(read.id);
    result.removed.push(door.label);
  }
  return result;
}

export function differencesOf(actual: unknown, expected: unknown): string[] {
  if (canonicalJson(actual) === canonicalJson(expected)) return [];
  const out: string[] = [];
  jsonDifferences(actual, expected, '', out);
  return out.length > 0 ? out : ['changed'];
}
