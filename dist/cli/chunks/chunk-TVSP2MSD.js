import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
var e=class extends Error{constructor(o){super(`exit ${o}`);this.exitCode=o}exitCode},t={out:r=>process.stdout.write(r.endsWith(`
`)?r:`${r}
`),err:r=>process.stderr.write(r.endsWith(`
`)?r:`${r}
`)};export{e as a,t as b};
