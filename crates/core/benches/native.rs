//! Native benchmark of the golden check scenarios: the evaluation (facts
//! only), `explain` (every sentence of an answer), the contract's report,
//! and JSON in → JSON out, each measured on its own. `cargo bench --bench
//! native` prints the figures and writes `results/bench-native.json`.
//! Figures are measured, never asserted.

#[path = "../tests/support/golden.rs"]
mod golden;

use cango_core::coverage::Request;
use cango_core::explain::{self, report, Lang, Style};
use cango_core::time::Instant as At;
use cango_core::{check, Answer, Rules, Scenario};
use std::hint::black_box;
use std::time::Instant;

/// Median and 99th percentile of `rounds` timed rounds over all scenarios,
/// in nanoseconds per scenario.
fn time_rounds(rounds: usize, scenarios: usize, mut round: impl FnMut()) -> (f64, f64) {
    round(); // warm up
    let mut per_eval: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            round();
            start.elapsed().as_nanos() as f64 / scenarios as f64
        })
        .collect();
    per_eval.sort_by(|a, b| a.total_cmp(b));
    (per_eval[rounds / 2], per_eval[rounds * 99 / 100])
}

/// Every sentence a reader sees of an answer, in one language.
fn explain_all(answer: &Answer, lang: Lang) -> usize {
    let style = Style::for_origin(answer.origin);
    let mut bytes = explain::summary(lang, style, answer).len();
    for j in &answer.requirements {
        bytes += explain::why(lang, style, &j.why).len();
        if let Some(d) = &j.deadline {
            bytes += explain::deadline(lang, style, d, &j.why).len();
        }
    }
    for w in &answer.warnings {
        bytes += explain::warning(lang, style, w).len();
    }
    bytes
}

fn main() {
    let rules = Rules::builtin();
    let scenarios: Vec<Scenario> = golden::cases("check")
        .iter()
        .filter_map(|c| match c.request() {
            Request::Check(s) => Some(s),
            _ => None,
        })
        .collect();
    if scenarios.is_empty() {
        eprintln!("no check goldens");
        std::process::exit(1);
    }
    let n = scenarios.len();
    let rounds = 400;
    let (facts, facts_p99) = time_rounds(rounds, n, || {
        for s in &scenarios {
            black_box(check(rules, black_box(s)));
        }
    });
    let answers: Vec<Answer> = scenarios.iter().map(|s| check(rules, s)).collect();
    let mut explained = Vec::new();
    for lang in Lang::ALL {
        let (median, _) = time_rounds(rounds / 4, n, || {
            for a in &answers {
                black_box(explain_all(black_box(a), lang));
            }
        });
        explained.push((lang.tag(), median));
    }
    let (report_ns, _) = time_rounds(rounds / 4, n, || {
        for a in &answers {
            black_box(report::check(rules, black_box(a)));
        }
    });
    // A scenario from JSON text to the contract's JSON text, as the CLI does.
    let texts: Vec<String> = scenarios.iter().map(Scenario::to_json).collect();
    let (json_round, _) = time_rounds(20, n, || {
        for t in &texts {
            if let Ok(s) = Scenario::from_json(t, At::from_unix(0)) {
                let out = serde_json::to_string(&report::check(rules, &check(rules, &s)));
                black_box(out.map_or(0, |a| a.len()));
            }
        }
    });
    // Cost by input size: one scenario with N tests (the reader refuses more
    // than 200; the evaluation itself must still grow at most linearly).
    let mut by_tests = serde_json::Map::new();
    let mut line = Vec::new();
    let base = &scenarios[0];
    for count in [10usize, 100, 1_000, 10_000] {
        let mut s = base.clone();
        s.tests = (0..count)
            .map(|i| {
                let mut t = base.tests[i % base.tests.len().max(1)];
                t.sampled_at = t.sampled_at.plus(-(i as i64) * 60);
                t
            })
            .collect();
        let reps = (20_000 / count).max(3);
        let (median, _) = time_rounds(reps, 1, || {
            black_box(check(rules, black_box(&s)));
        });
        let us = median / 1e3;
        by_tests.insert(
            count.to_string(),
            serde_json::json!((us * 100.0).round() / 100.0),
        );
        line.push(format!("{count}: {us:.2} µs"));
    }
    println!(
        "native: {n} scenarios; evaluation (facts) median {:.2} µs (p99 {:.2} µs), {:.0} evaluations/s",
        facts / 1e3,
        facts_p99 / 1e3,
        1e9 / facts
    );
    for (tag, median) in &explained {
        println!(
            "native: explain every sentence of an answer in {tag}: median {:.2} µs",
            median / 1e3
        );
    }
    println!(
        "native: the contract's report of an answer {:.2} µs; JSON in → JSON out {:.1} µs",
        report_ns / 1e3,
        json_round / 1e3
    );
    println!(
        "native: one evaluation by number of tests: {}",
        line.join(", ")
    );
    let explain_ns: serde_json::Map<String, serde_json::Value> = explained
        .iter()
        .map(|(tag, ns)| (tag.to_string(), serde_json::json!(ns.round())))
        .collect();
    let result = serde_json::json!({
        "benchmark": "native check of the golden scenarios",
        "scenarios": n,
        "rounds": rounds,
        "median_ns_per_evaluation": facts.round(),
        "p99_ns_per_evaluation": facts_p99.round(),
        "evaluations_per_second": (1e9 / facts).round(),
        "explain_ns_per_answer": explain_ns,
        "report_ns_per_answer": report_ns.round(),
        "json_in_json_out_ns": json_round.round(),
        "us_per_evaluation_by_tests": by_tests,
    });
    let out = golden::repository().join("results/bench-native.json");
    if let Err(e) = std::fs::write(&out, format!("{result:#}\n")) {
        eprintln!("cannot write {}: {e}", out.display());
    }
}
