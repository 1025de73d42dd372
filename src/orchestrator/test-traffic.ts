import { testHeaderText } from '../config/test-traffic.js';
import {
  closeTestTraffic,
  openTestTraffic,
  type TestTrafficClose,
  type TestTrafficDoor,
  testTrafficDoors,
} from '../routing/test-traffic/index.js';
import type { EngineDeps } from './deps.js';
import type { ExecutionDocument } from './document.js';

async function doorsOf(document: ExecutionDocument, deps: EngineDeps): Promise<TestTrafficDoor[]> {
  if (!document.testTraffic) return [];
  return testTrafficDoors(document.testTraffic, document.snapshot, deps, {
    deploymentId: document.deploymentId,
    ...(deps.routingRetry ? { retry: deps.routingRetry } : {}),
    log: { info: (line: string) => deps.log.info(line), warn: (line: string) => deps.log.warn(line) },
  });
}

/**
 * Before the first weighted step: requests with the test header reach the canary only. Returns what was
 * created, for the step's reason ("" without test traffic). A retried step finds it in place.
 */
export async function openDocumentTestTraffic(
  document: ExecutionDocument,
  deps: EngineDeps,
): Promise<string> {
  if (!document.testTraffic) return '';
  const doors = await doorsOf(document, deps);
  const created = await openTestTraffic(doors);
  const what = doors.map((door) => door.label).join(', ');
  return `test traffic (${testHeaderText(document.testTraffic.header)}) to the canary through ${what}${created.length === 0 ? ' (already)' : ''}`;
}

/** At the end (promotion, rollback, guard, mode: rollback): removes what is still as created; keeps edits. */
export async function closeDocumentTestTraffic(
  document: ExecutionDocument,
  deps: EngineDeps,
): Promise<TestTrafficClose> {
  const closed = await closeTestTraffic(await doorsOf(document, deps));
  for (const kept of closed.kept)
    deps.log.warn(`${kept.label} was changed outside this deployment; kept as it is`, {
      differences: kept.differences,
    });
  return closed;
}

/** "removed ALB test rule at priority 9 …; kept … as edited outside this deployment (…)"; empty for none. */
export function describeTestTrafficClose(closed: TestTrafficClose): string[] {
  return [
    ...closed.removed.map((label) => `removed ${label}`),
    ...closed.kept.map(
      (kept) => `kept ${kept.label} as edited outside this deployment (${kept.differences.join('; ')})`,
    ),
  ];
}
