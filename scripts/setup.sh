#!/usr/bin/env bash
# Installs everything CanGo needs to build, serve, test and benchmark,
# idempotently: each step is skipped when what it installs is already there at
# the right version. Installs only from the package registries (crates.io, npm,
# Debian). Each step says what it installs and roughly how long that takes on
# 2 cores, and reports the time it took.
#   scripts/setup.sh          what serve.sh and test.sh need
#   scripts/setup.sh --bench  also the benchmark's npm packages (bench.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

with_bench=false
[ "${1:-}" = "--bench" ] && with_bench=true

log() { printf '[setup] %s\n' "$*" >&2; }
# step "what" "about how long" command…: announces, runs and times one install.
step() {
  local what=$1 estimate=$2 started=$SECONDS
  shift 2
  log "${what} (first time: ${estimate})…"
  "$@"
  log "${what}: done in $((SECONDS - started)) s"
}

# Rust target for the WebAssembly build.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target" "~30 s" rustup target add wasm32-unknown-unknown
fi

# The app's release build runs on the nightly toolchain these machines carry
# (scripts/web-env.sh, build_app), rebuilding the standard library from its
# source: that source, and the crates it depends on (fetched below).
if ! rustup toolchain list | grep -q '^nightly'; then
  log "no nightly toolchain: the app's release build needs one (rustup toolchain install nightly)"
  exit 1
fi
if ! rustup component list --toolchain nightly --installed | grep -qx rust-src; then
  step "adding the nightly toolchain's rust-src" "~30 s" rustup component add rust-src --toolchain nightly
fi

# Every crate that any later step needs, for every target (cargo fetch without
# --target covers all platforms in the lock file). Trunk builds the app with
# --offline, so the wasm32-only crates (yew, web-sys, …) must be in the Cargo
# cache before it runs; a warm cache on one machine once hid this from CI.
# --locked: a Cargo.lock out of step with its Cargo.toml is an error, not a
# silent update.
fetch_crates() {
  cargo fetch --locked --quiet
  cargo fetch --locked --quiet --manifest-path fuzz/Cargo.toml
  # The standard library's own dependencies, for build_app's -Zbuild-std.
  cargo +nightly fetch --locked --quiet -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown
}
step "fetching the crates of Cargo.lock, fuzz/Cargo.lock and the standard library" "~1 min" fetch_crates

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
# (Installed without --locked: its own lockfile pins a crate the registry lacks.)
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${wb_version}\$"; then
  step "installing wasm-bindgen-cli ${wb_version}" "~4 min" \
    cargo install wasm-bindgen-cli --version "${wb_version}" --force
fi

# Trunk 0.21.14 (0.22 needs a newer rustc). Never reinstall needlessly.
if ! trunk --version 2>/dev/null | grep -q "0.21.14"; then
  step "installing trunk 0.21.14" "~11 min" cargo install trunk --version 0.21.14 --locked
fi

# cargo-fuzz for the bounded fuzz runs (on the nightly toolchain these machines carry).
if ! cargo fuzz --version >/dev/null 2>&1; then
  step "installing cargo-fuzz" "~2 min" cargo install cargo-fuzz --locked
fi

# cargo-mutants for the bounded mutation run.
if ! cargo mutants --version >/dev/null 2>&1; then
  step "installing cargo-mutants" "~3 min" cargo install cargo-mutants --locked
fi

# Debian packages: Chromium and its driver for the browser tests; WebKitGTK's
# WebDriver (with its MiniBrowser) and a virtual X display for the WebKit
# tests; a CJK font, so that screenshots show Chinese and Uyghur, not boxes;
# brotli is not needed (Node's zlib has it).
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v WebKitWebDriver >/dev/null || need_apt+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || need_apt+=(xvfb)
command -v xauth >/dev/null || need_apt+=(xauth)
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need_apt+=(fonts-wqy-zenhei)
command -v python3 >/dev/null || need_apt+=(python3)
apt_install() {
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
if [ ${#need_apt[@]} -gt 0 ]; then
  step "installing Debian packages: ${need_apt[*]}" "~2 min" apt_install "${need_apt[@]}"
fi

# npm packages, each folder pinned by its package-lock.json (npm ci refuses a
# lock file out of step with its package.json). Reinstalled when the lock file
# is newer than what node_modules was installed from. tools/ has packages too,
# but only for its hand-run generators (tools/README.md), so not here.
npm_install() {
  (cd "$1" && npm ci --no-audit --no-fund --loglevel=error)
}
npm_folders=(tests/e2e)
$with_bench && npm_folders+=(tests/e2e/bench)
for folder in "${npm_folders[@]}"; do
  if [ ! -f "$folder/node_modules/.package-lock.json" ] ||
     [ "$folder/package-lock.json" -nt "$folder/node_modules/.package-lock.json" ]; then
    step "installing the npm packages of ${folder}" "~1 min" npm_install "$folder"
  fi
done
log "ready"
