//! Departure planning: the earliest departure if the traveller does
//! everything listed, and the test windows for it.

use super::answer::Judged;
use super::judge::test_deadline;
use crate::input::Scenario;
use crate::rules::{Condition, Policy, Requirement, Rules};
use crate::time::Instant;
use crate::windows::TestRule;

/// The earliest departure if the traveller does everything listed: after any
/// quarantine, when every test requirement can be met, and while the very
/// policies that asked for these steps are in force (a departure computed
/// from them is no answer at a time they do not cover). `None` when no such
/// time exists. Only the requirements `counted` keeps are planned for (all
/// of them, or those resting on published, undisputed sources).
pub fn earliest_departure(
    rules: &Rules,
    s: &Scenario,
    policies: &[&Policy],
    counted: impl Fn(&Policy, &Requirement) -> bool,
) -> Option<Instant> {
    let conditions = || {
        policies
            .iter()
            .flat_map(|p| p.requirements().iter().map(move |r| (*p, r)))
            .filter(|(p, r)| counted(p, r))
            .map(|(_, r)| r.condition())
    };
    let in_force_from = policies.iter().map(|p| p.from()).max()?;
    let mut not_before = s.now.max(in_force_from);
    for condition in conditions() {
        if let Condition::Quarantine { days, release } = condition {
            if !s.documents.contains(release) {
                not_before = not_before.max(s.now.plus_days(i64::from(*days)));
            }
        }
    }
    let test_rules: Vec<TestRule> = conditions().filter_map(test_rule).collect();
    // The same policies, and no others, must answer for the time found (so
    // none of them has ended or passed its horizon by then, and none other
    // has begun). Where others answer, the search goes on from the next
    // instant at which the policies in force change: the rules of the
    // planned departure may begin only after a time that suits the tests.
    let same_rules = |at: Instant| {
        let then = super::applicable(rules, s, at, &super::exits(rules, s, at));
        then.len() == policies.len() && then.iter().zip(policies).all(|(a, b)| a.id() == b.id())
    };
    for _ in 0..16 {
        let candidate = settle(&test_rules, s, not_before)?;
        if same_rules(candidate) {
            return Some(candidate);
        }
        not_before = next_change(rules, candidate)?;
    }
    None
}

/// The first instant from `not_before` at which every test rule can be met:
/// each rule's earliest is a lower bound for all, so iterate to a common
/// point (`None` when none exists or it does not settle).
fn settle(test_rules: &[TestRule], s: &Scenario, not_before: Instant) -> Option<Instant> {
    let mut candidate = not_before;
    for _ in 0..8 {
        let mut moved = false;
        for rule in test_rules {
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

/// The first instant after `at` at which a policy begins or stops being in
/// force (its start, end or horizon).
fn next_change(rules: &Rules, at: Instant) -> Option<Instant> {
    rules
        .policies()
        .iter()
        .flat_map(|p| [Some(p.from()), p.known_until()])
        .flatten()
        .filter(|t| *t > at)
        .min()
}

fn test_rule(condition: &Condition) -> Option<TestRule> {
    match condition {
        Condition::NegativeTests(rule) => Some(*rule),
        _ => None,
    }
}

/// Where the planned departure cannot be made, test windows are given for
/// the earliest departure instead (tests that count for the planned
/// departure may no longer count then).
pub fn plan_for(s: &Scenario, earliest: Instant, judged: &mut [Judged]) {
    for j in judged.iter_mut() {
        let Some(rule) = test_rule(j.requirement.condition()) else {
            continue;
        };
        if let Some(plan) = rule.plan(&s.tests, s.now, earliest) {
            j.deadline = Some(test_deadline(plan, true));
        }
    }
}
