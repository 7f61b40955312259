//! The ruleset file format (`www/rules/*.json`), as serde reads it: the
//! input of [`super::compile`], never seen by the evaluator.
//!
//! Regions and times are kept as text here and resolved by compilation, so
//! that one bad value is one diagnostic instead of a failed parse hiding all
//! the others. Items that need no resolving ([`Condition`], notices, arrival
//! steps, care places, code rules) are the same types in the compiled rules.

use crate::domain::{
    ArrivalId, CareNeed, CodeCategory, Confidence, ContactPurpose, DocumentId, HealthCode, Layer,
    Mode, Purpose, RequirementKind, Risk, Scope, TestKind, Text,
};
use crate::domain::{List, Str};
use crate::windows::TestRule;
use serde::Deserialize;
use std::collections::BTreeMap;

/// One file of rules. Every section may be left out.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// Where each rule comes from, by citation id.
    #[serde(default)]
    pub citations: BTreeMap<String, Citation>,
    /// National rules that local rules may go beyond (e.g. `nine_prohibitions`).
    #[serde(default)]
    pub national_rules: Vec<NationalRule>,
    #[serde(default)]
    pub policies: Vec<Policy>,
}

/// A sentence of a file in `shared/sources`, who said it, and how sure we are.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub issuer: Text,
    /// `YYYY-MM-DD`: when the issuer said it.
    pub date: Str,
    pub title: Str,
    /// A file name in `shared/sources`.
    pub file: Str,
    pub confidence: Confidence,
    /// How it reached us, where not a published notice ("by phone", …).
    #[serde(default)]
    pub how: Option<Text>,
    /// The sentence the rule rests on, copied verbatim from the file.
    pub quote: Str,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalRule {
    pub id: Str,
    pub title: Text,
    pub text: Text,
    /// In force from (a date is 00:00 CST): a national rule is cited only for
    /// trips in its time, like every other rule.
    pub from: String,
    /// … until (exclusive), if known.
    #[serde(default)]
    pub until: Option<String>,
    /// Why `from` is that date, where the source does not say it outright.
    #[serde(default)]
    pub from_reason: Option<Text>,
    /// Blocking reasons this rule can lift, for "what would change"
    /// ([`crate::domain::Blocker`] spellings).
    #[serde(default)]
    pub explains: Vec<String>,
    /// Where to complain when a local rule goes beyond this one.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    pub sources: List<Str>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    pub id: Str,
    pub layer: Layer,
    /// A region code: the policy covers it and everything under it.
    pub jurisdiction: String,
    pub scope: Scope,
    /// For `exit`: the region being left, when wider than the jurisdiction
    /// (Changji's rule is about leaving Xinjiang).
    #[serde(default)]
    pub border: Option<String>,
    /// In force from (a date is 00:00 CST) …
    pub from: String,
    /// … until (exclusive), if known.
    #[serde(default)]
    pub until: Option<String>,
    /// The id of the policy this one replaces from its `from` on.
    #[serde(default)]
    pub replaces: Option<Str>,
    /// Until when the sources support this policy at all: past it, answers
    /// are `unknown` rather than an old rule applied for ever. Required unless
    /// `until` is given; its reason says what in the source decides the date.
    #[serde(default)]
    pub horizon: Option<Horizon>,
    /// For `exit`: this policy applies to every trip out of its jurisdiction,
    /// whatever the route (`applies` is not allowed). What no route may
    /// forget lives here; validation requires one to cover every exit policy.
    #[serde(default)]
    pub every_route: bool,
    /// How CanGo reads an ambiguous source for this policy, shown in answers.
    #[serde(default)]
    pub reading: Option<Reading>,
    pub summary: Text,
    #[serde(default)]
    pub applies: Applies,
    #[serde(default)]
    pub requirements: Vec<Requirement>,
    #[serde(default)]
    pub arrival: Vec<ArrivalStep>,
    #[serde(default)]
    pub notices: Vec<Notice>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// `health_code` scope: how each category's colour runs.
    #[serde(default)]
    pub code_categories: BTreeMap<CodeCategory, CodeRule>,
    /// `care` scope: where to go.
    #[serde(default)]
    pub care_places: Vec<CarePlace>,
    #[serde(default)]
    pub care_advice: Vec<CareAdvice>,
    pub sources: List<Str>,
    /// Citations that say the opposite; kept and shown, never resolved silently.
    #[serde(default)]
    pub disputed_by: List<Str>,
    #[serde(default)]
    pub contradicts: Option<Contradiction>,
}

/// The date past which a policy's sources no longer support an answer.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Horizon {
    /// Exclusive: answers for instants from this date on are `unknown`.
    pub until: String,
    /// Why this date, from what the source says.
    pub reason: Text,
}

/// A reading of an ambiguous source, said in every answer that rests on it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub text: Text,
    /// Shown only for places outside this region (e.g. a province-wide rule
    /// known from one city's notice); left out, always shown.
    #[serde(default)]
    pub outside: Option<String>,
}

