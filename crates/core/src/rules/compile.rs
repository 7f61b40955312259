//! Compiling rule files into [`Rules`]: schema, dates, regions, parameters,
//! sources are checked, and regions and dates resolved, on the way. Every
//! problem is collected; nothing stops at the first, and nothing invalid
//! comes out.

use super::file::{self, Condition, RuleFile};
use super::model::{
    Applies, Citation, Contact, Horizon, NationalRule, Period, Policy, Reading, Requirement, Rules,
};
use crate::domain::{Blocker, CodeCategory, Confidence, DocumentId, Scope, Str, Text};
use crate::region::{RegionCode, Regions};
use crate::time::Instant;
use crate::windows::TestRule;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The ids of every citation the files declare.
type Declared = BTreeSet<Str>;

/// One problem in a rule file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    /// The policy (or citation, or national rule) it concerns.
    pub item: Option<String>,
    pub field: String,
    pub problem: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.item {
            Some(item) => write!(
                f,
                "{}: {}: {}: {}",
                self.file, item, self.field, self.problem
            ),
            None => write!(f, "{}: {}: {}", self.file, self.field, self.problem),
        }
    }
}

/// Whether and against what to check that citations point at real files
/// and quotes. The core reads no files: the caller hands over their texts.
pub enum SourceFiles {
    /// Trust the citations (the compiled-in rules, already checked by tests).
    Unchecked,
    /// The files of `shared/sources`, by file name, with their texts.
    Texts(BTreeMap<String, String>),
}

/// Sanity bounds on parameters: beyond them a rule is surely mistyped.
const MAX_TESTS: u32 = 10;
const MAX_HOURS: u32 = 30 * 24;
const MAX_DAYS: u32 = 60;

pub(super) fn compile(
    files: &[(&str, &str)],
    sources: &SourceFiles,
) -> Result<Rules, Vec<Diagnostic>> {
    let mut v = Validator {
        out: Vec::new(),
        file: String::new(),
        item: None,
        citations: BTreeMap::new(),
    };
    let mut parsed = Vec::new();
    for (name, text) in files {
        v.at(name, None);
        match serde_json::from_str::<RuleFile>(text) {
            Ok(file) => parsed.push((name.to_string(), file)),
            Err(e) => v.fail("(schema)", format!("{e}")),
        }
    }

    // Citations and national rules first: policies refer to them.
    let declared: Declared = parsed
        .iter()
        .flat_map(|(_, file)| file.citations.keys().map(|id| Str::from(id.clone())))
        .collect();
    for (name, file) in &parsed {
        for (id, citation) in &file.citations {
            v.at(name, Some(id));
            let compiled = v.citation(id, citation, sources);
            if v.citations.contains_key(id) {
                v.fail("id", "is declared twice");
            }
            if let Some(compiled) = compiled {
                v.citations.insert(id.clone(), compiled);
            }
        }
    }
    let mut national_rules: Vec<NationalRule> = Vec::new();
    let mut national_ids = BTreeSet::new();
    for (name, file) in &parsed {
        for rule in &file.national_rules {
            v.at(name, Some(&rule.id));
            if !national_ids.insert(rule.id.clone()) {
                v.fail("id", "is declared twice");
            }
            if let Some(rule) = v.national_rule(rule, &declared) {
                national_rules.push(rule);
            }
        }
    }

    let mut policies: Vec<Policy> = Vec::new();
    let mut policy_ids = BTreeSet::new();
    let mut requirement_ids = BTreeSet::new();
    for (name, file) in &parsed {
        for policy in &file.policies {
            v.at(name, Some(&policy.id));
            if !policy_ids.insert(policy.id.clone()) {
                v.fail("id", "is declared twice");
            }
            if let Some(policy) = v.policy(policy, &declared, &national_ids, &mut requirement_ids) {
                policies.push(policy);
            }
        }
    }
    v.successions(&mut policies);
    if v.out.is_empty() {
        // Only a set valid in every other way can be judged as a whole.
        v.every_route_covers_every_exit(&policies);
    }

    if v.out.is_empty() {
        policies.sort_by(|a, b| (a.from, &a.id).cmp(&(b.from, &b.id)));
        Ok(Rules {
            citations: v.citations.into_values().collect::<Vec<_>>().into(),
            national_rules: national_rules.into(),
            policies: policies.into(),
        })
    } else {
        Err(v.out)
    }
}

