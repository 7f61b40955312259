//! Properties of the evaluation, over generated scenarios.

use cango_core::care::care;
use cango_core::code::code;
use cango_core::explain::report;
use cango_core::input::{CareRequest, CodeRequest};
use cango_core::time::{Instant, HOUR};
use cango_core::{check, Rules, Scenario};
use proptest::prelude::*;
use serde_json::{json, Value};

const REGIONS: &[&str] = &[
    "650102", "652302", "652301", "654002", "650500", "650000", "440106", "310000", "310104",
    "110105", "370702",
];
const RISKS: &[&str] = &["none", "low", "medium", "high"];
const DOCS: &[&str] = &[
    "commitment_letter",
    "exit_certificate",
    "nat_reports",
    "green_code",
    "quarantine_release",
    "expert_evaluation",
    "prefecture_approval",
    "beijing_coordination",
];
/// Offsets (seconds east of UTC) to rewrite times with.
const OFFSETS: &[i64] = &[8 * HOUR, 6 * HOUR, 0, -5 * HOUR, 14 * HOUR];

fn rules() -> &'static Rules {
    Rules::builtin()
}

/// A generated trip, as instants (seconds) so it can be written with any offset.
#[derive(Clone, Debug)]
struct Trip {
    now: i64,
    departure: i64,
    origin: &'static str,
    origin_risk: &'static str,
    destination: &'static str,
    medical: bool,
    code: Option<&'static str>,
    tests: Vec<(bool, i64, &'static str)>,
    stays: Vec<(&'static str, &'static str, i64)>,
    documents: Vec<&'static str>,
}

fn trip() -> impl Strategy<Value = Trip> {
    // Around the sources' dates: from 2021 to early 2023.
    let now = 1_609_459_200i64..1_675_209_600i64;
    (
        now,
        -48 * HOUR..21 * 24 * HOUR,
        prop::sample::select(REGIONS),
        prop::sample::select(RISKS),
        prop::sample::select(REGIONS),
        any::<bool>(),
        prop::option::of(prop::sample::select(&["green", "yellow", "red"][..])),
        prop::collection::vec(
            (
                any::<bool>(),
                0..10 * 24 * HOUR,
                prop::sample::select(&["negative", "negative", "positive", "pending"][..]),
            ),
            0..6,
        ),
        prop::collection::vec(
            (
                prop::sample::select(REGIONS),
                prop::sample::select(RISKS),
                -12 * 24 * HOUR..3 * 24 * HOUR,
            ),
            0..3,
        ),
        prop::sample::subsequence(DOCS, 0..DOCS.len()),
    )
        .prop_map(
            |(
                now,
                dep,
                origin,
                origin_risk,
                destination,
                medical,
                code,
                tests,
                stays,
                documents,
            )| Trip {
                now,
                departure: now + dep,
                origin,
                origin_risk,
                destination,
                medical,
                code,
                tests,
                stays,
                documents,
            },
        )
}

fn time(seconds: i64, offset: i64) -> Value {
    json!(Instant::from_unix(seconds).format_with_offset(offset))
}

impl Trip {
    fn json(&self, offset: i64) -> Value {
        let mut v = json!({
            "now": time(self.now, offset),
            "origin": { "region": self.origin, "risk": self.origin_risk },
            "destination": { "region": self.destination },
            "departure": { "at": time(self.departure, offset), "mode": "air" },
            "purpose": if self.medical { "medical" } else { "ordinary" },
            "tests": self.tests.iter().map(|(nat, ago, result)| json!({
                "kind": if *nat { "nat" } else { "antigen" },
                "sampled_at": time(self.now - ago, offset),
                "result": result,
            })).collect::<Vec<_>>(),
            "travel_history": self.stays.iter().map(|(region, risk, rel)| json!({
                "region": region, "risk": risk, "until": time(self.now + rel, offset),
            })).collect::<Vec<_>>(),
            "documents": self.documents,
        });
        if let Some(code) = self.code {
            v["health_code"] = json!(code);
        }
        v
    }

