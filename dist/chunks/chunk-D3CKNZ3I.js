import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
var t="0.1.0";function o(e={}){return{...e.region?{region:e.region}:{},maxAttempts:6,retryMode:"adaptive",customUserAgent:`appmesh-canary/${t}`}}export{o as a};
