//! `cango code`: which health-code colour, and until when?
//!
//! Each event (a category and when it started) runs through its category's
//! phases; where events overlap the most severe colour wins.

use crate::cite::{self, add_contacts, ContactOut, SourceOut};
use crate::domain::{CodeCategory, HealthCode, Text};
use crate::input::{limits, parse_json, InputError, Reader};
use crate::region::{RegionCode, Regions};
use crate::rules::{CodePhase, Policy, Rules, Scope};
use crate::time::Instant;
use serde::Serialize;
use serde_json::Value;
use std::fmt;

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    Known,
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CodeAnswer {
    pub status: Coverage,
    /// `None` only when no rule covers the region at `now`.
    pub color: Option<HealthCode>,
    /// When the colour next changes, and to what; `None` when it lasts.
    pub changes_at: Option<Instant>,
    pub next_color: Option<HealthCode>,
    pub now: Instant,
    pub region: RegionCode,
    pub region_name: &'static str,
    pub policy: Option<String>,
    pub events: Vec<EventOut>,
    pub summary: String,
    pub contacts: Vec<ContactOut>,
    pub sources: Vec<SourceOut>,
    /// The date of the newest source behind the answer, and whole days from
    /// it to `now`.
    pub newest_source_date: Option<Instant>,
    pub days_after_newest_source: Option<i64>,
    /// Until when the policy's sources support it.
    pub horizon: Option<Instant>,
    /// How CanGo reads an ambiguous source for this region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
    /// Cautions about the answer itself (stale sources, a change past the horizon).
    pub warnings: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EventOut {
    pub category: CodeCategory,
    pub color_now: HealthCode,
    pub phases: Vec<PhaseOut>,
    pub text: Text,
    pub sources: Vec<SourceOut>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PhaseOut {
    pub color: HealthCode,
    pub from: Instant,
    /// `None`: lasts until something not yet known (e.g. discharge).
    pub until: Option<Instant>,
}

impl CodeRequest {
    pub fn from_json(text: &str, default_now: Instant) -> Result<CodeRequest, Vec<InputError>> {
        let value = parse_json(text)?;
        let mut r = Reader::default();
        let request = read(&mut r, &value, default_now);
        r.finish(request)
    }

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
}

/// What is wrong with an event's times. The one spelling of these rules, for
/// the reader (which reports the first on its field) and the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventProblem {
    /// `since` is after `now`.
    StartsAfterNow { now: Instant },
    /// `until` is before `since`.
    EndsBeforeStart { since: Instant },
}

impl EventProblem {
    /// An event cannot start in the future.
    pub fn starts_after_now(since: Instant, now: Instant) -> Option<EventProblem> {
        (since > now).then_some(EventProblem::StartsAfterNow { now })
    }

    /// An event cannot end before it starts (it may end as it starts).
    pub fn ends_before_start(since: Instant, until: Instant) -> Option<EventProblem> {
        (until < since).then_some(EventProblem::EndsBeforeStart { since })
    }
}

impl fmt::Display for EventProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventProblem::StartsAfterNow { now } => {
                write!(
                    f,
                    "is after now ({now}): an event cannot start in the future"
                )
            }
            EventProblem::EndsBeforeStart { since } => write!(f, "is before since ({since})"),
        }
    }
}

