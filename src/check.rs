//! `cango check`: may this trip go? Evaluates a scenario against the rules.
//!
//! The policies that apply are stacked (national, province, prefecture,
//! city, county); each of their requirements is judged on the scenario's
//! facts; the verdict is the first of `unknown`, `not_eligible`,
//! `needs_approval`, `eligible_after`, `eligible` that holds.

use crate::cite::{self, add_contacts, ContactOut, SourceOut};
use crate::domain::{
    ArrivalId, Confidence, DocumentId, HealthCode, Layer, Risk, TestKind, TestResult, Text,
};
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

    /// The blocker for a health code of a colour that is not allowed.
    fn code(colour: HealthCode) -> Blocker {
        match colour {
            HealthCode::Red => Blocker::HealthCodeRed,
            HealthCode::Yellow | HealthCode::Green => Blocker::HealthCodeYellow,
        }
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
    /// The code is not one of the colours that block every route.
    CodeNotForbidden {
        colour: HealthCode,
    },
    CodeForbidden {
        colour: HealthCode,
    },
    /// No colour was given, so whether it is one of `forbidden` is not known.
    CodeUnstated {
        forbidden: Vec<HealthCode>,
    },
    /// The latest result of each of these kinds of test is not positive.
    NoPositiveTest {
        tests: Vec<TestKind>,
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
    /// How CanGo reads an ambiguous source here (the requirement's own
    /// reading, or its policy's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
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
    pub confidence: Confidence,
    pub sources: Vec<SourceOut>,
    /// Sources that say the opposite.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub disputed_by: Vec<SourceOut>,
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
    /// Until when its sources support it (answers past it are `unknown`).
    pub horizon: Option<Instant>,
    /// How CanGo reads its sources for this trip, where they are ambiguous.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<Text>,
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
    /// Whole days from the newest source to the departure (negative before it).
    pub days_after_newest_source: Option<i64>,
    /// Cautions about the answer itself (e.g. rules that may be stale).
    pub warnings: Vec<Text>,
    /// For an `unknown` answer: when rules for leaving the origin are known.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub known_periods: Vec<Period>,
}

pub use crate::cite::STALE_AFTER_DAYS;

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
        days_after_newest_source: None,
        warnings: Vec::new(),
        known_periods: Vec::new(),
    };
    community_notices(rules, s, &mut answer);

    // An origin is covered when an exit policy for this trip is in force,
    // whatever its other conditions: then "no requirement" is knowledge, not
    // a gap. Otherwise the answer is unknown, never a guess.
    let covered = rules
        .in_force(Scope::Exit, origin, at)
        .any(|p| leaves(p, destination));
    if !covered {
        answer.known_periods = rules.exit_periods(origin);
        answer.summary = unknown_summary(s, &answer.known_periods);
        return answer;
    }

    let applicable = applicable(rules, s, at);
    if arrivals(rules, s, at).next().is_none() {
        answer.warnings.push(Text {
            zh: format!(
                "CanGo 没有{}在该日期的入境（抵达）规定：出发前请向目的地社区或 12345 核实。",
                regions.name(destination)
            ),
            en: format!(
                "CanGo has no rules for arriving in {} at that date: check with the destination's community or its 12345 line before leaving.",
                regions.name(destination)
            ),
        });
    }

    let mut statuses = Vec::new();
    for policy in &applicable {
        answer.policies.push(policy_ref(rules, policy, s));
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
    let fresh = cite::freshness(rules, applicable.iter().copied(), at);
    answer.newest_source_date = fresh.newest_source_date;
    answer.days_after_newest_source = fresh.days_after_newest_source;
    answer.warnings.extend(fresh.warning);
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
        answer.earliest_departure = earliest_departure(rules, s, &applicable);
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
    answer.what_would_change = what_would_change(rules, at, &answer.requirements);
    answer.summary = summary(&answer);
    answer
}

