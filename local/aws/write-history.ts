/**
 * Every write of a routing action, with the simulated time it took effect: the traffic simulator splits
 * requests by the write in force at each moment.
 */
export class WriteHistory<W extends { at: number }> {
  readonly writes: W[] = [];

  record(write: W): void {
    this.writes.push(write);
  }

  /** The last matching write at or before `at`. */
  latest(at: number, matches: (write: W) => boolean): W | undefined {
    let found: W | undefined;
    for (const write of this.writes) {
      if (write.at > at) break;
      if (matches(write)) found = write;
    }
    return found;
  }

  /** The times of matching writes strictly inside (from, to). */
  changes(from: number, to: number, matches: (write: W) => boolean): number[] {
    return this.writes.filter((write) => write.at > from && write.at < to && matches(write)).map((w) => w.at);
  }

  /** Every write matching, oldest first. */
  all(matches: (write: W) => boolean): W[] {
    return this.writes.filter(matches);
  }
}
