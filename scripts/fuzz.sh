#!/usr/bin/env bash
# Fuzzes the core with cargo-fuzz (libFuzzer, nightly toolchain):
#   scripts/fuzz.sh --bounded   about a minute per target (what scripts/test.sh runs)
#   scripts/fuzz.sh SECONDS     SECONDS per target
# Targets: check_scenario, code_request, care_request, ruleset. Seeds come
# from the golden scenarios, the built-in rules and the broken fixtures. A
# crash fails the run and leaves its input in fuzz/artifacts/<target>/; turn
# it into a regression test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
case "${1:-}" in
  --bounded | "") seconds=60 ;;
  *[!0-9]*) echo "usage: scripts/fuzz.sh [--bounded | SECONDS]" >&2; exit 2 ;;
  *) seconds=$1 ;;
esac

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

# Seeds, rebuilt each run from the repository's own data.
rm -rf fuzz/seeds
mkdir -p fuzz/seeds/check_scenario fuzz/seeds/code_request fuzz/seeds/care_request fuzz/seeds/ruleset
python3 - <<'PY'
import glob, json, os
for kind, target, key in [("check", "check_scenario", "scenario"), ("code", "code_request", "request"), ("care", "care_request", "request")]:
    for path in glob.glob(f"tests/golden/{kind}/*.json"):
        case = json.load(open(path, encoding="utf-8"))
        name = os.path.basename(path)
        open(f"fuzz/seeds/{target}/{name}", "w", encoding="utf-8").write(json.dumps(case[key], ensure_ascii=False))
for path in glob.glob("www/rules/*.json") + glob.glob("tests/fixtures/broken/*.json"):
    data = open(path, "rb").read()
    open(f"fuzz/seeds/ruleset/{os.path.basename(path)}", "wb").write(data)
PY

cargo +nightly fuzz build -O
report=fuzz/reports/last-run.md
mkdir -p fuzz/reports
{
  echo "# Fuzz run: ${seconds} s per target"
  echo
  echo "| target | executions | crashes |"
  echo "|---|---|---|"
} > "$report"
status=0
for target in check_scenario code_request care_request ruleset; do
  mkdir -p "fuzz/corpus/$target"
  log=$(mktemp)
  if cargo +nightly fuzz run -O "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=8192 >"$log" 2>&1; then
    crashes=0
  else
    crashes=1
    status=1
    tail -40 "$log" >&2
  fi
  runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' | tail -1 || true)
  echo "| $target | ${runs:-?} | $crashes |" >> "$report"
  echo "fuzz $target: ${runs:-?} executions, $crashes crash(es)" >&2
  rm -f "$log"
done
cat "$report"
exit $status
