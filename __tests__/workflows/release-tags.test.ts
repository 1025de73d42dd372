import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

const script = resolve('scripts/move-release-tags.sh');
const root = mkdtempSync(join(tmpdir(), 'appmesh-canary-release-'));
const remote = join(root, 'remote.git');
const work = join(root, 'work');
const env = {
  PATH: process.env.PATH ?? '',
  HOME: root,
  GIT_AUTHOR_NAME: 'release',
  GIT_AUTHOR_EMAIL: 'release@example.com',
  GIT_COMMITTER_NAME: 'release',
  GIT_COMMITTER_EMAIL: 'release@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

function run(command: string, args: string[], cwd = work) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

function git(...args: string[]): string {
  const result = run('git', args);
  if (result.code !== 0) throw new Error(`git ${args.join(' ')}: ${result.out}`);
  return result.out.trim();
}

/** A commit whose package.json says `version`, tagged `tag`. */
function release(version: string, tag: string): string {
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'appmesh-canary', version }));
  git('add', 'package.json');
  git('commit', '-q', '-m', `release ${version}`);
  git('tag', tag);
  git('push', '-q', 'origin', 'HEAD:refs/heads/main', `refs/tags/${tag}`);
  return git('rev-parse', 'HEAD');
}

/** The tags of the remote, name -> commit. */
function remoteTags(): Record<string, string> {
  const lines = run('git', ['ls-remote', '--tags', remote]).out.trim().split('\n').filter(Boolean);
  return Object.fromEntries(
    lines.map((line) => {
      const [sha, ref] = line.split('\t');
      return [ref!.replace('refs/tags/', ''), sha!];
    }),
  );
}

beforeAll(() => {
  run('git', ['init', '-q', '--bare', remote], root);
  run('git', ['init', '-q', '-b', 'main', work], root);
  git('remote', 'add', 'origin', remote);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('scripts/move-release-tags.sh (the release workflow)', () => {
  it('points vX and vX.Y at each new release of their line', () => {
    const first = release('1.2.0', 'v1.2.0');
    expect(run('bash', [script, 'v1.2.0']).code).toBe(0);
    expect(remoteTags()).toMatchObject({ v1: first, 'v1.2': first });

    const patch = release('1.2.1', 'v1.2.1');
    expect(run('bash', [script, 'v1.2.1']).code).toBe(0);
    expect(remoteTags()).toMatchObject({ v1: patch, 'v1.2': patch, 'v1.2.0': first });

    const minor = release('1.3.0', 'v1.3.0');
    expect(run('bash', [script, 'v1.3.0']).code).toBe(0);
    expect(remoteTags()).toMatchObject({ v1: minor, 'v1.2': patch, 'v1.3': minor });
  });

  it('moves nothing for a prerelease, or a tag that disagrees with package.json', () => {
    const before = remoteTags();
    release('2.0.0-rc.1', 'v2.0.0-rc.1');
    const prerelease = run('bash', [script, 'v2.0.0-rc.1']);
    expect(prerelease).toMatchObject({ code: 1, out: expect.stringContaining('is not of the form vX.Y.Z') });

    release('1.3.0', 'v1.4.0');
    const mismatch = run('bash', [script, 'v1.4.0']);
    expect(mismatch).toMatchObject({
      code: 1,
      out: expect.stringContaining('package.json at v1.4.0 says version 1.3.0'),
    });

    const after = remoteTags();
    expect({ v1: after.v1, 'v1.3': after['v1.3'], v2: after.v2 }).toEqual({
      v1: before.v1,
      'v1.3': before['v1.3'],
      v2: undefined,
    });
  });
});
