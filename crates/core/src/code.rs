//! `cango code`: which health-code colour, and until when?
//!
//! Each event (a category and when it started) runs through its category's
//! phases; where events overlap the most severe colour wins. Facts only:
//! `explain` words them.

use crate::cite::{add_contacts, stale_warning};
use crate::domain::{CodeCategory, Coverage, HealthCode, Scope};
use crate::input::{CodeEvent, CodeRequest};
use crate::region::RegionCode;
use crate::rules::{CodePhase, CodeRule, Contact, Policy, Rules};
use crate::time::Instant;
use crate::trip::Warning;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeAnswer<'r> {
    pub coverage: Coverage,
    /// `None` only when no rule covers the region at `now`.
    pub color: Option<HealthCode>,
    /// When the colour next changes, and to what; `None` when it lasts.
    pub changes_at: Option<Instant>,
    pub next_color: Option<HealthCode>,
    pub now: Instant,
    pub region: RegionCode,
    pub policy: Option<&'r Policy>,
    pub events: Vec<EventColours<'r>>,
    pub contacts: Vec<&'r Contact>,
    /// Cautions about the answer itself (stale sources, a change past the horizon).
    pub warnings: Vec<Warning>,
}

impl CodeAnswer<'_> {
    /// Until when the policy's sources support it.
    pub fn horizon(&self) -> Option<Instant> {
        self.policy.and_then(Policy::known_until)
    }
}

/// One event and the colours its category's rule gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventColours<'r> {
    pub category: CodeCategory,
    pub color_now: HealthCode,
    pub phases: Vec<Phase>,
    pub rule: &'r CodeRule,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Phase {
    pub color: HealthCode,
    pub from: Instant,
    /// `None`: lasts until something not yet known (e.g. discharge).
    pub until: Option<Instant>,
}

/// The phases an event runs through, as instants.
pub fn phases(event: &CodeEvent, rule: &[CodePhase]) -> Vec<Phase> {
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
                out.push(Phase {
                    color: phase.colour,
                    from: start,
                    until: Some(end),
                });
                start = end;
            }
            None => {
                out.push(Phase {
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

fn colour_at(phases: &[Phase], at: Instant) -> HealthCode {
    phases
        .iter()
        .find(|p| p.from <= at && p.until.is_none_or(|u| at < u))
        .map_or(HealthCode::Green, |p| p.color)
}

pub fn code<'r>(rules: &'r Rules, req: &CodeRequest) -> CodeAnswer<'r> {
    let policy = rules
        .in_force(Scope::HealthCode, req.region, req.now)
        .last();
    let mut answer = CodeAnswer {
        coverage: Coverage::Unknown,
        color: None,
        changes_at: None,
        next_color: None,
        now: req.now,
        region: req.region,
        policy,
        events: Vec::new(),
        contacts: Vec::new(),
        warnings: Vec::new(),
    };
    let Some(policy) = policy else {
        return answer;
    };
    answer.coverage = Coverage::Known;
    answer
        .warnings
        .extend(stale_warning(policy.newest_source(), req.now));
    add_contacts(&mut answer.contacts, policy.contacts(), &[req.region]);

    for event in &req.code_events {
        // Compilation guarantees every category is present.
        let Some(rule) = policy.code_rule(event.category) else {
            continue;
        };
        let phases = phases(event, &rule.phases);
        answer.events.push(EventColours {
            category: event.category,
            color_now: colour_at(&phases, req.now),
            phases,
            rule,
        });
    }
    let overall = |at: Instant| {
        answer
            .events
            .iter()
            .map(|e| colour_at(&e.phases, at))
            .max()
            .unwrap_or(HealthCode::Green)
    };
    let color = overall(req.now);
    let mut boundaries: Vec<Instant> = answer
        .events
        .iter()
        .flat_map(|e| &e.phases)
        .flat_map(|p| [Some(p.from), p.until])
        .flatten()
        .filter(|b| *b > req.now)
        .collect();
    crate::sort::natural(&mut boundaries);
    let change = boundaries.into_iter().find(|b| overall(*b) != color);
    let next_color = change.map(overall);
    answer.color = Some(color);
    answer.changes_at = change;
    answer.next_color = next_color;
    if let (Some(at), Some(horizon)) = (change, answer.horizon()) {
        if at >= horizon {
            answer
                .warnings
                .push(Warning::ChangeAfterHorizon { horizon });
        }
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Problem;

    fn at(text: &str) -> Instant {
        Instant::parse(text).expect(text)
    }

    fn answer(json: &str) -> CodeAnswer<'static> {
        let rules = Rules::builtin();
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
        let a = code(Rules::builtin(), &same);
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
            region: crate::region::Regions::builtin()
                .parse("370700")
                .unwrap_or_default(),
            code_events: vec![
                event("2022-12-05", Some("2022-12-05")),
                event("2022-12-07T12:00:01+08:00", None),
                event("2022-12-05", Some("2022-12-04")),
            ],
        };
        assert_eq!(req.events_with_problems(), vec![1, 2]);
        assert_eq!(
            req.code_events[1].problem(now),
            Some(Problem::EventInFuture { now })
        );
        assert_eq!(
            req.code_events[2].problem(now),
            Some(Problem::BeforeSince {
                since: at("2022-12-05")
            })
        );
    }

    #[test]
    fn outside_shandong_or_before_the_rule_is_unknown() {
        let a = answer(r#"{"region":"650000","code_events":[]}"#);
        assert_eq!(a.coverage, Coverage::Unknown);
        assert_eq!(a.color, None);
        let a = answer(r#"{"now":"2022-11-30T12:00:00+08:00","region":"370700"}"#);
        assert_eq!(a.coverage, Coverage::Unknown);
    }
}
