//! A trip as the traveller describes it (`cango check`, the app's form, the
//! shareable link), read with every problem reported at once.

use super::{limits, parse_json, InputError, Problem, Reader};
use crate::domain::{DocumentId, HealthCode, Mode, Purpose, Risk, TestKind, TestResult};
use crate::json::{object, Object, Value};
use crate::region::RegionCode;
use crate::time::Instant;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// The evaluation clock. Always set: when the input leaves it out, the
    /// caller (the CLI, the app) supplies the current time.
    pub now: Instant,
    pub origin: Origin,
    pub destination: Destination,
    pub departure: Departure,
    pub purpose: Purpose,
    /// `None` when the traveller did not say: never assumed green.
    pub health_code: Option<HealthCode>,
    pub tests: Vec<TestRecord>,
    pub travel_history: Vec<Stay>,
    pub documents: Vec<DocumentId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Origin {
    pub region: RegionCode,
    pub risk: Risk,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Destination {
    pub region: RegionCode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Departure {
    pub at: Instant,
    pub mode: Option<Mode>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TestRecord {
    pub kind: TestKind,
    pub sampled_at: Instant,
    pub result: TestResult,
}

/// A stay in a risk area that ended at `until`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stay {
    pub region: RegionCode,
    pub risk: Risk,
    pub until: Instant,
}

const FIELDS: &[&str] = &[
    "now",
    "origin",
    "destination",
    "departure",
    "purpose",
    "health_code",
    "tests",
    "travel_history",
    "documents",
];

impl Scenario {
    /// Reads a scenario from JSON text; `default_now` is used when `now` is
    /// left out.
    pub fn from_json(text: &str, default_now: Instant) -> Result<Scenario, Vec<InputError>> {
        Scenario::from_value(&parse_json(text)?, default_now)
    }

    pub fn from_value(value: &Value, default_now: Instant) -> Result<Scenario, Vec<InputError>> {
        let mut r = Reader::default();
        let scenario = read_scenario(&mut r, value, default_now);
        r.finish(scenario)
    }

    /// The scenario as JSON, in the contract's shape (times in CST).
    pub fn to_json(&self) -> String {
        self.to_value().to_string()
    }

    /// The scenario as a JSON value, fields in the contract's order; the
    /// health code and the mode only when known.
    pub fn to_value(&self) -> Value {
        let mut departure: Object = [("at", self.departure.at.into())].into_iter().collect();
        if let Some(mode) = self.departure.mode {
            departure.insert("mode", mode.as_str().into());
        }
        let mut scenario: Object = [
            ("now", self.now.into()),
            (
                "origin",
                object([
                    ("region", self.origin.region.into()),
                    ("risk", self.origin.risk.as_str().into()),
                ]),
            ),
            (
                "destination",
                object([("region", self.destination.region.into())]),
            ),
            ("departure", departure.into()),
            ("purpose", self.purpose.as_str().into()),
        ]
        .into_iter()
        .collect();
        if let Some(code) = self.health_code {
            scenario.insert("health_code", code.as_str().into());
        }
        let tests = self.tests.iter().map(|t| {
            object([
                ("kind", t.kind.as_str().into()),
                ("sampled_at", t.sampled_at.into()),
                ("result", t.result.as_str().into()),
            ])
        });
        scenario.insert("tests", Value::Array(tests.collect()));
        let stays = self.travel_history.iter().map(|s| {
            object([
                ("region", s.region.into()),
                ("risk", s.risk.as_str().into()),
                ("until", s.until.into()),
            ])
        });
        scenario.insert("travel_history", Value::Array(stays.collect()));
        let documents = self.documents.iter().map(|d| d.as_str().into());
        scenario.insert("documents", Value::Array(documents.collect()));
        Value::Object(scenario)
    }

    /// The tests (by index) sampled after `now`, which the reader refuses:
    /// the app's form marks them instead of answering.
    pub fn future_tests(&self) -> Vec<usize> {
        self.tests
            .iter()
            .enumerate()
            .filter(|(_, t)| TestRecord::sampling_problem(t.sampled_at, self.now).is_some())
            .map(|(i, _)| i)
            .collect()
    }
}

impl TestRecord {
    /// Why a test sampled at `sampled_at` cannot be reported at `now`, or
    /// `None`. The one spelling of "a test cannot be sampled in the future",
    /// for the reader and (through [`Scenario::future_tests`]) the app.
    pub fn sampling_problem(sampled_at: Instant, now: Instant) -> Option<Problem> {
        (sampled_at > now).then_some(Problem::TestInFuture { now })
    }
}

fn read_scenario(r: &mut Reader, value: &Value, default_now: Instant) -> Option<Scenario> {
    let map = r.object(value, "", FIELDS)?;
    let now = r.now(map, default_now);

    let origin = r.required(map, "", "origin").and_then(|(v, path)| {
        let m = r.object(v, &path, &["region", "risk"])?;
        let region = r
            .required(m, &path, "region")
            .and_then(|(v, p)| r.region(v, &p));
        let risk = r
            .required(m, &path, "risk")
            .and_then(|(v, p)| r.choice::<Risk>(v, &p));
        Some(Origin {
            region: region?,
            risk: risk?,
        })
    });

    let destination = r.required(map, "", "destination").and_then(|(v, path)| {
        let m = r.object(v, &path, &["region"])?;
        let region = r
            .required(m, &path, "region")
            .and_then(|(v, p)| r.region(v, &p))?;
        Some(Destination { region })
    });

    let departure = r.required(map, "", "departure").and_then(|(v, path)| {
        let m = r.object(v, &path, &["at", "mode"])?;
        let at = r
            .required(m, &path, "at")
            .and_then(|(v, p)| r.instant(v, &p));
        let mode = match r.optional(m, &path, "mode") {
            Some((v, p)) => Some(r.choice::<Mode>(v, &p)?),
            None => None,
        };
        Some(Departure { at: at?, mode })
    });

    let purpose = match r.optional(map, "", "purpose") {
        Some((v, p)) => r.choice::<Purpose>(v, &p),
        None => Some(Purpose::Ordinary),
    };

    let health_code = match r.optional(map, "", "health_code") {
        Some((v, p)) => r.choice::<HealthCode>(v, &p).map(Some),
        None => Some(None),
    };

    let tests = r.list(map, "", "tests", limits::TESTS, |r, v, path| {
        let m = r.object(v, path, &["kind", "sampled_at", "result"])?;
        let kind = r
            .required(m, path, "kind")
            .and_then(|(v, p)| r.choice::<TestKind>(v, &p));
        let sampled = r.required(m, path, "sampled_at");
        let sampled_at = sampled.as_ref().and_then(|(v, p)| r.instant(v, p));
        let result = r
            .required(m, path, "result")
            .and_then(|(v, p)| r.choice::<TestResult>(v, &p));
        if let (Some(at), Some(now), Some((v, p))) = (sampled_at, now, &sampled) {
            if let Some(problem) = TestRecord::sampling_problem(at, now) {
                r.fail(p, v, problem);
                return None;
            }
        }
        Some(TestRecord {
            kind: kind?,
            sampled_at: sampled_at?,
            result: result?,
        })
    });

    let travel_history = r.list(map, "", "travel_history", limits::STAYS, |r, v, path| {
        let m = r.object(v, path, &["region", "risk", "until"])?;
        let region = r
            .required(m, path, "region")
            .and_then(|(v, p)| r.region(v, &p));
        let risk = r
            .required(m, path, "risk")
            .and_then(|(v, p)| r.choice::<Risk>(v, &p));
        let until = r
            .required(m, path, "until")
            .and_then(|(v, p)| r.instant(v, &p));
        Some(Stay {
            region: region?,
            risk: risk?,
            until: until?,
        })
    });

    let documents = r.list(map, "", "documents", limits::DOCUMENTS, |r, v, path| {
        r.choice::<DocumentId>(v, path)
    });

    Some(Scenario {
        now: now?,
        origin: origin?,
        destination: destination?,
        departure: departure?,
        purpose: purpose?,
        health_code: health_code?,
        tests,
        travel_history,
        documents,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2022-10-07T20:00:00+08:00";

    fn now() -> Instant {
        Instant::parse(NOW).expect("now")
    }

    fn errors(json: &str) -> Vec<String> {
        match Scenario::from_json(json, now()) {
            Ok(s) => panic!("expected errors, got {s:?}"),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn reads_the_contract_example() {
        let json = r#"{
          "now": "2022-10-07T20:00:00+08:00",
          "origin": { "region": "650500", "risk": "none" },
          "destination": { "region": "310000" },
          "departure": { "at": "2022-10-08T10:00:00+08:00", "mode": "air" },
          "purpose": "ordinary",
          "health_code": "green",
          "tests": [ { "kind": "nat", "sampled_at": "2022-10-06T20:00:00+08:00", "result": "negative" } ],
          "travel_history": [ { "region": "654002", "risk": "medium", "until": "2022-10-05T18:00:00+08:00" } ],
          "documents": [ "commitment_letter" ]
        }"#;
        let s = Scenario::from_json(json, Instant::from_unix(0)).expect("valid");
        assert_eq!(s.now, now());
        assert_eq!(s.tests.len(), 1);
        assert_eq!(s.documents, vec![DocumentId::CommitmentLetter]);
        assert_eq!(s.departure.mode, Some(Mode::Air));
        // Round trip through the contract's shape.
        let again = Scenario::from_json(&s.to_json(), Instant::from_unix(0)).expect("round trip");
        assert_eq!(again, s);
    }

    #[test]
    fn defaults_now_purpose_and_lists() {
        let json = r#"{"origin":{"region":"652302","risk":"none"},"destination":{"region":"310000"},"departure":{"at":"2022-10-08"}}"#;
        let s = Scenario::from_json(json, now()).expect("valid");
        assert_eq!(s.now, now());
        assert_eq!(s.purpose, Purpose::Ordinary);
        assert_eq!(s.health_code, None);
        assert!(s.tests.is_empty() && s.documents.is_empty() && s.travel_history.is_empty());
    }

    #[test]
    fn every_problem_is_reported_with_field_and_value() {
        let json = r#"{"origin":{"region":"659999","risk":"extreme"},"destination":{},
            "departure":{"at":"tomorrow"},"health_code":"blue",
            "tests":[{"kind":"nat","sampled_at":"2022-10-09T00:00:00+08:00","result":"negative"}],
            "documents":["passport"],"colour":"green"}"#;
        let errors = errors(json);
        let expect = [
            "origin.region: is not a GB/T 2260 administrative division (got \"659999\")",
            "origin.risk: is not one of: none, low, medium, high (got \"extreme\")",
            "destination.region: is required (got nothing)",
            "departure.at: is not a time",
            "health_code: is not one of: green, yellow, red (got \"blue\")",
            "tests[0].sampled_at: is after now",
            "documents[0]: is not one of",
            "colour: is not a known field",
        ];
        for e in expect {
            assert!(
                errors.iter().any(|got| got.starts_with(e)),
                "missing {e:?} in {errors:#?}"
            );
        }
        assert_eq!(errors.len(), expect.len(), "{errors:#?}");
    }

    #[test]
    fn malformed_json_is_one_clear_error() {
        let errors = errors("{\"origin\": ");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("is not valid JSON"), "{errors:?}");
    }
}
