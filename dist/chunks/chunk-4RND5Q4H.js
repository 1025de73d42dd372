import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
function e(r){return r.some(o=>o.includes(" "))?r.join(", "):`route ${r.join(", ")}`}export{e as a};
