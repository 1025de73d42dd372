import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Readable stack traces without --enable-source-maps: that flag reads the bundle's map on every cold start, while
 * a handler needs it only for the errors it reports. The map beside the bundle (index.mjs.map) is read once, at
 * the first error, and each frame of the bundle is rewritten to its source file, line and column.
 */
let map: SourceMap | null | undefined;

/** The map of the file this code runs from (the handler's bundle), or null when there is none (tests, tsx). */
function bundleMap(): SourceMap | null {
  if (map !== undefined) return map;
  try {
    map = new SourceMap(JSON.parse(readFileSync(`${bundleFile}.map`, 'utf8')) as SourceMapPayload);
  } catch {
    map = null;
  }
  return map;
}

const bundleFile = fileURLToPath(import.meta.url);
const bundleUrl = import.meta.url;

/** The error with its stack's bundle frames mapped to the sources; unchanged without a map. */
export function mapStack<T>(error: T): T {
  if (!(error instanceof Error) || !error.stack || (process.sourceMapsEnabled ?? false)) return error;
  const stack = error.stack;
  if (!stack.includes(bundleFile) && !stack.includes(bundleUrl)) return error;
  const sourceMap = bundleMap();
  if (!sourceMap) return error;
  const frame = /(file:\/\/)?(\/[^\s():]+\.mjs):(\d+):(\d+)/g;
  error.stack = stack.replace(frame, (whole, _scheme, file: string, line: string, column: string) => {
    if (file !== bundleFile) return whole;
    const entry = sourceMap.findEntry(Number(line) - 1, Number(column) - 1);
    if (!('originalSource' in entry) || !entry.originalSource) return whole;
    return `${sourcePath(entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
  return error;
}

/** A source as the project names it (src/..., lambdas/..., node_modules/...), not the build machine's path. */
function sourcePath(source: string): string {
  const path = source.startsWith('file:') ? fileURLToPath(source) : source;
  const at = path.search(/(^|\/)(src|lambdas|node_modules)\//);
  return at < 0 ? path : path.slice(path[at] === '/' ? at + 1 : at);
}
