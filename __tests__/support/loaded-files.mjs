// Preload (node --import): prints, at exit, each file the process loaded as a module, one "loaded <url>" a line on
// stderr. Start-up tests read it to tell what a command loads.
import { writeSync } from 'node:fs';
import { registerHooks } from 'node:module';

const loaded = [];
registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:')) loaded.push(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => {
  for (const url of loaded) writeSync(2, `loaded ${url}\n`);
});
