//! Rulesets: the built-in rules against their sources, and broken fixtures
//! that must each fail with the right message.

#[path = "support/golden.rs"]
mod golden;

use cango_core::rules::{Rules, SourceFiles, BUILTIN_FILES};
use golden::repository;
use std::path::PathBuf;

/// `shared/sources`: `$CANGO_SOURCES`, or beside the repository.
fn sources_path() -> PathBuf {
    std::env::var_os("CANGO_SOURCES")
        .map(PathBuf::from)
        .unwrap_or_else(|| repository().join("../shared/sources"))
}

/// The texts of `shared/sources`, by file name (the core reads no files).
fn sources() -> SourceFiles {
    let dir = sources_path();
    let texts = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, std::fs::read_to_string(&p).ok()?))
        })
        .collect();
    SourceFiles::Texts(texts)
}

fn fixtures() -> PathBuf {
    repository().join("tests/fixtures/broken")
}

#[test]
fn builtin_rules_cite_real_files_and_verbatim_quotes() {
    if let Err(problems) = Rules::compile(BUILTIN_FILES, &sources()) {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("{}", lines.join("\n"));
    }
}

/// `builtin.rs` is what the rule files compile to. When they changed, the
/// file is rewritten and the test fails once, so the change is committed
/// with them (and the build that follows carries the new rules).
#[test]
fn builtin_rules_are_the_rule_files_compiled() {
    let compiled = Rules::compile(BUILTIN_FILES, &SourceFiles::Unchecked)
        .unwrap_or_else(|e| panic!("built-in rules are invalid: {e:?}"));
    let fresh = compiled.to_rust();
    let path = repository().join("crates/core/src/rules/builtin.rs");
    let kept = std::fs::read_to_string(&path).unwrap_or_default();
    if kept != fresh {
        std::fs::write(&path, &fresh).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        panic!(
            "{} was out of date with www/rules and has been rewritten: build and test again",
            path.display()
        );
    }
}

#[test]
fn builtin_rules_publish_no_personal_mobile_number() {
    // Source 002 lists officials' personal mobiles; none may reach the rules,
    // not even inside a quote.
    for (name, text) in BUILTIN_FILES {
        let digits: Vec<char> = text.chars().collect();
        for window in digits.windows(11) {
            let s: String = window.iter().collect();
            let bounded = s.chars().all(|c| c.is_ascii_digit());
            if bounded && s.starts_with('1') && matches!(s.as_bytes()[1], b'3'..=b'9') {
                panic!("{name} contains what looks like a personal mobile: {s}");
            }
        }
    }
}

#[test]
fn every_broken_fixture_fails_with_its_message() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 12, "too few fixtures: {}", paths.len());
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&path).expect("fixture");
        let expect = std::fs::read_to_string(path.with_extension("expect")).expect("expect file");
        let problems = match Rules::compile(&[(name.as_str(), text.as_str())], &sources()) {
            Ok(_) => panic!("{name}: loaded, but should fail"),
            Err(problems) => problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        };
        for fragment in expect.lines().filter(|l| !l.is_empty()) {
            assert!(
                problems.iter().any(|p| p.contains(fragment)),
                "{name}: no problem says {fragment:?}; got:\n{}",
                problems.join("\n")
            );
        }
    }
}

#[test]
fn a_single_fault_gives_a_single_problem() {
    let text = std::fs::read_to_string(fixtures().join("bad-date.json")).expect("fixture");
    let problems = Rules::compile(&[("bad-date.json", &text)], &sources())
        .err()
        .unwrap_or_default();
    assert_eq!(problems.len(), 1, "{problems:?}");
}

/// A policy that `replaces` another ends it where the successor starts; a
/// successor of an unknown policy is a problem.
#[test]
fn a_successor_ends_its_predecessor() {
    let text = std::fs::read_to_string(fixtures().join("bad-date.json")).expect("fixture");
    let mut file: serde_json::Value = serde_json::from_str(&text).expect("json");
    file["policies"][0]["from"] = "2022-10-05".into();
    let mut successor = file["policies"][0].clone();
    successor["id"] = "p2".into();
    successor["from"] = "2022-11-01".into();
    successor["replaces"] = "p1".into();
    successor["requirements"][0]["id"] = "r2".into();
    file["policies"]
        .as_array_mut()
        .expect("policies")
        .push(successor.clone());
    let rules = Rules::compile(&[("succession.json", &file.to_string())], &sources())
        .unwrap_or_else(|e| panic!("{e:?}"));
    let at = |t: &str| cango_core::time::Instant::parse(t).expect("time");
    let p1 = rules.policy("p1").expect("p1");
    assert_eq!(p1.ends(), Some(at("2022-11-01")));
    assert!(p1.in_force(at("2022-10-31T23:59:59+08:00")) && !p1.in_force(at("2022-11-01")));
    assert_eq!(
        rules
            .list(at("2022-11-02"), None)
            .iter()
            .map(|p| p.id())
            .collect::<Vec<_>>(),
        ["p2"]
    );

    file["policies"][1]["replaces"] = "p0".into();
    let problems = Rules::compile(&[("succession.json", &file.to_string())], &sources())
        .err()
        .unwrap_or_default();
    assert!(
        problems
            .iter()
            .any(|p| p.to_string() == "succession.json: p2: replaces: \"p0\" is not a policy"),
        "{problems:?}"
    );
    file["policies"][1]["replaces"] = "p1".into();
    file["policies"][1]["from"] = "2022-10-01".into();
    let problems = Rules::compile(&[("succession.json", &file.to_string())], &sources())
        .err()
        .unwrap_or_default();
    assert!(
        problems.iter().any(|p| p
            .to_string()
            .contains("\"p1\" does not start before this policy")),
        "{problems:?}"
    );
}
