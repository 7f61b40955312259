#!/usr/bin/env bash
# The benchmarks (measured and printed, never asserted; not part of the tests):
#   1. native: evaluations per second of the golden scenarios
#      (cargo bench -p cango-core --bench native → results/bench-native.json);
#   2. the release build (trunk) and its critical-path sizes (results/sizes.json);
#   3. in headless Chromium: µs per evaluation in the app's WebAssembly and,
#      side by side in the same page, json-logic-js on the equivalent Xinjiang
#      exit rule (results/bench-wasm.json);
#   4. load: navigation to the first answer of a shared link, 4× CPU and
#      Slow 4G, median of 5 (results/bench-load.json);
#   5. Lighthouse 12's mobile audit (results/bench-lighthouse.json).
# `scripts/bench.sh wasm` (or load, lighthouse) runs only those browser parts
# (after 1 and 2). Runs scripts/setup.sh --bench first, which also installs the benchmark's own
# npm packages (json-logic-js, lighthouse) into tests/e2e/bench.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/web-env.sh
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
log() { printf '[bench] %s\n' "$*" >&2; }

scripts/setup.sh --bench
mkdir -p results

log "native (cargo bench -p cango-core --bench native)"
cargo bench -p cango-core --bench native

log "release build (trunk)"
build_app
node tools/budget.mjs dist

log "browser benchmarks (headless Chromium)"
node tests/e2e/bench/bench.mjs "$@"
log "results: $(ls results/*.json | tr '\n' ' ')"
