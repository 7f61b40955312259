//! One judge per kind of requirement: the scenario's facts in, a status and
//! the facts it rests on out, for the planned departure.

use super::answer::{Deadline, Status, Why};
use crate::domain::{Blocker, DocumentId, HealthCode, Risk, TestKind, TestResult, Text};
use crate::input::Scenario;
use crate::rules::Condition;
use crate::time::{Instant, DAY};
use crate::windows::TestRule;

/// What a judge concludes.
#[derive(Debug, PartialEq, Eq)]
pub struct Judgement<'r> {
    pub status: Status,
    pub why: Why<'r>,
    pub deadline: Option<Deadline>,
}

impl<'r> Judgement<'r> {
    fn new(status: Status, why: Why<'r>) -> Self {
        Judgement {
            status,
            why,
            deadline: None,
        }
    }

    fn blocked(blocker: Blocker, why: Why<'r>) -> Self {
        Judgement::new(Status::Blocked { blocker }, why)
    }
}

/// Judges a condition for the scenario's planned departure.
pub fn judge<'r>(condition: &'r Condition, s: &Scenario) -> Judgement<'r> {
    match condition {
        Condition::NegativeTests(rule) => negative_tests(*rule, s),
        Condition::HealthCode { colour } => health_code(*colour, s.health_code),
        Condition::HealthCodeNot { colours } => health_code_not(colours, s.health_code),
        Condition::NoPositiveTest { tests } => no_positive_test(tests, s),
        Condition::NoRiskStay {
            days,
            levels,
            include_origin,
        } => no_risk_stay(*days, levels, *include_origin, s),
        Condition::Document { document } => document_held(*document, s),
        Condition::Quarantine { days, release } => quarantine(*days, *release, s),
        Condition::Approval {
            authority,
            document,
        } => approval(authority, *document, s),
    }
}

fn negative_tests<'r>(rule: TestRule, s: &Scenario) -> Judgement<'r> {
    let a = rule.assess(&s.tests, s.departure.at);
    if let Some(sampled_at) = a.positive {
        return Judgement::blocked(Blocker::PositiveTest, Why::TestPositive { sampled_at });
    }
    if a.met {
        return Judgement::new(
            Status::Met,
            Why::TestsMet {
                counted: a.counted,
                window: a.window,
            },
        );
    }
    // Not met, so a plan exists exactly when it can still be met.
    let plan = rule.plan(&s.tests, s.now, s.departure.at);
    Judgement {
        status: Status::ToDo,
        why: Why::TestsMissing {
            test: rule.kind,
            counting: a.counting,
            count: rule.count,
            has_recent: a.has_recent,
            last_window: a.last_window,
            pending: a.pending,
            feasible: plan.is_some(),
        },
        deadline: plan.map(|plan| test_deadline(plan, false)),
    }
}

/// The window of a test plan as a deadline.
pub fn test_deadline(plan: crate::windows::Plan, for_earliest_departure: bool) -> Deadline {
    Deadline {
        from: plan.window.from,
        until: plan.window.until,
        tests_needed: Some(plan.needed),
        for_earliest_departure,
    }
}

/// The blocker for a health code of a colour that is not allowed.
fn code_blocker(colour: HealthCode) -> Blocker {
    match colour {
        HealthCode::Red => Blocker::HealthCodeRed,
        HealthCode::Yellow | HealthCode::Green => Blocker::HealthCodeYellow,
    }
}

fn health_code<'r>(required: HealthCode, given: Option<HealthCode>) -> Judgement<'r> {
    match given {
        Some(colour) if colour == required => {
            Judgement::new(Status::Met, Why::CodeMatches { colour })
        }
        Some(colour) => {
            Judgement::blocked(code_blocker(colour), Why::CodeDiffers { colour, required })
        }
        // Never assumed green: the traveller is asked for it.
        None => Judgement::new(Status::ToDo, Why::CodeNotGiven { required }),
    }
}

fn health_code_not(forbidden: &[HealthCode], given: Option<HealthCode>) -> Judgement<'_> {
    match given {
        Some(colour) if forbidden.contains(&colour) => {
            Judgement::blocked(code_blocker(colour), Why::CodeForbidden { colour })
        }
        Some(colour) => Judgement::new(Status::Met, Why::CodeNotForbidden { colour }),
        None => Judgement::new(Status::ToDo, Why::CodeUnstated { forbidden }),
    }
}

