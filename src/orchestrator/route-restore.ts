import { DriftError, type RouteDrift } from '../routing/errors.js';
import { judgeResource, type RoutedResource } from '../routing/resources.js';

export interface RouteRestoreResult {
  restored: string[];
  unchanged: string[];
  /** Resources whose weights went back while someone's edit of another field was kept. */
  restoredKeepingEdits: RouteDrift[];
}

/**
 * Promotion's last move: every routed resource back to the snapshot's weights, provided each still holds the
 * targets this deployment last wrote (`lastWritten`, by name); an edit of another field is kept. All are read
 * and judged before the first write; one whose targets someone changed stops everything with a DriftError.
 */
export async function returnRoutesToSnapshot(
  resources: readonly RoutedResource[],
  lastWritten: ReadonlyMap<string, unknown>,
): Promise<RouteRestoreResult> {
  const reads = [];
  for (const resource of resources) {
    const last = lastWritten.get(resource.name);
    const read = await resource.read();
    const ours = last === undefined ? [] : [resource.kit.parse(last)];
    reads.push({ resource, read, judgement: judgeResource(read.raw, resource.snapshot, ours, resource.kit) });
  }
  const edited = reads.flatMap(({ resource, judgement }) =>
    judgement.kind === 'edited' ? [{ routeName: resource.name, differences: judgement.differences }] : [],
  );
  if (edited.length > 0) throw new DriftError(edited);
  const result: RouteRestoreResult = { restored: [], unchanged: [], restoredKeepingEdits: [] };
  for (const { resource, read, judgement } of reads) {
    if (judgement.kind === 'unchanged') result.unchanged.push(resource.name);
    else if (judgement.kind === 'ours-with-edits') {
      await resource.write(judgement.restore, read.version, 'restore-weights');
      result.restoredKeepingEdits.push({ routeName: resource.name, differences: judgement.differences });
    } else {
      await resource.write(resource.snapshot, read.version, 'restore');
      result.restored.push(resource.name);
    }
  }
  return result;
}
