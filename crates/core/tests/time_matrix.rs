//! The time matrix: every golden scenario, with every input time rewritten to
//! other offsets (+06:00 Xinjiang time, Z, −05:00, +14:00), gives exactly the
//! same answer as the original.

#[path = "support/golden.rs"]
mod golden;

use cango_core::time::{Instant, HOUR};
use cango_core::Rules;
use serde_json::Value;

const OFFSETS: &[(&str, i64)] = &[
    ("+06:00", 6 * HOUR),
    ("Z", 0),
    ("-05:00", -5 * HOUR),
    ("+14:00", 14 * HOUR),
];

fn rules() -> &'static Rules {
    Rules::builtin()
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

fn matrix(kind: &str, rewrite_all: impl Fn(&mut Value, i64)) {
    let answer = |request: &Value| {
        let request = golden::read(kind, request).unwrap_or_else(|e| panic!("{e}"));
        golden::answer(rules(), &request)
    };
    let mut checked = 0;
    for case in golden::cases(kind) {
        let name = &case.name;
        let original = answer(case.request_json());
        for (label, offset) in OFFSETS {
            let mut request = case.request_json().clone();
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
    matrix("check", |s, offset| {
        rewrite(s, "/now", offset);
        rewrite(s, "/departure/at", offset);
        rewrite_list(s, "/tests", "sampled_at", offset);
        rewrite_list(s, "/travel_history", "until", offset);
    });
}

#[test]
fn code_goldens_at_every_offset() {
    matrix("code", |r, offset| {
        rewrite(r, "/now", offset);
        rewrite_list(r, "/code_events", "since", offset);
        rewrite_list(r, "/code_events", "until", offset);
    });
}

#[test]
fn care_goldens_at_every_offset() {
    matrix("care", |r, offset| rewrite(r, "/now", offset));
}
