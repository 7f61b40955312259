//! Golden scenarios: `tests/golden/{check,code,care}/*.json`, each a request
//! with a fixed `now`, a description, and the parts of the answer it expects.
//! Only the fields named under `expect` are compared, each exactly.

#[path = "support/golden.rs"]
mod golden;

use cango_core::coverage::{coverage, Request};
use cango_core::Rules;
use golden::{answer, cases, read};
use serde_json::{json, Map, Value};

fn rules() -> &'static Rules {
    Rules::builtin()
}

/// Compares `expected` with `actual`, recording a line per difference.
fn same(failures: &mut Vec<String>, what: &str, expected: &Value, actual: &Value) {
    if expected != actual {
        failures.push(format!("{what}: expected {expected}, got {actual}"));
    }
}

fn by_id(items: &Value, key: &str, value: impl Fn(&Value) -> Value) -> Value {
    let mut map = Map::new();
    for item in items.as_array().into_iter().flatten() {
        if let Some(id) = item[key].as_str() {
            map.insert(id.to_string(), value(item));
        }
    }
    Value::Object(map)
}

fn ids(items: &Value, key: &str) -> Value {
    Value::Array(
        items
            .as_array()
            .into_iter()
            .flatten()
            .map(|i| i[key].clone())
            .collect(),
    )
}

/// The ids of the items for which `keep` holds.
fn ids_where(items: &Value, keep: impl Fn(&Value) -> bool) -> Value {
    Value::Array(
        items
            .as_array()
            .into_iter()
            .flatten()
            .filter(|i| keep(i))
            .map(|i| i["id"].clone())
            .collect(),
    )
}

fn non_empty(list: &Value) -> bool {
    list.as_array().is_some_and(|l| !l.is_empty())
}

