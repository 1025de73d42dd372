import { runDemo } from '../local/demo.js';

// `npm run demo`: see local/demo.ts.
process.exitCode = await runDemo();
