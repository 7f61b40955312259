//! The verdict: the greatest that any requirement's status calls for.

use super::answer::Status;
use crate::domain::Verdict;

/// The verdict a status alone calls for. `unknown` comes from no status: it
/// is the answer when no rule covers the trip at all.
pub fn called_for(status: Status) -> Verdict {
    match status {
        Status::Met => Verdict::Eligible,
        Status::ToDo => Verdict::EligibleAfter,
        Status::Approval => Verdict::NeedsApproval,
        Status::Blocked { .. } => Verdict::NotEligible,
    }
}

/// The verdict of a covered trip: the maximum, in precedence order, over
/// its requirements' statuses; `eligible` when none asks for anything.
pub fn verdict(statuses: impl IntoIterator<Item = Status>) -> Verdict {
    statuses
        .into_iter()
        .map(called_for)
        .max()
        .unwrap_or(Verdict::Eligible)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Blocker;

    #[test]
    fn the_most_severe_status_decides() {
        let blocked = Status::Blocked {
            blocker: Blocker::PositiveTest,
        };
        assert_eq!(verdict([]), Verdict::Eligible);
        assert_eq!(verdict([Status::Met, Status::Met]), Verdict::Eligible);
        assert_eq!(verdict([Status::Met, Status::ToDo]), Verdict::EligibleAfter);
        assert_eq!(
            verdict([Status::ToDo, Status::Approval, Status::Met]),
            Verdict::NeedsApproval
        );
        assert_eq!(
            verdict([Status::Approval, blocked, Status::ToDo]),
            Verdict::NotEligible
        );
        // The order of statuses does not matter.
        assert_eq!(
            verdict([blocked, Status::Approval]),
            verdict([Status::Approval, blocked])
        );
    }

    #[test]
    fn precedence_is_the_order_of_the_verdicts() {
        assert!(Verdict::Unknown > Verdict::NotEligible);
        assert!(Verdict::NotEligible > Verdict::NeedsApproval);
        assert!(Verdict::NeedsApproval > Verdict::EligibleAfter);
        assert!(Verdict::EligibleAfter > Verdict::Eligible);
    }
}
