//! The app's state as a reducer (in the manner of Yew's function_todomvc):
//! every change is an [`Action`]; [`State::reduce`] returns the next state.

use super::i18n::Lang;
use crate::code::CodeEvent;
use crate::domain::{
    CareNeed, CodeCategory, DocumentId, HealthCode, Mode, Purpose, Risk, TestKind, TestResult,
};
use crate::region::{RegionCode, Regions};
use crate::scenario::{Departure, Destination, Origin, Scenario, TestRecord};
use crate::time::{Instant, DAY, HOUR};
use std::rc::Rc;
use yew::Reducible;

/// The example clock: the rules cover 2020–2022, so a first visit checks a
/// trip as of this time (the traveller can switch to the device clock).
pub const EXAMPLE_NOW: i64 = 1_665_144_000; // 2022-10-07T20:00:00+08:00

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Check,
    Code,
    Care,
}

/// Why data found in storage could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    NotJson,
    Schema(Option<u64>),
    Invalid(Vec<String>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredProblem {
    pub raw: String,
    pub reason: Unreadable,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageStatus {
    Ok,
    Unavailable,
    Full,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeForm {
    pub region: RegionCode,
    pub now: Instant,
    pub events: Vec<CodeEvent>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CareForm {
    pub region: RegionCode,
    pub now: Instant,
    pub risk: Risk,
    pub need: CareNeed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub scenario: Scenario,
    /// Whether `scenario.now` follows the device clock (ticks) or is fixed.
    pub device_clock: bool,
    pub lang: Lang,
    pub view: View,
    /// Problems reading the scenario of the link that opened the app.
    pub link_problem: Option<(String, Vec<String>)>,
    pub stored_problem: Option<StoredProblem>,
    pub storage: StorageStatus,
    pub code: CodeForm,
    pub care: CareForm,
    /// The page's address without its fragment, for the shareable link.
    pub base_url: String,
}

pub enum Action {
    Origin(RegionCode),
    Risk(Risk),
    Destination(RegionCode),
    Departure(Instant),
    Mode(Option<Mode>),
    Purpose(Purpose),
    HealthCode(Option<HealthCode>),
    AddTest,
    RemoveTest(usize),
    TestKind(usize, TestKind),
    TestSampled(usize, Instant),
    TestResult(usize, TestResult),
    ToggleDocument(DocumentId),
    RemoveStay(usize),
    /// `None`: follow the device clock.
    Clock(Option<Instant>),
    Tick(Instant),
    Lang(Lang),
    View(View),
    /// A scenario from a link opened in this tab.
    Load {
        scenario: Box<Scenario>,
        device_clock: bool,
    },
    LinkProblem(String, Vec<String>),
    DismissStored,
    Storage(StorageStatus),
    CodeRegion(RegionCode),
    CodeNow(Instant),
    AddEvent,
    RemoveEvent(usize),
    EventCategory(usize, CodeCategory),
    EventSince(usize, Instant),
    EventUntil(usize, Option<Instant>),
    CareRegion(RegionCode),
    CareNow(Instant),
    CareRisk(Risk),
    CareNeed(CareNeed),
}

fn code(text: &str) -> RegionCode {
    Regions::builtin().parse(text).unwrap_or_default()
}

/// The example trip of a first visit: Hami (Yizhou district) to Shanghai by air.
pub fn example_scenario(now: Instant) -> Scenario {
    Scenario {
        now,
        origin: Origin {
            region: code("650502"),
            risk: Risk::None,
        },
        destination: Destination {
            region: code("310000"),
        },
        departure: Departure {
            at: now.next_cst_midnight().plus_hours(10),
            mode: Some(Mode::Air),
        },
        purpose: Purpose::Ordinary,
        health_code: None,
        tests: vec![TestRecord {
            kind: TestKind::Nat,
            sampled_at: now.plus(-DAY),
            result: TestResult::Negative,
        }],
        travel_history: Vec::new(),
        documents: Vec::new(),
    }
}

impl State {
    pub fn new(lang: Lang) -> State {
        let now = Instant::from_unix(EXAMPLE_NOW);
        State {
            scenario: example_scenario(now),
            device_clock: false,
            lang,
            view: View::Check,
            link_problem: None,
            stored_problem: None,
            storage: StorageStatus::Ok,
            code: CodeForm {
                region: code("370700"),
                now: Instant::from_unix(1_670_385_600), // 2022-12-07T12:00:00+08:00
                events: vec![CodeEvent {
                    category: CodeCategory::CloseContact,
                    since: Instant::from_unix(1_669_824_000), // 2022-12-01
                    until: None,
                }],
            },
            care: CareForm {
                region: code("654002"),
                now: Instant::from_unix(1_662_771_600), // 2022-09-10T09:00:00+08:00
                risk: Risk::High,
                need: CareNeed::Dialysis,
            },
            base_url: "index.html".into(),
        }
    }

    /// Form problems that keep the answer from being computed (the core
    /// rejects them as invalid input too).
    pub fn problems(&self) -> Vec<usize> {
        let s = &self.scenario;
        s.tests
            .iter()
            .enumerate()
            .filter(|(_, t)| t.sampled_at > s.now)
            .map(|(i, _)| i)
            .collect()
    }

    pub fn share_url(&self) -> String {
        format!(
            "{}{}",
            self.base_url,
            super::share::fragment(&self.scenario, self.device_clock)
        )
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let s = &mut next.scenario;
        match action {
            Action::Origin(r) => s.origin.region = r,
            Action::Risk(r) => s.origin.risk = r,
            Action::Destination(r) => s.destination.region = r,
            Action::Departure(at) => s.departure.at = at,
            Action::Mode(m) => s.departure.mode = m,
            Action::Purpose(p) => s.purpose = p,
            Action::HealthCode(c) => s.health_code = c,
            Action::AddTest => {
                // A new test sampled at the last full hour before now.
                let at = Instant::from_unix(s.now.unix() - s.now.unix().rem_euclid(HOUR));
                s.tests.push(TestRecord {
                    kind: TestKind::Nat,
                    sampled_at: at,
                    result: TestResult::Negative,
                });
            }
            Action::RemoveTest(i) if i < s.tests.len() => {
                s.tests.remove(i);
            }
            Action::TestKind(i, k) => s.tests.get_mut(i).into_iter().for_each(|t| t.kind = k),
            Action::TestSampled(i, at) => s
                .tests
                .get_mut(i)
                .into_iter()
                .for_each(|t| t.sampled_at = at),
            Action::TestResult(i, r) => s.tests.get_mut(i).into_iter().for_each(|t| t.result = r),
            Action::ToggleDocument(d) => {
                if s.documents.contains(&d) {
                    s.documents.retain(|x| *x != d);
                } else {
                    s.documents.push(d);
                    s.documents.sort();
                }
            }
            Action::RemoveStay(i) if i < s.travel_history.len() => {
                s.travel_history.remove(i);
            }
            Action::Clock(Some(at)) => {
                next.device_clock = false;
                next.scenario.now = at;
            }
            Action::Clock(None) => next.device_clock = true,
            Action::Tick(at) => {
                if next.device_clock {
                    next.scenario.now = at;
                } else {
                    return self;
                }
            }
            Action::Lang(l) => next.lang = l,
            Action::View(v) => next.view = v,
            Action::Load {
                scenario,
                device_clock,
            } => {
                next.scenario = *scenario;
                next.device_clock = device_clock;
                next.link_problem = None;
            }
            Action::LinkProblem(raw, errors) => next.link_problem = Some((raw, errors)),
            Action::DismissStored => next.stored_problem = None,
            Action::Storage(st) => {
                if next.storage == st {
                    return self;
                }
                next.storage = st;
            }
            Action::CodeRegion(r) => next.code.region = r,
            Action::CodeNow(at) => next.code.now = at,
            Action::AddEvent => {
                let since = next.code.now.cst_day().start();
                next.code.events.push(CodeEvent {
                    category: CodeCategory::CloseContact,
                    since,
                    until: None,
                });
            }
            Action::RemoveEvent(i) if i < next.code.events.len() => {
                next.code.events.remove(i);
            }
            Action::EventCategory(i, c) => next
                .code
                .events
                .get_mut(i)
                .into_iter()
                .for_each(|e| e.category = c),
            Action::EventSince(i, at) => next
                .code
                .events
                .get_mut(i)
                .into_iter()
                .for_each(|e| e.since = at),
            Action::EventUntil(i, at) => next
                .code
                .events
                .get_mut(i)
                .into_iter()
                .for_each(|e| e.until = at),
            Action::CareRegion(r) => next.care.region = r,
            Action::CareNow(at) => next.care.now = at,
            Action::CareRisk(r) => next.care.risk = r,
            Action::CareNeed(n) => next.care.need = n,
            Action::RemoveTest(_) | Action::RemoveStay(_) | Action::RemoveEvent(_) => return self,
        }
        Rc::new(next)
    }
}

/// Versioned storage of the trip (localStorage): `{"schema":1,"scenario":{…},"device_clock":bool}`.
pub mod stored {
    use super::{StoredProblem, Unreadable};
    use crate::scenario::Scenario;
    use crate::time::Instant;
    use serde_json::Value;

    pub const KEY: &str = "cango.trip";
    pub const LANG_KEY: &str = "cango.lang";
    pub const SCHEMA: u64 = 1;

    pub fn write(s: &Scenario, device_clock: bool) -> String {
        let scenario =
            serde_json::from_str::<Value>(&super::super::share::scenario_json(s, device_clock))
                .unwrap_or(Value::Null);
        serde_json::json!({ "schema": SCHEMA, "scenario": scenario, "device_clock": device_clock })
            .to_string()
    }

    /// Reads stored data; anything that cannot be read comes back whole, with why.
    pub fn read(raw: &str, device_now: Instant) -> Result<(Scenario, bool), StoredProblem> {
        let problem = |reason| StoredProblem {
            raw: raw.to_string(),
            reason,
        };
        let value: Value = serde_json::from_str(raw).map_err(|_| problem(Unreadable::NotJson))?;
        let schema = value.get("schema").and_then(Value::as_u64);
        if schema != Some(SCHEMA) {
            return Err(problem(Unreadable::Schema(schema)));
        }
        let device_clock = value
            .get("device_clock")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let scenario = value.get("scenario").cloned().unwrap_or(Value::Null);
        Scenario::from_value(&scenario, device_now)
            .map(|s| (s, device_clock))
            .map_err(|errors| {
                problem(Unreadable::Invalid(
                    errors.iter().map(ToString::to_string).collect(),
                ))
            })
    }
}
