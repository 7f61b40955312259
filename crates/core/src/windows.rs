//! The arithmetic of "N negative tests within H hours, once a day, the last
//! within L hours before departure", and when such a requirement can be met.
//!
//! Windows are closed: a test sampled exactly 48 h before departure is within
//! 48 h. "Once a day" means distinct calendar days in China Standard Time.
//! A test counts from its sampling time (the sources speak of sampling).

use crate::domain::{TestKind, TestResult};
use crate::input::TestRecord;
use crate::time::{CstDay, Instant, Window, HOUR};

/// A negative-tests requirement's parameters, as the rule files write them
/// (`{"negative_tests": {"test": "nat", "count": 2, …}}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TestRule {
    #[serde(rename = "test")]
    pub kind: TestKind,
    pub count: u32,
    pub within_hours: u32,
    pub last_within_hours: u32,
    pub once_a_day: bool,
}

/// What the existing tests amount to for a departure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub met: bool,
    /// Negative tests of the kind inside the window, oldest first.
    pub counted: Vec<Instant>,
    /// How many of them count (distinct days when once a day).
    pub counting: u32,
    /// Whether one of them is within the last-test span.
    pub has_recent: bool,
    /// A positive result that blocks: in the window, or not followed by a
    /// negative test of the kind (a negative sampled at the same instant does
    /// not lift it: when results conflict, the positive stands).
    pub positive: Option<Instant>,
    /// Tests of the kind still waiting for a result.
    pub pending: u32,
    pub window: Window,
    pub last_window: Window,
}

/// What remains to do to meet the requirement for a departure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// More tests to sample.
    pub needed: u32,
    /// When the next one must be sampled.
    pub window: Window,
}

impl TestRule {
    fn within(self) -> i64 {
        i64::from(self.within_hours) * HOUR
    }

    fn last_within(self) -> i64 {
        i64::from(self.last_within_hours) * HOUR
    }

    pub fn assess(self, tests: &[TestRecord], departure: Instant) -> Assessment {
        let window = Window {
            from: departure.plus(-self.within()),
            until: departure,
        };
        let last_window = Window {
            from: departure.plus(-self.last_within()),
            until: departure,
        };
        let inside = |t: Instant| window.from <= t && t <= window.until;
        let mut counted: Vec<Instant> = tests
            .iter()
            .filter(|t| {
                t.kind == self.kind && t.result == TestResult::Negative && inside(t.sampled_at)
            })
            .map(|t| t.sampled_at)
            .collect();
        crate::sort::natural(&mut counted);
        let counting = self.counting(counted.iter().copied());
        let has_recent = counted.iter().any(|t| *t >= last_window.from);
        let latest_negative = tests
            .iter()
            .filter(|t| t.kind == self.kind && t.result == TestResult::Negative)
            .map(|t| t.sampled_at)
            .max();
        let positive = tests
            .iter()
            .filter(|t| t.result == TestResult::Positive)
            .map(|t| t.sampled_at)
            .filter(|at| inside(*at) || latest_negative.is_none_or(|neg| neg <= *at))
            .max();
        let pending = tests
            .iter()
            .filter(|t| t.kind == self.kind && t.result == TestResult::Pending)
            .count();
        Assessment {
            met: positive.is_none() && has_recent && counting >= self.count,
            counting,
            counted,
            has_recent,
            positive,
            pending: u32::try_from(pending).unwrap_or(u32::MAX),
            window,
            last_window,
        }
    }

