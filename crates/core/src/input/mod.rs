//! Reading JSON input field by field, collecting every problem at once.
//!
//! serde stops at the first error and names neither the field path nor the
//! value in a way a traveller can act on, so requests are read from a
//! [`json::Value`] by hand: each problem names its field and its value,
//! and the reader goes on to find the next.

mod care;
mod code;
mod scenario;

pub use care::CareRequest;
pub use code::{CodeEvent, CodeRequest};
pub use scenario::{Departure, Destination, Origin, Scenario, Stay, TestRecord};

use crate::json::{self, Object, ParseError, Value};
use crate::region::{RegionCode, Regions};
use crate::time::Instant;
use std::fmt;

/// What no traveller could mean. Input beyond these limits is refused with a
/// message naming the field, rather than costing every phone that opens a
/// hostile link; within them every answer takes time linear in the input.
/// (README, "Limits of the input".)
pub mod limits {
    /// Bytes of one request's JSON text.
    pub const BYTES: usize = 64 * 1024;
    /// Tests in a scenario: daily tests for three months, twice over.
    pub const TESTS: usize = 200;
    /// Stays in a scenario's travel history.
    pub const STAYS: usize = 50;
    /// Documents held (there are eight kinds; repeats are allowed).
    pub const DOCUMENTS: usize = 20;
    /// Events of a health-code request.
    pub const CODE_EVENTS: usize = 50;
}

/// One problem with the input: which field, what it held, what is wrong.
/// `explain::input_error` says it in a language; `Display` in English, as
/// the CLI writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// A path such as `tests[1].sampled_at`, or `(document)` for the whole text.
    pub field: String,
    pub got: Got,
    pub problem: Problem,
}

/// What a field held, as an error message shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Got {
    /// The value, as JSON, shortened.
    Value(String),
    Nothing,
    Bytes(usize),
    Items(usize),
    /// A key given twice.
    KeyTwice(String),
    /// The start of a text that is not JSON.
    Text(String),
    Characters(usize),
}

/// What is wrong with a field: a closed set, said in every language by
/// `explain`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    TooManyBytes {
        max: usize,
    },
    NotJson {
        detail: String,
    },
    KeyTwice,
    NotAnObject,
    UnknownField {
        expected: Vec<&'static str>,
    },
    Required,
    NotAString,
    NotATime,
    OutsideYears,
    NotADivision,
    NotARegionCode,
    NotOneOf {
        expected: &'static [&'static str],
    },
    NotAList,
    TooManyItems {
        max: usize,
    },
    TestInFuture {
        now: Instant,
    },
    EventInFuture {
        now: Instant,
    },
    BeforeSince {
        since: Instant,
    },
    /// A shared link longer than any scenario within the limits.
    LinkTooLong {
        max: usize,
    },
    NotBase64 {
        detail: String,
    },
    NotUtf8,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::explain::input_error(crate::explain::Lang::En, self))
    }
}