struct Validator {
    out: Vec<Diagnostic>,
    file: String,
    item: Option<String>,
    /// The citations compiled so far (all of them before any policy).
    citations: BTreeMap<String, Citation>,
}

impl Validator {
    fn at(&mut self, file: &str, item: Option<&str>) {
        self.file = file.to_string();
        self.item = item.map(str::to_string);
    }

    fn fail(&mut self, field: &str, problem: impl Into<String>) {
        self.out.push(Diagnostic {
            file: self.file.clone(),
            item: self.item.clone(),
            field: field.to_string(),
            problem: problem.into(),
        });
    }

    fn text(&mut self, field: &str, text: &Text) {
        if text.zh.trim().is_empty() || text.en.trim().is_empty() {
            self.fail(field, "needs both a Chinese (zh) and an English (en) text");
        }
    }

    fn instant(&mut self, field: &str, text: &str) -> Option<Instant> {
        let parsed = Instant::parse(text);
        if parsed.is_none() {
            self.fail(
                field,
                format!("{text:?} is not a date (YYYY-MM-DD) or an RFC 3339 time"),
            );
        }
        parsed
    }

    /// An end (`until`, `horizon.until`), when given, must come after `from`.
    fn after(&mut self, field: &str, from: Instant, end: Option<Instant>) {
        if let Some(end) = end {
            if end <= from {
                self.fail(field, format!("{end} is not after from ({from})"));
            }
        }
    }

    fn region(&mut self, field: &str, text: &str) -> Option<RegionCode> {
        let code = Regions::builtin().parse(text);
        if code.is_none() {
            self.fail(field, format!("{text:?} is not a GB/T 2260 region code"));
        }
        code
    }

    fn cited(&mut self, field: &str, ids: &[Str], citations: &Declared) {
        if ids.is_empty() {
            self.fail(field, "must cite at least one source");
        }
        self.declared(field, ids, citations);
    }

    /// Every id names a declared citation (the list may be empty).
    fn declared(&mut self, field: &str, ids: &[Str], citations: &Declared) {
        for id in ids {
            if !citations.contains(id) {
                self.fail(field, format!("cites {id:?}, which no file declares"));
            }
        }
    }

    /// Checks a citation; compiles it when its date parses.
    fn citation(
        &mut self,
        id: &str,
        citation: &file::Citation,
        sources: &SourceFiles,
    ) -> Option<Citation> {
        self.text("issuer", &citation.issuer);
        if let Some(how) = &citation.how {
            self.text("how", how);
        }
        let day = self.instant("date", &citation.date);
        if citation.title.trim().is_empty() {
            self.fail("title", "is empty");
        }
        if citation.quote.trim().is_empty() {
            self.fail(
                "quote",
                "is empty: every rule rests on a sentence of its source",
            );
        }
        if let SourceFiles::Texts(texts) = sources {
            self.quote_in_source(citation, texts);
        }
        Some(Citation {
            id: id.to_string().into(),
            issuer: citation.issuer.clone(),
            date: citation.date.clone(),
            day: day?,
            title: citation.title.clone(),
            file: citation.file.clone(),
            confidence: citation.confidence,
            how: citation.how.clone(),
            quote: citation.quote.clone(),
        })
    }

    /// The citation's file is one of the sources and holds its quote.
    fn quote_in_source(&mut self, citation: &file::Citation, texts: &BTreeMap<String, String>) {
        let file = &citation.file;
        match texts.get(&**file) {
            None => self.fail("file", format!("{file:?} is not a file in shared/sources")),
            Some(content) => {
                if !squash(content).contains(&squash(&citation.quote)) {
                    self.fail("quote", format!("is not found verbatim in {file}"));
                }
            }
        }
    }

