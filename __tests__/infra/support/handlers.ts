import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type HandlerName, handlerNames } from '../../../infra/handlers.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface HandlersUnderTest {
  /** Where the handler sources are read: APPMESH_CANARY_LAMBDAS_DIR, else the repository's lambdas/. */
  sourceDir: string;
  present: HandlerName[];
  missing: HandlerName[];
  /** The construct's lambdasDir: undefined (its default) when every handler exists in the repository. */
  lambdasDir: string | undefined;
  cleanup(): void;
}

/**
 * The construct needs all eight entries; while some are not written yet, it is pointed at a temporary project
 * (outside the repository) holding links to the handlers that exist and empty stand-ins for the others.
 */
export function handlersUnderTest(): HandlersUnderTest {
  const repoLambdas = join(repoRoot, 'lambdas');
  const sourceDir = process.env.APPMESH_CANARY_LAMBDAS_DIR ?? repoLambdas;
  const present = handlerNames.filter((name) => existsSync(join(sourceDir, `${name}.ts`)));
  const missing = handlerNames.filter((name) => !present.includes(name));
  if (missing.length === 0) {
    return {
      sourceDir,
      present,
      missing,
      lambdasDir: sourceDir === repoLambdas ? undefined : sourceDir,
      cleanup: () => {},
    };
  }
  const project = mkdtempSync(join(tmpdir(), 'appmesh-canary-infra-'));
  const lambdasDir = join(project, 'lambdas');
  mkdirSync(lambdasDir);
  symlinkSync(join(repoRoot, 'node_modules'), join(project, 'node_modules'));
  symlinkSync(join(repoRoot, 'package-lock.json'), join(project, 'package-lock.json'));
  for (const name of present) symlinkSync(join(sourceDir, `${name}.ts`), join(lambdasDir, `${name}.ts`));
  for (const name of missing) {
    writeFileSync(join(lambdasDir, `${name}.ts`), 'export const handler = async () => ({});\n');
  }
  return {
    sourceDir,
    present,
    missing,
    lambdasDir,
    cleanup: () => rmSync(project, { recursive: true, force: true }),
  };
}
