//! `check`: may this trip go? Evaluates a scenario against compiled rules.
//!
//! Read top-down: the answer's types (`answer`), one judge per kind of
//! requirement (`judge`), the verdict as the greatest status (`verdict`),
//! departure planning (`departure`). This file stacks the policies that
//! apply (national, province, prefecture, city, county) and gathers what
//! they say. It returns facts; `explain` words them.

pub mod answer;
mod departure;
pub mod judge;
pub mod verdict;

pub use answer::{
    Answer, Change, Conflict, Deadline, DocumentNeed, FromPolicy, Judged, Lift, PublishedOnly,
    Status, Warning, Why,
};

use crate::cite::{add_contacts, stale_warning};
use crate::domain::{Confidence, Scope, Verdict};
use crate::input::Scenario;
use crate::rules::{Policy, Requirement, Rules};
use crate::time::Instant;

/// Evaluates a scenario. Never panics; an origin no rule covers at the
/// departure gives `unknown`.
pub fn check<'r>(rules: &'r Rules, s: &Scenario) -> Answer<'r> {
    let at = s.departure.at;
    let mut answer = Answer {
        verdict: Verdict::Unknown,
        earliest_departure: None,
        planned_departure_possible: false,
        now: s.now,
        departure: at,
        origin: s.origin.region,
        destination: s.destination.region,
        documents: Vec::new(),
        requirements: Vec::new(),
        arrival: Vec::new(),
        conflicts: Vec::new(),
        contacts: Vec::new(),
        notices: Vec::new(),
        what_would_change: Vec::new(),
        policies: Vec::new(),
        newest_source_date: None,
        warnings: Vec::new(),
        known_periods: Vec::new(),
        published_only: None,
    };
    community_notices(rules, s, &mut answer);
    // A clock past the rules' time (a phone in 2026 opening a 2022 trip) is
    // said plainly, not left to a "1,507 days ago".
    if at < s.now {
        answer.warnings.push(Warning::DepartureInPast {
            departure: at,
            now: s.now,
        });
    }
    let reach = rules.exit_known_until(s.origin.region);
    if let Some(until) = reach.filter(|until| s.now >= *until) {
        answer.warnings.push(Warning::RulesEndBeforeNow { until });
    }

    // An origin is covered when an exit policy for this trip is in force,
    // whatever its other conditions: then "no requirement" is knowledge, not
    // a gap. Otherwise the answer is unknown, never a guess.
    let exits = exits(rules, s, at);
    if exits.is_empty() {
        answer.known_periods = rules.exit_periods(s.origin.region);
        return answer;
    }
    let arrivals = arrivals(rules, s, at);
    if arrivals.is_empty() {
        answer.warnings.push(Warning::NoArrivalRules {
            destination: s.destination.region,
        });
    }
    let applicable = applicable(rules, s, at, &exits);
    let places = [s.origin.region, s.destination.region];
    for &policy in &applicable {
        for requirement in policy.requirements() {
            let j = judge::judge(requirement.condition(), s);
            answer.requirements.push(Judged {
                policy,
                requirement,
                status: j.status,
                why: j.why,
                deadline: j.deadline,
            });
        }
        answer.arrival.extend(
            policy
                .arrival()
                .iter()
                .map(|item| FromPolicy { policy, item }),
        );
        answer.notices.extend(
            policy
                .notices()
                .iter()
                .map(|item| FromPolicy { policy, item }),
        );
        add_contacts(&mut answer.contacts, policy.contacts(), &places);
        if let Some(conflict) = conflict(rules, s, policy) {
            add_contacts(&mut answer.contacts, conflict.national.contacts(), &places);
            answer.conflicts.push(conflict);
        }
    }
    answer.newest_source_date = applicable.iter().filter_map(|p| p.newest_source()).max();
    answer
        .warnings
        .extend(stale_warning(answer.newest_source_date, at));
    answer.documents = documents(s, &answer.requirements);
    answer.verdict = verdict::verdict(answer.requirements.iter().map(|r| r.status));
    answer.planned_departure_possible = answer.verdict == Verdict::Eligible;
    if answer.verdict == Verdict::EligibleAfter {
        answer.earliest_departure =
            departure::earliest_departure(rules, s, &applicable, |_, _| true);
        if answer.earliest_departure.is_none() {
            answer.verdict = Verdict::Unknown;
            answer.warnings.push(Warning::StepsOutlastRules {
                until: applicable.iter().filter_map(|p| p.known_until()).min(),
            });
        }
        // Deadlines follow the departure the traveller can actually make.
        if let Some(earliest) = answer.earliest_departure {
            answer.planned_departure_possible = earliest <= at
                && !answer.requirements.iter().any(|r| {
                    matches!(
                        r.why,
                        Why::TestsMissing {
                            feasible: false,
                            ..
                        }
                    )
                });
            if !answer.planned_departure_possible {
                departure::plan_for(s, earliest, &mut answer.requirements);
            }
        }
    }
    answer.what_would_change = what_would_change(rules, at, &answer.requirements);
    answer.published_only =
        published_only(rules, s, &applicable, &answer.requirements).filter(|p| {
            (p.verdict, p.earliest_departure) != (answer.verdict, answer.earliest_departure)
        });
    answer.policies = applicable;
    answer
}

