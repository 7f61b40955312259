//! Health-code requests: any bytes, never a panic; the colour is the most
//! severe of the events' colours and changes only in the future.
#![no_main]
use cango_core::code::code;
use cango_core::input::CodeRequest;
use cango_core::time::Instant;
use cango_core::Rules;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let rules = Rules::builtin();
    if let Ok(request) = CodeRequest::from_json(text, Instant::from_unix(1_670_385_600)) {
        let answer = code(rules, &request);
        if let Some(at) = answer.changes_at {
            assert!(at > request.now);
        }
        if answer.color.is_some() {
            assert_eq!(answer.color, answer.events.iter().map(|e| e.color_now).max().or(answer.color));
        }
    }
});
