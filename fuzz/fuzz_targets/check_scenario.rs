//! Scenario parsing and evaluation: any bytes, never a panic; a scenario that
//! reads evaluates to an answer whose report serializes.
#![no_main]
use cango_core::explain::report;
use cango_core::time::Instant;
use cango_core::{check, Rules, Scenario};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let rules = Rules::builtin();
    if let Ok(scenario) = Scenario::from_json(text, Instant::from_unix(1_665_144_000)) {
        let answer = check(rules, &scenario);
        assert!(serde_json::to_string(&report::check(rules, &answer)).is_ok());
        // The scenario round-trips through its own JSON.
        let again = Scenario::from_json(&scenario.to_json(), Instant::from_unix(0));
        assert_eq!(again.ok().as_ref(), Some(&scenario));
    }
});
