//! `cango care`: where can I get medical care now?

use crate::cite::{self, add_contacts, ContactOut, SourceOut};
use crate::code::{not_covered, Coverage};
use crate::domain::{CareNeed, Risk, Text};
use crate::input::{parse_json, InputError, Reader};
use crate::region::{RegionCode, Regions};
use crate::rules::{CarePlace, Rules, Scope};
use crate::time::Instant;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CareRequest {
    pub now: Instant,
    pub region: RegionCode,
    pub risk: Risk,
    pub need: CareNeed,
}

/// How a place fits the need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// The source lists a department for this need.
    Department,
    /// No department is listed for it; the place offers general care.
    GeneralCare,
    /// The source does not list the place's departments: call first.
    DepartmentsNotStated,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlaceOut {
    pub id: String,
    pub name: Text,
    pub phones: Vec<String>,
    pub access: Text,
    pub fit: Fit,
    pub sources: Vec<SourceOut>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AdviceOut {
    pub text: Text,
    pub sources: Vec<SourceOut>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CareAnswer {
    pub status: Coverage,
    pub now: Instant,
    pub region: RegionCode,
    pub region_name: &'static str,
    pub risk: Risk,
    pub need: CareNeed,
    pub policy: Option<String>,
    pub places: Vec<PlaceOut>,
    pub advice: Vec<AdviceOut>,
    /// The emergency number: always 120, the national ambulance number.
    pub emergency: &'static str,
    pub contacts: Vec<ContactOut>,
    pub summary: String,
    /// The date of the newest source behind the answer, and whole days from
    /// it to `now`.
    pub newest_source_date: Option<Instant>,
    pub days_after_newest_source: Option<i64>,
    /// Until when the policy's sources support it.
    pub horizon: Option<Instant>,
    /// Cautions about the answer itself (stale sources).
    pub warnings: Vec<Text>,
}

/// The national emergency (ambulance) number.
pub const EMERGENCY: &str = "120";

impl CareRequest {
    pub fn from_json(text: &str, default_now: Instant) -> Result<CareRequest, Vec<InputError>> {
        let value = parse_json(text)?;
        let mut r = Reader::default();
        let request = (|| {
            let map = r.object(&value, "", &["now", "region", "risk", "need"])?;
            let now = r.now(map, default_now);
            let region = r
                .required(map, "", "region")
                .and_then(|(v, p)| r.region(v, &p));
            let risk = r
                .required(map, "", "risk")
                .and_then(|(v, p)| r.choice(v, &p, Risk::parse, Risk::expected));
            let need = r
                .required(map, "", "need")
                .and_then(|(v, p)| r.choice(v, &p, CareNeed::parse, CareNeed::expected));
            Some(CareRequest {
                now: now?,
                region: region?,
                risk: risk?,
                need: need?,
            })
        })();
        r.finish(request)
    }
}

fn fit(place: &CarePlace, need: CareNeed) -> Option<Fit> {
    match &place.departments {
        None => Some(Fit::DepartmentsNotStated),
        Some(d) if d.contains(&need) => Some(Fit::Department),
        Some(d) if d.contains(&CareNeed::General) => Some(Fit::GeneralCare),
        Some(_) => None,
    }
}

pub fn care(rules: &Rules, req: &CareRequest) -> CareAnswer {
    let policy = rules.in_force(Scope::Care, req.region, req.now).last();
    let mut answer = CareAnswer {
        status: Coverage::Unknown,
        now: req.now,
        region: req.region,
        region_name: Regions::builtin().name(req.region),
        risk: req.risk,
        need: req.need,
        policy: None,
        places: Vec::new(),
        advice: Vec::new(),
        emergency: EMERGENCY,
        contacts: Vec::new(),
        summary: String::new(),
        newest_source_date: None,
        days_after_newest_source: None,
        horizon: None,
        warnings: Vec::new(),
    };
    let Some(policy) = policy else {
        let unknown = not_covered("care", req.region, req.now);
        answer.summary = format!("{unknown} In an emergency call {EMERGENCY}.");
        return answer;
    };
    answer.status = Coverage::Known;
    answer.policy = Some(policy.id.clone());
    let fresh = cite::freshness(rules, [policy], req.now);
    answer.newest_source_date = fresh.newest_source_date;
    answer.days_after_newest_source = fresh.days_after_newest_source;
    answer.warnings.extend(fresh.warning);
    answer.horizon = policy.known_until();
    let mut places: Vec<(Fit, &CarePlace)> = policy
        .care_places
        .iter()
        .filter(|p| p.risks.contains(&req.risk))
        .filter_map(|p| fit(p, req.need).map(|f| (f, p)))
        .collect();
    places.sort_by_key(|(f, _)| *f as u8);
    answer.places = places
        .into_iter()
        .map(|(fit, p)| PlaceOut {
            id: p.id.clone(),
            name: p.name.clone(),
            phones: p.phones.clone(),
            access: p.access.clone(),
            fit,
            sources: cite::sources(rules, &p.sources),
        })
        .collect();
    answer.advice = policy
        .care_advice
        .iter()
        .filter(|a| a.needs.contains(&req.need) && a.risks.contains(&req.risk))
        .map(|a| AdviceOut {
            text: a.text.clone(),
            sources: cite::sources(rules, &a.sources),
        })
        .collect();
    add_contacts(&mut answer.contacts, rules, &policy.contacts, &[req.region]);
    answer.summary = format!(
        "{} place(s) for {} from a {}-risk area of {}; emergency {EMERGENCY}.",
        answer.places.len(),
        req.need,
        req.risk,
        answer.region_name
    );
    answer
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(json: &str) -> CareAnswer {
        let rules = Rules::builtin().expect("valid rules");
        let now = Instant::parse("2022-09-10T09:00:00+08:00").expect("now");
        care(
            rules,
            &CareRequest::from_json(json, now).expect("valid request"),
        )
    }

    #[test]
    fn high_risk_dialysis_goes_to_yellow_code_hospitals() {
        let a = answer(r#"{"region":"654002","risk":"high","need":"dialysis"}"#);
        assert_eq!(a.status, Coverage::Known);
        let ids: Vec<&str> = a.places.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["yining-peoples-hospital", "yili-xinhua-hospital"]);
        assert!(a.places[0].phones.contains(&"0999-8036815".to_string()));
        assert_eq!(a.places[1].fit, Fit::DepartmentsNotStated);
    }

    #[test]
    fn low_risk_orthopedics_goes_to_tcm_hospital() {
        let a = answer(r#"{"region":"654002","risk":"low","need":"orthopedics"}"#);
        let ids: Vec<&str> = a.places.iter().map(|p| p.id.as_str()).collect();
        // The department first, then any institution: all work normally (source 003).
        assert_eq!(ids, ["yili-tcm-hospital", "yining-any-institution"]);
    }

    #[test]
    fn high_risk_pregnancy_calls_120() {
        let a = answer(r#"{"region":"654002","risk":"medium","need":"pregnancy"}"#);
        assert!(a.advice.iter().any(|x| x.text.zh.contains("120")));
        assert!(a
            .contacts
            .iter()
            .any(|c| c.phone.as_deref() == Some("0999-8181898")));
    }

    #[test]
    fn elsewhere_or_before_is_unknown_with_120() {
        let a = answer(r#"{"region":"650102","risk":"high","need":"fever"}"#);
        assert_eq!(a.status, Coverage::Unknown);
        assert!(a.places.is_empty());
        assert_eq!(a.emergency, "120");
        let a = answer(
            r#"{"now":"2022-09-08T09:00:00+08:00","region":"654002","risk":"high","need":"fever"}"#,
        );
        assert_eq!(a.status, Coverage::Unknown);
    }
}
