#!/usr/bin/env bash
# Fails when a lock file is out of step with its manifest, so that every
# command the README documents installs on a fresh clone: `npm ci` refuses a
# package-lock.json that does not match its package.json, and `cargo --locked`
# refuses a Cargo.lock that would need updating. Part of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
while IFS= read -r manifest; do
  folder=$(dirname "$manifest")
  if [ ! -f "$folder/package-lock.json" ]; then
    echo "locks: $folder has a package.json without a package-lock.json" >&2
    status=1
  elif ! out=$(cd "$folder" && npm ci --dry-run --ignore-scripts --no-audit --no-fund 2>&1); then
    printf 'locks: %s/package-lock.json is out of step with its package.json:\n%s\n' "$folder" "$out" >&2
    status=1
  fi
done < <(git ls-files '*package.json' | grep -v node_modules)
while IFS= read -r manifest; do
  if ! cargo metadata --locked --format-version 1 --manifest-path "$manifest" >/dev/null; then
    echo "locks: the Cargo.lock of $manifest is out of step with it" >&2
    status=1
  fi
done < <(git ls-files '*Cargo.toml')
[ "$status" -eq 0 ] && echo "locks: every lock file is in step with its manifest" >&2
exit "$status"
