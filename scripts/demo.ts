import { parseArgs } from 'node:util';
import type { SeededRouter } from '../local/runs/action-runner.js';
import { runDemo } from '../local/runs/demo.js';
import { seededRouters } from '../local/runs/router-view.js';

// `npm run demo [-- --router vpc-lattice|alb] [--pause] [--slow | --hooks]`: see local/runs/demo.ts.
const { values } = parseArgs({
  options: {
    router: { type: 'string', default: 'app-mesh' },
    pause: { type: 'boolean', default: false },
    slow: { type: 'boolean', default: false },
    hooks: { type: 'boolean', default: false },
  },
});
if (!seededRouters.includes(values.router as SeededRouter)) {
  console.error(`--router must be one of ${seededRouters.join(', ')}; got "${values.router}".`);
  process.exitCode = 2;
} else if (values.slow && values.hooks) {
  console.error('--slow and --hooks each choose the versions the demo deploys: give one of them.');
  process.exitCode = 2;
} else {
  const { pause, slow, hooks } = values;
  process.exitCode = await runDemo(values.router as SeededRouter, { pause, slow, hooks });
}
