import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Readable stack traces without --enable-source-maps: that flag reads the bundle's maps on every cold start, while
 * a handler needs them only for the errors it reports. The map beside each file of the bundle (index.mjs.map,
 * chunks/*.mjs.map) is read once, at the first error through that file, and each frame is rewritten to its source
 * file, line and column.
 */
const maps = new Map<string, SourceMap | null>();

/** The map beside a bundle file, or null when there is none (tests, tsx, a file shipped without one). */
function mapOf(file: string): SourceMap | null {
  let map = maps.get(file);
  if (map !== undefined) return map;
  try {
    map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')) as SourceMapPayload);
  } catch {
    map = null;
  }
  maps.set(file, map);
  return map;
}

/** The error with its stack's bundle frames mapped to the sources; unchanged where no map is beside them. */
export function mapStack<T>(error: T): T {
  if (!(error instanceof Error) || !error.stack || (process.sourceMapsEnabled ?? false)) return error;
  const frame = /(file:\/\/)?(\/[^\s():]+\.mjs):(\d+):(\d+)/g;
  error.stack = error.stack.replace(
    frame,
    (whole, scheme: string | undefined, path: string, line, column) => {
      const sourceMap = mapOf(scheme ? fileURLToPath(`${scheme}${path}`) : path);
      if (!sourceMap) return whole;
      const entry = sourceMap.findEntry(Number(line) - 1, Number(column) - 1);
      if (!('originalSource' in entry) || !entry.originalSource) return whole;
      return `${sourcePath(entry.originalSource)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    },
  );
  return error;
}

/** A source as the project names it (src/..., lambdas/..., node_modules/...), not the build machine's path. */
function sourcePath(source: string): string {
  const path = source.startsWith('file:') ? fileURLToPath(source) : source;
  const at = path.search(/(^|\/)(src|lambdas|node_modules)\//);
  return at < 0 ? path : path.slice(path[at] === '/' ? at + 1 : at);
}
