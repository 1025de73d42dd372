import { spawn } from 'node:child_process';
import { recordChildRun, type TimedLine } from '../../local/profile.js';

export interface NodeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <script> ...args` in a child process with exactly the given environment additions (in `cwd`). */
export function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd?: string,
): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(cwd ? { cwd } : {}),
    });
    const spawnedAt = performance.now();
    const printed: TimedLine[] = [];
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const at = performance.now();
      for (const text of chunk.toString().split('\n')) if (text) printed.push({ at, text });
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      recordChildRun(spawnedAt, printed, performance.now());
      resolve({ code, stdout, stderr });
    });
  });
}