    fn scenario(&self, offset: i64) -> Scenario {
        Scenario::from_json(&self.json(offset).to_string(), Instant::from_unix(0))
            .unwrap_or_else(|e| panic!("generated an invalid scenario: {e:?}"))
    }
}

fn answer(s: &Scenario) -> Value {
    serde_json::to_value(report::check(rules(), &check(rules(), s))).unwrap_or(Value::Null)
}

fn met(a: &Value) -> Vec<String> {
    a["requirements"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["met"] == true)
        .filter_map(|r| r["id"].as_str().map(String::from))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Never a panic, and the answer always serializes with a verdict.
    #[test]
    fn evaluation_never_panics(t in trip()) {
        let a = answer(&t.scenario(8 * HOUR));
        prop_assert!(a["verdict"].is_string());
        if a["verdict"] == "eligible_after" {
            // Whatever is listed can be done: an earliest departure exists.
            prop_assert!(a["earliest_departure"].is_string(), "{a}");
        }
    }

    /// The order of the test history and of the documents does not matter.
    #[test]
    fn order_of_tests_and_documents_does_not_matter(t in trip(), seed in any::<u64>()) {
        let mut shuffled = t.clone();
        let n = shuffled.tests.len().max(1);
        shuffled.tests.rotate_left((seed as usize) % n);
        shuffled.tests.reverse();
        shuffled.documents.reverse();
        prop_assert_eq!(answer(&t.scenario(8 * HOUR)), answer(&shuffled.scenario(8 * HOUR)));
    }

    /// Adding a negative test never turns a met requirement unmet.
    #[test]
    fn a_negative_test_never_unmeets(t in trip(), nat in any::<bool>(), ago in 0..10 * 24 * HOUR) {
        let before = met(&answer(&t.scenario(8 * HOUR)));
        let mut more = t.clone();
        more.tests.push((nat, ago, "negative"));
        let after = met(&answer(&more.scenario(8 * HOUR)));
        for id in &before {
            prop_assert!(after.contains(id), "{id} was met, then unmet after adding a negative test");
        }
    }

    /// The same instants written with other offsets give the same answer.
    #[test]
    fn offsets_do_not_matter(t in trip(), offset in prop::sample::select(OFFSETS)) {
        prop_assert_eq!(answer(&t.scenario(8 * HOUR)), answer(&t.scenario(offset)));
    }

    /// Arbitrary text never panics the readers.
    #[test]
    fn readers_never_panic(text in ".{0,200}") {
        let _ = Scenario::from_json(&text, Instant::from_unix(0));
        let _ = CodeRequest::from_json(&text, Instant::from_unix(0));
        let _ = CareRequest::from_json(&text, Instant::from_unix(0));
    }

    /// Health codes: never a panic, and the colour is the most severe of the events'.
    #[test]
    fn code_never_panics(now in 1_669_824_000i64..1_672_502_400i64, events in prop::collection::vec((0usize..10, 0..20 * 24 * HOUR, prop::option::of(0..20 * 24 * HOUR)), 0..5)) {
        let categories = cango_core::domain::CodeCategory::ALL;
        let events: Vec<Value> = events.iter().map(|(c, ago, len)| {
            let since = now - ago;
            let mut e = json!({"category": categories[c % categories.len()].as_str(), "since": time(since, 8 * HOUR)});
            if let Some(len) = len { e["until"] = time(since + len, 8 * HOUR); }
            e
        }).collect();
        let req = json!({"now": time(now, 8 * HOUR), "region": "370700", "code_events": events}).to_string();
        let req = CodeRequest::from_json(&req, Instant::from_unix(0)).unwrap_or_else(|e| panic!("{e:?}"));
        let a = code(rules(), &req);
        let worst = a.events.iter().map(|e| e.color_now).max();
        prop_assert_eq!(a.color, Some(worst.unwrap_or(cango_core::domain::HealthCode::Green)));
        if let Some(at) = a.changes_at { prop_assert!(at > req.now); }
    }

    #[test]
    fn care_never_panics(region in prop::sample::select(REGIONS), risk in prop::sample::select(RISKS), need in 0usize..12, now in 1_640_995_200i64..1_672_502_400i64) {
        let need = cango_core::domain::CareNeed::ALL[need % 12].as_str();
        let req = json!({"now": time(now, 8 * HOUR), "region": region, "risk": risk, "need": need}).to_string();
        let req = CareRequest::from_json(&req, Instant::from_unix(0)).unwrap_or_else(|e| panic!("{e:?}"));
        let a = report::care(rules(), &care(rules(), &req));
        prop_assert_eq!(a.emergency, "120");
    }
}
