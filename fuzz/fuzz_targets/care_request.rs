//! Care requests: any bytes, never a panic; 120 is always given.
#![no_main]
use cango_core::care::care;
use cango_core::explain::report;
use cango_core::input::CareRequest;
use cango_core::time::Instant;
use cango_core::Rules;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let rules = Rules::builtin();
    if let Ok(request) = CareRequest::from_json(text, Instant::from_unix(1_662_771_600)) {
        assert_eq!(report::care(rules, &care(rules, &request)).emergency, "120");
    }
});
