//! Ruleset parsing and validation: any bytes as a rule file, never a panic;
//! a ruleset that validates evaluates any scenario without a panic.
#![no_main]
use cango_core::rules::{Rules, SourceFiles};
use cango_core::time::Instant;
use cango_core::{check, Scenario};
use libfuzzer_sys::fuzz_target;

const SCENARIOS: &[&str] = &[
    r#"{"now":"2022-10-07T20:00:00+08:00","origin":{"region":"652302","risk":"none"},"destination":{"region":"310000"},"departure":{"at":"2022-10-08T10:00:00+08:00"},"health_code":"green","tests":[{"kind":"nat","sampled_at":"2022-10-06T20:00:00+08:00","result":"negative"}]}"#,
    r#"{"now":"2022-12-07T20:00:00+08:00","origin":{"region":"650102","risk":"high"},"destination":{"region":"110105"},"departure":{"at":"2022-12-08T10:00:00+08:00"},"purpose":"medical"}"#,
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(rules) = Rules::compile(&[("fuzz.json", text)], &SourceFiles::Unchecked) {
        for s in SCENARIOS {
            if let Ok(scenario) = Scenario::from_json(s, Instant::from_unix(0)) {
                let _ = check(&rules, &scenario);
            }
        }
    }
});
