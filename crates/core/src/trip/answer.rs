//! What `check` finds: facts only. Every sentence a person reads is made
//! from these by `explain`; rule texts and sources stay in the rules and are
//! referred to, not copied.

use crate::domain::{Blocker, DocumentId, HealthCode, Risk, TestKind, Text, Verdict};
use crate::region::RegionCode;
use crate::rules::{
    ArrivalStep, Contact, Contradiction, NationalRule, Notice, Period, Policy, Requirement,
};
use crate::time::{Instant, Window};
use serde::Serialize;

/// The answer to "may this trip go?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer<'r> {
    pub verdict: Verdict,
    /// For `eligible_after`: the first instant at which everything listed can
    /// be done, while the same rules apply.
    pub earliest_departure: Option<Instant>,
    /// Whether the planned departure can be made (for `eligible_after`: by
    /// doing everything listed in time); when not, deadlines are for
    /// `earliest_departure`.
    pub planned_departure_possible: bool,
    pub now: Instant,
    pub departure: Instant,
    pub origin: RegionCode,
    pub destination: RegionCode,
    pub documents: Vec<DocumentNeed<'r>>,
    pub requirements: Vec<Judged<'r>>,
    pub arrival: Vec<FromPolicy<'r, ArrivalStep>>,
    pub conflicts: Vec<Conflict<'r>>,
    pub contacts: Vec<&'r Contact>,
    pub notices: Vec<FromPolicy<'r, Notice>>,
    pub what_would_change: Vec<Change<'r>>,
    /// The policies the answer rests on, exit before entry, wider first.
    pub policies: Vec<&'r Policy>,
    /// The date of the newest source behind those policies.
    pub newest_source_date: Option<Instant>,
    /// Cautions about the answer itself.
    pub warnings: Vec<Warning>,
    /// For an `unknown` answer: when rules for leaving the origin are known.
    pub known_periods: Vec<Period>,
    /// Where reported or disputed requirements change the answer: the answer
    /// under the published, undisputed requirements alone.
    pub published_only: Option<PublishedOnly<'r>>,
}

/// The answer under the requirements that rest on published, undisputed
/// sources alone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PublishedOnly<'r> {
    pub verdict: Verdict,
    pub earliest_departure: Option<Instant>,
    /// The requirements still to meet that it leaves out (reported, or
    /// disputed), by id.
    pub doubtful: Vec<&'r str>,
}

impl Answer<'_> {
    /// Whether the traveller must still take tests: then no departure comes
    /// before their results, whatever instant the arithmetic allows (a test
    /// has no result at the instant it is sampled).
    pub fn tests_to_take(&self) -> bool {
        self.requirements
            .iter()
            .any(|r| matches!(r.why, Why::TestsMissing { .. }) && r.deadline.is_some())
    }

    /// The date of the newest of the rules used (the latest `from`).
    pub fn rules_as_of(&self) -> Option<Instant> {
        self.policies.iter().map(|p| p.from()).max()
    }

    /// Whole days from the newest source to the departure (negative before it).
    pub fn days_after_newest_source(&self) -> Option<i64> {
        self.newest_source_date
            .map(|n| crate::time::days_between(n, self.departure))
    }
}

/// An item of a policy, with the policy it comes from.
#[derive(Debug, PartialEq, Eq)]
pub struct FromPolicy<'r, T> {
    pub policy: &'r Policy,
    pub item: &'r T,
}

// Derived `Clone`/`Copy` would ask `T: Clone`; two references are always Copy.
impl<T> Clone for FromPolicy<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for FromPolicy<'_, T> {}

/// A document the trip needs, and whether the traveller holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentNeed<'r> {
    pub id: DocumentId,
    pub held: bool,
    /// The ids of the requirements that ask for it.
    pub required_by: Vec<&'r str>,
    /// For test results not yet all held: how many more negative tests the
    /// most demanding of its requirements still needs, so that a partly
    /// held document says what is missing.
    pub tests_missing: Option<u32>,
}

/// One requirement, judged for this trip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judged<'r> {
    pub policy: &'r Policy,
    pub requirement: &'r Requirement,
    pub status: Status,
    pub why: Why<'r>,
    /// When the next step must happen (the next test's sampling window, the
    /// quarantine).
    pub deadline: Option<Deadline>,
}

impl Judged<'_> {
    pub fn met(&self) -> bool {
        self.status == Status::Met
    }

    /// The reading said with it: the requirement's own, else its policy's
    /// for the place the policy is about.
    pub fn reading(&self, origin: RegionCode, destination: RegionCode) -> Option<&Text> {
        self.requirement.reading().as_ref().or_else(|| {
            self.policy
                .reading_for(about(self.policy, origin, destination))
        })
    }
}

/// The place a travel policy is about: the destination for an entry
/// policy, the origin for an exit policy.
pub fn about(policy: &Policy, origin: RegionCode, destination: RegionCode) -> RegionCode {
    match policy.scope() {
        crate::domain::Scope::Entry => destination,
        _ => origin,
    }
}

/// The state of one requirement, in the order of the verdicts they lead to.
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

/// The facts a requirement looked at, and what it concluded: what `explain`
/// turns into the sentence "why".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum Why<'r> {
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
        forbidden: &'r [HealthCode],
    },
    /// The latest result of each of these kinds of test is not positive.
    NoPositiveTest {
        tests: &'r [TestKind],
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
        authority: &'r Text,
        document: DocumentId,
    },
}

/// A window in which the next step must happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub from: Instant,
    pub until: Instant,
    /// How many more tests (for test requirements).
    pub tests_needed: Option<u32>,
    /// Whether the window is for the earliest possible departure because the
    /// planned one cannot be made.
    pub for_earliest_departure: bool,
}

/// A requirement that goes beyond a national rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict<'r> {
    pub policy: &'r Policy,
    pub contradiction: &'r Contradiction,
    pub national: &'r NationalRule,
    /// Where to complain.
    pub complain: Vec<&'r Contact>,
}

/// What would lift a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change<'r> {
    pub blocker: Blocker,
    pub lift: Lift<'r>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lift<'r> {
    /// The days counted since a stay in `region` run out `at`; the
    /// requirement that counts them is the source.
    StayClears {
        region: RegionCode,
        at: Instant,
        requirement: &'r Requirement,
    },
    /// A national rule in force at the departure that bears on the block.
    NationalRule(&'r NationalRule),
}

/// A caution about an answer itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// CanGo knows no rule for arriving at the destination at that date.
    NoArrivalRules { destination: RegionCode },
    /// The time asked about is more than [`crate::cite::STALE_AFTER_DAYS`]
    /// after the newest source (dated `newest`).
    Stale { newest: Instant },
    /// A colour change falls past the date to which the sources support the
    /// rule (`horizon`).
    ChangeAfterHorizon { horizon: Instant },
    /// The planned departure is before `now`: the answer is about the past.
    DepartureInPast { departure: Instant, now: Instant },
    /// `now` is past every date the rules for leaving the origin are known to:
    /// later trips are answered `unknown`.
    RulesEndBeforeNow { until: Instant },
    /// What is listed cannot be done before the planned departure, nor while
    /// the rules asking for it are known (to `until`, where they end): the
    /// departure it would allow is one no rule data covers, so the answer is
    /// `unknown` rather than a guess.
    StepsOutlastRules { until: Option<Instant> },
}