fn no_positive_test<'r>(tests: &'r [TestKind], s: &Scenario) -> Judgement<'r> {
    match standing_positive(s, tests) {
        Some(sampled_at) => {
            Judgement::blocked(Blocker::PositiveTest, Why::TestPositive { sampled_at })
        }
        None => Judgement::new(Status::Met, Why::NoPositiveTest { tests }),
    }
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

fn origin_blocker(risk: Risk) -> Blocker {
    match risk {
        Risk::High => Blocker::OriginRiskHigh,
        Risk::Medium => Blocker::OriginRiskMedium,
        Risk::Low | Risk::None => Blocker::OriginRiskLow,
    }
}

fn no_risk_stay<'r>(
    days: u32,
    levels: &[Risk],
    include_origin: bool,
    s: &Scenario,
) -> Judgement<'r> {
    if include_origin && levels.contains(&s.origin.risk) {
        let risk = s.origin.risk;
        return Judgement::blocked(origin_blocker(risk), Why::OriginAtRisk { risk });
    }
    let span = i64::from(days) * DAY;
    let recent = s
        .travel_history
        .iter()
        .filter(|stay| levels.contains(&stay.risk) && stay.until.plus(span) > s.departure.at)
        .max_by_key(|stay| stay.until);
    match recent {
        Some(stay) => Judgement::blocked(
            Blocker::RecentRiskStay,
            Why::RecentStay {
                region: stay.region,
                risk: stay.risk,
                until: stay.until,
                clears_at: stay.until.plus(span),
            },
        ),
        None => Judgement::new(Status::Met, Why::NoStay { days }),
    }
}

fn document_held<'r>(document: DocumentId, s: &Scenario) -> Judgement<'r> {
    if s.documents.contains(&document) {
        Judgement::new(Status::Met, Why::DocumentHeld { document })
    } else {
        Judgement::new(Status::ToDo, Why::DocumentMissing { document })
    }
}

fn quarantine<'r>(days: u32, release: DocumentId, s: &Scenario) -> Judgement<'r> {
    if s.documents.contains(&release) {
        return Judgement::new(Status::Met, Why::QuarantineDone { document: release });
    }
    let ends = s.now.plus_days(i64::from(days));
    Judgement {
        status: Status::ToDo,
        why: Why::QuarantineNeeded {
            days,
            ends_at_earliest: ends,
        },
        deadline: Some(Deadline {
            from: s.now,
            until: ends,
            tests_needed: None,
            for_earliest_departure: false,
        }),
    }
}