/// When a policy applies; a list left out means "any".
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applies {
    #[serde(default)]
    pub origin_risk: Option<List<Risk>>,
    #[serde(default)]
    pub purpose: Option<List<Purpose>>,
    /// Destination regions (each with everything under it).
    #[serde(default)]
    pub destination: Option<Vec<String>>,
    #[serde(default)]
    pub mode: Option<List<Mode>>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// Stable id, unique across all rules.
    pub id: Str,
    pub text: Text,
    pub check: Condition,
    /// The document that this requirement, once met, amounts to
    /// (`nat_reports`, `green_code`): held when the scenario satisfies it.
    #[serde(default)]
    pub document: Option<DocumentId>,
    pub sources: List<Str>,
    /// How CanGo reads the source where it is ambiguous, said in answers.
    #[serde(default)]
    pub reading: Option<Text>,
}

/// What a requirement asks, of a kind the evaluator knows, with its
/// parameters (the `check` of a requirement in the file).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// `count` negative tests of `test`, sampled within `within_hours` before
    /// departure, the last within `last_within_hours`; with `once_a_day`, on
    /// distinct CST days. A positive test in that time blocks. The arithmetic
    /// is [`TestRule`]'s.
    NegativeTests(TestRule),
    /// The health code must be this colour; any other colour blocks.
    HealthCode { colour: HealthCode },
    /// The health code must not be one of `colours`; one of them blocks. A
    /// colour not given is not assumed: the traveller is asked for it.
    HealthCodeNot { colours: List<HealthCode> },
    /// No positive result of these kinds of test stands: the latest result of
    /// each kind (by sampling time) is not positive. A positive blocks until a
    /// later negative of the same kind.
    NoPositiveTest { tests: List<TestKind> },
    /// No stay in an area of these risk levels within `days` before departure
    /// (with `include_origin`, the origin's own level counts as a stay that has
    /// not ended). A stay blocks.
    NoRiskStay {
        days: u32,
        levels: List<Risk>,
        include_origin: bool,
    },
    /// A document to hold; obtaining it is up to the traveller.
    Document { document: DocumentId },
    /// Centralized quarantine of `days` before leaving, proved by `release`.
    Quarantine { days: u32, release: DocumentId },
    /// An authority must approve first; its approval is `document`.
    Approval {
        authority: Text,
        document: DocumentId,
    },
}

impl Condition {
    pub fn kind(&self) -> RequirementKind {
        match self {
            Condition::NegativeTests(_) => RequirementKind::NegativeTests,
            Condition::HealthCode { .. } => RequirementKind::HealthCode,
            Condition::HealthCodeNot { .. } => RequirementKind::HealthCodeNot,
            Condition::NoPositiveTest { .. } => RequirementKind::NoPositiveTest,
            Condition::NoRiskStay { .. } => RequirementKind::NoRiskStay,
            Condition::Document { .. } => RequirementKind::Document,
            Condition::Quarantine { .. } => RequirementKind::Quarantine,
            Condition::Approval { .. } => RequirementKind::Approval,
        }
    }

    /// The document the traveller must hold for this condition, if any.
    pub fn held_document(&self) -> Option<DocumentId> {
        match self {
            Condition::Document { document } | Condition::Approval { document, .. } => {
                Some(*document)
            }
            Condition::Quarantine { release, .. } => Some(*release),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArrivalStep {
    pub id: ArrivalId,
    pub text: Text,
    pub sources: List<Str>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    pub id: Str,
    pub text: Text,
    pub sources: List<Str>,
    /// Citations that say the opposite; kept and shown with the notice.
    #[serde(default)]
    pub disputed_by: List<Str>,
}

/// An institutional channel: never an official's personal mobile.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: Text,
    #[serde(default)]
    pub phone: Option<Str>,
    #[serde(default)]
    pub url: Option<Str>,
    pub purpose: ContactPurpose,
    /// Shown only for trips from or to this region (default: always).
    #[serde(default)]
    pub region: Option<String>,
    pub sources: List<Str>,
}

/// Where a local policy goes beyond a national rule.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contradiction {
    pub national_rule: Str,
    /// The requirement of this policy that goes beyond it.
    pub requirement: Str,
    /// The origin risk levels for which it does.
    pub when_origin_risk: List<Risk>,
    /// What the local rule does, in a sentence.
    pub local: Text,
}

/// How one category's health code runs: phases one after another.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeRule {
    pub text: Text,
    pub phases: List<CodePhase>,
    pub sources: List<Str>,
}

/// A colour for `days` × 24 h, or until the event's `until`, or whichever
/// comes first when both are given; with neither it lasts.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodePhase {
    pub colour: HealthCode,
    #[serde(default)]
    pub days: Option<u32>,
    #[serde(default)]
    pub ends_at_until: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CarePlace {
    pub id: Str,
    pub name: Text,
    /// Booking numbers.
    #[serde(default)]
    pub phones: List<Str>,
    /// Risk levels of the areas whose people it serves.
    pub risks: List<Risk>,
    /// Needs it treats; left out when the source does not list them.
    #[serde(default)]
    pub departments: Option<List<CareNeed>>,
    /// How to get there.
    pub access: Text,
    pub sources: List<Str>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CareAdvice {
    pub needs: List<CareNeed>,
    pub risks: List<Risk>,
    pub text: Text,
    pub sources: List<Str>,
}