fn phones(answer: &Value) -> Vec<String> {
    answer["contacts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["phone"].as_str().map(str::to_string))
        .collect()
}

fn compare(answer: &Value, expect: &Map<String, Value>) -> Vec<String> {
    let mut failures = Vec::new();
    for (key, expected) in expect {
        let f = &mut failures;
        match key.as_str() {
            "documents" => same(
                f,
                key,
                expected,
                &by_id(&answer["documents"], "id", |d| d["held"].clone()),
            ),
            "requirements" => same(
                f,
                key,
                expected,
                &by_id(&answer["requirements"], "id", |r| {
                    r["status"]["state"].clone()
                }),
            ),
            "deadlines" => {
                let got = by_id(&answer["requirements"], "id", |r| {
                    let d = &r["deadline"];
                    if d.is_null() {
                        Value::Null
                    } else {
                        json!([d["from"], d["until"], d["tests_needed"]])
                    }
                });
                for (id, want) in expected.as_object().into_iter().flatten() {
                    same(f, &format!("deadline of {id}"), want, &got[id]);
                }
            }
            "why" | "deadline_text" => {
                let got = by_id(&answer["requirements"], "id", |r| {
                    if key == "why" {
                        r["why"].clone()
                    } else {
                        r["deadline"]["text"].clone()
                    }
                });
                for (id, want) in expected.as_object().into_iter().flatten() {
                    same(f, &format!("{key} of {id}"), want, &got[id]);
                }
            }
            "blockers" => {
                let got: Vec<Value> = answer["requirements"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|r| r["status"].get("blocker").cloned())
                    .collect();
                same(f, key, expected, &Value::Array(got));
            }
            "requirement_order" => same(f, key, expected, &ids(&answer["requirements"], "id")),
            "arrival" => same(f, key, expected, &ids(&answer["arrival"], "id")),
            "conflicts" => same(
                f,
                key,
                expected,
                &ids(&answer["conflicts"], "national_rule"),
            ),
            "what_would_change" => {
                let mut blockers: Vec<Value> = Vec::new();
                for c in answer["what_would_change"].as_array().into_iter().flatten() {
                    if !blockers.contains(&c["blocker"]) {
                        blockers.push(c["blocker"].clone());
                    }
                }
                same(f, key, expected, &Value::Array(blockers));
            }
            "change_at" => {
                for (blocker, at) in expected.as_object().into_iter().flatten() {
                    let got = answer["what_would_change"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .find(|c| c["blocker"] == *blocker && !c["at"].is_null())
                        .map_or(Value::Null, |c| c["at"].clone());
                    same(f, &format!("change_at {blocker}"), at, &got);
                }
            }
            "notices_include" => {
                let got = ids(&answer["notices"], "id");
                for id in expected.as_array().into_iter().flatten() {
                    if !got.as_array().is_some_and(|g| g.contains(id)) {
                        f.push(format!("notices: {id} missing from {got}"));
                    }
                }
            }
            "contacts_include" | "contacts_exclude" => {
                let got = phones(answer);
                for phone in expected
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                {
                    let present = got.iter().any(|p| p == phone);
                    if present != (key == "contacts_include") {
                        f.push(format!("{key}: {phone} (contacts: {got:?})"));
                    }
                }
            }
            "disputed" => same(
                f,
                key,
                expected,
                &ids_where(&answer["requirements"], |r| non_empty(&r["disputed_by"])),
            ),
            // Requirements that say how CanGo read an ambiguous source.
            "readings" => same(
                f,
                key,
                expected,
                &ids_where(&answer["requirements"], |r| !r["reading"].is_null()),
            ),
            "has_reading" => same(f, key, expected, &json!(!answer["reading"].is_null())),
            "disputed_notices" => same(
                f,
                key,
                expected,
                &ids_where(&answer["notices"], |n| non_empty(&n["disputed_by"])),
            ),
            "places" => same(f, key, expected, &ids(&answer["places"], "id")),
            "fits" => same(f, key, expected, &ids(&answer["places"], "fit")),
            "warnings_count" => same(
                f,
                key,
                expected,
                &json!(answer["warnings"].as_array().map_or(0, Vec::len)),
            ),
            "advice_count" => same(
                f,
                key,
                expected,
                &json!(answer["advice"].as_array().map_or(0, Vec::len)),
            ),
            // Plain fields of the answer.
            _ => same(f, key, expected, &answer[key]),
        }
    }
    failures
}

fn run(kind: &str, min: usize) {
    let cases = cases(kind);
    assert!(
        cases.len() >= min,
        "expected at least {min} {kind} goldens, found {}",
        cases.len()
    );
    let mut report = Vec::new();
    for case in &cases {
        let name = &case.name;
        assert!(
            case.value["description"]
                .as_str()
                .is_some_and(|d| !d.is_empty()),
            "{name}: needs a description"
        );
        let request = case.request_json();
        assert!(request["now"].is_string(), "{name}: goldens fix `now`");
        let expect = case.value["expect"]
            .as_object()
            .unwrap_or_else(|| panic!("{name}: no expect"));
        match read(kind, request) {
            Ok(request) => {
                for failure in compare(&answer(rules(), &request), expect) {
                    report.push(format!("{name}: {failure}"));
                }
            }
            Err(e) => report.push(format!("{name}: invalid request: {e}")),
        }
    }
    assert!(
        report.is_empty(),
        "{} difference(s):\n{}",
        report.len(),
        report.join("\n")
    );
}

#[test]
fn check_goldens() {
    run("check", 40);
}

#[test]
fn code_goldens() {
    run("code", 10);
}

#[test]
fn care_goldens() {
    run("care", 5);
}

/// The goldens cover every verdict, document, arrival step, code category
/// and policy at least once.
#[test]
fn goldens_cover_everything() {
    let checks: Vec<Value> = cases("check")
        .iter()
        .map(|c| answer(rules(), &c.request()))
        .collect();
    let seen =
        |f: &dyn Fn(&Value) -> Vec<String>| -> Vec<String> { checks.iter().flat_map(f).collect() };
    let verdicts = seen(&|a| vec![a["verdict"].as_str().unwrap_or_default().to_string()]);
    for v in [
        "eligible",
        "eligible_after",
        "needs_approval",
        "not_eligible",
        "unknown",
    ] {
        assert!(verdicts.iter().any(|x| x == v), "no golden gives {v}");
    }
    let docs = seen(&|a| {
        a["documents"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|d| d["id"].as_str().map(String::from))
            .collect()
    });
    for d in cango_core::domain::DocumentId::ALL {
        assert!(
            docs.iter().any(|x| x == d.as_str()),
            "no golden needs document {d}"
        );
    }
    let arrivals = seen(&|a| {
        a["arrival"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|d| d["id"].as_str().map(String::from))
            .collect()
    });
    for d in cango_core::domain::ArrivalId::ALL {
        assert!(
            arrivals.iter().any(|x| x == d.as_str()),
            "no golden has arrival step {d}"
        );
    }
    // Policies, as `cango rules coverage` counts them.
    let all = golden::all();
    let requests: Vec<(&str, Request)> =
        all.iter().map(|c| (c.name.as_str(), c.request())).collect();
    let cov = coverage(rules(), requests.iter().map(|(n, r)| (*n, r)));
    assert!(
        cov.uncovered_policies.is_empty(),
        "no golden exercises policies {:?}",
        cov.uncovered_policies
    );
    let categories: Vec<String> = cases("code")
        .iter()
        .flat_map(|c| {
            c.value["request"]["code_events"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|e| e["category"].as_str().map(String::from))
        .collect();
    for c in cango_core::domain::CodeCategory::ALL {
        assert!(
            categories.iter().any(|x| x == c.as_str()),
            "no golden has code category {c}"
        );
    }
}
