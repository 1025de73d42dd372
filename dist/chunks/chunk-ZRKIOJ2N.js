import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
function s(o){let t=Math.max(0,Math.round(o/1e3)),r=Math.floor(t/3600),n=Math.floor(t%3600/60);return r>0?`${r}h${n>0?` ${n}m`:""}`:n>0?`${n}m${t%60>0?` ${t%60}s`:""}`:`${t}s`}export{s as a};
