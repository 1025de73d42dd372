#!/usr/bin/env bash
# Usage: scripts/move-release-tags.sh vX.Y.Z [remote]
# Points the tags vX and vX.Y at the commit of the release tag vX.Y.Z and pushes them, so that
# `uses: org/appmesh-canary@v1` (or @v1.4) runs the newest release of that line.
set -euo pipefail
tag="${1:-}"
remote="${2:-origin}"
if [[ ! "$tag" =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
  echo "release tag \"$tag\" is not of the form vX.Y.Z (a prerelease moves no tag)" >&2
  exit 1
fi
major="v${BASH_REMATCH[1]}"
minor="v${BASH_REMATCH[1]}.${BASH_REMATCH[2]}"
version="${BASH_REMATCH[1]}.${BASH_REMATCH[2]}.${BASH_REMATCH[3]}"
package_version="$(git show "$tag:package.json" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).version))')"
if [ "$package_version" != "$version" ]; then
  echo "release $tag, but package.json at $tag says version $package_version: bump it and release again" >&2
  exit 1
fi
commit="$(git rev-parse "$tag^{commit}")"
git tag --force "$major" "$commit"
git tag --force "$minor" "$commit"
git push --force "$remote" "refs/tags/$major" "refs/tags/$minor"
echo "$major and $minor now point at $tag ($commit)"