    fn contact(
        &mut self,
        field: &str,
        contact: &file::Contact,
        citations: &Declared,
    ) -> Option<Contact> {
        self.text(&format!("{field}.name"), &contact.name);
        self.cited(&format!("{field}.sources"), &contact.sources, citations);
        if contact.phone.is_none() && contact.url.is_none() {
            self.fail(field, "needs a phone or a url");
        }
        if let Some(phone) = &contact.phone {
            if !is_phone(phone) {
                self.fail(
                    &format!("{field}.phone"),
                    format!("{phone:?} is not a phone number"),
                );
            } else if is_personal_mobile(phone) {
                self.fail(
                    &format!("{field}.phone"),
                    format!(
                        "{phone:?} is a personal mobile: only institutional numbers are published"
                    ),
                );
            }
        }
        if let Some(url) = &contact.url {
            if !url.starts_with("https://") && !url.starts_with("http://") {
                self.fail(
                    &format!("{field}.url"),
                    format!("{url:?} is not a web address"),
                );
            }
        }
        let region = match &contact.region {
            Some(text) => Some(self.region(&format!("{field}.region"), text)?),
            None => None,
        };
        Some(Contact {
            name: contact.name.clone(),
            phone: contact.phone.clone(),
            url: contact.url.clone(),
            purpose: contact.purpose,
            region,
            sources: contact.sources.clone(),
        })
    }

    fn contacts(&mut self, contacts: &[file::Contact], citations: &Declared) -> Vec<Contact> {
        contacts
            .iter()
            .enumerate()
            .filter_map(|(i, c)| self.contact(&format!("contacts[{i}]"), c, citations))
            .collect()
    }

    fn national_rule(
        &mut self,
        rule: &file::NationalRule,
        citations: &Declared,
    ) -> Option<NationalRule> {
        self.text("title", &rule.title);
        self.text("text", &rule.text);
        self.cited("sources", &rule.sources, citations);
        let contacts = self.contacts(&rule.contacts, citations);
        let mut explains = Vec::new();
        for reason in &rule.explains {
            match Blocker::parse(reason) {
                Some(blocker) => explains.push(blocker),
                None => self.fail("explains", format!("{reason:?} is not a blocking reason")),
            }
        }
        if let Some(reason) = &rule.from_reason {
            self.text("from_reason", reason);
        }
        let from = self.instant("from", &rule.from);
        let until = rule.until.as_deref().and_then(|u| self.instant("until", u));
        if let Some(from) = from {
            self.after("until", from, until);
        }
        Some(NationalRule {
            id: rule.id.clone(),
            title: rule.title.clone(),
            text: rule.text.clone(),
            period: Period { from: from?, until },
            from_reason: rule.from_reason.clone(),
            explains: explains.into(),
            contacts: contacts.into(),
            sources: rule.sources.clone(),
        })
    }

