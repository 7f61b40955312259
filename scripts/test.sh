#!/usr/bin/env bash
# Sets everything up, then runs every test: formatting and lints, the core's
# build for WebAssembly, Rust unit/golden/CLI/ruleset/property tests, the
# built-in rules against their sources, the bounded fuzz runs, and the
# browser tests with the size budgets.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

step() { printf '\n== %s\n' "$*" >&2; }

step "lock files in step with their manifests"
scripts/check-locks.sh

step "format and lints"
cargo fmt --check
cargo clippy --workspace --all-targets --features ssr -- -D warnings

step "the core and the app build for wasm32-unknown-unknown, with no warning"
cargo clippy -p cango-core -p cango-web --lib --target wasm32-unknown-unknown -- -D warnings
# …and the app as a shared link's first answer (src/first.rs).
cargo clippy -p cango-web --lib --bins --no-default-features --features first-answer --target wasm32-unknown-unknown -- -D warnings

# Debug builds: the tests take seconds either way, and test-web.sh reuses
# these artifacts, where a release build would compile the app natively
# with LTO for nothing.
step "Rust tests (unit, golden scenarios, CLI, rulesets, properties, components)"
cargo test --workspace --features ssr

step "built-in rules against shared/sources"
cargo run --release -q -p cango -- rules validate

if [ -x scripts/fuzz.sh ]; then
  step "bounded fuzzing"
  scripts/fuzz.sh --bounded
fi

step "bounded mutation testing (time windows)"
scripts/mutants.sh --bounded

if [ -x scripts/test-web.sh ]; then
  step "the app: component, browser and budget tests"
  scripts/test-web.sh
fi
