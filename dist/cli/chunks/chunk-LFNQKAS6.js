import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
function u(n,r){return`${n} ${r}${n===1?"":"s"}`}function t(n){return`${n.runningCount} running of ${u(n.desiredCount,"desired task")}`}export{u as a,t as b};
