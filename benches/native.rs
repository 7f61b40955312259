//! Native benchmark: evaluations per second of the golden check scenarios.
//! `cargo bench --bench native` prints the figures and writes
//! `results/bench-native.json`. Figures are measured, never asserted.

use cango::time::Instant as At;
use cango::{check, Rules, Scenario};
use std::path::Path;
use std::time::Instant;

fn main() {
    let rules = match Rules::builtin() {
        Ok(rules) => rules,
        Err(problems) => {
            eprintln!("built-in rules are invalid: {problems:?}");
            std::process::exit(1);
        }
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/check");
    let mut scenarios: Vec<Scenario> = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let Ok(case) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue;
        };
        if let Ok(s) = Scenario::from_value(&case["scenario"], At::from_unix(0)) {
            scenarios.push(s);
        }
    }
    if scenarios.is_empty() {
        eprintln!("no scenarios in {}", dir.display());
        std::process::exit(1);
    }
    // Warm up, then time rounds over all scenarios; report the median round.
    let mut sink = 0usize;
    for s in &scenarios {
        sink += check(rules, s).requirements.len();
    }
    let rounds = 200;
    let mut per_eval_ns: Vec<f64> = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let start = Instant::now();
        for s in &scenarios {
            sink += check(rules, s).requirements.len();
        }
        per_eval_ns.push(start.elapsed().as_nanos() as f64 / scenarios.len() as f64);
    }
    per_eval_ns.sort_by(|a, b| a.total_cmp(b));
    let median = per_eval_ns[rounds / 2];
    let p99 = per_eval_ns[rounds * 99 / 100];
    // Parsing included: a scenario from JSON text to answer JSON text.
    let texts: Vec<String> = scenarios.iter().map(Scenario::to_json).collect();
    let start = Instant::now();
    let mut bytes = 0usize;
    for _ in 0..20 {
        for t in &texts {
            if let Ok(s) = Scenario::from_json(t, At::from_unix(0)) {
                bytes += serde_json::to_string(&check(rules, &s)).map_or(0, |a| a.len());
            }
        }
    }
    let json_round_ns = start.elapsed().as_nanos() as f64 / (20 * texts.len()) as f64;
    // Cost by input size: one scenario with N tests (the reader refuses more
    // than 200; the evaluation itself must still grow at most linearly).
    let mut by_tests = serde_json::Map::new();
    let mut line = Vec::new();
    if let Some(base) = scenarios.first() {
        for n in [10usize, 100, 1_000, 10_000] {
            let mut s = base.clone();
            s.tests = (0..n)
                .map(|i| {
                    let mut t = base.tests[i % base.tests.len().max(1)];
                    t.sampled_at = t.sampled_at.plus(-(i as i64) * 60);
                    t
                })
                .collect();
            let reps = (20_000 / n).max(3);
            let start = Instant::now();
            for _ in 0..reps {
                sink += check(rules, &s).requirements.len();
            }
            let us = start.elapsed().as_nanos() as f64 / reps as f64 / 1e3;
            by_tests.insert(n.to_string(), serde_json::json!((us * 10.0).round() / 10.0));
            line.push(format!("{n}: {us:.1} µs"));
        }
    }
    println!(
        "native: one evaluation by number of tests: {}",
        line.join(", ")
    );
    let result = serde_json::json!({
        "us_per_evaluation_by_tests": by_tests,
        "benchmark": "native check of the golden scenarios",
        "scenarios": scenarios.len(),
        "rounds": rounds,
        "median_ns_per_evaluation": median.round(),
        "p99_ns_per_evaluation": p99.round(),
        "evaluations_per_second": (1e9 / median).round(),
        "json_in_json_out_ns": json_round_ns.round(),
        "checksum": sink + bytes,
    });
    println!(
        "native: {} scenarios, median {:.1} µs/evaluation (p99 {:.1} µs), {:.0} evaluations/s; JSON in → JSON out {:.1} µs",
        scenarios.len(),
        median / 1e3,
        p99 / 1e3,
        1e9 / median,
        json_round_ns / 1e3
    );
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("results/bench-native.json");
    if let Err(e) = std::fs::write(&out, format!("{result:#}\n")) {
        eprintln!("cannot write {}: {e}", out.display());
    }
}
