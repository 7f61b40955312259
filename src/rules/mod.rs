//! Rulesets: loading, validation, and which policies are in force where.
//!
//! The built-in rules are the JSON files of `www/rules`, compiled into the
//! binary. [`Rules::load`] validates a set of files and returns either usable
//! rules or every problem found; an invalid set is never evaluated.

pub mod schema;
mod validate;

pub use schema::*;
pub use validate::{Diagnostic, SourceFiles};

use crate::domain::Text;
use crate::region::RegionCode;
use crate::time::Instant;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The built-in rule files, by name. Adding a file means adding it here.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "national.json",
        include_str!("../../www/rules/national.json"),
    ),
    (
        "xinjiang.json",
        include_str!("../../www/rules/xinjiang.json"),
    ),
    ("changji.json", include_str!("../../www/rules/changji.json")),
    ("urumqi.json", include_str!("../../www/rules/urumqi.json")),
    ("yili.json", include_str!("../../www/rules/yili.json")),
    (
        "shanghai.json",
        include_str!("../../www/rules/shanghai.json"),
    ),
    (
        "shandong.json",
        include_str!("../../www/rules/shandong.json"),
    ),
];

/// A validated set of rules.
#[derive(Clone, Debug)]
pub struct Rules {
    pub citations: BTreeMap<String, Citation>,
    pub national_rules: Vec<NationalRule>,
    /// Sorted by `from`, then id.
    pub policies: Vec<Policy>,
}

impl Rules {
    /// The built-in rules, validated once. Their validity is checked by the
    /// test suite, so the error arm is only reached by a broken build.
    pub fn builtin() -> Result<&'static Rules, &'static [Diagnostic]> {
        static BUILTIN: OnceLock<Result<Rules, Vec<Diagnostic>>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Rules::load(BUILTIN_FILES, &SourceFiles::Unchecked))
            .as_ref()
            .map_err(Vec::as_slice)
    }

    /// Parses and validates rule files `(name, text)`. `sources` says whether
    /// (and against what) to check that each citation's file and quote exist.
    pub fn load(files: &[(&str, &str)], sources: &SourceFiles) -> Result<Rules, Vec<Diagnostic>> {
        validate::load(files, sources)
    }

    pub fn policy(&self, id: &str) -> Option<&Policy> {
        self.policies.iter().find(|p| p.id == id)
    }

    pub fn national_rule(&self, id: &str) -> Option<&NationalRule> {
        self.national_rules.iter().find(|r| r.id == id)
    }

    /// The national rules in force at `at`.
    pub fn national_rules_at(&self, at: Instant) -> impl Iterator<Item = &NationalRule> {
        self.national_rules.iter().filter(move |r| r.in_force(at))
    }

    /// Policies of `scope` in force at `at` whose jurisdiction contains `region`.
    pub fn in_force<'a>(
        &'a self,
        scope: Scope,
        region: RegionCode,
        at: Instant,
    ) -> impl Iterator<Item = &'a Policy> + 'a {
        self.policies.iter().filter(move |p| {
            p.scope == scope && p.resolved.jurisdiction.contains(region) && p.in_force(at)
        })
    }

    /// When rules for leaving `origin` are known: the distinct periods of the
    /// exit policies covering it, earliest first. An `unknown` answer names
    /// them so the traveller knows which dates to try.
    pub fn exit_periods(&self, origin: RegionCode) -> Vec<Period> {
        let mut periods: Vec<Period> = self
            .policies
            .iter()
            .filter(|p| p.scope == Scope::Exit && p.resolved.jurisdiction.contains(origin))
            .map(|p| Period {
                from: p.resolved.from,
                until: p.known_until(),
            })
            .collect();
        periods.sort();
        periods.dedup();
        periods
    }

    /// The policies in force at `at` (all of them, or under `region`).
    pub fn list(&self, at: Instant, region: Option<RegionCode>) -> Vec<&Policy> {
        self.policies
            .iter()
            .filter(|p| p.in_force(at) && region.is_none_or(|r| p.touches(r)))
            .collect()
    }
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

impl NationalRule {
    pub fn in_force(&self, at: Instant) -> bool {
        let (from, until) = self.period;
        from <= at && until.is_none_or(|end| at < end)
    }
}

/// A span of time in which a rule is known; `until` is `None` while open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Period {
    pub from: Instant,
    pub until: Option<Instant>,
}

impl Policy {
    /// In force at `at`, and within what its sources support.
    pub fn in_force(&self, at: Instant) -> bool {
        self.resolved.from <= at && self.known_until().is_none_or(|end| at < end)
    }

    /// Where answers from this policy stop: its end of force or its horizon,
    /// whichever comes first.
    pub fn known_until(&self) -> Option<Instant> {
        match (self.resolved.ends, self.resolved.horizon) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// The citations behind what this policy requires or decides (not its
    /// notices and contacts): the sources an answer's freshness is judged by.
    pub fn citation_ids(&self) -> impl Iterator<Item = &String> {
        self.sources
            .iter()
            .chain(self.requirements.iter().flat_map(|r| &r.sources))
            .chain(self.code_categories.values().flat_map(|c| &c.sources))
            .chain(self.care_places.iter().flat_map(|c| &c.sources))
            .chain(self.care_advice.iter().flat_map(|c| &c.sources))
    }

    /// The policy's reading of its sources, where it concerns `region`.
    pub fn reading_for(&self, region: RegionCode) -> Option<&Text> {
        let reading = self.reading.as_ref()?;
        let shown = self
            .resolved
            .reading_outside
            .is_none_or(|inside| !inside.contains(region));
        shown.then_some(&reading.text)
    }

    /// Whether this policy concerns `region`: its jurisdiction contains it,
    /// or it lies inside `region`.
    pub fn touches(&self, region: RegionCode) -> bool {
        self.resolved.jurisdiction.contains(region) || region.contains(self.resolved.jurisdiction)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_are_valid() {
        if let Err(problems) = Rules::builtin() {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("built-in rules are invalid:\n{}", list.join("\n"));
        }
    }
}