    fn policy(
        &mut self,
        policy: &file::Policy,
        citations: &Declared,
        national_rules: &BTreeSet<Str>,
        requirement_ids: &mut BTreeSet<Str>,
    ) -> Option<Policy> {
        if policy.id.trim().is_empty() {
            self.fail("id", "is empty");
        }
        self.text("summary", &policy.summary);
        self.cited("sources", &policy.sources, citations);
        self.declared("disputed_by", &policy.disputed_by, citations);
        let jurisdiction = self.region("jurisdiction", &policy.jurisdiction);
        let border = match &policy.border {
            Some(text) => {
                let border = self.region("border", text);
                if policy.scope != Scope::Exit {
                    self.fail("border", "is only for exit policies");
                }
                if let (Some(b), Some(j)) = (border, jurisdiction) {
                    if !b.contains(j) {
                        self.fail(
                            "border",
                            format!("{b} does not contain the jurisdiction {j}"),
                        );
                    }
                }
                border
            }
            None => jurisdiction,
        };
        let from = self.instant("from", &policy.from);
        let until = policy
            .until
            .as_deref()
            .and_then(|u| self.instant("until", u));
        if let Some(from) = from {
            self.after("until", from, until);
        }
        let horizon = match (&policy.horizon, &policy.until) {
            (Some(h), _) => {
                self.text("horizon.reason", &h.reason);
                let horizon = self.instant("horizon.until", &h.until);
                if let Some(from) = from {
                    self.after("horizon.until", from, horizon);
                }
                horizon.map(|until| Horizon {
                    until,
                    reason: h.reason.clone(),
                })
            }
            (None, Some(_)) => None,
            (None, None) => {
                self.fail(
                    "horizon",
                    "is required without `until`: the date past which the sources no longer support this policy, and why",
                );
                None
            }
        };
        let reading = match &policy.reading {
            Some(reading) => {
                self.text("reading.text", &reading.text);
                let outside = match &reading.outside {
                    Some(r) => self.region("reading.outside", r),
                    None => None,
                };
                Some(Reading {
                    text: reading.text.clone(),
                    outside,
                })
            }
            None => None,
        };
        let applies = self.applies(&policy.applies);
        // Only a destination that is not a region fails to compile, and a
        // destination narrows.
        let narrows = applies.as_ref().is_none_or(Applies::narrows);
        if policy.every_route {
            if policy.scope != Scope::Exit {
                self.fail("every_route", "is only for exit policies");
            }
            if narrows {
                self.fail(
                    "applies",
                    "an every_route policy applies to every trip: it cannot be narrowed",
                );
            }
        }

        self.sections(policy, narrows);
        let mut requirements = Vec::new();
        for (i, req) in policy.requirements.iter().enumerate() {
            let field = format!("requirements[{i}]");
            if !requirement_ids.insert(req.id.clone()) {
                self.fail(
                    &format!("{field}.id"),
                    format!("{:?} is declared twice", req.id),
                );
            }
            self.text(&format!("{field}.text"), &req.text);
            self.cited(&format!("{field}.sources"), &req.sources, citations);
            if let Some(reading) = &req.reading {
                self.text(&format!("{field}.reading"), reading);
            }
            self.condition(&field, req);
            requirements.push(Requirement {
                id: req.id.clone(),
                text: req.text.clone(),
                document: req.document.or(req.check.held_document()),
                condition: req.check.clone(),
                sources: req.sources.clone(),
                reading: req.reading.clone(),
                confidence: self.weakest(&req.sources),
            });
        }
        for (i, step) in policy.arrival.iter().enumerate() {
            self.text(&format!("arrival[{i}].text"), &step.text);
            self.cited(&format!("arrival[{i}].sources"), &step.sources, citations);
        }
        for (i, notice) in policy.notices.iter().enumerate() {
            self.text(&format!("notices[{i}].text"), &notice.text);
            self.cited(&format!("notices[{i}].sources"), &notice.sources, citations);
            self.declared(
                &format!("notices[{i}].disputed_by"),
                &notice.disputed_by,
                citations,
            );
        }
        let contacts = self.contacts(&policy.contacts, citations);
        self.code_categories(policy, citations);
        self.care(policy, citations);
        if let Some(c) = &policy.contradicts {
            if !national_rules.contains(&c.national_rule) {
                self.fail(
                    "contradicts.national_rule",
                    format!("{:?} is not a national rule", c.national_rule),
                );
            }
            if !policy.requirements.iter().any(|r| r.id == c.requirement) {
                self.fail(
                    "contradicts.requirement",
                    format!("{:?} is not a requirement of this policy", c.requirement),
                );
            }
            if c.when_origin_risk.is_empty() {
                self.fail("contradicts.when_origin_risk", "is empty");
            }
            self.text("contradicts.local", &c.local);
        }

        let newest_source = self.newest(
            policy
                .sources
                .iter()
                .chain(policy.requirements.iter().flat_map(|r| r.sources.iter()))
                .chain(
                    policy
                        .code_categories
                        .values()
                        .flat_map(|c| c.sources.iter()),
                )
                .chain(policy.care_places.iter().flat_map(|c| c.sources.iter()))
                .chain(policy.care_advice.iter().flat_map(|c| c.sources.iter())),
        );
        Some(Policy {
            id: policy.id.clone(),
            file: self.file.clone().into(),
            layer: policy.layer,
            jurisdiction: jurisdiction?,
            scope: policy.scope,
            border: border?,
            from: from?,
            ends: until,
            horizon,
            replaces: policy.replaces.clone(),
            every_route: policy.every_route,
            reading,
            summary: policy.summary.clone(),
            applies: applies?,
            requirements: requirements.into(),
            arrival: policy.arrival.clone().into(),
            notices: policy.notices.clone().into(),
            contacts: contacts.into(),
            code_categories: policy
                .code_categories
                .iter()
                .map(|(category, rule)| (*category, rule.clone()))
                .collect::<Vec<_>>()
                .into(),
            care_places: policy.care_places.clone().into(),
            care_advice: policy.care_advice.clone().into(),
            confidence: self.weakest(&policy.sources),
            sources: policy.sources.clone(),
            disputed_by: policy.disputed_by.clone(),
            contradicts: policy.contradicts.clone(),
            newest_source,
        })
    }