fn approval<'r>(authority: &'r Text, document: DocumentId, s: &Scenario) -> Judgement<'r> {
    if s.documents.contains(&document) {
        Judgement::new(Status::Met, Why::Approved { document })
    } else {
        Judgement::new(
            Status::Approval,
            Why::ApprovalNeeded {
                authority,
                document,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Mode, Purpose};
    use crate::input::{Departure, Destination, Origin, Stay, TestRecord};
    use crate::region::Regions;

    fn at(text: &str) -> Instant {
        Instant::parse(text).expect(text)
    }

    fn scenario() -> Scenario {
        let region = |code: &str| Regions::builtin().parse(code).expect(code);
        Scenario {
            now: at("2022-10-07T20:00:00+08:00"),
            origin: Origin {
                region: region("650102"),
                risk: Risk::None,
            },
            destination: Destination {
                region: region("310000"),
            },
            departure: Departure {
                at: at("2022-10-08T10:00:00+08:00"),
                mode: Some(Mode::Air),
            },
            purpose: Purpose::Ordinary,
            health_code: None,
            tests: Vec::new(),
            travel_history: Vec::new(),
            documents: Vec::new(),
        }
    }

    fn nat(sampled: &str, result: TestResult) -> TestRecord {
        TestRecord {
            kind: TestKind::Nat,
            sampled_at: at(sampled),
            result,
        }
    }

    const TWO_IN_48H: TestRule = TestRule {
        kind: TestKind::Nat,
        count: 2,
        within_hours: 48,
        last_within_hours: 24,
        once_a_day: true,
    };

    #[test]
    fn tests_met_missing_and_positive() {
        let mut s = scenario();
        // Within 48 h of the departure (10-08 10:00), on two CST days.
        s.tests = vec![
            nat("2022-10-06T12:00:00+08:00", TestResult::Negative),
            nat("2022-10-07T12:00:00+08:00", TestResult::Negative),
        ];
        assert_eq!(negative_tests(TWO_IN_48H, &s).status, Status::Met);
        s.tests.pop();
        let missing = negative_tests(TWO_IN_48H, &s);
        assert_eq!(missing.status, Status::ToDo);
        assert_eq!(missing.deadline.and_then(|d| d.tests_needed), Some(1));
        s.tests
            .push(nat("2022-10-07T12:00:00+08:00", TestResult::Positive));
        assert_eq!(
            negative_tests(TWO_IN_48H, &s).status,
            Status::Blocked {
                blocker: Blocker::PositiveTest
            }
        );
    }

    #[test]
    fn a_code_not_given_is_never_green() {
        assert_eq!(health_code(HealthCode::Green, None).status, Status::ToDo);
        assert_eq!(
            health_code(HealthCode::Green, Some(HealthCode::Yellow)).status,
            Status::Blocked {
                blocker: Blocker::HealthCodeYellow
            }
        );
        let red = [HealthCode::Red];
        assert_eq!(health_code_not(&red, None).status, Status::ToDo);
        assert_eq!(
            health_code_not(&red, Some(HealthCode::Yellow)).status,
            Status::Met
        );
        assert_eq!(
            health_code_not(&red, Some(HealthCode::Red)).status,
            Status::Blocked {
                blocker: Blocker::HealthCodeRed
            }
        );
    }

    #[test]
    fn a_positive_stands_until_a_later_negative_of_its_kind() {
        let mut s = scenario();
        s.tests = vec![nat("2022-10-06T09:00:00+08:00", TestResult::Positive)];
        let kinds = [TestKind::Nat, TestKind::Antigen];
        assert!(matches!(
            no_positive_test(&kinds, &s).status,
            Status::Blocked { .. }
        ));
        s.tests.push(TestRecord {
            kind: TestKind::Antigen,
            sampled_at: at("2022-10-07T09:00:00+08:00"),
            result: TestResult::Negative,
        });
        assert!(matches!(
            no_positive_test(&kinds, &s).status,
            Status::Blocked { .. }
        ));
        s.tests
            .push(nat("2022-10-07T10:00:00+08:00", TestResult::Pending));
        assert!(matches!(
            no_positive_test(&kinds, &s).status,
            Status::Blocked { .. }
        ));
        s.tests
            .push(nat("2022-10-07T11:00:00+08:00", TestResult::Negative));
        assert_eq!(no_positive_test(&kinds, &s).status, Status::Met);
    }

    #[test]
    fn stays_count_for_their_days_and_the_origin_counts_when_asked() {
        let mut s = scenario();
        let levels = [Risk::Medium, Risk::High];
        s.travel_history = vec![Stay {
            region: s.origin.region,
            risk: Risk::Medium,
            until: at("2022-10-01T10:00:00+08:00"),
        }];
        // 7 × 24 h after 10-01 10:00 is exactly the departure: cleared.
        assert_eq!(no_risk_stay(7, &levels, false, &s).status, Status::Met);
        assert_eq!(
            no_risk_stay(8, &levels, false, &s).status,
            Status::Blocked {
                blocker: Blocker::RecentRiskStay
            }
        );
        s.origin.risk = Risk::High;
        assert_eq!(
            no_risk_stay(7, &levels, true, &s).status,
            Status::Blocked {
                blocker: Blocker::OriginRiskHigh
            }
        );
        assert_eq!(no_risk_stay(7, &levels, false, &s).status, Status::Met);
    }

    #[test]
    fn documents_quarantine_and_approval() {
        let mut s = scenario();
        let letter = DocumentId::CommitmentLetter;
        assert_eq!(document_held(letter, &s).status, Status::ToDo);
        let q = quarantine(7, DocumentId::QuarantineRelease, &s);
        assert_eq!(q.status, Status::ToDo);
        assert_eq!(q.deadline.map(|d| d.until), Some(s.now.plus_days(7)));
        let authority = Text {
            zh: "地州指挥部".into(),
            en: "The prefecture HQ".into(),
            ug: None,
        };
        let approval_needed = approval(&authority, DocumentId::PrefectureApproval, &s);
        assert_eq!(approval_needed.status, Status::Approval);
        s.documents = vec![
            letter,
            DocumentId::QuarantineRelease,
            DocumentId::PrefectureApproval,
        ];
        assert_eq!(document_held(letter, &s).status, Status::Met);
        assert_eq!(
            quarantine(7, DocumentId::QuarantineRelease, &s).status,
            Status::Met
        );
        assert_eq!(
            approval(&authority, DocumentId::PrefectureApproval, &s).status,
            Status::Met
        );
    }
}
