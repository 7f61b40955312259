//! The `cango` binary against CONTRACT.md: exit codes, stdout/stderr, every
//! kind of invalid input, and the `rules` subcommands.

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The repository's root, where the CLI is run from (`tests/golden` is the
/// default of `rules coverage`).
fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn cango(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cango"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cango runs");
    if let Some(mut input) = child.stdin.take() {
        // The command may exit before reading (usage errors): ignore EPIPE.
        let _ = input.write_all(stdin.as_bytes());
    }
    child.wait_with_output().expect("cango finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const VALID: &str = r#"{
  "now": "2022-10-07T20:00:00+08:00",
  "origin": { "region": "650102", "risk": "none" },
  "destination": { "region": "310000" },
  "departure": { "at": "2022-10-08T10:00:00+08:00", "mode": "air" },
  "purpose": "ordinary",
  "health_code": "green",
  "tests": [ { "kind": "nat", "sampled_at": "2022-10-06T20:00:00+08:00", "result": "negative" },
             { "kind": "nat", "sampled_at": "2022-10-07T12:00:00+08:00", "result": "negative" } ],
  "documents": [ "commitment_letter", "exit_certificate" ]
}"#;

/// Asserts the contract for invalid input: exit 2, nothing on stdout, no
/// panic, and each expected fragment on stderr.
fn rejects(args: &[&str], input: &str, fragments: &[&str]) {
    let out = cango(args, input);
    let err = stderr(&out);
    assert_eq!(
        out.status.code(),
        Some(2),
        "exit status for {input}: stderr {err}"
    );
    assert!(
        out.stdout.is_empty(),
        "stdout must be empty, got {}",
        stdout(&out)
    );
    assert!(!err.contains("panicked"), "panic: {err}");
    for fragment in fragments {
        assert!(err.contains(fragment), "stderr lacks {fragment:?}:\n{err}");
    }
}

fn with(field: &str, value: &str) -> String {
    let mut v: Value = serde_json::from_str(VALID).expect("valid json");
    let patch: Value = serde_json::from_str(value).expect("patch json");
    let mut target = &mut v;
    let parts: Vec<&str> = field.split('.').collect();
    for part in &parts[..parts.len() - 1] {
        target = &mut target[*part];
    }
    target[parts[parts.len() - 1]] = patch;
    v.to_string()
}

#[test]
fn check_reads_stdin_and_files_and_answers_json() {
    let out = cango(&["check"], VALID);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let answer: Value = serde_json::from_str(&stdout(&out)).expect("JSON answer");
    assert_eq!(answer["verdict"], "eligible");
    let from_dash = cango(&["check", "-"], VALID);
    assert_eq!(stdout(&from_dash), stdout(&out));
    let file = root().join("tests/golden/check/01-urumqi-shanghai-in-order.json");
    let case: Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("golden")).expect("json");
    let dir = std::env::temp_dir().join(format!("cango-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let scenario = dir.join("scenario.json");
    std::fs::write(&scenario, case["scenario"].to_string()).expect("write");
    let from_file = cango(&["check", &scenario.to_string_lossy()], "");
    assert_eq!(from_file.status.code(), Some(0));
    let a: Value = serde_json::from_str(&stdout(&from_file)).expect("json");
    assert_eq!(a["verdict"], "eligible");
    // Every document, requirement and conflict carries its sources.
    for list in ["requirements", "arrival"] {
        for item in a[list].as_array().expect("list") {
            let sources = item["sources"].as_array().expect("sources");
            assert!(!sources.is_empty(), "{list} item without sources: {item}");
            for s in sources {
                for key in ["issuer", "date", "title", "file", "confidence", "quote"] {
                    assert!(!s[key].is_null(), "source lacks {key}: {s}");
                }
            }
        }
    }
}

#[test]
fn every_verdict_exits_zero() {
    for verdict_input in [
        with("health_code", "\"red\""),
        with("origin", r#"{"region":"440106","risk":"none"}"#),
        with("purpose", "\"medical\""),
        with("documents", "[]"),
    ] {
        let out = cango(&["check"], &verdict_input);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
}

#[test]
fn malformed_json() {
    rejects(
        &["check"],
        "{\"origin\": ",
        &["(document): is not valid JSON"],
    );
    rejects(&["check"], "", &["is not valid JSON"]);
    rejects(&["check"], "[]", &["(document)", "must be an object"]);
    rejects(&["code"], "nope", &["is not valid JSON"]);
    rejects(&["care"], "{", &["is not valid JSON"]);
}

#[test]
fn missing_required_fields() {
    rejects(
        &["check"],
        "{}",
        &[
            "origin: is required",
            "destination: is required",
            "departure: is required",
        ],
    );
    rejects(
        &["check"],
        &with("departure", "{}"),
        &["departure.at: is required"],
    );
    rejects(
        &["check"],
        &with("origin", r#"{"region":"650102"}"#),
        &["origin.risk: is required"],
    );
    rejects(&["code"], "{}", &["region: is required"]);
    rejects(
        &["care"],
        r#"{"region":"654002"}"#,
        &["risk: is required", "need: is required"],
    );
}

#[test]
fn unknown_enum_values_name_field_and_value() {
    rejects(
        &["check"],
        &with("origin.risk", "\"extreme\""),
        &["origin.risk: is not one of: none, low, medium, high (got \"extreme\")"],
    );
    rejects(
        &["check"],
        &with("departure.mode", "\"boat\""),
        &["departure.mode", "\"boat\""],
    );
    rejects(
        &["check"],
        &with("purpose", "\"tourism\""),
        &["purpose", "\"tourism\""],
    );
    rejects(
        &["check"],
        &with("health_code", "\"blue\""),
        &["health_code", "\"blue\""],
    );
    rejects(
        &["check"],
        &with("documents", "[\"passport\"]"),
        &["documents[0]", "\"passport\""],
    );
    rejects(
        &["check"],
        &with(
            "tests",
            r#"[{"kind":"pcr","sampled_at":"2022-10-07T10:00:00+08:00","result":"maybe"}]"#,
        ),
        &["tests[0].kind", "\"pcr\"", "tests[0].result", "\"maybe\""],
    );
    rejects(
        &["code"],
        r#"{"region":"370700","code_events":[{"category":"sneezed","since":"2022-12-01"}]}"#,
        &["code_events[0].category", "\"sneezed\""],
    );
    rejects(
        &["care"],
        r#"{"region":"654002","risk":"high","need":"massage"}"#,
        &["need", "\"massage\""],
    );
}

#[test]
fn unknown_regions() {
    rejects(
        &["check"],
        &with("origin.region", "\"659999\""),
        &["origin.region: is not a GB/T 2260 administrative division (got \"659999\")"],
    );
    rejects(
        &["check"],
        &with("destination.region", "\"31000\""),
        &["destination.region", "six digits", "\"31000\""],
    );
    rejects(
        &["check"],
        &with("destination.region", "310000"),
        &["destination.region: must be a string"],
    );
    rejects(
        &["code"],
        r#"{"region":"999999"}"#,
        &["region", "\"999999\""],
    );
    rejects(
        &["care"],
        r#"{"region":"65400","risk":"high","need":"fever"}"#,
        &["region", "\"65400\""],
    );
}

#[test]
fn unparsable_times() {
    rejects(
        &["check"],
        &with("departure.at", "\"tomorrow\""),
        &["departure.at: is not a time", "\"tomorrow\""],
    );
    rejects(
        &["check"],
        &with("now", "\"2022-10-07T20:00:00\""),
        &["now: is not a time", "2022-10-07T20:00:00"],
    );
    rejects(
        &["check"],
        &with("departure.at", "\"2022-02-30\""),
        &["departure.at", "2022-02-30"],
    );
    rejects(
        &["code"],
        r#"{"region":"370700","code_events":[{"category":"inbound","since":"12/01/2022"}]}"#,
        &["code_events[0].since", "12/01/2022"],
    );
    rejects(
        &["care"],
        r#"{"now":"soon","region":"654002","risk":"high","need":"fever"}"#,
        &["now", "\"soon\""],
    );
}

#[test]
fn test_sampled_in_the_future() {
    rejects(
        &["check"],
        &with(
            "tests",
            r#"[{"kind":"nat","sampled_at":"2022-10-07T20:00:01+08:00","result":"negative"}]"#,
        ),
        &[
            "tests[0].sampled_at: is after now",
            "2022-10-07T20:00:01+08:00",
        ],
    );
    // The same instant written in Xinjiang time is also in the future.
    rejects(
        &["check"],
        &with(
            "tests",
            r#"[{"kind":"nat","sampled_at":"2022-10-07T18:30:00+06:00","result":"negative"}]"#,
        ),
        &["tests[0].sampled_at: is after now"],
    );
}

#[test]
fn every_problem_is_listed_one_per_line() {
    let input = r#"{"origin":{"region":"000000","risk":"x"},"destination":{"region":"abc"},"departure":{"at":"x","mode":"y"},"extra":1}"#;
    let out = cango(&["check"], input);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 6, "{}", stderr(&out));
}

#[test]
fn unreadable_file_and_bad_usage() {
    rejects(
        &["check", "/nonexistent/scenario.json"],
        "",
        &["/nonexistent/scenario.json: cannot read"],
    );
    rejects(&["fly"], "", &["\"fly\" is not a command"]);
    rejects(&["check", "a", "b"], "", &["expected one FILE"]);
    rejects(
        &["rules", "list", "--at", "whenever"],
        "",
        &["--at: is not a time", "whenever"],
    );
    rejects(
        &["rules", "list", "--region", "123456"],
        "",
        &["--region", "123456"],
    );
    rejects(
        &["rules", "diff", "--from", "2022-10-01"],
        "",
        &["needs --from TIME and --to TIME"],
    );
    let help = cango(&["--help"], "");
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("cango check"));
}

#[test]
fn code_and_care_answer() {
    let out = cango(
        &["code"],
        r#"{"now":"2022-12-07T12:00:00+08:00","region":"370700","code_events":[{"category":"close_contact","since":"2022-12-01","until":null}]}"#,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let a: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(a["color"], "yellow");
    assert_eq!(a["changes_at"], "2022-12-09T00:00:00+08:00");
    assert!(!a["sources"].as_array().expect("sources").is_empty());
    let out = cango(
        &["care"],
        r#"{"now":"2022-09-10T09:00:00+08:00","region":"654002","risk":"high","need":"dialysis"}"#,
    );
    let a: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert_eq!(a["places"][0]["phones"][0], "0999-8036815");
    assert_eq!(a["emergency"], "120");
}

#[test]
fn rules_validate_builtin() {
    let out = cango(&["rules", "validate"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("valid"));
}

#[test]
fn rules_list_and_diff() {
    let out = cango(
        &["rules", "list", "--at", "2022-10-06", "--region", "652302"],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let list: Value = serde_json::from_str(&stdout(&out)).expect("json");
    let ids: Vec<&str> = list
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert!(ids.contains(&"xj-exit-ordinary-2022-10-05"), "{ids:?}");
    assert!(
        ids.contains(&"changji-quarantine-before-exit-2022-10-05"),
        "{ids:?}"
    );
    assert!(
        !ids.contains(&"yining-medical-access-2022-09-09"),
        "{ids:?}"
    );

    let out = cango(
        &[
            "rules",
            "diff",
            "--from",
            "2022-10-04",
            "--to",
            "2022-10-06",
            "--region",
            "650000",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let diff: Value = serde_json::from_str(&stdout(&out)).expect("json");
    let started: Vec<&str> = diff["started"]
        .as_array()
        .expect("started")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert!(
        started.contains(&"xj-exit-ordinary-2022-10-05"),
        "{started:?}"
    );
    assert!(
        started.contains(&"changji-quarantine-before-exit-2022-10-05"),
        "{started:?}"
    );
    assert!(diff["ended"].as_array().expect("ended").is_empty());
}

#[test]
fn rules_coverage_covers_every_policy_and_requirement() {
    let out = cango(&["rules", "coverage"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let cov: Value = serde_json::from_str(&stdout(&out)).expect("json");
    assert!(cov["scenarios"].as_u64().unwrap_or(0) >= 60);
    assert_eq!(cov["uncovered_policies"], serde_json::json!([]));
    assert_eq!(cov["uncovered_requirements"], serde_json::json!([]));
    for kind in [
        "negative_tests",
        "health_code",
        "health_code_not",
        "no_positive_test",
        "no_risk_stay",
        "document",
        "quarantine",
        "approval",
    ] {
        assert!(
            !cov["requirement_kinds"][kind]
                .as_array()
                .expect(kind)
                .is_empty(),
            "{kind} uncovered"
        );
    }
}

#[test]
fn rules_coverage_outside_the_repository_says_the_goldens_are_missing() {
    let dir = std::env::temp_dir();
    let out = Command::new(env!("CARGO_BIN_EXE_cango"))
        .args(["rules", "coverage"])
        .current_dir(&dir)
        .output()
        .expect("cango runs");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(out.stdout.is_empty());
    assert!(err.contains("no golden scenarios here"), "{err}");
    let usage = stderr(&cango(&["rules", "nothing"], ""));
    assert!(usage.contains("coverage"), "{usage}");
}

#[test]
fn times_past_year_9998_or_before_1900_are_refused() {
    rejects(
        &["check"],
        &with("departure.at", r#""9999-12-31T10:00:00+08:00""#),
        &["departure.at: is outside the years 1900 to 9998"],
    );
    rejects(
        &["check"],
        &with("now", r#""1899-12-31T10:00:00+08:00""#),
        &["now: is outside the years 1900 to 9998"],
    );
    rejects(
        &["code"],
        r#"{"now":"9999-06-01","region":"370702","code_events":[{"category":"close_contact","since":"9999-05-30"}]}"#,
        &["now: is outside the years 1900 to 9998"],
    );
    // The last accepted instant still gives well-formed times everywhere.
    let last = with("departure.at", r#""9998-12-31T23:59:59+08:00""#);
    let last = last.replace("2022-10-07T20:00:00+08:00", "9998-12-31T20:00:00+08:00");
    let out = cango(&["check"], &last);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stdout(&out).contains("+10000"), "{}", stdout(&out));
}

#[test]
fn a_key_given_twice_is_refused_naming_it() {
    let twice = VALID.replacen(
        r#""health_code": "green","#,
        r#""health_code": "red", "health_code": "green","#,
        1,
    );
    rejects(
        &["check"],
        &twice,
        &[
            "health_code: is given more than once",
            "\"health_code\" twice",
        ],
    );
    let nested = VALID.replacen(
        r#""origin": { "region": "650102", "risk": "none" }"#,
        r#""origin": { "region": "650102", "risk": "high", "risk": "none" }"#,
        1,
    );
    rejects(
        &["check"],
        &nested,
        &["origin.risk: is given more than once"],
    );
    rejects(
        &["care"],
        r#"{"now":"2022-09-10","region":"654002","risk":"low","risk":"high","need":"fever"}"#,
        &["risk: is given more than once"],
    );
}

#[test]
fn oversized_input_is_refused_with_the_limit() {
    let test =
        r#"{ "kind": "nat", "sampled_at": "2022-10-06T20:00:00+08:00", "result": "negative" }"#;
    let many = vec![test; 201].join(",");
    rejects(
        &["check"],
        &with("tests", &format!("[{many}]")),
        &["tests: is too long: at most 200 are accepted (got 201 items)"],
    );
    let stays = vec![r#"{"region":"654002","risk":"low","until":"2022-09-01"}"#; 51].join(",");
    rejects(
        &["check"],
        &with("travel_history", &format!("[{stays}]")),
        &["travel_history: is too long: at most 50"],
    );
    let huge = format!("{}{}", VALID, " ".repeat(70 * 1024));
    rejects(
        &["check"],
        &huge,
        &["(document): is too long: at most 65536 bytes"],
    );
    let events = vec![r#"{"category":"close_contact","since":"2022-12-01"}"#; 51].join(",");
    rejects(
        &["code"],
        &format!(r#"{{"now":"2022-12-07","region":"370702","code_events":[{events}]}}"#),
        &["code_events: is too long: at most 50"],
    );
    // At the limit, every answer is given.
    let ok = with("tests", &format!("[{}]", vec![test; 200].join(",")));
    assert_eq!(cango(&["check"], &ok).status.code(), Some(0));
}

#[test]
fn cli_validate_lists_every_problem_and_exits_1() {
    let out = Command::new(env!("CARGO_BIN_EXE_cango"))
        .args([
            "rules",
            "validate",
            &root().join("tests/fixtures/broken").to_string_lossy(),
            "--sources",
        ])
        .arg(root().join("../shared/sources"))
        .output()
        .expect("cango runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(out.stdout.is_empty());
    // Problems from many files, each naming file, item and field.
    for needle in [
        "bad-date.json: p1: from:",
        "personal-mobile.json: p1: contacts[0].phone:",
        "quote-not-in-source.json: c1: quote:",
    ] {
        assert!(stderr.contains(needle), "missing {needle:?} in:\n{stderr}");
    }
    assert!(stderr.lines().count() > 16, "{stderr}");
}

#[test]
fn lang_writes_the_answer_sentences_in_that_language_and_only_then() {
    let plain = cango(&["check"], VALID);
    let english = cango(&["check", "--lang", "en"], VALID);
    assert_eq!(stdout(&plain), stdout(&english), "en is the default");
    let summary = |out: &Output| -> String {
        let a: Value = serde_json::from_str(&stdout(out)).expect("json");
        a["summary"].as_str().unwrap_or_default().to_string()
    };
    let ug = cango(&["check", "-", "--lang", "ug"], VALID);
    assert_eq!(ug.status.code(), Some(0), "{}", stderr(&ug));
    let arabic = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    assert!(arabic(&summary(&ug)), "{}", summary(&ug));
    assert!(!arabic(&summary(&plain)));
    let hant = cango(&["check", "--lang", "zh-Hant"], VALID);
    assert!(summary(&hant).contains('後') || summary(&hant).contains('可'));
    assert_ne!(
        summary(&hant),
        summary(&cango(&["check", "--lang", "zh-Hans"], VALID))
    );
    // The facts are the same in every language.
    let verdict = |out: &Output| -> Value {
        let a: Value = serde_json::from_str(&stdout(out)).expect("json");
        a["verdict"].clone()
    };
    assert_eq!(verdict(&ug), verdict(&plain));
    let care = cango(
        &["care", "--lang", "ug"],
        r#"{"now":"2022-09-10T09:00:00+08:00","region":"654002","risk":"high","need":"dialysis"}"#,
    );
    assert!(arabic(&summary(&care)), "{}", summary(&care));
    rejects(
        &["check", "--lang", "fr"],
        VALID,
        &["--lang", "zh-Hans, zh-Hant, en, ug", "\"fr\""],
    );
    rejects(&["check", "--lang"], VALID, &["--lang needs a value"]);
}

#[test]
fn rules_validate_warns_of_texts_without_uyghur() {
    let dir = std::env::temp_dir().join(format!("cango-ug-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let builtin = std::fs::read_to_string(root().join("www/rules/shanghai.json")).expect("rules");
    // The first text loses its Uyghur: a warning, and the rules stay valid.
    let (before, after) = builtin.split_once(", \"ug\": \"").expect("a Uyghur text");
    let (_, rest) = after.split_once('"').expect("its end");
    std::fs::write(dir.join("shanghai.json"), format!("{before}{rest}")).expect("write");
    let dir_text = dir.to_string_lossy().into_owned();
    let out = cango(
        &[
            "rules",
            "validate",
            &dir_text,
            "--sources",
            "../shared/sources",
        ],
        "",
    );
    let _ = std::fs::remove_dir_all(&dir);
    let err = stderr(&out);
    assert!(
        err.contains("shanghai.json: citations.") && err.contains("warning: no Uyghur (ug) text"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(stdout(&out).contains("valid"), "{}", stdout(&out));
    let builtin = cango(&["rules", "validate"], "");
    assert_eq!(
        stderr(&builtin),
        "",
        "the built-in rules carry every language"
    );
}
