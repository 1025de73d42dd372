import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
function u(o){let n;return new Proxy({},{get(a,e){if(e!=="then")return async(...i)=>{n??=o();let t=await n,r=Reflect.get(t,e);if(typeof r!="function")throw new TypeError(`${String(e)} is not a method`);return r.apply(t,i)}}})}export{u as a};
