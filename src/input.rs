//! Reading JSON input field by field, collecting every problem at once.
//!
//! serde stops at the first error and names neither the field path nor the
//! value in a way a traveller can act on, so requests are read from a
//! `serde_json::Value` by hand: each problem names its field and its value,
//! and the reader goes on to find the next.

use crate::region::{RegionCode, Regions};
use crate::time::Instant;
use serde_json::{Map, Value};
use std::fmt;

/// One problem with the input: which field, what value, what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub field: String,
    pub value: String,
    pub problem: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (got {})", self.field, self.problem, self.value)
    }
}

/// Parses JSON text, turning a syntax error into an [`InputError`].
pub fn parse_json(text: &str) -> Result<Value, Vec<InputError>> {
    serde_json::from_str(text).map_err(|e| {
        let excerpt: String = text.chars().take(40).collect();
        vec![InputError {
            field: "(document)".into(),
            value: format!("{excerpt:?}"),
            problem: format!("is not valid JSON: {e}"),
        }]
    })
}

/// Shows a JSON value briefly, for error messages.
pub fn show(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{cut}...")
    } else {
        text
    }
}

/// Collects problems while reading.
#[derive(Default)]
pub struct Reader {
    pub errors: Vec<InputError>,
}

impl Reader {
    pub fn fail(&mut self, field: &str, value: &Value, problem: impl Into<String>) {
        let field = if field.is_empty() {
            "(document)"
        } else {
            field
        };
        self.errors.push(InputError {
            field: field.into(),
            value: show(value),
            problem: problem.into(),
        });
    }

    pub fn finish<T>(self, value: Option<T>) -> Result<T, Vec<InputError>> {
        match value {
            Some(value) if self.errors.is_empty() => Ok(value),
            _ => Err(self.errors),
        }
    }

    /// The object at `field`, checking it has no keys outside `allowed`
    /// (a misspelt key would otherwise be silently ignored).
    pub fn object<'a>(
        &mut self,
        value: &'a Value,
        field: &str,
        allowed: &[&str],
    ) -> Option<&'a Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.fail(field, value, "must be an object");
            return None;
        };
        for (key, inner) in map {
            if !allowed.contains(&key.as_str()) {
                let path = join(field, key);
                self.fail(
                    &path,
                    inner,
                    format!(
                        "is not a known field (expected one of: {})",
                        allowed.join(", ")
                    ),
                );
            }
        }
        Some(map)
    }

    /// A field that must be present (and not null).
    pub fn required<'a>(
        &mut self,
        map: &'a Map<String, Value>,
        parent: &str,
        key: &str,
    ) -> Option<(&'a Value, String)> {
        let path = join(parent, key);
        match map.get(key) {
            None | Some(Value::Null) => {
                self.errors.push(InputError {
                    field: path,
                    value: "nothing".into(),
                    problem: "is required".into(),
                });
                None
            }
            Some(value) => Some((value, path)),
        }
    }

    /// A field that may be left out or null.
    pub fn optional<'a>(
        &mut self,
        map: &'a Map<String, Value>,
        parent: &str,
        key: &str,
    ) -> Option<(&'a Value, String)> {
        match map.get(key) {
            None | Some(Value::Null) => None,
            Some(value) => Some((value, join(parent, key))),
        }
    }

    /// The optional top-level `now`, or `default_now` (the caller's clock)
    /// when it is left out.
    pub fn now(&mut self, map: &Map<String, Value>, default_now: Instant) -> Option<Instant> {
        match self.optional(map, "", "now") {
            Some((v, p)) => self.instant(v, &p),
            None => Some(default_now),
        }
    }

    pub fn string<'a>(&mut self, value: &'a Value, field: &str) -> Option<&'a str> {
        let text = value.as_str();
        if text.is_none() {
            self.fail(field, value, "must be a string");
        }
        text
    }

    pub fn instant(&mut self, value: &Value, field: &str) -> Option<Instant> {
        let text = self.string(value, field)?;
        let instant = Instant::parse(text);
        if instant.is_none() {
            self.fail(
                field,
                value,
                "is not a time: expected RFC 3339 with an offset (2022-10-08T10:00:00+08:00) or a date (2022-10-08)",
            );
        }
        instant
    }

    pub fn region(&mut self, value: &Value, field: &str) -> Option<RegionCode> {
        let text = self.string(value, field)?;
        let code = Regions::builtin().parse(text);
        if code.is_none() {
            let problem = if RegionCode::from_digits(text).is_some() {
                "is not a GB/T 2260 administrative division"
            } else {
                "is not a region code: expected six digits, e.g. 652302"
            };
            self.fail(field, value, problem);
        }
        code
    }

    /// One of a closed set of spellings, via `parse`.
    pub fn choice<T>(
        &mut self,
        value: &Value,
        field: &str,
        parse: fn(&str) -> Option<T>,
        expected: fn() -> String,
    ) -> Option<T> {
        let text = self.string(value, field)?;
        let parsed = parse(text);
        if parsed.is_none() {
            self.fail(field, value, format!("is not one of: {}", expected()));
        }
        parsed
    }

    pub fn array<'a>(&mut self, value: &'a Value, field: &str) -> Option<&'a Vec<Value>> {
        let items = value.as_array();
        if items.is_none() {
            self.fail(field, value, "must be a list");
        }
        items
    }

    /// Each item of an optional list, read by `item`; `None` items are dropped
    /// only after their problems were recorded.
    pub fn list<T>(
        &mut self,
        map: &Map<String, Value>,
        parent: &str,
        key: &str,
        mut item: impl FnMut(&mut Reader, &Value, &str) -> Option<T>,
    ) -> Vec<T> {
        let Some((value, path)) = self.optional(map, parent, key) else {
            return Vec::new();
        };
        let Some(items) = self.array(value, &path) else {
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, v)| item(self, v, &format!("{path}[{i}]")))
            .collect()
    }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}
