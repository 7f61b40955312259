#!/usr/bin/env bash
# Builds the app (build_app, scripts/web-env.sh) and serves dist/ on
# http://127.0.0.1:8080 (PORT to change it). Assumes scripts/setup.sh ran.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/web-env.sh
port="${PORT:-8080}"
build_app
echo "CanGo: http://127.0.0.1:${port}/index.html"
exec node tests/e2e/serve.mjs dist "${port}"