impl CodeEvent {
    /// The first problem with this event's times at `now`, in the order the
    /// reader looks for them.
    pub fn problem(&self, now: Instant) -> Option<EventProblem> {
        EventProblem::starts_after_now(self.since, now).or_else(|| {
            self.until
                .and_then(|until| EventProblem::ends_before_start(self.since, until))
        })
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
            .and_then(|(v, p)| r.choice(v, &p, CodeCategory::parse, CodeCategory::expected));
        let since_field = r.required(m, path, "since");
        let since = since_field.as_ref().and_then(|(v, p)| r.instant(v, p));
        let until_field = r.optional(m, path, "until");
        let until = match &until_field {
            Some((v, p)) => Some(r.instant(v, p)?),
            None => None,
        };
        if let (Some(since), Some(now), Some((v, p))) = (since, now, &since_field) {
            if let Some(problem) = EventProblem::starts_after_now(since, now) {
                r.fail(p, v, problem.to_string());
                return None;
            }
        }
        if let (Some(since), Some(until), Some((v, p))) = (since, until, &until_field) {
            if let Some(problem) = EventProblem::ends_before_start(since, until) {
                r.fail(p, v, problem.to_string());
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

/// The phases an event runs through, as instants.
pub fn phases(event: &CodeEvent, rule: &[CodePhase]) -> Vec<PhaseOut> {
    let mut out = Vec::new();
    let mut start = event.since;
    for phase in rule {
        let by_days = phase.days.map(|d| start.plus_days(i64::from(d)));
        let by_until = if phase.ends_at_until {
            event.until
        } else {
            None
        };
        let end = match (by_days, by_until) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match end {
            Some(end) if end <= start => {} // ended before it began: skip it
            Some(end) => {
                out.push(PhaseOut {
                    color: phase.colour,
                    from: start,
                    until: Some(end),
                });
                start = end;
            }
            None => {
                out.push(PhaseOut {
                    color: phase.colour,
                    from: start,
                    until: None,
                });
                break;
            }
        }
    }
    out
}

/// The summary of an answer no rule covers: says so, never guesses.
pub(crate) fn not_covered(what: &str, region: RegionCode, now: Instant) -> String {
    format!(
        "No {what} rule covers {} ({region}) at {} CST: unknown.",
        Regions::builtin().name(region),
        now.to_cst_short()
    )
}

fn colour_at(phases: &[PhaseOut], at: Instant) -> HealthCode {
    phases
        .iter()
        .find(|p| p.from <= at && p.until.is_none_or(|u| at < u))
        .map_or(HealthCode::Green, |p| p.color)
}

pub fn code(rules: &Rules, req: &CodeRequest) -> CodeAnswer {
    let regions = Regions::builtin();
    let policy: Option<&Policy> = rules
        .in_force(Scope::HealthCode, req.region, req.now)
        .last();
    let mut answer = CodeAnswer {
        status: Coverage::Unknown,
        color: None,
        changes_at: None,
        next_color: None,
        now: req.now,
        region: req.region,
        region_name: regions.name(req.region),
        policy: None,
        events: Vec::new(),
        summary: String::new(),
        contacts: Vec::new(),
        sources: Vec::new(),
        newest_source_date: None,
        days_after_newest_source: None,
        horizon: None,
        reading: None,
        warnings: Vec::new(),
    };
    let Some(policy) = policy else {
        answer.summary = not_covered("health-code", req.region, req.now);
        return answer;
    };
    answer.status = Coverage::Known;
    answer.policy = Some(policy.id.clone());
    let fresh = cite::freshness(rules, [policy], req.now);
    answer.newest_source_date = fresh.newest_source_date;
    answer.days_after_newest_source = fresh.days_after_newest_source;
    answer.warnings.extend(fresh.warning);
    answer.horizon = policy.known_until();
    answer.reading = policy.reading_for(req.region).cloned();
    answer.sources = cite::sources(rules, &policy.sources);
    add_contacts(&mut answer.contacts, rules, &policy.contacts, &[req.region]);

    let mut all_phases: Vec<Vec<PhaseOut>> = Vec::new();
    for event in &req.code_events {
        // Validation guarantees every category is present.
        let Some(rule) = policy.code_categories.get(&event.category) else {
            continue;
        };
        let ph = phases(event, &rule.phases);
        answer.events.push(EventOut {
            category: event.category,
            color_now: colour_at(&ph, req.now),
            phases: ph.clone(),
            text: rule.text.clone(),
            sources: cite::sources(rules, &rule.sources),
        });
        all_phases.push(ph);
    }
    let overall = |at: Instant| {
        all_phases
            .iter()
            .map(|ph| colour_at(ph, at))
            .max()
            .unwrap_or(HealthCode::Green)
    };
    let color = overall(req.now);
    let mut boundaries: Vec<Instant> = all_phases
        .iter()
        .flatten()
        .flat_map(|p| [Some(p.from), p.until])
        .flatten()
        .filter(|b| *b > req.now)
        .collect();
    boundaries.sort();
    let change = boundaries.into_iter().find(|b| overall(*b) != color);
    answer.color = Some(color);
    answer.changes_at = change;
    answer.next_color = change.map(overall);
    if let (Some(at), Some(horizon)) = (change, answer.horizon) {
        if at >= horizon {
            let date = horizon.to_cst_date();
            answer.warnings.push(Text {
                zh: format!("这次变码在本规定有资料支持的期限（{date}）之后：届时规定可能已变。"),
                en: format!("This change falls after the date to which the sources support this rule ({date}): the rule may have changed by then."),
            });
        }
    }
    answer.summary = match change {
        Some(at) => format!(
            "The health code is {color} now and turns {} at {} CST.",
            overall(at),
            at.to_cst_short()
        ),
        None if color == HealthCode::Green => "The health code is green.".to_string(),
        None => format!("The health code is {color}, with no end known yet."),
    };
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Instant {
        Instant::parse(text).expect(text)
    }

    fn answer(json: &str) -> CodeAnswer {
        let rules = Rules::builtin().expect("valid rules");
        let req =
            CodeRequest::from_json(json, at("2022-12-07T12:00:00+08:00")).expect("valid request");
        code(rules, &req)
    }

    #[test]
    fn close_contact_red_then_yellow_then_green() {
        let a = answer(
            r#"{"now":"2022-12-04T12:00:00+08:00","region":"370700","code_events":[{"category":"close_contact","since":"2022-12-01"}]}"#,
        );
        assert_eq!(a.color, Some(HealthCode::Red));
        assert_eq!(a.changes_at, Some(at("2022-12-06")));
        assert_eq!(a.next_color, Some(HealthCode::Yellow));
        let a = answer(
            r#"{"now":"2022-12-07T12:00:00+08:00","region":"370700","code_events":[{"category":"close_contact","since":"2022-12-01"}]}"#,
        );
        assert_eq!(a.color, Some(HealthCode::Yellow));
        assert_eq!(a.changes_at, Some(at("2022-12-09")));
        assert_eq!(a.next_color, Some(HealthCode::Green));
    }

    #[test]
    fn most_severe_colour_wins_and_change_skips_hidden_boundaries() {
        // Red 12-01..12-06 (close contact) over yellow 12-03..12-10 (co-investigation):
        // red now; at 12-06 yellow (co-investigation still yellow until 12-10).
        let a = answer(
            r#"{"now":"2022-12-04T00:00:00+08:00","region":"370100","code_events":[
            {"category":"close_contact","since":"2022-12-01"},
            {"category":"regional_co_investigation","since":"2022-12-03"}]}"#,
        );
        assert_eq!(a.color, Some(HealthCode::Red));
        assert_eq!(a.changes_at, Some(at("2022-12-06")));
        assert_eq!(a.next_color, Some(HealthCode::Yellow));
    }

    #[test]
    fn pushed_red_ends_early_when_cleared() {
        let a = answer(
            r#"{"now":"2022-12-03T12:00:00+08:00","region":"370700","code_events":[{"category":"pushed_red","since":"2022-12-01","until":"2022-12-03"}]}"#,
        );
        assert_eq!(a.color, Some(HealthCode::Green));
        let a = answer(
            r#"{"now":"2022-12-02T12:00:00+08:00","region":"370700","code_events":[{"category":"pushed_red","since":"2022-12-01","until":"2022-12-03"}]}"#,
        );
        assert_eq!(a.changes_at, Some(at("2022-12-03")));
    }

    #[test]
    fn infected_stays_red_until_discharge_is_known() {
        let a = answer(
            r#"{"region":"370700","code_events":[{"category":"infected","since":"2022-12-01","until":null}]}"#,
        );
        assert_eq!(a.color, Some(HealthCode::Red));
        assert_eq!(a.changes_at, None);
        let a = answer(
            r#"{"region":"370700","code_events":[{"category":"infected","since":"2022-12-01","until":"2022-12-05"}]}"#,
        );
        assert_eq!(a.color, Some(HealthCode::Yellow));
        assert_eq!(a.changes_at, Some(at("2022-12-12")));
    }

    #[test]
    fn boundaries_of_since_and_until() {
        let now = at("2022-12-07T12:00:00+08:00");
        // An event starting exactly now is fine; a second later is not.
        let ok = CodeRequest::from_json(
            r#"{"region":"370700","code_events":[{"category":"inbound","since":"2022-12-07T12:00:00+08:00"}]}"#,
            now,
        );
        assert!(ok.is_ok());
        let late = CodeRequest::from_json(
            r#"{"region":"370700","code_events":[{"category":"inbound","since":"2022-12-07T12:00:01+08:00"}]}"#,
            now,
        );
        assert!(late.is_err_and(|e| e[0].to_string().contains("is after now")));
        // `until` may equal `since` (discharged the same day) but not precede it.
        let same = CodeRequest::from_json(
            r#"{"region":"370700","code_events":[{"category":"infected","since":"2022-12-05","until":"2022-12-05"}]}"#,
            now,
        );
        let same = same.expect("until == since is valid");
        let early = CodeRequest::from_json(
            r#"{"region":"370700","code_events":[{"category":"infected","since":"2022-12-05","until":"2022-12-04"}]}"#,
            now,
        );
        assert!(early.is_err_and(|e| e[0].to_string().contains("is before since")));
        // A phase that ends as it begins is left out: straight to 7 days of yellow.
        let a = code(Rules::builtin().expect("rules"), &same);
        assert_eq!(a.events[0].phases.len(), 1);
        assert_eq!(a.events[0].phases[0].color, HealthCode::Yellow);
        assert_eq!(a.events[0].phases[0].until, Some(at("2022-12-12")));
    }

    #[test]
    fn the_app_marks_the_events_the_reader_refuses() {
        let now = at("2022-12-07T12:00:00+08:00");
        let event = |since: &str, until: Option<&str>| CodeEvent {
            category: CodeCategory::Infected,
            since: at(since),
            until: until.map(at),
        };
        let req = CodeRequest {
            now,
            region: Regions::builtin().parse("370700").unwrap_or_default(),
            code_events: vec![
                event("2022-12-05", Some("2022-12-05")),
                event("2022-12-07T12:00:01+08:00", None),
                event("2022-12-05", Some("2022-12-04")),
            ],
        };
        assert_eq!(req.events_with_problems(), vec![1, 2]);
        assert_eq!(
            req.code_events[1].problem(now),
            Some(EventProblem::StartsAfterNow { now })
        );
        assert_eq!(
            req.code_events[2].problem(now).map(|p| p.to_string()),
            Some("is before since (2022-12-05T00:00:00+08:00)".to_string())
        );
    }

    #[test]
    fn outside_shandong_or_before_the_rule_is_unknown() {
        let a = answer(r#"{"region":"650000","code_events":[]}"#);
        assert_eq!(a.status, Coverage::Unknown);
        assert_eq!(a.color, None);
        let a = answer(r#"{"now":"2022-11-30T12:00:00+08:00","region":"370700"}"#);
        assert_eq!(a.status, Coverage::Unknown);
    }
}
