import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import{a}from"./chunk-FXS5R252.js";import"./chunk-C2CI63QR.js";import"./chunk-SZOJP7AB.js";export{a as clientConfig};