/// Parses JSON text, turning a syntax error, a key given twice in one object
/// (which would silently let the last one decide) or a text over
/// [`limits::BYTES`] into an [`InputError`].
pub fn parse_json(text: &str) -> Result<Value, Vec<InputError>> {
    if text.len() > limits::BYTES {
        return Err(vec![InputError {
            field: "(document)".into(),
            got: Got::Bytes(text.len()),
            problem: Problem::TooManyBytes { max: limits::BYTES },
        }]);
    }
    json::parse(text).map_err(|e| {
        vec![match e {
            ParseError::KeyTwice { path, key } => InputError {
                field: path,
                got: Got::KeyTwice(key),
                problem: Problem::KeyTwice,
            },
            ParseError::Syntax(e) => InputError {
                field: "(document)".into(),
                got: Got::Text(text.chars().take(40).collect()),
                problem: Problem::NotJson {
                    detail: e.to_string(),
                },
            },
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
    pub fn fail(&mut self, field: &str, value: &Value, problem: Problem) {
        let field = if field.is_empty() {
            "(document)"
        } else {
            field
        };
        self.errors.push(InputError {
            field: field.into(),
            got: Got::Value(show(value)),
            problem,
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
        allowed: &[&'static str],
    ) -> Option<&'a Object> {
        let Some(map) = value.as_object() else {
            self.fail(field, value, Problem::NotAnObject);
            return None;
        };
        for (key, inner) in map.iter() {
            if !allowed.contains(&key) {
                let path = join(field, key);
                self.fail(
                    &path,
                    inner,
                    Problem::UnknownField {
                        expected: allowed.to_vec(),
                    },
                );
            }
        }
        Some(map)
    }

    /// A field that must be present (and not null).
    pub fn required<'a>(
        &mut self,
        map: &'a Object,
        parent: &str,
        key: &str,
    ) -> Option<(&'a Value, String)> {
        let path = join(parent, key);
        match map.get(key) {
            None | Some(Value::Null) => {
                self.errors.push(InputError {
                    field: path,
                    got: Got::Nothing,
                    problem: Problem::Required,
                });
                None
            }
            Some(value) => Some((value, path)),
        }
    }

    /// A field that may be left out or null.
    pub fn optional<'a>(
        &mut self,
        map: &'a Object,
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
    pub fn now(&mut self, map: &Object, default_now: Instant) -> Option<Instant> {
        match self.optional(map, "", "now") {
            Some((v, p)) => self.instant(v, &p),
            None => Some(default_now),
        }
    }

    pub fn string<'a>(&mut self, value: &'a Value, field: &str) -> Option<&'a str> {
        let text = value.as_str();
        if text.is_none() {
            self.fail(field, value, Problem::NotAString);
        }
        text
    }

    pub fn instant(&mut self, value: &Value, field: &str) -> Option<Instant> {
        let text = self.string(value, field)?;
        let Some(instant) = Instant::parse(text) else {
            self.fail(field, value, Problem::NotATime);
            return None;
        };
        let (first, end) = Instant::INPUT_RANGE;
        if instant < first || instant >= end {
            self.fail(field, value, Problem::OutsideYears);
            return None;
        }
        Some(instant)
    }

    pub fn region(&mut self, value: &Value, field: &str) -> Option<RegionCode> {
        let text = self.string(value, field)?;
        let code = Regions::builtin().parse(text);
        if code.is_none() {
            let problem = if RegionCode::from_digits(text).is_some() {
                Problem::NotADivision
            } else {
                Problem::NotARegionCode
            };
            self.fail(field, value, problem);
        }
        code
    }

    /// One of a closed set of spellings (a `choice!` vocabulary).
    pub fn choice<T: crate::domain::Choice>(&mut self, value: &Value, field: &str) -> Option<T> {
        let text = self.string(value, field)?;
        let parsed = T::parse(text);
        if parsed.is_none() {
            self.fail(
                field,
                value,
                Problem::NotOneOf {
                    expected: T::SPELLINGS,
                },
            );
        }
        parsed
    }

    pub fn array<'a>(&mut self, value: &'a Value, field: &str) -> Option<&'a [Value]> {
        let items = value.as_array();
        if items.is_none() {
            self.fail(field, value, Problem::NotAList);
        }
        items
    }

    /// Each item of an optional list of at most `max` items, read by `item`;
    /// `None` items are dropped only after their problems were recorded.
    pub fn list<T>(
        &mut self,
        map: &Object,
        parent: &str,
        key: &str,
        max: usize,
        mut item: impl FnMut(&mut Reader, &Value, &str) -> Option<T>,
    ) -> Vec<T> {
        let Some((value, path)) = self.optional(map, parent, key) else {
            return Vec::new();
        };
        let Some(items) = self.array(value, &path) else {
            return Vec::new();
        };
        if items.len() > max {
            self.errors.push(InputError {
                field: path,
                got: Got::Items(items.len()),
                problem: Problem::TooManyItems { max },
            });
            return Vec::new();
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> InputError {
        match parse_json(text) {
            Ok(v) => panic!("expected a problem, got {v}"),
            Err(mut e) => e.remove(0),
        }
    }

    #[test]
    fn a_key_twice_names_its_path_even_inside_lists() {
        let e = problem(r#"{"tests":[{"kind":"nat"},{"kind":"nat","kind":"antigen"}]}"#);
        assert_eq!(e.field, "tests[1].kind");
        assert_eq!(e.got, Got::KeyTwice("kind".into()));
        assert!(e.to_string().contains("more than once"));
    }

    #[test]
    fn text_that_is_not_json_says_where() {
        let e = problem("[1,");
        assert_eq!(e.field, "(document)");
        assert_eq!(e.got, Got::Text("[1,".into()));
        assert!(e.to_string().contains("is not valid JSON"), "{e}");
        assert!(e.to_string().contains("line 1 column 4"), "{e}");
    }

    #[test]
    fn the_byte_limit_is_checked_before_parsing() {
        let text = format!("[{}0]", "0,".repeat(limits::BYTES / 2));
        let e = problem(&text);
        assert_eq!(e.field, "(document)");
        assert!(e.to_string().contains("too long"), "{e}");
        assert!(parse_json(&format!("[{}0]", " ".repeat(limits::BYTES - 3))).is_ok());
    }
}