    fn counting(self, times: impl Iterator<Item = Instant>) -> u32 {
        let n = if self.once_a_day {
            days_of(times).len()
        } else {
            times.count()
        };
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    /// Whether the requirement can be met for `departure` if the traveller
    /// samples more tests from `now` on (one a day when once a day).
    pub fn feasible(self, tests: &[TestRecord], now: Instant, departure: Instant) -> bool {
        self.can_meet(&self.assess(tests, departure), now, departure)
    }

    /// [`TestRule::feasible`] on an assessment already made for `departure`.
    fn can_meet(self, a: &Assessment, now: Instant, departure: Instant) -> bool {
        if a.positive.is_some() {
            return false;
        }
        if a.met {
            return true;
        }
        let earliest_new = now.max(a.window.from);
        if earliest_new > departure {
            return false; // no time left to sample anything before leaving
        }
        if !self.once_a_day {
            return true; // any number of tests can be sampled by departure
        }
        // Existing days plus every day a new test could be sampled on; a new
        // test at departure itself satisfies "the last within L hours".
        // Enough days to decide: at most `count` new ones are ever needed.
        let mut all = a.counted.clone();
        let mut day = earliest_new;
        for _ in 0..self.count {
            if day > departure {
                break;
            }
            all.push(day);
            day = day.next_cst_midnight();
        }
        crate::sort::natural(&mut all);
        days_of(all.into_iter()).len() >= self.count as usize
    }

    /// The earliest departure at or after `not_before` (≥ now) for which the
    /// requirement can be met. Between CST midnights adding time only moves
    /// tests out of the window, so only `not_before` and the midnights after it
    /// need trying; for a valid rule (window ≥ 24 h × (count − 1)) the
    /// `count − 1`-th midnight always works, so `count` candidates suffice.
    pub fn earliest(
        self,
        tests: &[TestRecord],
        now: Instant,
        not_before: Instant,
    ) -> Option<Instant> {
        let start = not_before.max(now);
        let mut candidate = start;
        for _ in 0..self.count.max(1) {
            if self.feasible(tests, now, candidate) {
                return Some(candidate);
            }
            candidate = candidate.next_cst_midnight();
        }
        None
    }

    /// What to sample, and when, for `departure`; `None` when already met or
    /// impossible. With "once a day", a test on a day that already counts
    /// adds nothing, so the window opens on the first day that does not.
    pub fn plan(self, tests: &[TestRecord], now: Instant, departure: Instant) -> Option<Plan> {
        let a = self.assess(tests, departure);
        if a.met || !self.can_meet(&a, now, departure) {
            return None;
        }
        let missing = self.count.saturating_sub(a.counting);
        let counted_days = days_of(a.counted.iter().copied());
        let new_day_from = |from: Instant| {
            let mut t = from;
            // Each counted day is skipped at most once: a bounded loop.
            for _ in 0..=counted_days.len() {
                let skip = self.once_a_day && missing > 0 && counted_days.contains(&t.cst_day());
                if !skip {
                    break;
                }
                t = t.next_cst_midnight();
            }
            t
        };
        // Without a recent test, the last test has the tightest window.
        let (needed, from) = if a.has_recent {
            (missing, new_day_from(now.max(a.window.from)))
        } else {
            (missing.max(1), new_day_from(now.max(a.last_window.from)))
        };
        Some(Plan {
            needed,
            window: Window {
                from: from.min(departure),
                until: departure,
            },
        })
    }
}

/// The distinct CST days of `times`, which come in order (a sorted set
/// without a `BTreeSet`, whose code the WebAssembly would carry for this).
fn days_of(times: impl Iterator<Item = Instant>) -> Vec<CstDay> {
    let mut days: Vec<CstDay> = times.map(Instant::cst_day).collect();
    days.dedup();
    days
}

#[cfg(test)]
mod tests {
    use super::*;

    const XJ: TestRule = TestRule {
        kind: TestKind::Nat,
        count: 2,
        within_hours: 48,
        last_within_hours: 24,
        once_a_day: true,
    };

    fn at(text: &str) -> Instant {
        Instant::parse(text).expect(text)
    }

    fn nat(text: &str, result: TestResult) -> TestRecord {
        TestRecord {
            kind: TestKind::Nat,
            sampled_at: at(text),
            result,
        }
    }

    fn neg(text: &str) -> TestRecord {
        nat(text, TestResult::Negative)
    }

    const DEP: &str = "2022-10-08T10:00:00+08:00";

    #[test]
    fn two_tests_on_distinct_days_within_48h_meet_it() {
        let tests = [
            neg("2022-10-06T20:00:00+08:00"),
            neg("2022-10-07T12:00:00+08:00"),
        ];
        assert!(XJ.assess(&tests, at(DEP)).met);
    }

