//! Sources and contacts as they appear in every answer.

use crate::domain::{Confidence, ContactPurpose, Text};
use crate::region::{RegionCode, Regions};
use crate::rules::{Contact, Policy, Rules};
use crate::time::{Instant, DAY};
use serde::Serialize;

/// Rules changed every few days in 2022: an answer for a date this long
/// after its newest source says so, in every kind of answer.
pub const STALE_AFTER_DAYS: i64 = 14;

/// How old the sources behind an answer are at the date it is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Freshness {
    pub newest_source_date: Option<Instant>,
    /// Whole days from the newest source to the answer's date.
    pub days_after_newest_source: Option<i64>,
    /// Said when those days exceed [`STALE_AFTER_DAYS`].
    pub warning: Option<Text>,
}

/// The freshness of an answer for `at` that rests on `policies`.
pub fn freshness<'a>(
    rules: &Rules,
    policies: impl IntoIterator<Item = &'a Policy>,
    at: Instant,
) -> Freshness {
    let newest = policies
        .into_iter()
        .flat_map(Policy::citation_ids)
        .filter_map(|id| rules.citations.get(id))
        .map(|c| c.day)
        .max();
    let days = newest.map(|n| (at.unix() - n.unix()).div_euclid(DAY));
    let warning = newest.filter(|n| at > n.plus_days(STALE_AFTER_DAYS)).map(|n| {
        let date = n.to_cst_date();
        Text {
            zh: format!("本答案所依据的最新资料（{date}）距所问时间已超过{STALE_AFTER_DAYS}天，规定可能已变，请向下列电话核实。"),
            en: format!("The time asked about is more than {STALE_AFTER_DAYS} days after the newest source behind this answer ({date}); the rules may have changed: check with the contacts listed."),
        }
    });
    Freshness {
        newest_source_date: newest,
        days_after_newest_source: days,
        warning,
    }
}

/// A source as an answer shows it: who, when, what, from which file, how sure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceOut {
    pub id: String,
    pub issuer: Text,
    pub date: String,
    pub title: String,
    pub file: String,
    pub confidence: Confidence,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub how: Option<Text>,
    pub quote: String,
}

/// Expands citation ids into sources (ids were checked by validation).
pub fn sources(rules: &Rules, ids: &[String]) -> Vec<SourceOut> {
    ids.iter()
        .filter_map(|id| {
            let c = rules.citations.get(id)?;
            Some(SourceOut {
                id: id.clone(),
                issuer: c.issuer.clone(),
                date: c.date.clone(),
                title: c.title.clone(),
                file: c.file.clone(),
                confidence: c.confidence,
                how: c.how.clone(),
                quote: c.quote.clone(),
            })
        })
        .collect()
}

/// The weakest confidence among sources: a rule is only as sure as its
/// least sure source.
pub fn confidence(sources: &[SourceOut]) -> Confidence {
    sources
        .iter()
        .map(|s| s.confidence)
        .max()
        .unwrap_or(Confidence::Reported)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ContactOut {
    pub name: Text,
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub purpose: ContactPurpose,
    pub sources: Vec<SourceOut>,
}

/// Adds the contacts relevant to `places` (a contact limited to a region is
/// shown only when one of the places lies in it), skipping duplicates.
pub fn add_contacts(
    out: &mut Vec<ContactOut>,
    rules: &Rules,
    contacts: &[Contact],
    places: &[RegionCode],
) {
    for contact in contacts {
        let relevant = match contact
            .region
            .as_deref()
            .and_then(|r| Regions::builtin().parse(r))
        {
            Some(region) => places.iter().any(|p| region.contains(*p)),
            None => true,
        };
        let duplicate = out
            .iter()
            .any(|c| c.name == contact.name && c.phone == contact.phone && c.url == contact.url);
        if relevant && !duplicate {
            out.push(ContactOut {
                name: contact.name.clone(),
                phone: contact.phone.clone(),
                url: contact.url.clone(),
                purpose: contact.purpose,
                sources: sources(rules, &contact.sources),
            });
        }
    }
}
