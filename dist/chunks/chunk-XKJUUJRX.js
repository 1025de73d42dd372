import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
var c=["p50","p90","p95","p99","p99.9"];function u(s){let r=s.filter(e=>e.samples>0&&Number.isFinite(e.value)),t=r.reduce((e,n)=>e+n.samples,0);if(t!==0)return{value:r.reduce((e,n)=>e+n.value*n.samples,0)/t,samples:t}}export{c as a,u as b};
