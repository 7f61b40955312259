#!/usr/bin/env bash
# Mutation testing with cargo-mutants over the evaluation and time-window code.
#   scripts/mutants.sh            every file of results/mutants.md (about 10 min)
#   scripts/mutants.sh --bounded  the time-window arithmetic only (what scripts/test.sh runs)
# Fails when a viable mutant survives: add a test, or document in
# results/mutants.md why the mutant is equivalent and leave it out here.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! cargo mutants --version >/dev/null 2>&1; then
  cargo install cargo-mutants --locked
fi
files=(--file crates/core/src/windows.rs --file crates/core/src/time.rs)
if [ "${1:-}" != "--bounded" ]; then
  files+=(--file "crates/core/src/trip/*.rs" --file crates/core/src/code.rs --file crates/core/src/care.rs --file crates/core/src/calendar.rs)
fi
# cargo-mutants builds a copy of the tree, where ../shared is not beside it.
export CANGO_SOURCES="${CANGO_SOURCES:-$(cd .. && pwd)/shared/sources}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
selection=(--package cango-core "${files[@]}" --exclude-re 'src/code.rs:.*replace > with >= in code$')
# A file list that matches nothing would pass silently: refuse it.
if [ "$(cargo mutants --list "${selection[@]}" | wc -l)" -eq 0 ]; then
  echo "mutants: no mutant in ${files[*]}: is the list of files out of date?" >&2
  exit 1
fi
# The core's own tests judge it: unit tests, goldens, properties, time matrix.
cargo mutants "${selection[@]}" -j 1 --timeout 60 --output "$out"
