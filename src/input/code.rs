//! A `cango code` request: where, when, and the events behind a colour.

use super::{limits, parse_json, InputError, Problem, Reader};
use crate::domain::CodeCategory;
use crate::region::RegionCode;
use crate::time::Instant;
use serde::Serialize;
use serde_json::Value;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CodeRequest {
    pub now: Instant,
    pub region: RegionCode,
    pub code_events: Vec<CodeEvent>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CodeEvent {
    pub category: CodeCategory,
    pub since: Instant,
    /// Discharge, clearance by the other province, or the event's end.
    pub until: Option<Instant>,
}

impl CodeRequest {
    pub fn from_json(text: &str, default_now: Instant) -> Result<CodeRequest, Vec<InputError>> {
        let value = parse_json(text)?;
        let mut r = Reader::default();
        let request = read(&mut r, &value, default_now);
        r.finish(request)
    }
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
            if since > now {
                r.fail(p, v, Problem::EventInFuture { now });
                return None;
            }
        }
        if let (Some(since), Some(until), Some((v, p))) = (since, until, &until_field) {
            if until < since {
                r.fail(p, v, Problem::BeforeSince { since });
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

