import { canaryBench } from './bench.js';
import { latencyBench } from './bench-latency.js';

/**
 * `tsx local/runs/bench-main.ts [--json] [--no-action] [--latency]`: the canary figures of `npm run bench`;
 * --latency: only the tail-latency ones (BENCH_ONSETS onsets per path, 10 by default).
 */
const onsetRuns = Number(process.env.BENCH_ONSETS ?? 10);
const rows = process.argv.includes('--latency')
  ? await latencyBench(onsetRuns)
  : await canaryBench({ withAction: !process.argv.includes('--no-action'), onsetRuns });
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows));
} else {
  const width = Math.max(...rows.map((row) => row.figure.length));
  const valueWidth = Math.max(...rows.map((row) => row.value.length));
  for (const row of rows)
    console.log(`${row.figure.padEnd(width)}  ${row.value.padEnd(valueWidth)}  ${row.how}`);
}
