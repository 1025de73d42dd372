import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import{a as n}from"./chunk-TUGTU35U.js";function m(r,t="canary-percent"){if(typeof r!="number"||!Number.isInteger(r)||r<0||r>100){let o=typeof r=="string"?`"${r}"`:String(r);throw new n(t,`must be a whole number from 0 to 100; got ${o}.`)}return r}export{m as a};
