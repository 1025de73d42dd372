import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
function t(r){return r.meshOwner?`mesh ${r.mesh} (owner ${r.meshOwner})`:`mesh ${r.mesh}`}function n(r){return`virtual router ${r.virtualRouter} of ${t(r)}`}function s(r,e){return`route ${e} in ${n(r)}`}function i(r,e){return`virtual node ${e} in ${t(r)}`}export{t as a,n as b,s as c,i as d};
