//! The vocabulary of a trip: risk levels, health-code colours, tests,
//! documents. Each is a closed set with a stable spelling (CONTRACT.md).

/// A closed vocabulary: its values, their spellings and how to read one.
pub trait Choice: Sized + Copy + 'static {
    const ALL: &'static [Self];
    /// The accepted spellings, in the order of [`Choice::ALL`].
    const SPELLINGS: &'static [&'static str];
    fn parse(text: &str) -> Option<Self>;
    fn as_str(self) -> &'static str;
}

/// Declares a closed set of values with their stable JSON spellings.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash,
                 serde::Serialize, serde::Deserialize)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $text)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const SPELLINGS: &'static [&'static str] = &[$($text),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl Choice for $name {
            const ALL: &'static [$name] = $name::ALL;
            const SPELLINGS: &'static [&'static str] = $name::SPELLINGS;

            fn parse(text: &str) -> Option<Self> {
                $name::parse(text)
            }

            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

choice! {
    /// The answer to "may this trip go?", in precedence order: the verdict of
    /// an answer is the greatest that any of its requirements calls for.
    Verdict {
        Eligible = "eligible",
        EligibleAfter = "eligible_after",
        NeedsApproval = "needs_approval",
        NotEligible = "not_eligible",
        Unknown = "unknown",
    }
}

choice! {
    /// Why a requirement blocks the departure outright.
    Blocker {
        OriginRiskLow = "origin_risk_low",
        OriginRiskMedium = "origin_risk_medium",
        OriginRiskHigh = "origin_risk_high",
        RecentRiskStay = "recent_risk_stay",
        PositiveTest = "positive_test",
        HealthCodeYellow = "health_code_yellow",
        HealthCodeRed = "health_code_red",
    }
}

choice! {
    /// What a policy is about, which decides which sections it may have.
    Scope {
        /// Leaving the `border` region (default: the jurisdiction) from inside it.
        Exit = "exit",
        /// Arriving in the jurisdiction from outside it.
        Entry = "entry",
        /// Health-code colours of people in the jurisdiction (`cango code`).
        HealthCode = "health_code",
        /// Where people in the jurisdiction get medical care (`cango care`).
        Care = "care",
        /// What residents of the jurisdiction may do (shown as notices).
        Community = "community",
    }
}

choice! {
    /// The kinds of requirement the evaluator knows (see `rules::Condition`).
    RequirementKind {
        NegativeTests = "negative_tests",
        HealthCode = "health_code",
        HealthCodeNot = "health_code_not",
        NoPositiveTest = "no_positive_test",
        NoRiskStay = "no_risk_stay",
        Document = "document",
        Quarantine = "quarantine",
        Approval = "approval",
    }
}

choice! {
    /// Whether any rule covers a `code` or `care` request.
    Coverage { Known = "known", Unknown = "unknown" }
}

choice! {
    /// How a place of care fits the need, best first.
    Fit {
        /// The source lists a department for this need.
        Department = "department",
        /// No department is listed for it; the place offers general care.
        GeneralCare = "general_care",
        /// The source does not list the place's departments: call first.
        DepartmentsNotStated = "departments_not_stated",
    }
}

choice! {
    /// The risk level of an area. `None` is a no-risk area under normal control.
    Risk { None = "none", Low = "low", Medium = "medium", High = "high" }
}

choice! {
    /// How the traveller leaves.
    Mode { Air = "air", Rail = "rail", Road = "road" }
}

choice! {
    /// Why the traveller goes.
    Purpose { Ordinary = "ordinary", Medical = "medical" }
}

choice! {
    /// Health-code colour, ordered from least to most severe.
    HealthCode { Green = "green", Yellow = "yellow", Red = "red" }
}

choice! {
    /// Kind of test: nucleic-acid (PCR) or rapid antigen.
    TestKind { Nat = "nat", Antigen = "antigen" }
}

choice! {
    TestResult { Negative = "negative", Positive = "positive", Pending = "pending" }
}

choice! {
    /// Documents a trip may need (CONTRACT.md, "Document ids").
    DocumentId {
        CommitmentLetter = "commitment_letter",
        ExitCertificate = "exit_certificate",
        NatReports = "nat_reports",
        GreenCode = "green_code",
        QuarantineRelease = "quarantine_release",
        ExpertEvaluation = "expert_evaluation",
        PrefectureApproval = "prefecture_approval",
        BeijingCoordination = "beijing_coordination",
    }
}

choice! {
    /// Steps the destination asks for on arrival.
    ArrivalId {
        ArrivalReport = "arrival_report",
        ArrivalTests3d2t = "arrival_tests_3d2t",
        LandingTest = "landing_test",
        HealthMonitoring = "health_monitoring",
    }
}

choice! {
    /// The issuing layer of a policy, from the widest to the narrowest.
    Layer { National = "national", Province = "province", Prefecture = "prefecture", City = "city", County = "county" }
}

choice! {
    /// How sure we are of a source: a published notice, or only what an
    /// official said by phone or a community notice reported.
    Confidence { Published = "published", Reported = "reported" }
}

choice! {
    /// What a contact is for.
    ContactPurpose { Ask = "ask", Complain = "complain", Book = "book", Emergency = "emergency" }
}

choice! {
    /// Categories of people whose health code Shandong assigns (2022-12-01).
    CodeCategory {
        Infected = "infected",
        CloseContact = "close_contact",
        RegionalCoInvestigation = "regional_co_investigation",
        HighRiskAreaResident = "high_risk_area_resident",
        HighRiskAreaSpillover = "high_risk_area_spillover",
        Inbound = "inbound",
        ClosedLoopWorker = "closed_loop_worker",
        PushedRed = "pushed_red",
        PushedYellow = "pushed_yellow",
        MajorEvent = "major_event",
    }
}

choice! {
    /// What medical care is needed (`cango care`).
    CareNeed {
        Emergency = "emergency",
        Pregnancy = "pregnancy",
        Fever = "fever",
        Surgery = "surgery",
        Critical = "critical",
        Pediatric = "pediatric",
        Oncology = "oncology",
        Dialysis = "dialysis",
        Orthopedics = "orthopedics",
        Internal = "internal",
        Chronic = "chronic",
        General = "general",
    }
}

/// Text of the rules: owned when compiled from files at run time, borrowed
/// from the binary when compiled at build time (`rules/builtin.rs`), so the
/// built-in rules are static data the app uses without parsing anything.
pub type Str = std::borrow::Cow<'static, str>;

/// A list of the rules, owned or static like [`Str`].
pub type List<T> = std::borrow::Cow<'static, [T]>;

/// A text in the languages the rules are written in. Simplified Chinese is
/// the original; English and Uyghur are translations. Uyghur is optional:
/// where it is missing a Uyghur reader gets the Chinese original, which more
/// of them read than English (`cango rules validate` warns of the gap).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: Str,
    pub en: Str,
    /// Not serialized: the contract's texts carry zh and en only, and its
    /// outputs stay as they were.
    #[serde(default, skip_serializing)]
    pub ug: Option<Str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip() {
        for risk in Risk::ALL {
            assert_eq!(Risk::parse(risk.as_str()), Some(*risk));
        }
        for doc in DocumentId::ALL {
            assert_eq!(DocumentId::parse(doc.as_str()), Some(*doc));
        }
        assert_eq!(CodeCategory::ALL.len(), 10);
        assert_eq!(Risk::parse("Low"), None);
        assert_eq!(HealthCode::SPELLINGS, ["green", "yellow", "red"]);
    }

    #[test]
    fn colours_order_by_severity() {
        assert!(HealthCode::Red > HealthCode::Yellow && HealthCode::Yellow > HealthCode::Green);
    }
}
