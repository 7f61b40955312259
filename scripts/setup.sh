#!/usr/bin/env bash
# Installs everything CanGo needs to build, serve and test, idempotently:
# each tool is skipped when already present at the right version. Installs
# only from the package registries (crates.io, npm, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*" >&2; }

# Rust target for the WebAssembly build.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
# (Installed without --locked: its own lockfile pins a crate the registry lacks.)
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock 2>/dev/null || true)
if [ -n "${wb_version}" ]; then
  if ! wasm-bindgen --version 2>/dev/null | grep -q " ${wb_version}\$"; then
    log "installing wasm-bindgen-cli ${wb_version}"
    cargo install wasm-bindgen-cli --version "${wb_version}" --force
  fi
fi

# Trunk 0.21.14 (0.22 needs a newer rustc). Takes ~11 min: never reinstall needlessly.
if ! trunk --version 2>/dev/null | grep -q "0.21.14"; then
  log "installing trunk 0.21.14"
  cargo install trunk --version 0.21.14 --locked
fi

# cargo-fuzz for the bounded fuzz runs (on the nightly toolchain these machines carry).
if ! cargo fuzz --version >/dev/null 2>&1; then
  log "installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

# cargo-mutants for the bounded mutation run.
if ! cargo mutants --version >/dev/null 2>&1; then
  log "installing cargo-mutants"
  cargo install cargo-mutants --locked
fi

# Debian packages: Chromium and its driver for the browser tests.
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
# A CJK font, so that screenshots of the app show Chinese, not boxes.
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need_apt+=(fonts-wqy-zenhei)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# npm packages (wasm-opt from binaryen 132, Playwright, axe-core, Lighthouse, …),
# pinned by tests/e2e/package-lock.json.
if [ -f tests/e2e/package.json ]; then
  if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
    log "installing npm packages for the browser tests"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
log "ready"
