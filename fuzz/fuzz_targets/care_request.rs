//! Care requests: any bytes, never a panic; 120 is always given.
#![no_main]
use cango::care::care;
use cango::explain::report;
use cango::input::CareRequest;
use cango::time::Instant;
use cango::Rules;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(rules) = Rules::builtin() else { panic!("built-in rules are invalid") };
    if let Ok(request) = CareRequest::from_json(text, Instant::from_unix(1_662_771_600)) {
        assert_eq!(report::care(rules, &care(rules, &request)).emergency, "120");
    }
});
