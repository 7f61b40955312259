//! Entry points for the browser benchmark (scripts/bench.sh), exported from
//! the app's own WebAssembly so that the figures are those of the shipped
//! build: scenarios are parsed once, then evaluated in rounds timed by the
//! page, as `benches/native.rs` does natively.

use cango_core::input::Scenario;
use cango_core::rules::Rules;
use cango_core::time::Instant;
use cango_core::trip::check;
use std::cell::RefCell;
use wasm_bindgen::prelude::wasm_bindgen;

thread_local! {
    static SCENARIOS: RefCell<Vec<Scenario>> = const { RefCell::new(Vec::new()) };
}

/// Parses scenarios (one JSON object per line, `now` given); returns how
/// many were read. Lines that do not parse are skipped.
#[wasm_bindgen]
pub fn bench_load(lines: &str) -> usize {
    let parsed: Vec<Scenario> = lines
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| Scenario::from_json(l, Instant::from_unix(0)).ok())
        .collect();
    let n = parsed.len();
    SCENARIOS.with(|s| *s.borrow_mut() = parsed);
    n
}

/// Evaluates every loaded scenario once; returns the number of
/// requirements (so that nothing is optimised away).
#[wasm_bindgen]
pub fn bench_round() -> usize {
    let rules = Rules::builtin();
    SCENARIOS.with(|s| {
        s.borrow()
            .iter()
            .map(|sc| check(rules, sc).requirements.len())
            .sum()
    })
}