/// Whether a requirement rests only on published sources that nobody
/// disputes: what a traveller can rely on without a phone call.
pub fn firm(policy: &Policy, requirement: &Requirement) -> bool {
    requirement.confidence() == Confidence::Published && policy.disputed_by().is_empty()
}

/// Where some requirement rests on a reported or disputed source, what the
/// answer would be under the firm requirements alone, so that the traveller
/// sees how much the doubtful ones decide (the answer keeps it only where it
/// differs).
fn published_only<'r>(
    rules: &Rules,
    s: &Scenario,
    applicable: &[&Policy],
    judged: &[Judged<'r>],
) -> Option<PublishedOnly<'r>> {
    // Only the doubtful requirements still to meet can change the answer.
    let doubtful: Vec<&'r str> = judged
        .iter()
        .filter(|j| !j.met() && !firm(j.policy, j.requirement))
        .map(|j| j.requirement.id())
        .collect();
    if doubtful.is_empty() {
        return None;
    }
    let verdict = verdict::verdict(
        judged
            .iter()
            .filter(|j| firm(j.policy, j.requirement))
            .map(|j| j.status),
    );
    let earliest_departure = (verdict == Verdict::EligibleAfter)
        .then(|| departure::earliest_departure(rules, s, applicable, firm))
        .flatten();
    // As in `check`: steps that no covered departure allows leave it unknown.
    let verdict = match (verdict, earliest_departure) {
        (Verdict::EligibleAfter, None) => Verdict::Unknown,
        _ => verdict,
    };
    Some(PublishedOnly {
        verdict,
        earliest_departure,
        doubtful,
    })
}

/// The origin's exit policies in force at `at` for a trip that leaves the
/// region they are about, whatever their other conditions.
fn exits<'r>(rules: &'r Rules, s: &Scenario, at: Instant) -> Vec<&'r Policy> {
    rules
        .in_force(Scope::Exit, s.origin.region, at)
        .filter(|p| p.leaves_for(s.destination.region))
        .collect()
}

/// The destination's entry policies in force at `at` for someone arriving
/// from outside their jurisdiction, whatever their other conditions.
fn arrivals<'r>(rules: &'r Rules, s: &Scenario, at: Instant) -> Vec<&'r Policy> {
    rules
        .in_force(Scope::Entry, s.destination.region, at)
        .filter(|p| !p.jurisdiction().contains(s.origin.region))
        .collect()
}

