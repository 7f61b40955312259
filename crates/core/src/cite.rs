//! What every kind of answer shares about its sources: the contacts that
//! concern a trip, how sure a list of sources is, and when an answer's
//! sources are too old to trust without a call.

use crate::domain::{Confidence, Str};
use crate::region::RegionCode;
use crate::rules::{Citation, Contact, Rules};
use crate::time::Instant;
use crate::trip::Warning;

/// Rules changed every few days in 2022: an answer for a date this long
/// after its newest source says so, in every kind of answer.
pub const STALE_AFTER_DAYS: i64 = 14;

/// The warning for an answer about `at` whose newest source is dated `newest`.
pub fn stale_warning(newest: Option<Instant>, at: Instant) -> Option<Warning> {
    let newest = newest?;
    (at > newest.plus_days(STALE_AFTER_DAYS)).then_some(Warning::Stale { newest })
}

/// The weakest confidence among the cited sources: a rule is only as sure
/// as its least sure source.
pub fn weakest(rules: &Rules, ids: &[Str]) -> Confidence {
    weakest_of(rules.cited(ids))
}

/// The weakest confidence among these citations (`reported` when there are
/// none: nothing published stands behind it).
pub fn weakest_of<'r>(citations: impl IntoIterator<Item = &'r Citation>) -> Confidence {
    citations
        .into_iter()
        .map(Citation::confidence)
        .max()
        .unwrap_or(Confidence::Reported)
}

/// Adds the contacts that concern a trip touching `places`, skipping
/// channels already listed.
pub fn add_contacts<'r>(
    out: &mut Vec<&'r Contact>,
    contacts: &'r [Contact],
    places: &[RegionCode],
) {
    for contact in contacts {
        if contact.concerns(places) && !out.iter().any(|c| c.same_channel(contact)) {
            out.push(contact);
        }
    }
}
