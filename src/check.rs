//! `cango check`: may this trip go? Evaluates a scenario against the rules.
//!
//! The policies that apply are stacked (national, province, prefecture,
//! city, county); each of their requirements is judged on the scenario's
//! facts; the verdict is the first of `unknown`, `not_eligible`,
//! `needs_approval`, `eligible_after`, `eligible` that holds.

use crate::cite::{self, add_contacts, ContactOut, SourceOut};
use crate::domain::{ArrivalId, Confidence, DocumentId, HealthCode, Layer, Risk, TestKind, Text};
use crate::region::{RegionCode, Regions};
use crate::rules::{Check, Period, Policy, Requirement, Rules, Scope};
use crate::scenario::Scenario;
use crate::time::{Instant, Window, DAY};
use crate::windows::TestRule;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Eligible,
    EligibleAfter,
    NeedsApproval,
    NotEligible,
    Unknown,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::EligibleAfter => "eligible_after",
            Verdict::NeedsApproval => "needs_approval",
            Verdict::NotEligible => "not_eligible",
            Verdict::Unknown => "unknown",
        }
    }
}

/// Why a requirement blocks the departure outright.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Blocker {
    OriginRiskLow,
    OriginRiskMedium,
    OriginRiskHigh,
    RecentRiskStay,
    PositiveTest,
    HealthCodeYellow,
    HealthCodeRed,
}

impl Blocker {
    pub const ALL: &'static [Blocker] = &[
        Blocker::OriginRiskLow,
        Blocker::OriginRiskMedium,
        Blocker::OriginRiskHigh,
        Blocker::RecentRiskStay,
        Blocker::PositiveTest,
        Blocker::HealthCodeYellow,
        Blocker::HealthCodeRed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Blocker::OriginRiskLow => "origin_risk_low",
            Blocker::OriginRiskMedium => "origin_risk_medium",
            Blocker::OriginRiskHigh => "origin_risk_high",
            Blocker::RecentRiskStay => "recent_risk_stay",
            Blocker::PositiveTest => "positive_test",
            Blocker::HealthCodeYellow => "health_code_yellow",
            Blocker::HealthCodeRed => "health_code_red",
        }
    }

    pub fn is_known(text: &str) -> bool {
        Blocker::ALL.iter().any(|b| b.as_str() == text)
    }

    fn origin(risk: Risk) -> Blocker {
        match risk {
            Risk::High => Blocker::OriginRiskHigh,
            Risk::Medium => Blocker::OriginRiskMedium,
            Risk::Low | Risk::None => Blocker::OriginRiskLow,
        }
    }
}

/// The state of one requirement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum Status {
    /// Met now, for the planned departure.
    Met,
    /// Not met yet; the traveller can meet it.
    ToDo,
    /// An authority must approve first.
    Approval,
    /// Blocks the departure.
    Blocked { blocker: Blocker },
}

