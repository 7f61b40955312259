//! The answers of the CLI as CONTRACT.md shapes them: the facts of
//! `check`, `code` and `care`, with the rules' texts and sources written
//! out and every sentence in the contract's English (`Style::Contract`), or
//! in the language the caller asks for (`cango --lang`, the `*_in`
//! functions). Field names and order are the contract's; add fields, rename
//! none.

use super::{Lang, Style};
use crate::care::{CareAnswer, EMERGENCY};
use crate::cite::weakest;
use crate::code::{CodeAnswer, Phase};
use crate::domain::{
    ArrivalId, Blocker, CareNeed, CodeCategory, Confidence, ContactPurpose, Coverage, DocumentId,
    Fit, HealthCode, Layer, RequirementKind, Risk, Scope, Str, Text, Verdict,
};
use crate::region::{RegionCode, Regions};
use crate::rules::{Contact, Period, Policy, Rules};
use crate::time::{days_between, Instant};
use crate::trip::{self, Answer, Lift, PublishedOnly, Status, Warning, Why};
use serde::Serialize;

const EN: Lang = Lang::En;
const STYLE: Style = Style::Contract;

/// A source as answers show it: who, when, what, from which file, how sure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceOut {
    pub id: String,
    pub issuer: Text,
    pub date: String,
    pub title: String,
    pub file: String,
    pub confidence: Confidence,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub how: Option<Text>,
    pub quote: String,
}

