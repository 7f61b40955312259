//! Sources and contacts as they appear in every answer.

use crate::domain::{Confidence, ContactPurpose, Text};
use crate::region::{RegionCode, Regions};
use crate::rules::{Contact, Rules};
use serde::Serialize;

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
