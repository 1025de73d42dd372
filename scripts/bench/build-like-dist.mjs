// Bundles an entry as `npm run bundle` bundles the Action (keep the two alike), for the bench's yardsticks.
import { execFileSync } from 'node:child_process';

export function buildLikeDist(entry, outdir) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', outdir, '--minify', '--target', 'es2022', '--quiet'], {
    stdio: 'inherit',
  });
}
