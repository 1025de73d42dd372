#!/usr/bin/env bash
# Fails when the committed dist/ is not what this checkout builds (run after npm ci: the dependencies' versions
# are the lockfile's).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run bundle
if ! git diff --exit-code --stat -- dist/ || [ -n "$(git status --porcelain -- dist/)" ]; then
  echo "dist/ is not what this commit builds: run 'npm ci && npm run bundle' and commit dist/." >&2
  git status --porcelain -- dist/ >&2
  exit 1
fi
echo "dist/ is in sync with src/"
