//! `cango care`: where can I get medical care now? Facts only: `explain`
//! words them.

use crate::cite::{add_contacts, stale_warning};
use crate::domain::{CareNeed, Coverage, Fit, Scope};
use crate::input::CareRequest;
use crate::rules::{CareAdvice, CarePlace, Contact, Policy, Rules};
use crate::trip::Warning;

/// The national emergency (ambulance) number: always the answer's last resort.
pub const EMERGENCY: &str = "120";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CareAnswer<'r> {
    pub coverage: Coverage,
    pub request: CareRequest,
    pub policy: Option<&'r Policy>,
    /// Places that serve people from the request's risk level and fit the
    /// need, best fit first.
    pub places: Vec<(Fit, &'r CarePlace)>,
    pub advice: Vec<&'r CareAdvice>,
    pub contacts: Vec<&'r Contact>,
    /// Cautions about the answer itself (stale sources).
    pub warnings: Vec<Warning>,
}

fn fit(place: &CarePlace, need: CareNeed) -> Option<Fit> {
    match &place.departments {
        None => Some(Fit::DepartmentsNotStated),
        Some(d) if d.contains(&need) => Some(Fit::Department),
        Some(d) if d.contains(&CareNeed::General) => Some(Fit::GeneralCare),
        Some(_) => None,
    }
}

pub fn care<'r>(rules: &'r Rules, req: &CareRequest) -> CareAnswer<'r> {
    let policy = rules.in_force(Scope::Care, req.region, req.now).last();
    let mut answer = CareAnswer {
        coverage: Coverage::Unknown,
        request: *req,
        policy,
        places: Vec::new(),
        advice: Vec::new(),
        contacts: Vec::new(),
        warnings: Vec::new(),
    };
    let Some(policy) = policy else {
        return answer;
    };
    answer.coverage = Coverage::Known;
    answer
        .warnings
        .extend(stale_warning(policy.newest_source(), req.now));
    answer.places = policy
        .care_places()
        .iter()
        .filter(|p| p.risks.contains(&req.risk))
        .filter_map(|p| fit(p, req.need).map(|f| (f, p)))
        .collect();
    // Stable: places of one fit keep the order of the source.
    crate::sort::by_key(&mut answer.places, |(f, _)| *f);
    answer.advice = policy
        .care_advice()
        .iter()
        .filter(|a| a.needs.contains(&req.need) && a.risks.contains(&req.risk))
        .collect();
    add_contacts(&mut answer.contacts, policy.contacts(), &[req.region]);
    answer
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::Instant;

    fn answer(json: &str) -> CareAnswer<'static> {
        let rules = Rules::builtin();
        let now = Instant::parse("2022-09-10T09:00:00+08:00").expect("now");
        care(
            rules,
            &CareRequest::from_json(json, now).expect("valid request"),
        )
    }

    #[test]
    fn high_risk_dialysis_goes_to_yellow_code_hospitals() {
        let a = answer(r#"{"region":"654002","risk":"high","need":"dialysis"}"#);
        assert_eq!(a.coverage, Coverage::Known);
        let ids: Vec<&str> = a.places.iter().map(|(_, p)| &*p.id).collect();
        assert_eq!(ids, ["yining-peoples-hospital", "yili-xinhua-hospital"]);
        assert!(a.places[0].1.phones.contains(&"0999-8036815".into()));
        assert_eq!(a.places[1].0, Fit::DepartmentsNotStated);
    }

    #[test]
    fn low_risk_orthopedics_goes_to_tcm_hospital() {
        let a = answer(r#"{"region":"654002","risk":"low","need":"orthopedics"}"#);
        let ids: Vec<&str> = a.places.iter().map(|(_, p)| &*p.id).collect();
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
            .any(|c| c.phone().as_deref() == Some("0999-8181898")));
    }

    #[test]
    fn elsewhere_or_before_is_unknown_with_120() {
        let a = answer(r#"{"region":"650102","risk":"high","need":"fever"}"#);
        assert_eq!(a.coverage, Coverage::Unknown);
        assert!(a.places.is_empty());
        assert_eq!(EMERGENCY, "120");
        let a = answer(
            r#"{"now":"2022-09-08T09:00:00+08:00","region":"654002","risk":"high","need":"fever"}"#,
        );
        assert_eq!(a.coverage, Coverage::Unknown);
    }
}