/// Expands citation ids (checked by compilation) into sources.
pub fn sources(rules: &Rules, ids: &[Str]) -> Vec<SourceOut> {
    rules
        .cited(ids)
        .map(|c| SourceOut {
            id: c.id().to_string(),
            issuer: c.issuer().clone(),
            date: c.date().to_string(),
            title: c.title().to_string(),
            file: c.file().to_string(),
            confidence: c.confidence(),
            how: c.how().clone(),
            quote: c.quote().to_string(),
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ContactOut {
    pub name: Text,
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub purpose: ContactPurpose,
    pub sources: Vec<SourceOut>,
}

fn contacts(rules: &Rules, list: &[&Contact]) -> Vec<ContactOut> {
    list.iter()
        .map(|c| ContactOut {
            name: c.name().clone(),
            phone: c.phone().as_deref().map(str::to_string),
            url: c.url().as_deref().map(str::to_string),
            purpose: c.purpose(),
            sources: sources(rules, c.sources()),
        })
        .collect()
}

/// A sentence in both languages the contract's texts carry.
fn both(say: impl Fn(Lang) -> String) -> Text {
    Text {
        zh: say(Lang::Hans).into(),
        en: say(EN).into(),
        ug: None,
    }
}

fn warnings(list: &[Warning]) -> Vec<Text> {
    list.iter()
        .map(|w| both(|lang| super::warning(lang, STYLE, w)))
        .collect()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckReport<'r> {
    pub verdict: Verdict,
    pub earliest_departure: Option<Instant>,
    pub planned_departure_possible: bool,
    pub summary: String,
    pub now: Instant,
    pub departure: Instant,
    pub origin: PlaceOut,
    pub destination: PlaceOut,
    pub documents: Vec<DocumentOut>,
    pub requirements: Vec<RequirementOut<'r>>,
    pub arrival: Vec<ArrivalOut>,
    pub conflicts: Vec<ConflictOut>,
    pub contacts: Vec<ContactOut>,
    pub notices: Vec<NoticeOut>,
    pub what_would_change: Vec<ChangeOut>,
    pub policies: Vec<PolicyRef>,
    pub rules_as_of: Option<Instant>,
    pub newest_source_date: Option<Instant>,
    pub days_after_newest_source: Option<i64>,
    pub warnings: Vec<Text>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub known_periods: Vec<Period>,
    /// Where a requirement rests on a reported or disputed source: the
    /// answer under the published, undisputed rules alone, and why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_only: Option<PublishedOnlyOut<'r>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PublishedOnlyOut<'r> {
    #[serde(flatten)]
    pub answer: PublishedOnly<'r>,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlaceOut {
    pub region: RegionCode,
    pub name: &'static str,
}

fn place(region: RegionCode) -> PlaceOut {
    PlaceOut {
        region,
        name: Regions::builtin().name(region),
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentOut {
    pub id: DocumentId,
    pub held: bool,
    pub required_by: Vec<String>,
    /// For test results not yet all held: how many more tests are needed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tests_missing: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RequirementOut<'r> {
    pub id: String,
    pub kind: RequirementKind,
    pub text: Text,
    pub policy: String,
    pub layer: Layer,
    pub jurisdiction: RegionCode,
    pub met: bool,
    pub status: Status,
    pub why: String,
    pub facts: Why<'r>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DeadlineOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    pub confidence: Confidence,
    pub sources: Vec<SourceOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disputed_by: Vec<SourceOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeadlineOut {
    pub from: Instant,
    pub until: Instant,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tests_needed: Option<u32>,
    pub for_earliest_departure: bool,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArrivalOut {
    pub id: ArrivalId,
    pub text: Text,
    pub policy: String,
    pub confidence: Confidence,
    pub sources: Vec<SourceOut>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConflictOut {
    pub national_rule: String,
    pub national_title: Text,
    pub national_text: Text,
    pub policy: String,
    pub requirement: String,
    pub local: Text,
    pub confidence: Confidence,
    pub sources: Vec<SourceOut>,
    pub national_sources: Vec<SourceOut>,
    pub complain: Vec<ContactOut>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NoticeOut {
    pub id: String,
    pub text: Text,
    pub policy: String,
    pub confidence: Confidence,
    pub sources: Vec<SourceOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disputed_by: Vec<SourceOut>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChangeOut {
    pub blocker: Blocker,
    pub text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<Instant>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub national_rule: Option<String>,
    pub sources: Vec<SourceOut>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PolicyRef {
    pub id: String,
    pub layer: Layer,
    pub jurisdiction: RegionCode,
    pub scope: Scope,
    pub from: Instant,
    pub until: Option<Instant>,
    pub summary: Text,
    pub confidence: Confidence,
    pub horizon: Option<Instant>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
}

/// The `cango check` answer, its sentences in the contract's English.
pub fn check<'r>(rules: &Rules, a: &Answer<'r>) -> CheckReport<'r> {
    check_in(EN, rules, a)
}

/// The `cango check` answer, its sentences in `lang`.
pub fn check_in<'r>(lang: Lang, rules: &Rules, a: &Answer<'r>) -> CheckReport<'r> {
    let reading_place = |p: &Policy| trip::answer::about(p, a.origin, a.destination);
    CheckReport {
        verdict: a.verdict,
        earliest_departure: a.earliest_departure,
        planned_departure_possible: a.planned_departure_possible,
        summary: super::summary(lang, STYLE, a),
        now: a.now,
        departure: a.departure,
        origin: place(a.origin),
        destination: place(a.destination),
        documents: a
            .documents
            .iter()
            .map(|d| DocumentOut {
                id: d.id,
                held: d.held,
                required_by: d.required_by.iter().map(ToString::to_string).collect(),
                tests_missing: d.tests_missing,
            })
            .collect(),
        requirements: a
            .requirements
            .iter()
            .map(|j| {
                let r = j.requirement;
                RequirementOut {
                    id: r.id().to_string(),
                    kind: r.kind(),
                    text: r.text().clone(),
                    policy: j.policy.id().to_string(),
                    layer: j.policy.layer(),
                    jurisdiction: j.policy.jurisdiction(),
                    met: j.met(),
                    status: j.status,
                    why: super::why(lang, STYLE, &j.why),
                    facts: j.why.clone(),
                    deadline: j.deadline.map(|d| DeadlineOut {
                        from: d.from,
                        until: d.until,
                        tests_needed: d.tests_needed,
                        for_earliest_departure: d.for_earliest_departure,
                        text: super::deadline(lang, STYLE, &d, &j.why),
                    }),
                    document: r.document(),
                    confidence: r.confidence(),
                    sources: sources(rules, r.sources()),
                    disputed_by: sources(rules, j.policy.disputed_by()),
                    reading: j.reading(a.origin, a.destination).cloned(),
                }
            })
            .collect(),
        arrival: a
            .arrival
            .iter()
            .map(|s| ArrivalOut {
                id: s.item.id,
                text: s.item.text.clone(),
                policy: s.policy.id().to_string(),
                confidence: weakest(rules, &s.item.sources),
                sources: sources(rules, &s.item.sources),
            })
            .collect(),
        conflicts: a
            .conflicts
            .iter()
            .map(|c| ConflictOut {
                national_rule: c.national.id().to_string(),
                national_title: c.national.title().clone(),
                national_text: c.national.text().clone(),
                policy: c.policy.id().to_string(),
                requirement: c.contradiction.requirement.to_string(),
                local: c.contradiction.local.clone(),
                confidence: c.policy.confidence(),
                sources: sources(rules, c.policy.sources()),
                national_sources: sources(rules, c.national.sources()),
                complain: contacts(rules, &c.complain),
            })
            .collect(),
        contacts: contacts(rules, &a.contacts),
        notices: a
            .notices
            .iter()
            .map(|n| NoticeOut {
                id: n.item.id.to_string(),
                text: n.item.text.clone(),
                policy: n.policy.id().to_string(),
                confidence: weakest(rules, &n.item.sources),
                sources: sources(rules, &n.item.sources),
                disputed_by: sources(rules, &n.item.disputed_by),
            })
            .collect(),
        what_would_change: a
            .what_would_change
            .iter()
            .map(|c| match &c.lift {
                Lift::StayClears {
                    region,
                    at,
                    requirement,
                } => ChangeOut {
                    blocker: c.blocker,
                    text: both(|lang| super::change(lang, STYLE, *region, *at)),
                    at: Some(*at),
                    national_rule: None,
                    sources: sources(rules, requirement.sources()),
                },
                Lift::NationalRule(rule) => ChangeOut {
                    blocker: c.blocker,
                    text: rule.text().clone(),
                    at: None,
                    national_rule: Some(rule.id().to_string()),
                    sources: sources(rules, rule.sources()),
                },
            })
            .collect(),
        policies: a
            .policies
            .iter()
            .map(|p| PolicyRef {
                id: p.id().to_string(),
                layer: p.layer(),
                jurisdiction: p.jurisdiction(),
                scope: p.scope(),
                from: p.from(),
                until: p.ends(),
                summary: p.summary().clone(),
                confidence: p.confidence(),
                horizon: p.horizon().as_ref().map(|h| h.until()),
                reading: p.reading_for(reading_place(p)).cloned(),
            })
            .collect(),
        rules_as_of: a.rules_as_of(),
        newest_source_date: a.newest_source_date,
        days_after_newest_source: a.days_after_newest_source(),
        warnings: warnings(&a.warnings),
        known_periods: a.known_periods.clone(),
        published_only: a.published_only.as_ref().map(|p| PublishedOnlyOut {
            answer: p.clone(),
            text: super::published_only(lang, STYLE, a, p),
        }),
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CodeReport {
    pub status: Coverage,
    pub color: Option<HealthCode>,
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
    pub newest_source_date: Option<Instant>,
    pub days_after_newest_source: Option<i64>,
    pub horizon: Option<Instant>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
    pub warnings: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EventOut {
    pub category: CodeCategory,
    pub color_now: HealthCode,
    pub phases: Vec<Phase>,
    pub text: Text,
    pub sources: Vec<SourceOut>,
}

/// The `cango code` answer, its sentences in the contract's English.
pub fn code(rules: &Rules, a: &CodeAnswer) -> CodeReport {
    code_in(EN, rules, a)
}

/// The `cango code` answer, its sentences in `lang`.
pub fn code_in(lang: Lang, rules: &Rules, a: &CodeAnswer) -> CodeReport {
    let newest = a.policy.and_then(Policy::newest_source);
    CodeReport {
        status: a.coverage,
        color: a.color,
        changes_at: a.changes_at,
        next_color: a.next_color,
        now: a.now,
        region: a.region,
        region_name: Regions::builtin().name(a.region),
        policy: a.policy.map(|p| p.id().to_string()),
        events: a
            .events
            .iter()
            .map(|e| EventOut {
                category: e.category,
                color_now: e.color_now,
                phases: e.phases.clone(),
                text: e.rule.text.clone(),
                sources: sources(rules, &e.rule.sources),
            })
            .collect(),
        summary: super::code_summary(lang, STYLE, rules, a),
        contacts: contacts(rules, &a.contacts),
        sources: a
            .policy
            .map_or_else(Vec::new, |p| sources(rules, p.sources())),
        newest_source_date: newest,
        days_after_newest_source: newest.map(|n| days_between(n, a.now)),
        horizon: a.horizon(),
        reading: a.policy.and_then(|p| p.reading_for(a.region)).cloned(),
        warnings: warnings(&a.warnings),
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CareReport {
    pub status: Coverage,
    pub now: Instant,
    pub region: RegionCode,
    pub region_name: &'static str,
    pub risk: Risk,
    pub need: CareNeed,
    pub policy: Option<String>,
    pub places: Vec<CarePlaceOut>,
    pub advice: Vec<AdviceOut>,
    pub emergency: &'static str,
    pub contacts: Vec<ContactOut>,
    pub summary: String,
    pub newest_source_date: Option<Instant>,
    pub days_after_newest_source: Option<i64>,
    pub horizon: Option<Instant>,
    pub warnings: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CarePlaceOut {
    pub id: String,
    pub name: Text,
    pub phones: Vec<String>,
    pub access: Text,
    pub fit: Fit,
    pub sources: Vec<SourceOut>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AdviceOut {
    pub text: Text,
    pub sources: Vec<SourceOut>,
}

/// The `cango care` answer, its sentences in the contract's English.
pub fn care(rules: &Rules, a: &CareAnswer) -> CareReport {
    care_in(EN, rules, a)
}

/// The `cango care` answer, its sentences in `lang`.
pub fn care_in(lang: Lang, rules: &Rules, a: &CareAnswer) -> CareReport {
    let req = &a.request;
    let newest = a.policy.and_then(Policy::newest_source);
    CareReport {
        status: a.coverage,
        now: req.now,
        region: req.region,
        region_name: Regions::builtin().name(req.region),
        risk: req.risk,
        need: req.need,
        policy: a.policy.map(|p| p.id().to_string()),
        places: a
            .places
            .iter()
            .map(|(fit, p)| CarePlaceOut {
                id: p.id.to_string(),
                name: p.name.clone(),
                phones: p.phones.iter().map(|phone| phone.to_string()).collect(),
                access: p.access.clone(),
                fit: *fit,
                sources: sources(rules, &p.sources),
            })
            .collect(),
        advice: a
            .advice
            .iter()
            .map(|x| AdviceOut {
                text: x.text.clone(),
                sources: sources(rules, &x.sources),
            })
            .collect(),
        emergency: EMERGENCY,
        contacts: contacts(rules, &a.contacts),
        summary: super::care_summary(lang, STYLE, rules, a),
        newest_source_date: newest,
        days_after_newest_source: newest.map(|n| days_between(n, req.now)),
        horizon: a.policy.and_then(Policy::known_until),
        warnings: warnings(&a.warnings),
    }
}
