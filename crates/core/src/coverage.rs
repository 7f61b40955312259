//! Which policies, requirements and kinds of requirement a set of requests
//! exercises: how rule maintainers see what the golden scenarios leave
//! untested (`cango rules coverage`, and the tests that keep it complete).

use crate::care::care;
use crate::code::code;
use crate::input::{CareRequest, CodeRequest, InputError, Scenario};
use crate::rules::Rules;
use crate::time::Instant;
use crate::trip::check;
use serde::Serialize;
use std::collections::BTreeMap;

/// A request of any of the three kinds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    Check(Scenario),
    Code(CodeRequest),
    Care(CareRequest),
}

/// The kinds of golden case, by the folder they live in.
pub const GOLDEN_KINDS: [&str; 3] = ["check", "code", "care"];

impl Request {
    /// The request of a golden case of `kind` (`check`, `code` or `care`):
    /// its `scenario` or its `request`, `now` defaulting to `default_now`.
    pub fn from_golden(
        kind: &str,
        case: &serde_json::Value,
        default_now: Instant,
    ) -> Result<Request, Vec<InputError>> {
        match kind {
            "check" => {
                Scenario::from_json(&case["scenario"].to_string(), default_now).map(Request::Check)
            }
            "code" => {
                CodeRequest::from_json(&case["request"].to_string(), default_now).map(Request::Code)
            }
            _ => {
                CareRequest::from_json(&case["request"].to_string(), default_now).map(Request::Care)
            }
        }
    }
}

/// Per policy, requirement and kind of requirement: the names of the
/// requests that exercise it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RuleCoverage {
    pub scenarios: usize,
    pub policies: BTreeMap<String, Vec<String>>,
    pub requirements: BTreeMap<String, Vec<String>>,
    pub requirement_kinds: BTreeMap<String, Vec<String>>,
    pub uncovered_policies: Vec<String>,
    pub uncovered_requirements: Vec<String>,
}

/// Evaluates each named request and records what it used.
pub fn coverage<'a>(
    rules: &Rules,
    requests: impl IntoIterator<Item = (&'a str, &'a Request)>,
) -> RuleCoverage {
    let mut cov = RuleCoverage::default();
    for p in rules.policies() {
        cov.policies.insert(p.id().to_string(), Vec::new());
        for r in p.requirements() {
            cov.requirements.insert(r.id().to_string(), Vec::new());
            cov.requirement_kinds
                .entry(r.kind().as_str().to_string())
                .or_default();
        }
    }
    for (name, request) in requests {
        let mut used: Vec<String> = Vec::new();
        match request {
            Request::Check(scenario) => {
                let answer = check(rules, scenario);
                used.extend(answer.policies.iter().map(|p| p.id().to_string()));
                used.extend(answer.notices.iter().map(|n| n.policy.id().to_string()));
                for j in &answer.requirements {
                    let id = j.requirement.id();
                    cov.requirements
                        .entry(id.to_string())
                        .or_default()
                        .push(name.to_string());
                    let users = cov
                        .requirement_kinds
                        .entry(j.requirement.kind().as_str().to_string())
                        .or_default();
                    if !users.iter().any(|u| u == name) {
                        users.push(name.to_string());
                    }
                }
            }
            Request::Code(request) => {
                used.extend(code(rules, request).policy.map(|p| p.id().to_string()))
            }
            Request::Care(request) => {
                used.extend(care(rules, request).policy.map(|p| p.id().to_string()))
            }
        }
        used.sort();
        used.dedup();
        for id in used {
            cov.policies.entry(id).or_default().push(name.to_string());
        }
        cov.scenarios += 1;
    }
    let unused = |map: &BTreeMap<String, Vec<String>>| {
        map.iter()
            .filter(|(_, users)| users.is_empty())
            .map(|(id, _)| id.clone())
            .collect::<Vec<_>>()
    };
    cov.uncovered_policies = unused(&cov.policies);
    cov.uncovered_requirements = unused(&cov.requirements);
    cov
}