    /// `applies` with its regions resolved; `None` when one is not a region.
    fn applies(&mut self, applies: &file::Applies) -> Option<Applies> {
        if applies
            .origin_risk
            .as_ref()
            .is_some_and(|list| list.is_empty())
            || applies.purpose.as_ref().is_some_and(|list| list.is_empty())
            || applies.mode.as_ref().is_some_and(|list| list.is_empty())
            || applies
                .destination
                .as_ref()
                .is_some_and(|list| list.is_empty())
        {
            self.fail(
                "applies",
                "an empty list would never apply: leave the field out for \"any\"",
            );
        }
        let destination = match &applies.destination {
            Some(list) => {
                let codes: Vec<Option<RegionCode>> = list
                    .iter()
                    .map(|d| self.region("applies.destination", d))
                    .collect();
                Some(codes.into_iter().collect::<Option<Vec<_>>>()?.into())
            }
            None => None,
        };
        Some(Applies {
            origin_risk: applies.origin_risk.clone(),
            purpose: applies.purpose.clone(),
            destination,
            mode: applies.mode.clone(),
        })
    }

    /// The weakest confidence of these sources: a rule is only as sure as
    /// its least sure source.
    fn weakest(&self, ids: &[Str]) -> Confidence {
        crate::cite::weakest_of(ids.iter().filter_map(|id| self.citations.get(&**id)))
    }