/// The facts a requirement looked at, and what it concluded: the basis of
/// the sentence in `why`, and of its translations in the app.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum Why {
    TestsMet {
        counted: Vec<Instant>,
        window: Window,
    },
    TestsMissing {
        /// The kind of test that is missing.
        test: TestKind,
        counting: u32,
        count: u32,
        has_recent: bool,
        last_window: Window,
        pending: u32,
        feasible: bool,
    },
    TestPositive {
        sampled_at: Instant,
    },
    CodeMatches {
        colour: HealthCode,
    },
    CodeDiffers {
        colour: HealthCode,
        required: HealthCode,
    },
    CodeNotGiven {
        required: HealthCode,
    },
    NoStay {
        days: u32,
    },
    OriginAtRisk {
        risk: Risk,
    },
    RecentStay {
        region: RegionCode,
        risk: Risk,
        until: Instant,
        clears_at: Instant,
    },
    DocumentHeld {
        document: DocumentId,
    },
    DocumentMissing {
        document: DocumentId,
    },
    QuarantineDone {
        document: DocumentId,
    },
    QuarantineNeeded {
        days: u32,
        ends_at_earliest: Instant,
    },
    Approved {
        document: DocumentId,
    },
    ApprovalNeeded {
        authority: Text,
        document: DocumentId,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RequirementOut {
    pub id: String,
    pub kind: &'static str,
    pub text: Text,
    pub policy: String,
    pub layer: Layer,
    pub jurisdiction: RegionCode,
    pub met: bool,
    pub status: Status,
    pub why: String,
    pub facts: Why,
    /// When the next step must happen (e.g. the next test's sampling window).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Deadline>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    pub confidence: Confidence,
    pub sources: Vec<SourceOut>,
    /// Sources that say the opposite of this requirement's policy.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disputed_by: Vec<SourceOut>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub from: Instant,
    pub until: Instant,
    /// How many more tests (for test requirements).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tests_needed: Option<u32>,
    /// Whether the window is for the earliest possible departure because the
    /// planned one cannot be made.
    pub for_earliest_departure: bool,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentOut {
    pub id: DocumentId,
    pub held: bool,
    /// The requirements that ask for it.
    pub required_by: Vec<String>,
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
    /// Where to complain.
    pub complain: Vec<ContactOut>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NoticeOut {
    pub id: String,
    pub text: Text,
    pub policy: String,
    pub sources: Vec<SourceOut>,
}

/// What would lift a block, with the rule that says so.
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
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlaceOut {
    pub region: RegionCode,
    pub name: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Answer {
    pub verdict: Verdict,
    pub earliest_departure: Option<Instant>,
    /// Whether the planned departure can be made (for `eligible_after`: by
    /// doing everything listed in time); when not, deadlines are for
    /// `earliest_departure`.
    pub planned_departure_possible: bool,
    pub summary: String,
    pub now: Instant,
    pub departure: Instant,
    pub origin: PlaceOut,
    pub destination: PlaceOut,
    pub documents: Vec<DocumentOut>,
    pub requirements: Vec<RequirementOut>,
    pub arrival: Vec<ArrivalOut>,
    pub conflicts: Vec<ConflictOut>,
    pub contacts: Vec<ContactOut>,
    pub notices: Vec<NoticeOut>,
    pub what_would_change: Vec<ChangeOut>,
    /// The policies this answer used, and the date of the newest.
    pub policies: Vec<PolicyRef>,
    pub rules_as_of: Option<Instant>,
    /// The date of the newest source behind the policies used.
    pub newest_source_date: Option<Instant>,
    /// Cautions about the answer itself (e.g. rules that may be stale).
    pub warnings: Vec<Text>,
    /// For an `unknown` answer: when rules for leaving the origin are known.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub known_periods: Vec<Period>,
}

/// Rules changed every few days in 2022: an answer for a departure this long
/// after its newest source says so.
pub const STALE_AFTER_DAYS: i64 = 14;

/// Evaluates a scenario. Never panics; an origin no rule covers at the
/// departure gives `unknown`.
pub fn check(rules: &Rules, s: &Scenario) -> Answer {
    let at = s.departure.at;
    let (origin, destination) = (s.origin.region, s.destination.region);
    let regions = Regions::builtin();
    let mut answer = Answer {
        verdict: Verdict::Unknown,
        earliest_departure: None,
        planned_departure_possible: false,
        summary: String::new(),
        now: s.now,
        departure: at,
        origin: PlaceOut {
            region: origin,
            name: regions.name(origin),
        },
        destination: PlaceOut {
            region: destination,
            name: regions.name(destination),
        },
        documents: Vec::new(),
        requirements: Vec::new(),
        arrival: Vec::new(),
        conflicts: Vec::new(),
        contacts: Vec::new(),
        notices: Vec::new(),
        what_would_change: Vec::new(),
        policies: Vec::new(),
        rules_as_of: None,
        newest_source_date: None,
        warnings: Vec::new(),
        known_periods: Vec::new(),
    };
    community_notices(rules, s, &mut answer);

    // An origin is covered when an exit policy for this trip is in force,
    // whatever its other conditions: then "no requirement" is knowledge, not
    // a gap. Otherwise the answer is unknown, never a guess.
    let leaves = |p: &Policy| !p.resolved.border.contains(destination);
    let covered = rules.in_force(Scope::Exit, origin, at).any(leaves);
    if !covered {
        answer.known_periods = rules.exit_periods(origin);
        answer.summary = unknown_summary(s, &answer.known_periods);
        return answer;
    }

    let mut applicable: Vec<&Policy> = rules
        .in_force(Scope::Exit, origin, at)
        .filter(|p| leaves(p))
        .chain(
            rules
                .in_force(Scope::Entry, destination, at)
                .filter(|p| !p.resolved.jurisdiction.contains(origin)),
        )
        .filter(|p| applies(p, s))
        .collect();
    applicable.sort_by_key(|p| (p.scope == Scope::Entry, p.layer, p.resolved.from));

    let mut statuses = Vec::new();
    for policy in &applicable {
        answer.policies.push(policy_ref(rules, policy));
        for req in &policy.requirements {
            let out = judge(rules, s, policy, req);
            statuses.push(out.status);
            answer.requirements.push(out);
        }
        for step in &policy.arrival {
            let sources = cite::sources(rules, &step.sources);
            answer.arrival.push(ArrivalOut {
                id: step.id,
                text: step.text.clone(),
                policy: policy.id.clone(),
                confidence: cite::confidence(&sources),
                sources,
            });
        }
        for notice in &policy.notices {
            answer.notices.push(notice_out(rules, policy, notice));
        }
        add_contacts(
            &mut answer.contacts,
            rules,
            &policy.contacts,
            &[origin, destination],
        );
        conflicts(rules, s, policy, &mut answer);
    }
    answer.rules_as_of = applicable.iter().map(|p| p.resolved.from).max();
    answer.newest_source_date = applicable
        .iter()
        .flat_map(|p| {
            p.sources
                .iter()
                .chain(p.requirements.iter().flat_map(|r| r.sources.iter()))
        })
        .filter_map(|id| rules.citations.get(id))
        .map(|c| c.day)
        .max();
    if let Some(newest) = answer.newest_source_date {
        if at > newest.plus_days(STALE_AFTER_DAYS) {
            let date = newest.to_cst_short();
            let date = date.get(..10).unwrap_or(&date).to_string();
            answer.warnings.push(Text {
                zh: format!("出发时间距本答案所依据的最新资料（{date}）已超过{STALE_AFTER_DAYS}天，规定可能已变，请向下列电话核实。"),
                en: format!("The departure is more than {STALE_AFTER_DAYS} days after the newest source behind this answer ({date}); the rules may have changed: check with the contacts listed."),
            });
        }
    }
    answer.documents = documents(s, &answer.requirements);

    answer.verdict = if statuses
        .iter()
        .any(|st| matches!(st, Status::Blocked { .. }))
    {
        Verdict::NotEligible
    } else if statuses.contains(&Status::Approval) {
        Verdict::NeedsApproval
    } else if statuses.contains(&Status::ToDo) {
        Verdict::EligibleAfter
    } else {
        Verdict::Eligible
    };
    answer.planned_departure_possible = answer.verdict == Verdict::Eligible;
    if answer.verdict == Verdict::EligibleAfter {
        answer.earliest_departure = earliest_departure(s, &applicable);
        // Deadlines follow the departure the traveller can actually make.
        if let Some(earliest) = answer.earliest_departure {
            answer.planned_departure_possible = earliest <= at
                && !answer.requirements.iter().any(|r| {
                    matches!(
                        r.facts,
                        Why::TestsMissing {
                            feasible: false,
                            ..
                        }
                    )
                });
            if !answer.planned_departure_possible {
                refresh_deadlines(s, &applicable, earliest, &mut answer.requirements);
            }
        }
    }
    answer.what_would_change = what_would_change(rules, &answer.requirements);
    answer.summary = summary(&answer);
    answer
}

fn applies(p: &Policy, s: &Scenario) -> bool {
    let a = &p.applies;
    a.origin_risk
        .as_ref()
        .is_none_or(|r| r.contains(&s.origin.risk))
        && a.purpose.as_ref().is_none_or(|r| r.contains(&s.purpose))
        && a.mode
            .as_ref()
            .is_none_or(|m| s.departure.mode.is_some_and(|mode| m.contains(&mode)))
        && (a.destination.is_none()
            || p.resolved
                .destinations
                .iter()
                .any(|d| d.contains(s.destination.region)))
}

fn policy_ref(rules: &Rules, p: &Policy) -> PolicyRef {
    PolicyRef {
        id: p.id.clone(),
        layer: p.layer,
        jurisdiction: p.resolved.jurisdiction,
        scope: p.scope,
        from: p.resolved.from,
        until: p.resolved.ends,
        summary: p.summary.clone(),
        confidence: cite::confidence(&cite::sources(rules, &p.sources)),
    }
}

fn notice_out(rules: &Rules, policy: &Policy, notice: &crate::rules::Notice) -> NoticeOut {
    NoticeOut {
        id: notice.id.clone(),
        text: notice.text.clone(),
        policy: policy.id.clone(),
        sources: cite::sources(rules, &notice.sources),
    }
}

/// What residents of the origin may do, from community policies in force now.
fn community_notices(rules: &Rules, s: &Scenario, answer: &mut Answer) {
    for policy in rules.in_force(Scope::Community, s.origin.region, s.now) {
        for notice in &policy.notices {
            answer.notices.push(notice_out(rules, policy, notice));
        }
        add_contacts(
            &mut answer.contacts,
            rules,
            &policy.contacts,
            &[s.origin.region],
        );
    }
}

fn test_rule(check: &Check) -> Option<TestRule> {
    match check {
        Check::NegativeTests(rule) => Some(*rule),
        _ => None,
    }
}

/// Judges one requirement for the planned departure.
fn judge(rules: &Rules, s: &Scenario, policy: &Policy, req: &Requirement) -> RequirementOut {
    let at = s.departure.at;
    let held = |d: DocumentId| s.documents.contains(&d);
    let mut deadline = None;
    let (status, facts) = match &req.check {
        Check::NegativeTests(rule) => {
            let rule = *rule;
            let a = rule.assess(&s.tests, at);
            if let Some(sampled_at) = a.positive {
                (
                    Status::Blocked {
                        blocker: Blocker::PositiveTest,
                    },
                    Why::TestPositive { sampled_at },
                )
            } else if a.met {
                (
                    Status::Met,
                    Why::TestsMet {
                        counted: a.counted,
                        window: a.window,
                    },
                )
            } else {
                // Not met, so a plan exists exactly when it can still be met.
                let plan = rule.plan(&s.tests, s.now, at);
                let feasible = plan.is_some();
                deadline = plan.map(|plan| Deadline {
                    from: plan.window.from,
                    until: plan.window.until,
                    tests_needed: Some(plan.needed),
                    for_earliest_departure: false,
                    text: String::new(),
                });
                (
                    Status::ToDo,
                    Why::TestsMissing {
                        test: rule.kind,
                        counting: a.counting,
                        count: rule.count,
                        has_recent: a.has_recent,
                        last_window: a.last_window,
                        pending: a.pending,
                        feasible,
                    },
                )
            }
        }
        Check::HealthCode { colour } => match s.health_code {
            Some(c) if c == *colour => (Status::Met, Why::CodeMatches { colour: c }),
            Some(c) => {
                let blocker = if c == HealthCode::Red {
                    Blocker::HealthCodeRed
                } else {
                    Blocker::HealthCodeYellow
                };
                (
                    Status::Blocked { blocker },
                    Why::CodeDiffers {
                        colour: c,
                        required: *colour,
                    },
                )
            }
            None => (Status::ToDo, Why::CodeNotGiven { required: *colour }),
        },
        Check::NoRiskStay {
            days,
            levels,
            include_origin,
        } => {
            let span = i64::from(*days) * DAY;
            let recent = s
                .travel_history
                .iter()
                .filter(|stay| levels.contains(&stay.risk) && stay.until.plus(span) > at)
                .max_by_key(|stay| stay.until);
            if *include_origin && levels.contains(&s.origin.risk) {
                (
                    Status::Blocked {
                        blocker: Blocker::origin(s.origin.risk),
                    },
                    Why::OriginAtRisk {
                        risk: s.origin.risk,
                    },
                )
            } else if let Some(stay) = recent {
                (
                    Status::Blocked {
                        blocker: Blocker::RecentRiskStay,
                    },
                    Why::RecentStay {
                        region: stay.region,
                        risk: stay.risk,
                        until: stay.until,
                        clears_at: stay.until.plus(span),
                    },
                )
            } else {
                (Status::Met, Why::NoStay { days: *days })
            }
        }
        Check::Document { document } => {
            if held(*document) {
                (
                    Status::Met,
                    Why::DocumentHeld {
                        document: *document,
                    },
                )
            } else {
                (
                    Status::ToDo,
                    Why::DocumentMissing {
                        document: *document,
                    },
                )
            }
        }
        Check::Quarantine { days, release } => {
            if held(*release) {
                (Status::Met, Why::QuarantineDone { document: *release })
            } else {
                let ends = s.now.plus_days(i64::from(*days));
                deadline = Some(Deadline {
                    from: s.now,
                    until: ends,
                    tests_needed: None,
                    for_earliest_departure: false,
                    text: String::new(),
                });
                (
                    Status::ToDo,
                    Why::QuarantineNeeded {
                        days: *days,
                        ends_at_earliest: ends,
                    },
                )
            }
        }
        Check::Approval {
            authority,
            document,
        } => {
            if held(*document) {
                (
                    Status::Met,
                    Why::Approved {
                        document: *document,
                    },
                )
            } else {
                (
                    Status::Approval,
                    Why::ApprovalNeeded {
                        authority: authority.clone(),
                        document: *document,
                    },
                )
            }
        }
    };
    let sources = cite::sources(rules, &req.sources);
    let mut out = RequirementOut {
        id: req.id.clone(),
        kind: req.check.kind(),
        text: req.text.clone(),
        policy: policy.id.clone(),
        layer: policy.layer,
        jurisdiction: policy.resolved.jurisdiction,
        met: status == Status::Met,
        status,
        why: why_text(&facts),
        facts,
        deadline,
        document: req.document.or(req.check.held_document()),
        confidence: cite::confidence(&sources),
        sources,
        disputed_by: cite::sources(rules, &policy.disputed_by),
    };
    if let Some(d) = &mut out.deadline {
        d.text = deadline_text(&out.facts, d);
    }
    out
}

/// The earliest departure if the traveller does everything listed: after any
/// quarantine, and when every test requirement can be met.
fn earliest_departure(s: &Scenario, policies: &[&Policy]) -> Option<Instant> {
    let reqs = || policies.iter().flat_map(|p| p.requirements.iter());
    let mut not_before = s.now;
    for req in reqs() {
        if let Check::Quarantine { days, release } = req.check {
            if !s.documents.contains(&release) {
                not_before = not_before.max(s.now.plus_days(i64::from(days)));
            }
        }
    }
    let rules: Vec<TestRule> = reqs().filter_map(|r| test_rule(&r.check)).collect();
    // Each rule's earliest is a lower bound for all; iterate to a common point.
    let mut candidate = not_before;
    for _ in 0..8 {
        let mut moved = false;
        for rule in &rules {
            let earliest = rule.earliest(&s.tests, s.now, candidate)?;
            if earliest > candidate {
                candidate = earliest;
                moved = true;
            }
        }
        if !moved {
            return Some(candidate);
        }
    }
    None
}

/// Where the planned departure cannot be made, test windows are given for
/// the earliest departure instead (tests that count for the planned
/// departure may no longer count then).
fn refresh_deadlines(
    s: &Scenario,
    policies: &[&Policy],
    earliest: Instant,
    reqs: &mut [RequirementOut],
) {
    for out in reqs.iter_mut() {
        if out.kind != "negative_tests" {
            continue;
        }
        let rule = policies
            .iter()
            .flat_map(|p| p.requirements.iter())
            .find(|r| r.id == out.id)
            .and_then(|r| test_rule(&r.check));
        if let Some(plan) = rule.and_then(|rule| rule.plan(&s.tests, s.now, earliest)) {
            let mut deadline = Deadline {
                from: plan.window.from,
                until: plan.window.until,
                tests_needed: Some(plan.needed),
                for_earliest_departure: true,
                text: String::new(),
            };
            deadline.text = deadline_text(&out.facts, &deadline);
            out.deadline = Some(deadline);
        }
    }
}

fn documents(s: &Scenario, reqs: &[RequirementOut]) -> Vec<DocumentOut> {
    let mut out: Vec<DocumentOut> = Vec::new();
    for req in reqs {
        let Some(id) = req.document else { continue };
        // Tests and the code colour are satisfied by the scenario itself.
        let satisfied = matches!(req.kind, "negative_tests" | "health_code") && req.met;
        let held = satisfied || s.documents.contains(&id);
        match out.iter_mut().find(|d| d.id == id) {
            Some(doc) => {
                doc.held &= held;
                doc.required_by.push(req.id.clone());
            }
            None => out.push(DocumentOut {
                id,
                held,
                required_by: vec![req.id.clone()],
            }),
        }
    }
    out.sort_by_key(|d| d.id);
    out
}

fn conflicts(rules: &Rules, s: &Scenario, policy: &Policy, answer: &mut Answer) {
    let Some(c) = &policy.contradicts else { return };
    if !c.when_origin_risk.contains(&s.origin.risk) {
        return;
    }
    let Some(national) = rules.national_rule(&c.national_rule) else {
        return;
    };
    let mut complain = Vec::new();
    add_contacts(
        &mut complain,
        rules,
        &national.contacts,
        &[s.origin.region, s.destination.region],
    );
    add_contacts(
        &mut answer.contacts,
        rules,
        &national.contacts,
        &[s.origin.region, s.destination.region],
    );
    let sources = cite::sources(rules, &policy.sources);
    answer.conflicts.push(ConflictOut {
        national_rule: national.id.clone(),
        national_title: national.title.clone(),
        national_text: national.text.clone(),
        policy: policy.id.clone(),
        requirement: c.requirement.clone(),
        local: c.local.clone(),
        confidence: cite::confidence(&sources),
        sources,
        national_sources: cite::sources(rules, &national.sources),
        complain,
    });
}

fn what_would_change(rules: &Rules, reqs: &[RequirementOut]) -> Vec<ChangeOut> {
    let mut out: Vec<ChangeOut> = Vec::new();
    for req in reqs {
        let Status::Blocked { blocker } = req.status else {
            continue;
        };
        if out.iter().any(|c| c.blocker == blocker) {
            continue;
        }
        if let Why::RecentStay {
            clears_at, region, ..
        } = &req.facts
        {
            out.push(ChangeOut {
                blocker,
                text: Text {
                    zh: format!(
                        "在{}的停留满规定天数后（{}）",
                        Regions::builtin().name(*region),
                        clears_at.to_cst_short()
                    ),
                    en: format!(
                        "Once the required days since the stay in {region} have passed ({} CST).",
                        clears_at.to_cst_short()
                    ),
                },
                at: Some(*clears_at),
                national_rule: None,
                sources: req.sources.clone(),
            });
        }
        for rule in rules
            .national_rules
            .iter()
            .filter(|r| r.explains.iter().any(|e| e == blocker.as_str()))
        {
            out.push(ChangeOut {
                blocker,
                text: rule.text.clone(),
                at: None,
                national_rule: Some(rule.id.clone()),
                sources: cite::sources(rules, &rule.sources),
            });
        }
    }
    out
}

fn why_text(why: &Why) -> String {
    match why {
        Why::TestsMet { counted, window } => format!(
            "{} negative test(s) sampled between {} and {} CST count.",
            counted.len(),
            window.from.to_cst_short(),
            window.until.to_cst_short()
        ),
        Why::TestsMissing {
            counting,
            count,
            has_recent,
            last_window,
            pending,
            feasible,
            ..
        } => {
            let mut text = format!("{counting} of {count} negative tests count for this departure");
            if !has_recent {
                text.push_str(&format!(
                    "; none was sampled between {} and {} CST",
                    last_window.from.to_cst_short(),
                    last_window.until.to_cst_short()
                ));
            }
            if *pending > 0 {
                text.push_str(&format!(
                    "; {pending} result(s) still pending do not count yet"
                ));
            }
            if !feasible {
                text.push_str(
                    "; there is no longer time to take them before the planned departure",
                );
            }
            text.push('.');
            text
        }
        Why::TestPositive { sampled_at } => format!(
            "A positive test sampled at {} CST blocks the departure.",
            sampled_at.to_cst_short()
        ),
        Why::CodeMatches { colour } => format!("The health code is {colour}."),
        Why::CodeDiffers { colour, required } => {
            format!("The health code is {colour}; it must be {required} to leave.")
        }
        Why::CodeNotGiven { required } => {
            format!("No health-code colour was given; it must be {required}.")
        }
        Why::NoStay { days } => {
            format!("No stay in a risk area within {days} days before departure.")
        }
        Why::OriginAtRisk { risk } => format!(
            "The origin is a {risk}-risk area: the traveller is staying in a risk area now."
        ),
        Why::RecentStay {
            region,
            risk,
            until,
            clears_at,
        } => format!(
            "A stay in a {risk}-risk area ({region}) ended {} CST; it counts until {} CST.",
            until.to_cst_short(),
            clears_at.to_cst_short()
        ),
        Why::DocumentHeld { document } => format!("{document} is held."),
        Why::DocumentMissing { document } => format!("{document} is not held yet."),
        Why::QuarantineDone { document } => format!("{document} is held: the quarantine is done."),
        Why::QuarantineNeeded {
            days,
            ends_at_earliest,
        } => format!(
            "{days} days of centralized quarantine are needed; starting now they end {} CST.",
            ends_at_earliest.to_cst_short()
        ),
        Why::Approved { document } => format!("{document} is held."),
        Why::ApprovalNeeded {
            authority,
            document,
        } => {
            format!("{} must approve first ({document}).", authority.en)
        }
    }
}

fn deadline_text(why: &Why, d: &Deadline) -> String {
    let span = format!(
        "between {} and {} CST",
        d.from.to_cst_short(),
        d.until.to_cst_short()
    );
    match (why, d.tests_needed) {
        (_, Some(1)) => format!("Sample your next test {span}."),
        (_, Some(n)) => format!("Sample {n} more tests on distinct days (CST), the last {span}."),
        (Why::QuarantineNeeded { .. }, None) => format!("Quarantine {span}."),
        _ => span,
    }
}

fn summary(a: &Answer) -> String {
    let route = format!(
        "{} ({}) → {} ({})",
        a.origin.name, a.origin.region, a.destination.name, a.destination.region
    );
    match a.verdict {
        Verdict::Eligible => format!(
            "{route}: eligible to leave at {} CST.",
            a.departure.to_cst_short()
        ),
        Verdict::EligibleAfter => match a.earliest_departure {
            Some(e) => format!(
                "{route}: eligible once the listed steps are done; earliest departure {} CST.",
                e.to_cst_short()
            ),
            None => format!("{route}: eligible once the listed steps are done."),
        },
        Verdict::NeedsApproval => format!("{route}: an authority must approve this trip first."),
        Verdict::NotEligible => format!(
            "{route}: not eligible to leave at {} CST.",
            a.departure.to_cst_short()
        ),
        Verdict::Unknown => format!("{route}: no rule data covers this trip."),
    }
}

fn unknown_summary(s: &Scenario, known: &[Period]) -> String {
    let origin = s.origin.region;
    let known: Vec<String> = known
        .iter()
        .map(|p| match p.until {
            Some(end) => format!("{} to {}", p.from.to_cst_short(), end.to_cst_short()),
            None => format!("from {}", p.from.to_cst_short()),
        })
        .collect();
    let regions = Regions::builtin();
    let base = format!(
        "No rule data covers leaving {} ({origin}) for {} ({}) at {} CST: the answer is unknown, not a guess.",
        regions.name(origin),
        regions.name(s.destination.region),
        s.destination.region,
        s.departure.at.to_cst_short()
    );
    if known.is_empty() {
        base
    } else {
        format!(
            "{base} Rules for leaving this region are known {}.",
            known.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_match_the_json_contract() {
        for v in [
            Verdict::Eligible,
            Verdict::EligibleAfter,
            Verdict::NeedsApproval,
            Verdict::NotEligible,
            Verdict::Unknown,
        ] {
            assert_eq!(
                serde_json::to_value(v).ok(),
                Some(serde_json::Value::from(v.as_str()))
            );
        }
        for b in Blocker::ALL {
            assert_eq!(
                serde_json::to_value(b).ok(),
                Some(serde_json::Value::from(b.as_str()))
            );
            assert!(Blocker::is_known(b.as_str()));
        }
        assert!(!Blocker::is_known("sneezing"));
        assert_eq!(Blocker::origin(Risk::High), Blocker::OriginRiskHigh);
        assert_eq!(Blocker::origin(Risk::Medium), Blocker::OriginRiskMedium);
        assert_eq!(Blocker::origin(Risk::Low), Blocker::OriginRiskLow);
    }
}