/// Whether an exit policy concerns a trip to `destination` (one that leaves
/// the region the policy is about).
fn leaves(p: &Policy, destination: RegionCode) -> bool {
    !p.resolved.border.contains(destination)
}

/// The exit and entry policies that apply to this trip at `at`, in the order
/// answers list them: exit before entry, wider layers first, older first.
fn applicable<'a>(rules: &'a Rules, s: &Scenario, at: Instant) -> Vec<&'a Policy> {
    let mut out: Vec<&Policy> = rules
        .in_force(Scope::Exit, s.origin.region, at)
        .filter(|p| leaves(p, s.destination.region))
        .chain(arrivals(rules, s, at))
        .filter(|p| applies(p, s))
        .collect();
    out.sort_by_key(|p| (p.scope == Scope::Entry, p.layer, p.resolved.from));
    out
}

/// The destination's entry policies in force at `at` for someone arriving
/// from outside their jurisdiction, whatever their other conditions.
fn arrivals<'a>(
    rules: &'a Rules,
    s: &Scenario,
    at: Instant,
) -> impl Iterator<Item = &'a Policy> + 'a {
    let origin = s.origin.region;
    rules
        .in_force(Scope::Entry, s.destination.region, at)
        .filter(move |p| !p.resolved.jurisdiction.contains(origin))
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

fn policy_ref(rules: &Rules, p: &Policy, s: &Scenario) -> PolicyRef {
    PolicyRef {
        id: p.id.clone(),
        layer: p.layer,
        jurisdiction: p.resolved.jurisdiction,
        scope: p.scope,
        from: p.resolved.from,
        until: p.resolved.ends,
        summary: p.summary.clone(),
        confidence: cite::confidence(&cite::sources(rules, &p.sources)),
        horizon: p.resolved.horizon,
        reading: reading(p, None, s).cloned(),
    }
}

/// The reading said with a requirement: its own, else its policy's for the
/// place the policy is about (the origin when leaving, the destination when
/// arriving).
fn reading<'a>(p: &'a Policy, req: Option<&'a Requirement>, s: &Scenario) -> Option<&'a Text> {
    let place = match p.scope {
        Scope::Entry => s.destination.region,
        _ => s.origin.region,
    };
    req.and_then(|r| r.reading.as_ref())
        .or_else(|| p.reading_for(place))
}

fn notice_out(rules: &Rules, policy: &Policy, notice: &crate::rules::Notice) -> NoticeOut {
    let sources = cite::sources(rules, &notice.sources);
    NoticeOut {
        id: notice.id.clone(),
        text: notice.text.clone(),
        policy: policy.id.clone(),
        confidence: cite::confidence(&sources),
        sources,
        disputed_by: cite::sources(rules, &notice.disputed_by),
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
        Check::HealthCodeNot { colours } => match s.health_code {
            Some(c) if colours.contains(&c) => (
                Status::Blocked {
                    blocker: Blocker::code(c),
                },
                Why::CodeForbidden { colour: c },
            ),
            Some(c) => (Status::Met, Why::CodeNotForbidden { colour: c }),
            None => (
                Status::ToDo,
                Why::CodeUnstated {
                    forbidden: colours.clone(),
                },
            ),
        },
        Check::NoPositiveTest { tests } => match standing_positive(s, tests) {
            Some(sampled_at) => (
                Status::Blocked {
                    blocker: Blocker::PositiveTest,
                },
                Why::TestPositive { sampled_at },
            ),
            None => (
                Status::Met,
                Why::NoPositiveTest {
                    tests: tests.clone(),
                },
            ),
        },
        Check::HealthCode { colour } => match s.health_code {
            Some(c) if c == *colour => (Status::Met, Why::CodeMatches { colour: c }),
            Some(c) => (
                Status::Blocked {
                    blocker: Blocker::code(c),
                },
                Why::CodeDiffers {
                    colour: c,
                    required: *colour,
                },
            ),
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
        reading: reading(policy, Some(req), s).cloned(),
    };
    if let Some(d) = &mut out.deadline {
        d.text = deadline_text(&out.facts, d);
    }
    out
}

/// The earliest positive result of `kinds` that still stands at the
/// departure: the latest result of its kind sampled by then, with no later
/// negative of that kind. Pending results decide nothing.
fn standing_positive(s: &Scenario, kinds: &[TestKind]) -> Option<Instant> {
    kinds
        .iter()
        .filter_map(|kind| {
            s.tests
                .iter()
                .filter(|t| t.kind == *kind && t.sampled_at <= s.departure.at)
                .filter(|t| t.result != TestResult::Pending)
                // At one instant a positive and a negative: the positive stands.
                .max_by_key(|t| (t.sampled_at, t.result == TestResult::Positive))
                .filter(|t| t.result == TestResult::Positive)
                .map(|t| t.sampled_at)
        })
        .min()
}

/// The earliest departure if the traveller does everything listed: after any
/// quarantine, when every test requirement can be met, and while the very
/// policies that asked for these steps are in force (a departure computed
/// from them is no answer at a time they do not cover). `None` when no such
/// time exists.
fn earliest_departure(rules: &Rules, s: &Scenario, policies: &[&Policy]) -> Option<Instant> {
    let reqs = || policies.iter().flat_map(|p| p.requirements.iter());
    let in_force_from = policies.iter().map(|p| p.resolved.from).max()?;
    let mut not_before = s.now.max(in_force_from);
    for req in reqs() {
        if let Check::Quarantine { days, release } = req.check {
            if !s.documents.contains(&release) {
                not_before = not_before.max(s.now.plus_days(i64::from(days)));
            }
        }
    }
    let test_rules: Vec<TestRule> = reqs().filter_map(|r| test_rule(&r.check)).collect();
    // Each rule's earliest is a lower bound for all; iterate to a common point.
    let mut candidate = not_before;
    let mut settled = false;
    for _ in 0..8 {
        let mut moved = false;
        for rule in &test_rules {
            let earliest = rule.earliest(&s.tests, s.now, candidate)?;
            if earliest > candidate {
                candidate = earliest;
                moved = true;
            }
        }
        if !moved {
            settled = true;
            break;
        }
    }
    // The same policies, and no others, must answer for that time (so none
    // of them has ended or passed its horizon by then).
    let same_rules = || {
        let then: Vec<&str> = applicable(rules, s, candidate)
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        then == policies.iter().map(|p| p.id.as_str()).collect::<Vec<_>>()
    };
    (settled && same_rules()).then_some(candidate)
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
        // Tests and the code colour are decided by the scenario itself, even
        // when the traveller also lists them as held (CONTRACT.md).
        let held = if matches!(req.kind, "negative_tests" | "health_code") {
            req.met
        } else {
            s.documents.contains(&id)
        };
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
    let Some(national) = rules
        .national_rule(&c.national_rule)
        .filter(|r| r.in_force(s.departure.at))
    else {
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

/// What would lift each block: the time a recent stay stops counting, and
/// the national rules in force at the departure that explain the block.
fn what_would_change(rules: &Rules, at: Instant, reqs: &[RequirementOut]) -> Vec<ChangeOut> {
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
            .national_rules_at(at)
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
        Why::CodeNotForbidden { colour } => format!("The health code is {colour}."),
        Why::CodeForbidden { colour } => {
            format!("The health code is {colour}: no route out allows it.")
        }
        Why::CodeUnstated { forbidden } => format!(
            "No health-code colour was given; a {} code blocks every route.",
            join_or(forbidden)
        ),
        Why::NoPositiveTest { tests } => format!(
            "No positive result stands (the latest {} result is not positive).",
            join_or(tests)
        ),
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

/// `a`, `a or b`, `a, b or c`.
fn join_or<T: std::fmt::Display>(items: &[T]) -> String {
    let words: Vec<String> = items.iter().map(ToString::to_string).collect();
    match words.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
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
