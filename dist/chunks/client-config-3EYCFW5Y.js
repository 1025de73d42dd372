import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import{a}from"./chunk-D3CKNZ3I.js";import"./chunk-SZOJP7AB.js";export{a as clientConfig};
