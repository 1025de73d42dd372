import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import{createHash as s}from"node:crypto";function n(i,...r){let e=s("sha256").update(JSON.stringify([i,...r])).digest("hex");return[e.slice(0,8),e.slice(8,12),e.slice(12,16),e.slice(16,20),e.slice(20,32)].join("-")}export{n as a};
