//! A `cango code` request: where, when, and the events behind a colour.

use super::{limits, parse_json, InputError, Problem, Reader};
use crate::domain::CodeCategory;
use crate::json::{object, Value};
use crate::region::RegionCode;
use crate::time::Instant;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeRequest {
    pub now: Instant,
    pub region: RegionCode,
    pub code_events: Vec<CodeEvent>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeEvent {
    pub category: CodeCategory,
    pub since: Instant,
    /// Discharge, clearance by the other province, or the event's end.
    pub until: Option<Instant>,
}

impl CodeRequest {
    /// The events (by index) whose times the reader refuses: the app's form
    /// marks them instead of answering.
    pub fn events_with_problems(&self) -> Vec<usize> {
        self.code_events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.problem(self.now).is_some())
            .map(|(i, _)| i)
            .collect()
    }

    /// The request as JSON, as `cango code` reads it.
    pub fn to_json(&self) -> String {
        let events = self.code_events.iter().map(|e| {
            object([
                ("category", e.category.as_str().into()),
                ("since", e.since.into()),
                ("until", e.until.into()),
            ])
        });
        let request = object([
            ("now", self.now.into()),
            ("region", self.region.into()),
            ("code_events", Value::Array(events.collect())),
        ]);
        request.to_string()
    }

    pub fn from_json(text: &str, default_now: Instant) -> Result<CodeRequest, Vec<InputError>> {
        let value = parse_json(text)?;
        let mut r = Reader::default();
        let request = read(&mut r, &value, default_now);
        r.finish(request)
    }
}

impl CodeEvent {
    /// The first problem with this event's times at `now`, in the order the
    /// reader looks for them: the one spelling of these rules, for the
    /// reader and the app.
    pub fn problem(&self, now: Instant) -> Option<Problem> {
        starts_after_now(self.since, now).or_else(|| {
            self.until
                .and_then(|until| ends_before_start(self.since, until))
        })
    }
}

/// An event cannot start in the future.
fn starts_after_now(since: Instant, now: Instant) -> Option<Problem> {
    (since > now).then_some(Problem::EventInFuture { now })
}

/// An event cannot end before it starts (it may end as it starts).
fn ends_before_start(since: Instant, until: Instant) -> Option<Problem> {
    (until < since).then_some(Problem::BeforeSince { since })
}

fn read(r: &mut Reader, value: &Value, default_now: Instant) -> Option<CodeRequest> {
    let map = r.object(value, "", &["now", "region", "code_events"])?;
    let now = r.now(map, default_now);
    let region = r
        .required(map, "", "region")
        .and_then(|(v, p)| r.region(v, &p));
    let code_events = r.list(map, "", "code_events", limits::CODE_EVENTS, |r, v, path| {
        let m = r.object(v, path, &["category", "since", "until"])?;
        let category = r
            .required(m, path, "category")
            .and_then(|(v, p)| r.choice::<CodeCategory>(v, &p));
        let since_field = r.required(m, path, "since");
        let since = since_field.as_ref().and_then(|(v, p)| r.instant(v, p));
        let until_field = r.optional(m, path, "until");
        let until = match &until_field {
            Some((v, p)) => Some(r.instant(v, p)?),
            None => None,
        };
        if let (Some(since), Some(now), Some((v, p))) = (since, now, &since_field) {
            if let Some(problem) = starts_after_now(since, now) {
                r.fail(p, v, problem);
                return None;
            }
        }
        if let (Some(since), Some(until), Some((v, p))) = (since, until, &until_field) {
            if let Some(problem) = ends_before_start(since, until) {
                r.fail(p, v, problem);
                return None;
            }
        }
        Some(CodeEvent {
            category: category?,
            since: since?,
            until,
        })
    });
    Some(CodeRequest {
        now: now?,
        region: region?,
        code_events,
    })
}
