import { canaryBench } from './bench.js';

/** `tsx local/runs/bench-main.ts [--json] [--no-action]`: the canary figures of `npm run bench`. */
const rows = await canaryBench({ withAction: !process.argv.includes('--no-action') });
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows));
} else {
  const width = Math.max(...rows.map((row) => row.figure.length));
  const valueWidth = Math.max(...rows.map((row) => row.value.length));
  for (const row of rows)
    console.log(`${row.figure.padEnd(width)}  ${row.value.padEnd(valueWidth)}  ${row.how}`);
}