    #[test]
    fn exactly_48h_and_24h_are_inside() {
        let tests = [
            neg("2022-10-06T10:00:00+08:00"),
            neg("2022-10-07T10:00:00+08:00"),
        ];
        assert!(XJ.assess(&tests, at(DEP)).met);
        let late = [
            neg("2022-10-06T09:59:59+08:00"),
            neg("2022-10-07T10:00:00+08:00"),
        ];
        assert!(!XJ.assess(&late, at(DEP)).met);
        let stale_last = [
            neg("2022-10-06T12:00:00+08:00"),
            neg("2022-10-07T09:59:59+08:00"),
        ];
        assert!(!XJ.assess(&stale_last, at(DEP)).met);
    }

    #[test]
    fn same_cst_day_counts_once() {
        let tests = [
            neg("2022-10-07T11:00:00+08:00"),
            neg("2022-10-07T23:00:00+08:00"),
        ];
        let a = XJ.assess(&tests, at(DEP));
        assert_eq!(a.counting, 1);
        assert!(!a.met);
    }

    #[test]
    fn xinjiang_time_is_converted_before_counting_days() {
        // 23:30 at UTC+6 on the 6th is 01:30 CST on the 7th: the same CST day
        // as a test at noon CST on the 7th.
        let tests = [
            neg("2022-10-06T23:30:00+06:00"),
            neg("2022-10-07T12:00:00+08:00"),
        ];
        assert_eq!(XJ.assess(&tests, at(DEP)).counting, 1);
        let tests = [
            neg("2022-10-06T21:30:00+06:00"),
            neg("2022-10-07T12:00:00+08:00"),
        ];
        assert_eq!(XJ.assess(&tests, at(DEP)).counting, 2);
    }

    #[test]
    fn positive_blocks_until_a_later_negative() {
        let tests = [
            neg("2022-10-06T20:00:00+08:00"),
            nat("2022-10-07T08:00:00+08:00", TestResult::Positive),
        ];
        assert!(XJ.assess(&tests, at(DEP)).positive.is_some());
        assert!(!XJ.feasible(&tests, at("2022-10-07T20:00:00+08:00"), at(DEP)));
        // An old positive, outside the window and followed by negatives, does not.
        let tests = [
            nat("2022-10-01T08:00:00+08:00", TestResult::Positive),
            neg("2022-10-06T20:00:00+08:00"),
        ];
        assert_eq!(XJ.assess(&tests, at(DEP)).positive, None);
    }

    #[test]
    fn only_a_later_negative_of_the_same_kind_lifts_a_positive() {
        let antigen = |text: &str, result| TestRecord {
            kind: TestKind::Antigen,
            sampled_at: at(text),
            result,
        };
        // A NAT positive before the window, followed only by a negative antigen test.
        let tests = [
            neg("2022-10-04T08:00:00+08:00"),
            nat("2022-10-05T08:00:00+08:00", TestResult::Positive),
            antigen("2022-10-05T20:00:00+08:00", TestResult::Negative),
        ];
        assert_eq!(
            XJ.assess(&tests, at(DEP)).positive,
            Some(at("2022-10-05T08:00:00+08:00"))
        );
        // A positive after the last negative blocks even outside the window.
        let tests = [
            neg("2022-10-03T08:00:00+08:00"),
            nat("2022-10-04T08:00:00+08:00", TestResult::Positive),
        ];
        assert!(XJ.assess(&tests, at(DEP)).positive.is_some());
        // A positive inside the window blocks even when a negative followed.
        let tests = [
            neg("2022-10-06T20:00:00+08:00"),
            nat("2022-10-07T08:00:00+08:00", TestResult::Positive),
            neg("2022-10-07T12:00:00+08:00"),
        ];
        assert!(XJ.assess(&tests, at(DEP)).positive.is_some());
        assert!(!XJ.assess(&tests, at(DEP)).met);
    }