/// The exit and entry policies that apply to this trip at `at`, in the order
/// answers list them: exit before entry, wider layers first, older first.
fn applicable<'r>(
    rules: &'r Rules,
    s: &Scenario,
    at: Instant,
    exits: &[&'r Policy],
) -> Vec<&'r Policy> {
    let mut out: Vec<&Policy> = exits
        .iter()
        .copied()
        .chain(arrivals(rules, s, at))
        .filter(|p| {
            p.applies_to(
                s.origin.risk,
                s.purpose,
                s.departure.mode,
                s.destination.region,
            )
        })
        .collect();
    crate::sort::by_key(&mut out, |p| {
        (p.scope() == Scope::Entry, p.layer(), p.from())
    });
    out
}

/// What residents of the origin may do, from community policies in force now.
fn community_notices<'r>(rules: &'r Rules, s: &Scenario, answer: &mut Answer<'r>) {
    for policy in rules.in_force(Scope::Community, s.origin.region, s.now) {
        answer.notices.extend(
            policy
                .notices()
                .iter()
                .map(|item| FromPolicy { policy, item }),
        );
        add_contacts(&mut answer.contacts, policy.contacts(), &[s.origin.region]);
    }
}

/// Where this policy goes beyond a national rule in force, for this origin.
fn conflict<'r>(rules: &'r Rules, s: &Scenario, policy: &'r Policy) -> Option<Conflict<'r>> {
    let contradiction = policy.contradicts().as_ref()?;
    if !contradiction.when_origin_risk.contains(&s.origin.risk) {
        return None;
    }
    let national = rules
        .national_rule(&contradiction.national_rule)
        .filter(|r| r.in_force(s.departure.at))?;
    let mut complain = Vec::new();
    add_contacts(
        &mut complain,
        national.contacts(),
        &[s.origin.region, s.destination.region],
    );
    Some(Conflict {
        policy,
        contradiction,
        national,
        complain,
    })
}

/// Every document the requirements ask for, once, and whether it is held.
fn documents<'r>(s: &Scenario, judged: &[Judged<'r>]) -> Vec<DocumentNeed<'r>> {
    let mut out: Vec<DocumentNeed> = Vec::new();
    for j in judged {
        let Some(id) = j.requirement.document() else {
            continue;
        };
        // Tests and the code colour are decided by the scenario itself, even
        // when the traveller also lists them as held (CONTRACT.md).
        let held = if j.requirement.condition().held_document().is_none() {
            j.met()
        } else {
            s.documents.contains(&id)
        };
        let by = j.requirement.id();
        let missing = match j.why {
            Why::TestsMissing {
                counting, count, ..
            } => Some(count.saturating_sub(counting)),
            _ => None,
        };
        match out.iter_mut().find(|d| d.id == id) {
            Some(doc) => {
                doc.held &= held;
                doc.required_by.push(by);
                doc.tests_missing = doc.tests_missing.max(missing);
            }
            None => out.push(DocumentNeed {
                id,
                held,
                required_by: vec![by],
                tests_missing: missing,
            }),
        }
    }
    crate::sort::by_key(&mut out, |d| d.id);
    out
}

/// What would lift each block: the time a recent stay stops counting, and
/// the national rules in force at the departure that bear on the block.
fn what_would_change<'r>(rules: &'r Rules, at: Instant, judged: &[Judged<'r>]) -> Vec<Change<'r>> {
    let mut out: Vec<Change> = Vec::new();
    for j in judged {
        let Status::Blocked { blocker } = j.status else {
            continue;
        };
        if out.iter().any(|c| c.blocker == blocker) {
            continue;
        }
        if let Why::RecentStay {
            clears_at, region, ..
        } = j.why
        {
            out.push(Change {
                blocker,
                lift: Lift::StayClears {
                    region,
                    at: clears_at,
                    requirement: j.requirement,
                },
            });
        }
        for rule in rules
            .national_rules_at(at)
            .filter(|r| r.explains().contains(&blocker))
        {
            out.push(Change {
                blocker,
                lift: Lift::NationalRule(rule),
            });
        }
    }
    out
}
