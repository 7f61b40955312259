#!/usr/bin/env bash
# Builds the app (trunk build --release) and serves dist/ on
# http://127.0.0.1:8080 (PORT to change it). Assumes scripts/setup.sh ran.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target/web}"
# wasm-opt (npm binaryen) and wasm-bindgen from the machine: Trunk never downloads.
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk.toml pins wasm-bindgen to Cargo.lock's version (Trunk never downloads).
lock_wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
trunk_wb=$(awk -F'"' '/^wasm_bindgen *=/ { print $2; exit }' Trunk.toml)
if [ "$lock_wb" != "$trunk_wb" ]; then
  echo "Trunk.toml wasm_bindgen = \"$trunk_wb\" but Cargo.lock has wasm-bindgen $lock_wb: update Trunk.toml and run scripts/setup.sh" >&2
  exit 1
fi
port="${PORT:-8080}"
trunk build --release
echo "CanGo: http://127.0.0.1:${port}/index.html"
exec node tests/e2e/serve.mjs dist "${port}"