    #[test]
    fn conflicting_results_at_the_same_instant_block() {
        let tests = [
            neg("2022-10-01T08:00:00+08:00"),
            nat("2022-10-01T08:00:00+08:00", TestResult::Positive),
        ];
        assert!(XJ.assess(&tests, at(DEP)).positive.is_some());
    }

    #[test]
    fn pending_counts_only_the_rules_kind() {
        let tests = [
            nat("2022-10-07T08:00:00+08:00", TestResult::Pending),
            TestRecord {
                kind: TestKind::Antigen,
                sampled_at: at("2022-10-07T09:00:00+08:00"),
                result: TestResult::Pending,
            },
            neg("2022-10-07T10:00:00+08:00"),
        ];
        assert_eq!(XJ.assess(&tests, at(DEP)).pending, 1);
    }

    #[test]
    fn earliest_with_three_tests_on_distinct_days() {
        let three = TestRule {
            count: 3,
            within_hours: 72,
            last_within_hours: 24,
            ..XJ
        };
        let now = at("2022-10-07T23:00:00+08:00");
        assert_eq!(three.earliest(&[], now, now), Some(at("2022-10-09")));
        let one = TestRule { count: 1, ..XJ };
        assert_eq!(one.earliest(&[], now, now), Some(now));
    }

    #[test]
    fn plan_names_the_window_of_the_next_test() {
        let now = at("2022-10-07T08:00:00+08:00");
        let tests = [neg("2022-10-06T20:00:00+08:00")];
        let plan = XJ.plan(&tests, now, at(DEP)).expect("a plan");
        assert_eq!(plan.needed, 1);
        assert_eq!(plan.window.from, at("2022-10-07T10:00:00+08:00"));
        assert_eq!(plan.window.until, at(DEP));
    }

    #[test]
    fn plan_skips_days_that_already_count() {
        // A test at 10:00 on the 7th counts; another on the 7th adds nothing.
        let now = at("2022-10-07T20:00:00+08:00");
        let tests = [neg("2022-10-07T10:00:00+08:00")];
        let plan = XJ.plan(&tests, now, at(DEP)).expect("a plan");
        assert_eq!(plan.needed, 1);
        assert_eq!(plan.window.from, at("2022-10-08"));
        // Without a recent test, the last must also be on a new day.
        let tests = [neg("2022-10-07T09:00:00+08:00")];
        let plan = XJ
            .plan(&tests, at("2022-10-07T09:30:00+08:00"), at(DEP))
            .expect("a plan");
        assert_eq!(plan.window.from, at("2022-10-08"));
    }

    #[test]
    fn plan_starts_no_earlier_than_now() {
        let now = at("2022-10-07T20:00:00+08:00");
        let plan = XJ.plan(&[], now, at(DEP)).expect("a plan");
        assert_eq!(plan.needed, 2);
        assert_eq!(plan.window.from, now);
    }

    #[test]
    fn earliest_departure_waits_for_a_second_day() {
        // No tests, now 20:00 on the 7th: one today, one tomorrow from 00:00.
        let now = at("2022-10-07T20:00:00+08:00");
        assert_eq!(XJ.earliest(&[], now, now), Some(at("2022-10-08")));
        assert!(!XJ.feasible(&[], now, at("2022-10-07T23:59:59+08:00")));
        // With yesterday's test, a test now suffices: leave now.
        let tests = [neg("2022-10-06T21:00:00+08:00")];
        assert_eq!(XJ.earliest(&tests, now, now), Some(now));
    }

    #[test]
    fn far_future_instants_terminate() {
        // Saturating arithmetic near the end of time must not loop forever.
        let far = Instant::from_unix(i64::MAX - 1);
        assert!(XJ.feasible(&[], far.plus(-2 * 86_400), far));
        let _ = XJ.earliest(&[], far, far);
        let _ = XJ.plan(&[], far.plus(-86_400), far);
    }

    #[test]
    fn a_departure_in_the_past_cannot_be_planned() {
        let now = at("2022-10-09T00:00:00+08:00");
        assert!(!XJ.feasible(&[], now, at(DEP)));
        assert_eq!(XJ.plan(&[], now, at(DEP)), None);
    }
}
