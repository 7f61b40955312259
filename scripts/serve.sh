#!/usr/bin/env bash
# Sets everything up and serves the app on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -x scripts/serve-web.sh ]; then
  exec scripts/serve-web.sh
fi
# Before the app exists: the CLI on the example scenario.
cargo run --release -q -p cango -- check examples/fukang-to-shanghai.json
