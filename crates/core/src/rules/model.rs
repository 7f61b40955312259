//! Compiled rules: what [`super::compile`] makes of valid rule files, and the
//! only form the evaluator accepts.
//!
//! Regions are [`RegionCode`]s, dates are [`Instant`]s, blockers and kinds
//! are enums, and each item's confidence and newest source are worked out
//! once. Fields are private to the crate: outside it a value of these types
//! can only come from compilation, so an invalid ruleset cannot reach
//! `check`, `code` or `care`.

use super::file::{ArrivalStep, CareAdvice, CarePlace, CodeRule, Condition, Contradiction, Notice};
use crate::domain::{
    Blocker, CodeCategory, Confidence, ContactPurpose, DocumentId, Layer, List, Mode, Purpose,
    Risk, Scope, Str, Text,
};
use crate::region::RegionCode;
use crate::time::Instant;

/// Read-only access to fields, which stay private to the crate so that only
/// compilation makes these values: `name: &Type` returns a reference, the
/// fields after `copy` a copy.
macro_rules! get {
    ($ty:ident { $($(#[$meta:meta])* $field:ident: &$t:ty),* $(,)? } copy { $($(#[$cmeta:meta])* $cfield:ident: $ct:ty),* $(,)? }) => {
        impl $ty {
            $($(#[$meta])* pub fn $field(&self) -> &$t { &self.$field })*
            $($(#[$cmeta])* pub fn $cfield(&self) -> $ct { self.$cfield })*
        }
    };
}

/// A validated set of rules.
#[derive(Clone, Debug)]
pub struct Rules {
    /// Sorted by id.
    pub(crate) citations: List<Citation>,
    pub(crate) national_rules: List<NationalRule>,
    /// Sorted by `from`, then id.
    pub(crate) policies: List<Policy>,
}

/// A span of time in which a rule is known; `until` is `None` while open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Period {
    pub from: Instant,
    pub until: Option<Instant>,
}

impl Period {
    pub fn contains(self, at: Instant) -> bool {
        self.from <= at && self.until.is_none_or(|end| at < end)
    }
}

/// A sentence of a file in `shared/sources`, who said it, and how sure we are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    pub(crate) id: Str,
    pub(crate) issuer: Text,
    /// `YYYY-MM-DD`, as the file gives it.
    pub(crate) date: Str,
    /// `date` at 00:00 CST.
    pub(crate) day: Instant,
    pub(crate) title: Str,
    pub(crate) file: Str,
    pub(crate) confidence: Confidence,
    pub(crate) how: Option<Text>,
    pub(crate) quote: Str,
}

get!(Citation {
    id: &str, issuer: &Text, date: &str, title: &str, file: &str,
    /// How it reached us, where not a published notice ("by phone", …).
    how: &Option<Text>, quote: &str,
} copy { day: Instant, confidence: Confidence });

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NationalRule {
    pub(crate) id: Str,
    pub(crate) title: Text,
    pub(crate) text: Text,
    pub(crate) period: Period,
    pub(crate) from_reason: Option<Text>,
    /// Blocks this rule can lift, for "what would change".
    pub(crate) explains: List<Blocker>,
    /// Where to complain when a local rule goes beyond this one.
    pub(crate) contacts: List<Contact>,
    pub(crate) sources: List<Str>,
}

get!(NationalRule {
    id: &str, title: &Text, text: &Text, from_reason: &Option<Text>,
    explains: &[Blocker], contacts: &[Contact], sources: &[Str],
} copy { period: Period });

/// An institutional channel: never an official's personal mobile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub(crate) name: Text,
    pub(crate) phone: Option<Str>,
    pub(crate) url: Option<Str>,
    pub(crate) purpose: ContactPurpose,
    /// Shown only for trips from or to this region.
    pub(crate) region: Option<RegionCode>,
    pub(crate) sources: List<Str>,
}

get!(Contact {
    name: &Text, phone: &Option<Str>, url: &Option<Str>, sources: &[Str],
} copy { purpose: ContactPurpose, region: Option<RegionCode> });

impl Contact {
    /// Whether it concerns a trip touching `places` (a contact limited to a
    /// region concerns trips from or to a place in it).
    pub fn concerns(&self, places: &[RegionCode]) -> bool {
        self.region
            .is_none_or(|region| places.iter().any(|p| region.contains(*p)))
    }

    /// The same channel: the same name, phone and address.
    pub fn same_channel(&self, other: &Contact) -> bool {
        self.name == other.name && self.phone == other.phone && self.url == other.url
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    pub(crate) id: Str,
    /// The rule file it was read from.
    pub(crate) file: Str,
    pub(crate) layer: Layer,
    pub(crate) jurisdiction: RegionCode,
    pub(crate) scope: Scope,
    /// For `exit`: the region being left (the jurisdiction, or wider).
    pub(crate) border: RegionCode,
    pub(crate) from: Instant,
    /// The end of force: `until`, or the `from` of a successor that replaces it.
    pub(crate) ends: Option<Instant>,
    pub(crate) horizon: Option<Horizon>,
    pub(crate) replaces: Option<Str>,
    pub(crate) every_route: bool,
    pub(crate) reading: Option<Reading>,
    pub(crate) summary: Text,
    pub(crate) applies: Applies,
    pub(crate) requirements: List<Requirement>,
    pub(crate) arrival: List<ArrivalStep>,
    pub(crate) notices: List<Notice>,
    pub(crate) contacts: List<Contact>,
    /// Sorted by category.
    pub(crate) code_categories: List<(CodeCategory, CodeRule)>,
    pub(crate) care_places: List<CarePlace>,
    pub(crate) care_advice: List<CareAdvice>,
    pub(crate) sources: List<Str>,
    pub(crate) disputed_by: List<Str>,
    pub(crate) contradicts: Option<Contradiction>,
    /// The weakest confidence of its own sources.
    pub(crate) confidence: Confidence,
    /// The date of the newest source behind what it requires or decides
    /// (not its notices and contacts): what an answer's freshness is judged by.
    pub(crate) newest_source: Option<Instant>,
}

get!(Policy {
    id: &str, file: &str, horizon: &Option<Horizon>, replaces: &Option<Str>,
    summary: &Text, requirements: &[Requirement], arrival: &[ArrivalStep],
    notices: &[Notice], contacts: &[Contact], sources: &[Str],
    disputed_by: &[Str], contradicts: &Option<Contradiction>,
    code_categories: &[(CodeCategory, CodeRule)], care_places: &[CarePlace],
    care_advice: &[CareAdvice],
} copy {
    layer: Layer, jurisdiction: RegionCode, scope: Scope, border: RegionCode, from: Instant,
    ends: Option<Instant>, every_route: bool, confidence: Confidence,
    newest_source: Option<Instant>,
});

/// The date past which a policy's sources no longer support an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Horizon {
    pub(crate) until: Instant,
    pub(crate) reason: Text,
}

get!(Horizon { reason: &Text } copy { until: Instant });

/// How CanGo reads an ambiguous source, said in every answer that rests on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub(crate) text: Text,
    /// Shown only for places outside this region.
    pub(crate) outside: Option<RegionCode>,
}

/// When a policy applies; `None` means "any".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applies {
    pub(crate) origin_risk: Option<List<Risk>>,
    pub(crate) purpose: Option<List<Purpose>>,
    pub(crate) destination: Option<List<RegionCode>>,
    pub(crate) mode: Option<List<Mode>>,
}

impl Applies {
    /// Whether any condition narrows when the policy applies.
    pub fn narrows(&self) -> bool {
        self.origin_risk.is_some()
            || self.purpose.is_some()
            || self.destination.is_some()
            || self.mode.is_some()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// Stable id, unique across all rules.
    pub(crate) id: Str,
    pub(crate) text: Text,
    pub(crate) condition: Condition,
    /// The document this requirement amounts to once met (`nat_reports`,
    /// `green_code`), or the one its condition asks the traveller to hold.
    pub(crate) document: Option<DocumentId>,
    pub(crate) sources: List<Str>,
    pub(crate) reading: Option<Text>,
    pub(crate) confidence: Confidence,
}

get!(Requirement {
    id: &str, text: &Text, condition: &Condition, sources: &[Str],
    reading: &Option<Text>,
} copy { document: Option<DocumentId>, confidence: Confidence });

impl Requirement {
    pub fn kind(&self) -> crate::domain::RequirementKind {
        self.condition.kind()
    }
}

impl Policy {
    /// How the health code of a category changes, where the policy says.
    pub fn code_rule(&self, category: CodeCategory) -> Option<&CodeRule> {
        self.code_categories
            .iter()
            .find_map(|(c, rule)| (*c == category).then_some(rule))
    }
}

/// A compiled ruleset is one value made once: two are the same when they
/// are the same instance (cheap to compare in the app's properties).
impl PartialEq for Rules {
    fn eq(&self, other: &Rules) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Rules {
    pub fn policies(&self) -> &[Policy] {
        &self.policies
    }

    pub fn national_rules(&self) -> &[NationalRule] {
        &self.national_rules
    }

    pub fn citation(&self, id: &str) -> Option<&Citation> {
        let i = self.citations.binary_search_by(|c| (*c.id).cmp(id)).ok()?;
        self.citations.get(i)
    }

    /// Every citation, by id.
    pub fn citations(&self) -> impl Iterator<Item = &Citation> {
        self.citations.iter()
    }

    /// Expands citation ids (checked by compilation) into citations.
    pub fn cited<'r: 'a, 'a>(&'r self, ids: &'a [Str]) -> impl Iterator<Item = &'r Citation> + 'a {
        ids.iter().filter_map(|id| self.citation(id))
    }

    pub fn policy(&self, id: &str) -> Option<&Policy> {
        self.policies.iter().find(|p| p.id == id)
    }

    pub fn national_rule(&self, id: &str) -> Option<&NationalRule> {
        self.national_rules.iter().find(|r| r.id == id)
    }

    /// The national rules in force at `at`.
    pub fn national_rules_at(&self, at: Instant) -> impl Iterator<Item = &NationalRule> {
        self.national_rules
            .iter()
            .filter(move |r| r.period.contains(at))
    }

    /// Policies of `scope` in force at `at` whose jurisdiction contains `region`.
    pub fn in_force(
        &self,
        scope: Scope,
        region: RegionCode,
        at: Instant,
    ) -> impl Iterator<Item = &Policy> + '_ {
        self.policies
            .iter()
            .filter(move |p| p.scope == scope && p.jurisdiction.contains(region) && p.in_force(at))
    }

    /// When rules for leaving `origin` are known: the distinct periods of the
    /// exit policies covering it, earliest first. An `unknown` answer names
    /// them so the traveller knows which dates to try.
    pub fn exit_periods(&self, origin: RegionCode) -> Vec<Period> {
        let mut periods: Vec<Period> = self.exits_of(origin).map(Policy::known).collect();
        crate::sort::natural(&mut periods);
        periods.dedup();
        periods
    }

    /// The last date to which rules for leaving `origin` are known, whenever
    /// in force: cheaper than [`Rules::exit_periods`], for every answer.
    pub fn exit_known_until(&self, origin: RegionCode) -> Option<Instant> {
        self.exits_of(origin)
            .map(Policy::known_until)
            .max()
            .flatten()
    }

    /// Every exit policy whose jurisdiction contains `origin`.
    fn exits_of(&self, origin: RegionCode) -> impl Iterator<Item = &Policy> {
        self.policies
            .iter()
            .filter(move |p| p.scope == Scope::Exit && p.jurisdiction.contains(origin))
    }

    /// The policies in force at `at` (all of them, or those touching `region`).
    pub fn list(&self, at: Instant, region: Option<RegionCode>) -> Vec<&Policy> {
        self.policies
            .iter()
            .filter(|p| p.in_force(at) && region.is_none_or(|r| p.touches(r)))
            .collect()
    }
}

impl NationalRule {
    pub fn in_force(&self, at: Instant) -> bool {
        self.period.contains(at)
    }
}

impl Policy {
    /// In force at `at`, and within what its sources support.
    pub fn in_force(&self, at: Instant) -> bool {
        self.known().contains(at)
    }

    /// From its start to where answers from it stop: its end of force or its
    /// horizon, whichever comes first.
    pub fn known(&self) -> Period {
        let horizon = self.horizon.as_ref().map(|h| h.until);
        let until = match (self.ends, horizon) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Period {
            from: self.from,
            until,
        }
    }

    pub fn known_until(&self) -> Option<Instant> {
        self.known().until
    }

    /// The policy's reading of its sources, where it concerns `region`.
    pub fn reading_for(&self, region: RegionCode) -> Option<&Text> {
        let reading = self.reading.as_ref()?;
        let shown = reading
            .outside
            .is_none_or(|inside| !inside.contains(region));
        shown.then_some(&reading.text)
    }

    /// Whether this policy concerns `region`: its jurisdiction contains it,
    /// or it lies inside `region`.
    pub fn touches(&self, region: RegionCode) -> bool {
        self.jurisdiction.contains(region) || region.contains(self.jurisdiction)
    }

    /// Whether an exit policy concerns a trip to `destination`: one that
    /// leaves the region the policy is about.
    pub fn leaves_for(&self, destination: RegionCode) -> bool {
        !self.border.contains(destination)
    }

    /// Whether the trip's facts meet the policy's `applies` conditions.
    pub fn applies_to(
        &self,
        risk: Risk,
        purpose: Purpose,
        mode: Option<Mode>,
        destination: RegionCode,
    ) -> bool {
        let a = &self.applies;
        a.origin_risk.as_ref().is_none_or(|r| r.contains(&risk))
            && a.purpose.as_ref().is_none_or(|p| p.contains(&purpose))
            && a.mode
                .as_ref()
                .is_none_or(|m| mode.is_some_and(|mode| m.contains(&mode)))
            && a.destination
                .as_ref()
                .is_none_or(|d| d.iter().any(|d| d.contains(destination)))
    }
}
