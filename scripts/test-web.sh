#!/usr/bin/env bash
# The app's tests: component rendering (Yew ssr, native), the mini-program
# shell's page logic and JSON (Node), the release build, its size budget
# (budgets.json: the critical path compressed with brotli and gzip), the
# end-to-end tests in headless Debian Chromium (playwright-core) against dist/
# served on a local port, among them the PWA's (offline, updates, CSP and SRI,
# blocked service workers, a sub-path) and WeChat's in-app browser emulated,
# then the main flows in WebKit (WebKitGTK's MiniBrowser through
# WebKitWebDriver under xvfb-run, selenium-webdriver) against the same server.
# Prints the built files' sizes. Benchmarks are scripts/bench.sh.
# Exits non-zero on any failure. Assumes scripts/setup.sh ran.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/web-env.sh
log() { printf '[test-web] %s\n' "$*" >&2; }

log "component tests (ssr) and the app's unit tests"
cargo test --features ssr --test app_ssr
cargo test --features ssr --lib

log "the mini-program shell (page logic, app.json and page JSON)"
node --test miniprogram/test/

log "the CLI, to compare answers with"
cargo build -p cango --bin cango
export CANGO_BIN="$CARGO_TARGET_DIR/debug/cango"

log "release build (trunk)"
build_app

log "size budget of the critical path (budgets.json)"
node tools/budget.mjs dist

log "serving dist/"
server_log="$(mktemp)"
node tests/e2e/serve.mjs dist 0 >"$server_log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -f "$server_log"' EXIT
for _ in $(seq 1 50); do
  grep -q 'http://' "$server_log" && break
  sleep 0.1
done
url="$(grep -o 'http://[^ ]*' "$server_log" | head -1)"
[ -n "$url" ] || { cat "$server_log" >&2; log "the server did not start"; exit 1; }
log "app at ${url}"

log "end-to-end tests in Chromium (node --test)"
status=0
# A test that hangs (a browser that never answers) fails after 5 minutes
# rather than holding the run forever (the longest took 26 s here).
test_timeout=300000
(cd tests/e2e && CANGO_URL="$url" node --test --test-concurrency=1 --test-timeout="$test_timeout" ./*.test.mjs) || status=$?

# Each test file starts its own `xvfb-run -a WebKitWebDriver --port=N` on a
# free port, waits for it, and kills it with its X server when it ends
# (tests/e2e/webkit.mjs).
log "end-to-end tests in WebKit (node --test)"
(cd tests/e2e && CANGO_URL="$url" node --test --test-concurrency=1 --test-timeout="$test_timeout" ./webkit/*.test.mjs) || status=$?

log "sizes of dist/ (bytes)"
node tools/sizes.mjs dist
if [ "$status" -ne 0 ]; then
  log "end-to-end tests failed"
  exit "$status"
fi
log "screenshots: tests/e2e/output/"
