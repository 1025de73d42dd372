import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import{a as t}from"./chunk-C2CI63QR.js";function r(e={}){return{...e.region?{region:e.region}:{},maxAttempts:6,retryMode:"adaptive",customUserAgent:`appmesh-canary/${t}`}}export{r as a};
