import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
function a(r,t,i){return{async shift(e,o){let s=await r.shift(e,o);return{state:s,written:s.written}},resources:()=>[{...i,read:async()=>({raw:await t.read(),version:0}),write:async e=>{await t.write(e)}}],lastWritten:e=>new Map([[i.name,e.spec]]),describe:()=>r.describe()}}export{a};
