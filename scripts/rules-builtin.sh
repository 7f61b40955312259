#!/usr/bin/env bash
# Rewrites crates/core/src/rules/builtin.rs, the built-in rules compiled to
# Rust, from www/rules/*.json. `cargo test -p cango-core --test rules` does the
# same whenever the file is merely out of date; this script is for when it no
# longer compiles at all (a type of the rules' model changed): it starts from
# an empty ruleset, then lets that test write the real one.
set -euo pipefail
cd "$(dirname "$0")/.."
file=crates/core/src/rules/builtin.rs
cat >"$file" <<'RUST'
use super::*;
use std::borrow::Cow;

pub(super) static RULES: Rules = Rules {
    citations: Cow::Borrowed(&[]),
    national_rules: Cow::Borrowed(&[]),
    policies: Cow::Borrowed(&[]),
};
RUST
test=(cargo test -p cango-core --test rules builtin_rules_are_the_rule_files_compiled)
# The first run rewrites the file (and fails, as it says); the second checks it.
"${test[@]}" >/dev/null 2>&1 || true
"${test[@]}"
