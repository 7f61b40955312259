//! Which rule texts lack a language. A gap is a warning, not an error: a
//! text without Uyghur is shown in the Chinese original (`Lang::rule`), so
//! the rules stay valid while a translation is on its way.

use super::compile::Diagnostic;
use serde_json::Value;

/// The languages a rule text should carry, besides the Chinese original.
const TRANSLATIONS: &[(&str, &str)] = &[("en", "English"), ("ug", "Uyghur")];

/// Every text (an object with a `zh` string) of the rule files `(name, text)`
/// that lacks one of [`TRANSLATIONS`], as a diagnostic naming its path.
/// Files that do not parse are left to [`super::Rules::compile`] to report.
pub fn missing_languages(files: &[(&str, &str)]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (name, text) in files {
        if let Ok(value) = serde_json::from_str::<Value>(text) {
            walk(name, "", &value, &mut out);
        }
    }
    out
}

fn walk(file: &str, path: &str, value: &Value, out: &mut Vec<Diagnostic>) {
    match value {
        Value::Object(map) if map.get("zh").is_some_and(Value::is_string) => {
            for (key, language) in TRANSLATIONS {
                let present = map
                    .get(*key)
                    .and_then(Value::as_str)
                    .is_some_and(|t| !t.trim().is_empty());
                if !present {
                    out.push(Diagnostic {
                        file: file.to_string(),
                        item: None,
                        field: path.to_string(),
                        problem: format!("warning: no {language} ({key}) text"),
                    });
                }
            }
        }
        Value::Object(map) => {
            for (key, inner) in map {
                let inner_path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                walk(file, &inner_path, inner, out);
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                walk(file, &format!("{path}[{i}]"), inner, out);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_texts_carry_every_language() {
        let missing = missing_languages(super::super::BUILTIN_FILES);
        assert!(
            missing.is_empty(),
            "{}",
            missing
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn a_text_without_uyghur_is_named_by_its_path() {
        let file = r#"{ "citations": { "c1": { "issuer": { "zh": "某地", "en": "Somewhere" } } },
                        "policies": [ { "summary": { "zh": "甲", "en": "", "ug": "ئا" } } ] }"#;
        let lines: Vec<String> = missing_languages(&[("f.json", file)])
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            lines,
            [
                "f.json: citations.c1.issuer: warning: no Uyghur (ug) text",
                "f.json: policies[0].summary: warning: no English (en) text",
            ]
        );
    }
}