    /// The date of the newest of these sources.
    fn newest<'a>(&self, ids: impl Iterator<Item = &'a Str>) -> Option<Instant> {
        ids.filter_map(|id| self.citations.get(&**id))
            .map(|c| c.day)
            .max()
    }

    /// Each scope has its own sections; anything else is a mistake.
    fn sections(&mut self, p: &file::Policy, narrows: bool) {
        let travel = matches!(p.scope, Scope::Exit | Scope::Entry);
        let has = |present: bool, field: &str, allowed: bool, v: &mut Self| {
            if present && !allowed {
                v.fail(
                    field,
                    format!("is not used by policies of scope {}", p.scope.as_str()),
                );
            }
        };
        has(!p.requirements.is_empty(), "requirements", travel, self);
        has(
            !p.arrival.is_empty(),
            "arrival",
            p.scope == Scope::Entry,
            self,
        );
        has(
            !p.code_categories.is_empty(),
            "code_categories",
            p.scope == Scope::HealthCode,
            self,
        );
        has(
            !p.care_places.is_empty(),
            "care_places",
            p.scope == Scope::Care,
            self,
        );
        has(
            !p.care_advice.is_empty(),
            "care_advice",
            p.scope == Scope::Care,
            self,
        );
        has(p.contradicts.is_some(), "contradicts", travel, self);
        has(narrows, "applies", travel, self);
        if p.scope == Scope::Care && p.care_places.is_empty() {
            self.fail("care_places", "a care policy needs at least one place");
        }
        if p.scope == Scope::HealthCode && p.code_categories.is_empty() {
            self.fail(
                "code_categories",
                "a health-code policy needs its categories",
            );
        }
    }

    fn condition(&mut self, field: &str, req: &file::Requirement) {
        let range = |name: &str, value: u32, min: u32, max: u32, v: &mut Self| {
            if value < min || value > max {
                v.fail(
                    &format!("{field}.check.{name}"),
                    format!("{value} is outside {min}..={max}"),
                );
            }
        };
        match &req.check {
            Condition::NegativeTests(TestRule {
                count,
                within_hours,
                last_within_hours,
                once_a_day,
                ..
            }) => {
                range("count", *count, 1, MAX_TESTS, self);
                range("within_hours", *within_hours, 1, MAX_HOURS, self);
                range(
                    "last_within_hours",
                    *last_within_hours,
                    1,
                    *within_hours,
                    self,
                );
                // Tests on distinct days need a window long enough to hold them.
                if *once_a_day && *within_hours < 24 * count.saturating_sub(1) {
                    self.fail(
                        &format!("{field}.check.within_hours"),
                        format!("{within_hours} h cannot hold {count} tests on distinct days"),
                    );
                }
                if !matches!(req.document, None | Some(DocumentId::NatReports)) {
                    self.fail(
                        &format!("{field}.document"),
                        "tests amount to nat_reports only",
                    );
                }
            }
            Condition::HealthCodeNot { colours } => {
                if colours.is_empty() {
                    self.fail(&format!("{field}.check.colours"), "is empty");
                }
            }
            Condition::NoPositiveTest { tests } => {
                if tests.is_empty() {
                    self.fail(&format!("{field}.check.tests"), "is empty");
                }
            }
            Condition::HealthCode { .. } => {
                if !matches!(req.document, None | Some(DocumentId::GreenCode)) {
                    self.fail(
                        &format!("{field}.document"),
                        "a health code amounts to green_code only",
                    );
                }
            }
            Condition::NoRiskStay { days, levels, .. } => {
                range("days", *days, 1, MAX_DAYS, self);
                if levels.is_empty() {
                    self.fail(&format!("{field}.check.levels"), "is empty");
                }
            }
            Condition::Quarantine { days, .. } => range("days", *days, 1, MAX_DAYS, self),
            Condition::Approval { authority, .. } => {
                self.text(&format!("{field}.check.authority"), authority)
            }
            Condition::Document { .. } => {}
        }
        let satisfied_by_scenario = matches!(
            req.check,
            Condition::NegativeTests(_) | Condition::HealthCode { .. }
        );
        if req.document.is_some() && !satisfied_by_scenario {
            self.fail(
                &format!("{field}.document"),
                "only tests and health codes amount to a document; name it in the check",
            );
        }
    }

    fn code_categories(&mut self, policy: &file::Policy, citations: &Declared) {
        if policy.scope != Scope::HealthCode {
            return;
        }
        for category in CodeCategory::ALL {
            if !policy.code_categories.contains_key(category) {
                self.fail("code_categories", format!("{category} is missing"));
            }
        }
        for (category, rule) in &policy.code_categories {
            let field = format!("code_categories.{category}");
            self.text(&format!("{field}.text"), &rule.text);
            self.cited(&format!("{field}.sources"), &rule.sources, citations);
            if rule.phases.is_empty() {
                self.fail(&format!("{field}.phases"), "is empty");
            }
            let last = rule.phases.len().saturating_sub(1);
            for (i, phase) in rule.phases.iter().enumerate() {
                if let Some(days) = phase.days {
                    if days == 0 || days > MAX_DAYS {
                        self.fail(
                            &format!("{field}.phases[{i}].days"),
                            format!("{days} is outside 1..={MAX_DAYS}"),
                        );
                    }
                } else if !phase.ends_at_until && i != last {
                    self.fail(
                        &format!("{field}.phases[{i}]"),
                        "never ends, so the phases after it never start",
                    );
                }
            }
        }
    }

    fn care(&mut self, policy: &file::Policy, citations: &Declared) {
        let mut ids = BTreeSet::new();
        for (i, place) in policy.care_places.iter().enumerate() {
            let field = format!("care_places[{i}]");
            if !ids.insert(place.id.clone()) {
                self.fail(
                    &format!("{field}.id"),
                    format!("{:?} is declared twice", place.id),
                );
            }
            self.text(&format!("{field}.name"), &place.name);
            self.text(&format!("{field}.access"), &place.access);
            self.cited(&format!("{field}.sources"), &place.sources, citations);
            if place.risks.is_empty() {
                self.fail(&format!("{field}.risks"), "is empty");
            }
            for phone in place.phones.iter() {
                if !is_phone(phone) || is_personal_mobile(phone) {
                    self.fail(
                        &format!("{field}.phones"),
                        format!("{phone:?} is not an institutional phone number"),
                    );
                }
            }
        }
        for (i, advice) in policy.care_advice.iter().enumerate() {
            let field = format!("care_advice[{i}]");
            self.text(&format!("{field}.text"), &advice.text);
            self.cited(&format!("{field}.sources"), &advice.sources, citations);
            if advice.needs.is_empty() || advice.risks.is_empty() {
                self.fail(&field, "needs and risks must not be empty");
            }
        }
    }

    /// Every exit policy lies inside an `every_route` policy for the same
    /// border, from its start to the end of what is known of it: so no route
    /// out can forget what blocks every route (a positive test, a red code).
    fn every_route_covers_every_exit(&mut self, policies: &[Policy]) {
        let end = |p: &Policy| p.known_until().unwrap_or(Instant::MAX);
        for p in policies.iter().filter(|p| p.scope == Scope::Exit) {
            let covered = policies.iter().any(|b| {
                b.every_route
                    && b.scope == Scope::Exit
                    && b.border == p.border
                    && b.jurisdiction.contains(p.jurisdiction)
                    && b.from <= p.from
                    && end(b) >= end(p)
            });
            if !covered {
                self.at(&p.file, Some(&p.id));
                self.fail(
                    "scope",
                    format!(
                        "no every_route exit policy for leaving {} covers this policy's whole period: what blocks every route (a positive test, a red code) would be forgotten",
                        p.border
                    ),
                );
            }
        }
    }

    /// `replaces` links: the predecessor ends where its successor starts.
    /// Reads only the few fields it needs of each successor, then amends its
    /// predecessor in place.
    fn successions(&mut self, policies: &mut [Policy]) {
        for i in 0..policies.len() {
            let new = &policies[i];
            let Some(old_id) = new.replaces.clone() else {
                continue;
            };
            let (from, scope, jurisdiction) = (new.from, new.scope, new.jurisdiction);
            self.at(&new.file, Some(&new.id));
            match policies.iter_mut().find(|p| p.id == old_id) {
                None => self.fail("replaces", format!("{old_id:?} is not a policy")),
                Some(old) => {
                    if old.scope != scope || old.jurisdiction != jurisdiction {
                        self.fail(
                            "replaces",
                            format!("{old_id:?} has another scope or jurisdiction"),
                        );
                    } else if old.from >= from {
                        self.fail(
                            "replaces",
                            format!("{old_id:?} does not start before this policy"),
                        );
                    } else {
                        old.ends = Some(old.ends.map_or(from, |e| e.min(from)));
                    }
                }
            }
        }
    }
}

/// Whitespace-insensitive text, for finding quotes in sources.
fn squash(text: &str) -> String {
    text.split_whitespace().collect()
}

fn is_phone(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    (3..=16).contains(&digits) && text.chars().all(|c| c.is_ascii_digit() || c == '-')
}

/// Mainland personal mobile numbers: 11 digits starting 13–19.
pub(crate) fn is_personal_mobile(text: &str) -> bool {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    digits.len() == 11
        && digits.starts_with('1')
        && matches!(digits.as_bytes().get(1), Some(b'3'..=b'9'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn personal_mobiles_are_recognised() {
        assert!(is_personal_mobile("13899811033"));
        assert!(!is_personal_mobile("0994-3226020"));
        assert!(!is_personal_mobile("12345"));
        assert!(!is_personal_mobile("0536-12345"));
    }

    #[test]
    fn quotes_match_across_line_breaks() {
        assert_eq!(squash("a b\n c"), squash("a  b c"));
    }
}
