//! The shareable link (CONTRACT.md): `index.html#s=<scenario JSON, base64url
//! without padding>`, and its QR code, drawn here.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use cango_core::input::{Got, InputError, Problem, Scenario};
use cango_core::json::Value;

/// The scenario as the link carries it: without `now` when the app follows
/// the device clock, so whoever opens it gets the answer for their now.
pub fn scenario_json(s: &Scenario, device_clock: bool) -> String {
    scenario_value(s, device_clock).to_string()
}

/// [`scenario_json`] before it is written out.
pub fn scenario_value(s: &Scenario, device_clock: bool) -> Value {
    let mut value = s.to_value();
    if let (true, Value::Object(scenario)) = (device_clock, &mut value) {
        scenario.remove("now");
    }
    value
}

pub fn encode(json: &str) -> String {
    URL_SAFE_NO_PAD.encode(json.as_bytes())
}

/// Decodes base64url, forgiving padding and the standard alphabet. A text
/// longer than any scenario within the input limit is refused undecoded.
pub fn decode(text: &str) -> Result<String, InputError> {
    let problem = |got, problem| InputError {
        field: "(link)".into(),
        got,
        problem,
    };
    let most = cango_core::input::limits::BYTES / 3 * 4 + 8;
    if text.len() > most {
        return Err(problem(
            Got::Characters(text.len()),
            Problem::LinkTooLong { max: most },
        ));
    }
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| *c != '=' && !c.is_whitespace())
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    let bytes = URL_SAFE_NO_PAD.decode(cleaned.as_bytes()).map_err(|e| {
        problem(
            Got::Characters(text.len()),
            Problem::NotBase64 {
                detail: e.to_string(),
            },
        )
    })?;
    String::from_utf8(bytes).map_err(|_| problem(Got::Characters(text.len()), Problem::NotUtf8))
}

/// The `#s=…` fragment of a hash such as `#s=abc&x=y`.
pub fn fragment_scenario(hash: &str) -> Option<&str> {
    fragment_part(hash, "s=")
}

/// The value of `key` (`"v="`, `"c="`…) in a hash of `&`-separated parts.
pub fn fragment_part<'a>(hash: &'a str, key: &str) -> Option<&'a str> {
    hash.trim_start_matches('#')
        .split('&')
        .find_map(|part| part.strip_prefix(key))
}

/// The code or care view in the address, after the trip's `#s=` (which
/// alone is the contract's link): `&v=code&c=<request JSON, base64url>`, so
/// that these views can be shared too.
pub fn tool_fragment(view: &str, request_json: &str) -> String {
    format!("&v={view}&c={}", encode(request_json))
}

pub fn fragment(s: &Scenario, device_clock: bool) -> String {
    format!("#s={}", encode(&scenario_json(s, device_clock)))
}

/// A QR code of `text` as an SVG path of its dark modules (with a 4-module
/// quiet zone), and the side of the square; `None` when the text is too long.
pub fn qr_path(text: &str) -> Option<(String, i32)> {
    let qr = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Low).ok()?;
    let size = qr.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                d.push_str(&format!("M{} {}h1v1h-1z", x + 4, y + 4));
            }
        }
    }
    Some((d, size + 8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_forgives_padding() {
        let json = r#"{"a":"能走吗?"}"#;
        let e = encode(json);
        assert!(!e.contains('=') && !e.contains('+') && !e.contains('/'));
        assert_eq!(decode(&e).as_deref(), Ok(json));
        assert_eq!(decode(&format!("{e}==")).as_deref(), Ok(json));
        assert!(decode("!!!").is_err());
        assert_eq!(fragment_scenario("#s=abc&l=en"), Some("abc"));
        let tool = tool_fragment("code", r#"{"region":"370700"}"#);
        let hash = format!("#s=abc{tool}");
        assert_eq!(fragment_part(&hash, "v="), Some("code"));
        let request = fragment_part(&hash, "c=").map(decode);
        assert_eq!(request, Some(Ok(r#"{"region":"370700"}"#.to_string())));
        assert!(qr_path("https://example.invalid/#s=abc").is_some());
    }
}
