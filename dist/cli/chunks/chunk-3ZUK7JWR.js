import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
var o=["deploy","rollback","promote","status"];export{o as a};
