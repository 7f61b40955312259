//! The time matrix: every golden scenario, with every input time rewritten to
//! other offsets (+06:00 Xinjiang time, Z, −05:00, +14:00), gives exactly the
//! same answer as the original.

use cango::care::{care, CareRequest};
use cango::code::{code, CodeRequest};
use cango::time::{Instant, HOUR};
use cango::{check, Rules, Scenario};
use serde_json::Value;
use std::path::Path;

const OFFSETS: &[(&str, i64)] = &[
    ("+06:00", 6 * HOUR),
    ("Z", 0),
    ("-05:00", -5 * HOUR),
    ("+14:00", 14 * HOUR),
];

fn rules() -> &'static Rules {
    Rules::builtin().unwrap_or_else(|e| panic!("{e:?}"))
}

/// Rewrites the time at `pointer` (if present and a string) to `offset`.
fn rewrite(value: &mut Value, pointer: &str, offset: i64) {
    if let Some(slot) = value.pointer_mut(pointer) {
        if let Some(text) = slot.as_str() {
            let instant = Instant::parse(text).unwrap_or_else(|| panic!("{pointer}: {text}"));
            let mut written = instant.format_with_offset(offset);
            if offset == 0 {
                written = written.replace("+00:00", "Z");
            }
            *slot = Value::String(written);
        }
    }
}

fn rewrite_list(value: &mut Value, list: &str, field: &str, offset: i64) {
    let n = value
        .pointer(list)
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    for i in 0..n {
        rewrite(value, &format!("{list}/{i}/{field}"), offset);
    }
}

fn goldens(kind: &str) -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(kind);
    let mut out: Vec<(String, Value)> = std::fs::read_dir(&dir)
        .expect("golden dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("golden");
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, serde_json::from_str(&text).expect("json"))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn matrix(
    kind: &str,
    key: &str,
    rewrite_all: impl Fn(&mut Value, i64),
    answer: impl Fn(&Value) -> Value,
) {
    let mut checked = 0;
    for (name, case) in goldens(kind) {
        let original = answer(&case[key]);
        for (label, offset) in OFFSETS {
            let mut request = case[key].clone();
            rewrite_all(&mut request, *offset);
            assert_eq!(
                answer(&request),
                original,
                "{name}: the answer differs with times at {label}"
            );
            checked += 1;
        }
    }
    assert!(checked >= OFFSETS.len() * 5, "too few goldens for {kind}");
}

#[test]
fn check_goldens_at_every_offset() {
    matrix(
        "check",
        "scenario",
        |s, offset| {
            rewrite(s, "/now", offset);
            rewrite(s, "/departure/at", offset);
            rewrite_list(s, "/tests", "sampled_at", offset);
            rewrite_list(s, "/travel_history", "until", offset);
        },
        |s| {
            let scenario =
                Scenario::from_value(s, Instant::from_unix(0)).unwrap_or_else(|e| panic!("{e:?}"));
            serde_json::to_value(check(rules(), &scenario)).unwrap_or(Value::Null)
        },
    );
}

#[test]
fn code_goldens_at_every_offset() {
    matrix(
        "code",
        "request",
        |r, offset| {
            rewrite(r, "/now", offset);
            rewrite_list(r, "/code_events", "since", offset);
            rewrite_list(r, "/code_events", "until", offset);
        },
        |r| {
            let req = CodeRequest::from_json(&r.to_string(), Instant::from_unix(0))
                .unwrap_or_else(|e| panic!("{e:?}"));
            serde_json::to_value(code(rules(), &req)).unwrap_or(Value::Null)
        },
    );
}

#[test]
fn care_goldens_at_every_offset() {
    matrix(
        "care",
        "request",
        |r, offset| rewrite(r, "/now", offset),
        |r| {
            let req = CareRequest::from_json(&r.to_string(), Instant::from_unix(0))
                .unwrap_or_else(|e| panic!("{e:?}"));
            serde_json::to_value(care(rules(), &req)).unwrap_or(Value::Null)
        },
    );
}
