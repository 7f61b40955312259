//! The app's state as a reducer (in the manner of Yew's function_todomvc):
//! every change is an [`Action`]; [`State::reduce`] returns the next state.
//! Each view has its part of the state and its own actions, reduced by its
//! [`Reduce`]: the trip ([`TripState`], [`TripAction`]), the health-code
//! request ([`CodeRequest`], [`CodeAction`]) and the care request
//! ([`CareRequest`], [`CareAction`]). The requests are the core's own types,
//! so the views answer them as `cango code` and `cango care` do. Where the
//! trip comes from ([`Source`]) decides whether it is saved: a link's is
//! not, until the traveller keeps it.

use super::i18n::Lang;
use cango_core::domain::{
    CareNeed, CodeCategory, DocumentId, HealthCode, Mode, Purpose, Risk, TestKind, TestResult,
};
use cango_core::input::CareRequest;
use cango_core::input::{CodeEvent, CodeRequest, InputError};
use cango_core::input::{Departure, Destination, Origin, Scenario, TestRecord};
use cango_core::region::{RegionCode, Regions};
use cango_core::time::{Instant, DAY, HOUR};
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
    Invalid(Vec<InputError>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredProblem {
    pub raw: String,
    pub reason: Unreadable,
}

/// Where the trip on screen comes from, and so whether it is saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The traveller's own trip: saved on this device after every change.
    Own,
    /// A link's trip: shown, and editable, but never saved over the
    /// traveller's own trip until they keep it ([`Action::Keep`]). Editing
    /// it does not count as keeping: a recipient trying "what if" on someone
    /// else's trip must not lose their own on the first tap. `own` is their
    /// trip, kept aside for [`Action::BackToOwn`] (`None`: this device holds
    /// none).
    Link { own: Option<Box<TripState>> },
}

/// Which browser the page is open in, from its user agent: only to word the
/// hints (where WeChat hides "copy link" and "open in browser"); what the
/// page does depends on what the browser can do, tried at the time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Host {
    /// Any browser, or an in-app browser that does not say which.
    #[default]
    Browser,
    /// WeChat's in-app browser (`MicroMessenger`): a page opened from a chat.
    WeChat,
    /// A WeChat mini-program's `<web-view>` (`miniProgram`): no "open in
    /// browser" there, and sharing sends a mini-program card.
    MiniProgram,
}

impl Host {
    /// Reads a user agent (WeChat's own, and its mini-programs', add
    /// `MicroMessenger/…` and `miniProgram`).
    pub fn from_user_agent(user_agent: &str) -> Host {
        let ua = user_agent.to_ascii_lowercase();
        if ua.contains("miniprogram") {
            Host::MiniProgram
        } else if ua.contains("micromessenger") {
            Host::WeChat
        } else {
            Host::Browser
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Host::Browser => "browser",
            Host::WeChat => "wechat",
            Host::MiniProgram => "miniprogram",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageStatus {
    Ok,
    Unavailable,
    Full,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub trip: TripState,
    pub source: Source,
    /// Whether the trip form is folded into one line, so that the answer
    /// comes first (a link opens so).
    pub folded: bool,
    /// Whether the trip on screen is the example of a first visit, not yet
    /// changed: the page says so, so nobody takes it for their own.
    pub example: bool,
    pub lang: Lang,
    pub view: View,
    /// Problems reading the scenario of the link that opened the app.
    pub link_problem: Option<(String, Vec<InputError>)>,
    pub stored_problem: Option<StoredProblem>,
    pub storage: StorageStatus,
    /// The health-code view's request, as `cango code` reads it.
    pub code: CodeRequest,
    /// The care view's request, as `cango care` reads it.
    pub care: CareRequest,
    /// The page's address without its fragment, for the shareable link.
    pub base_url: String,
    /// Which browser the page is open in (for the wording of hints).
    pub host: Host,
    /// Whether the browser has a share sheet (`navigator.share`).
    pub share_sheet: bool,
}

/// Every change to the app: one view's own, or the app's.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Trip(TripAction),
    Code(CodeAction),
    Care(CareAction),
    Lang(Lang),
    View(View),
    /// The device clock's time, every few seconds.
    Tick(Instant),
    /// A scenario from a link opened in this tab: shown as a link's trip.
    Load {
        scenario: Box<Scenario>,
        device_clock: bool,
    },
    LinkProblem(String, Vec<InputError>),
    /// Keeps the link's trip as the traveller's own: saved from now on.
    Keep,
    /// Shows the traveller's own trip again, instead of the link's.
    BackToOwn,
    /// Folds the trip form into one line (`true`) or opens it.
    Fold(bool),
    DismissStored,
    Storage(StorageStatus),
}

/// A view's part of the state and the actions that change it. Unlike Yew's
/// `Reducible` it changes in place: [`State::reduce`] clones once and hands
/// each view its part.
pub trait Reduce {
    type Action;

    /// Applies `action`; `false` when it changed nothing (an index past the
    /// end), so that the app keeps the same state and skips a render.
    fn reduce(&mut self, action: Self::Action) -> bool;
}

/// The check view: the trip and the clock it is checked at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TripState {
    pub scenario: Scenario,
    /// Whether `scenario.now` follows the device clock (ticks) or is fixed.
    pub device_clock: bool,
}

/// A change to the trip form.
#[derive(Clone, Debug, PartialEq)]
pub enum TripAction {
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
    /// Check as of this fixed time.
    FixClock(Instant),
    /// Follow the device clock, whose time is now this (applied at once,
    /// not at the next tick).
    FollowDevice(Instant),
}

impl TripState {
    /// The device clock's time: it moves `now` only when the trip follows it.
    pub fn tick(&mut self, at: Instant) -> bool {
        if self.device_clock {
            self.scenario.now = at;
        }
        self.device_clock
    }

    /// Whether two trips are the same, `now` aside when both follow the
    /// device clock (each read it at its own moment).
    fn same(&self, other: &TripState) -> bool {
        let now = match self.device_clock {
            true => self.scenario.now,
            false => other.scenario.now,
        };
        self.device_clock == other.device_clock
            && self.scenario
                == Scenario {
                    now,
                    ..other.scenario.clone()
                }
    }
}

impl Reduce for TripState {
    type Action = TripAction;

    fn reduce(&mut self, action: TripAction) -> bool {
        let s = &mut self.scenario;
        match action {
            TripAction::Origin(r) => s.origin.region = r,
            TripAction::Risk(r) => s.origin.risk = r,
            TripAction::Destination(r) => s.destination.region = r,
            TripAction::Departure(at) => s.departure.at = at,
            TripAction::Mode(m) => s.departure.mode = m,
            TripAction::Purpose(p) => s.purpose = p,
            TripAction::HealthCode(c) => s.health_code = c,
            TripAction::AddTest => {
                // A new test sampled at the last full hour before now.
                let at = Instant::from_unix(s.now.unix() - s.now.unix().rem_euclid(HOUR));
                s.tests.push(TestRecord {
                    kind: TestKind::Nat,
                    sampled_at: at,
                    result: TestResult::Negative,
                });
            }
            TripAction::RemoveTest(i) => return remove(&mut s.tests, i),
            TripAction::TestKind(i, k) => return edit(&mut s.tests, i, |t| t.kind = k),
            TripAction::TestSampled(i, at) => return edit(&mut s.tests, i, |t| t.sampled_at = at),
            TripAction::TestResult(i, r) => return edit(&mut s.tests, i, |t| t.result = r),
            TripAction::ToggleDocument(d) => {
                // Sorted and without repeats, so that one set of documents
                // always makes the same link.
                if s.documents.contains(&d) {
                    s.documents.retain(|x| *x != d);
                } else {
                    s.documents.push(d);
                    cango_core::sort::natural(&mut s.documents);
                }
            }
            TripAction::RemoveStay(i) => return remove(&mut s.travel_history, i),
            TripAction::FixClock(at) => {
                self.device_clock = false;
                s.now = at;
            }
            TripAction::FollowDevice(at) => {
                self.device_clock = true;
                s.now = at;
            }
        }
        true
    }
}

/// A change to the health-code view.
#[derive(Clone, Debug, PartialEq)]
pub enum CodeAction {
    Region(RegionCode),
    Now(Instant),
    AddEvent,
    RemoveEvent(usize),
    EventCategory(usize, CodeCategory),
    EventSince(usize, Instant),
    EventUntil(usize, Option<Instant>),
}

impl Reduce for CodeRequest {
    type Action = CodeAction;

    fn reduce(&mut self, action: CodeAction) -> bool {
        match action {
            CodeAction::Region(r) => self.region = r,
            CodeAction::Now(at) => self.now = at,
            CodeAction::AddEvent => {
                // 00:00 CST today: events are dated by the day.
                let since = self.now.cst_day().start();
                self.code_events.push(CodeEvent {
                    category: CodeCategory::CloseContact,
                    since,
                    until: None,
                });
            }
            CodeAction::RemoveEvent(i) => return remove(&mut self.code_events, i),
            CodeAction::EventCategory(i, c) => {
                return edit(&mut self.code_events, i, |e| e.category = c)
            }
            CodeAction::EventSince(i, at) => {
                return edit(&mut self.code_events, i, |e| e.since = at)
            }
            CodeAction::EventUntil(i, at) => {
                return edit(&mut self.code_events, i, |e| e.until = at)
            }
        }
        true
    }
}

/// A change to the care view.
#[derive(Clone, Debug, PartialEq)]
pub enum CareAction {
    Region(RegionCode),
    Now(Instant),
    Risk(Risk),
    Need(CareNeed),
}

impl Reduce for CareRequest {
    type Action = CareAction;

    fn reduce(&mut self, action: CareAction) -> bool {
        match action {
            CareAction::Region(r) => self.region = r,
            CareAction::Now(at) => self.now = at,
            CareAction::Risk(r) => self.risk = r,
            CareAction::Need(n) => self.need = n,
        }
        true
    }
}

/// Removes item `i`; `false` when there is none (a stale click).
fn remove<T>(items: &mut Vec<T>, i: usize) -> bool {
    let present = i < items.len();
    if present {
        items.remove(i);
    }
    present
}

/// Changes item `i`; `false` when there is none (a stale edit).
fn edit<T>(items: &mut [T], i: usize, change: impl FnOnce(&mut T)) -> bool {
    items.get_mut(i).map(change).is_some()
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
    /// The code or care view in the address, after the trip (nothing for
    /// the check view): so that a link opens the view it was copied from.
    pub fn tool_fragment(&self) -> String {
        let (name, request) = match self.view {
            View::Check => return String::new(),
            View::Code => ("code", self.code.to_json()),
            View::Care => ("care", self.care.to_json()),
        };
        super::share::tool_fragment(name, &request)
    }

    pub fn new(lang: Lang) -> State {
        let now = Instant::from_unix(EXAMPLE_NOW);
        State {
            trip: TripState {
                scenario: example_scenario(now),
                device_clock: false,
            },
            source: Source::Own,
            folded: false,
            example: true,
            lang,
            view: View::Check,
            link_problem: None,
            stored_problem: None,
            storage: StorageStatus::Ok,
            code: CodeRequest {
                region: code("370700"),
                now: Instant::from_unix(1_670_385_600), // 2022-12-07T12:00:00+08:00
                code_events: vec![CodeEvent {
                    category: CodeCategory::CloseContact,
                    since: Instant::from_unix(1_669_824_000), // 2022-12-01
                    until: None,
                }],
            },
            care: CareRequest {
                region: code("654002"),
                now: Instant::from_unix(1_662_771_600), // 2022-09-10T09:00:00+08:00
                risk: Risk::High,
                need: CareNeed::Dialysis,
            },
            base_url: "index.html".into(),
            host: Host::Browser,
            share_sheet: false,
        }
    }

    /// Opens on what the browser holds: the link's trip (shown as in
    /// [`State::show_link`]), else the traveller's own stored trip, else the
    /// example.
    pub fn open(&mut self, own: Option<TripState>, link: Option<TripState>) {
        self.example = own.is_none() && link.is_none();
        match link {
            Some(trip) => self.show_link(trip, own),
            None => {
                if let Some(own) = own {
                    self.trip = own;
                }
            }
        }
    }

    /// Shows a link's trip, answer first, with `own` kept aside. A link that
    /// holds the traveller's own trip is their trip: the address carries it
    /// after every change, so a reload opens on such a link.
    fn show_link(&mut self, trip: TripState, own: Option<TripState>) {
        if own.as_ref().is_some_and(|own| own.same(&trip)) {
            self.source = Source::Own;
        } else {
            self.source = Source::Link {
                own: own.map(Box::new),
            };
            self.folded = true;
        }
        self.trip = trip;
    }

    /// Whether the trip on screen is saved as it changes: the traveller's
    /// own, and no unreadable stored data that saving would overwrite.
    pub fn saves_trip(&self) -> bool {
        self.source == Source::Own && self.stored_problem.is_none()
    }

    pub fn share_url(&self) -> String {
        format!(
            "{}{}",
            self.base_url,
            super::share::fragment(&self.trip.scenario, self.trip.device_clock)
        )
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let changed = match action {
            Action::Trip(a) => {
                let changed = next.trip.reduce(a);
                next.example &= !changed;
                changed
            }
            Action::Code(a) => next.code.reduce(a),
            Action::Care(a) => next.care.reduce(a),
            Action::Tick(at) => {
                // The own trip kept aside follows the clock too, so that it
                // comes back at the device's time.
                let aside = match &mut next.source {
                    Source::Link { own: Some(own) } => own.tick(at),
                    _ => false,
                };
                next.trip.tick(at) | aside
            }
            Action::Lang(l) => {
                next.lang = l;
                true
            }
            Action::View(v) => {
                next.view = v;
                true
            }
            Action::Load {
                scenario,
                device_clock,
            } => {
                next.example = false;
                // The trip on screen is the traveller's own unless it is
                // itself a link's: then their own is still the one aside.
                let own = match &next.source {
                    Source::Own => Some(next.trip.clone()),
                    Source::Link { own } => own.as_deref().cloned(),
                };
                let trip = TripState {
                    scenario: *scenario,
                    device_clock,
                };
                next.show_link(trip, own);
                next.link_problem = None;
                true
            }
            Action::Keep => {
                let changed = next.source != Source::Own;
                next.source = Source::Own;
                changed
            }
            Action::BackToOwn => match std::mem::replace(&mut next.source, Source::Own) {
                Source::Link { own: Some(own) } => {
                    next.trip = *own;
                    true
                }
                // Nothing to go back to: the link's trip stays as it was.
                _ => false,
            },
            Action::Fold(folded) => {
                let changed = next.folded != folded;
                next.folded = folded;
                changed
            }
            Action::LinkProblem(raw, errors) => {
                next.link_problem = Some((raw, errors));
                true
            }
            Action::DismissStored => {
                next.stored_problem = None;
                // "Discard it and resume saving": with the unreadable trip
                // gone there is no own trip for a link's to be saved over,
                // so the trip on screen becomes the one saved.
                if next.source == (Source::Link { own: None }) {
                    next.source = Source::Own;
                }
                true
            }
            // Storage is reported after every save: only a change renders.
            Action::Storage(st) => {
                let changed = next.storage != st;
                next.storage = st;
                changed
            }
        };
        if changed {
            Rc::new(next)
        } else {
            self
        }
    }
}

/// Versioned storage of the trip (localStorage): `{"schema":1,"scenario":{…},"device_clock":bool}`.
pub mod stored {
    use super::{StoredProblem, Unreadable};
    use cango_core::input::Scenario;
    use cango_core::json::{object, parse, Value};
    use cango_core::time::Instant;

    pub const KEY: &str = "cango.trip";
    pub const LANG_KEY: &str = "cango.lang";
    pub const SCHEMA: u64 = 1;

    pub fn write(s: &Scenario, device_clock: bool) -> String {
        let stored = object([
            ("schema", Value::Number(SCHEMA.to_string())),
            (
                "scenario",
                super::super::share::scenario_value(s, device_clock),
            ),
            ("device_clock", device_clock.into()),
        ]);
        stored.to_string()
    }

    /// Reads stored data; anything that cannot be read comes back whole, with why.
    pub fn read(raw: &str, device_now: Instant) -> Result<(Scenario, bool), StoredProblem> {
        let problem = |reason| StoredProblem {
            raw: raw.to_string(),
            reason,
        };
        let value = parse(raw).map_err(|_| problem(Unreadable::NotJson))?;
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
            .map_err(|errors| problem(Unreadable::Invalid(errors)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use cango_core::domain::DocumentId;
    use cango_core::input::Stay;

    fn at(text: &str) -> Instant {
        Instant::parse(text).expect(text)
    }

    fn start() -> Rc<State> {
        Rc::new(State::new(Lang::En))
    }

    /// Applies each action in turn, as Yew's `use_reducer` does.
    fn after(state: &Rc<State>, actions: impl IntoIterator<Item = Action>) -> Rc<State> {
        actions
            .into_iter()
            .fold(state.clone(), |s, action| s.reduce(action))
    }

    fn trip(action: TripAction) -> Action {
        Action::Trip(action)
    }

    #[test]
    fn the_host_is_read_from_wechat_user_agents() {
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148";
        let android = "Mozilla/5.0 (Linux; Android 13; M2012K11AC) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110005 MMWEBSDK/20230805";
        assert_eq!(Host::from_user_agent(iphone), Host::Browser);
        let wechat =
            format!("{iphone} MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN");
        assert_eq!(Host::from_user_agent(&wechat), Host::WeChat);
        let android_wechat = format!(
            "{android} MMWEBID/1 MicroMessenger/8.0.42.2460(0x28002A58) WeChat/arm64 Weixin"
        );
        assert_eq!(Host::from_user_agent(&android_wechat), Host::WeChat);
        let mini = format!("{android_wechat} miniProgram/wx1234567890abcdef");
        assert_eq!(Host::from_user_agent(&mini), Host::MiniProgram);
        assert_eq!(Host::MiniProgram.tag(), "miniprogram");
    }

    #[test]
    fn discarding_unreadable_data_resumes_saving_the_trip_on_screen() {
        let mut s = State::new(Lang::En);
        s.stored_problem = Some(StoredProblem {
            raw: "{".into(),
            reason: Unreadable::NotJson,
        });
        // The address held a trip: with nothing readable stored, a link's.
        let mut link = s.trip.clone();
        link.scenario.origin.risk = Risk::Low;
        s.open(None, Some(link));
        assert!(!s.saves_trip());
        let s = after(&Rc::new(s), [Action::DismissStored]);
        assert_eq!(s.source, Source::Own);
        assert!(s.saves_trip());
    }

    #[test]
    fn the_example_is_said_until_the_trip_is_changed_or_replaced() {
        let s = start();
        assert!(s.example);
        // A tick with a fixed clock changes nothing: still the example.
        assert!(after(&s, [Action::Tick(s.trip.scenario.now.plus(60))]).example);
        assert!(!after(&s, [trip(TripAction::Risk(Risk::Low))]).example);
        let mut opened = State::new(Lang::En);
        opened.open(Some(s.trip.clone()), None);
        assert!(!opened.example, "a stored trip is the traveller's own");
    }

    #[test]
    fn trip_fields_are_set() {
        let (hami, shanghai) = (code("650502"), code("310000"));
        let departure = at("2022-10-09T08:00:00+08:00");
        let s = after(
            &start(),
            [
                trip(TripAction::Origin(shanghai)),
                trip(TripAction::Risk(Risk::Medium)),
                trip(TripAction::Destination(hami)),
                trip(TripAction::Departure(departure)),
                trip(TripAction::Mode(None)),
                trip(TripAction::Purpose(Purpose::Medical)),
                trip(TripAction::HealthCode(Some(HealthCode::Yellow))),
            ],
        );
        let sc = &s.trip.scenario;
        assert_eq!(sc.origin.region, shanghai);
        assert_eq!(sc.origin.risk, Risk::Medium);
        assert_eq!(sc.destination.region, hami);
        assert_eq!(
            sc.departure,
            Departure {
                at: departure,
                mode: None
            }
        );
        assert_eq!(sc.purpose, Purpose::Medical);
        assert_eq!(sc.health_code, Some(HealthCode::Yellow));
        // Nothing else moved (and it is no longer the example).
        let mut expected = State::new(Lang::En);
        (expected.trip.scenario, expected.example) = (sc.clone(), false);
        assert_eq!(*s, expected);
    }

    #[test]
    fn a_new_test_is_sampled_at_the_last_full_hour_before_now() {
        let now = at("2022-10-07T20:29:59+08:00");
        let s = after(
            &start(),
            [trip(TripAction::FixClock(now)), trip(TripAction::AddTest)],
        );
        let tests = &s.trip.scenario.tests;
        assert_eq!(tests.len(), 2);
        assert_eq!(
            tests[1],
            TestRecord {
                kind: TestKind::Nat,
                sampled_at: at("2022-10-07T20:00:00+08:00"),
                result: TestResult::Negative,
            }
        );
        // On the hour, the hour itself.
        let on_the_hour = at("2022-10-07T21:00:00+08:00");
        let s = after(
            &s,
            [
                trip(TripAction::FixClock(on_the_hour)),
                trip(TripAction::AddTest),
            ],
        );
        assert_eq!(s.trip.scenario.tests[2].sampled_at, on_the_hour);
        assert!(s.trip.scenario.future_tests().is_empty());
    }

    #[test]
    fn tests_are_edited_and_removed_by_index() {
        let sampled = at("2022-10-07T08:00:00+08:00");
        let s = after(
            &start(),
            [
                trip(TripAction::AddTest),
                trip(TripAction::TestKind(1, TestKind::Antigen)),
                trip(TripAction::TestResult(1, TestResult::Positive)),
                trip(TripAction::TestSampled(1, sampled)),
                trip(TripAction::RemoveTest(0)),
            ],
        );
        assert_eq!(
            s.trip.scenario.tests,
            vec![TestRecord {
                kind: TestKind::Antigen,
                sampled_at: sampled,
                result: TestResult::Positive,
            }]
        );
        // A test sampled after now is kept, and marked by the core's rule.
        let later = s.trip.scenario.now.plus(1);
        let s = after(&s, [trip(TripAction::TestSampled(0, later))]);
        assert_eq!(s.trip.scenario.future_tests(), vec![0]);
    }

    #[test]
    fn an_index_past_the_end_changes_nothing_and_keeps_the_state() {
        let s = start();
        let tests = s.trip.scenario.tests.len();
        let events = s.code.code_events.len();
        for action in [
            trip(TripAction::RemoveTest(tests)),
            trip(TripAction::TestKind(tests, TestKind::Antigen)),
            trip(TripAction::TestSampled(tests, Instant::from_unix(0))),
            trip(TripAction::TestResult(tests, TestResult::Positive)),
            trip(TripAction::RemoveStay(0)),
            Action::Code(CodeAction::RemoveEvent(events)),
            Action::Code(CodeAction::EventCategory(events, CodeCategory::Infected)),
            Action::Code(CodeAction::EventSince(events, Instant::from_unix(0))),
            Action::Code(CodeAction::EventUntil(events, None)),
        ] {
            let next = s.clone().reduce(action.clone());
            assert!(Rc::ptr_eq(&s, &next), "{action:?}");
        }
    }

    #[test]
    fn documents_toggle_and_stay_sorted_and_unique() {
        let [first, second, third] = [DocumentId::ALL[0], DocumentId::ALL[1], DocumentId::ALL[2]];
        let s = after(
            &start(),
            [
                trip(TripAction::ToggleDocument(third)),
                trip(TripAction::ToggleDocument(first)),
                trip(TripAction::ToggleDocument(second)),
            ],
        );
        assert_eq!(s.trip.scenario.documents, vec![first, second, third]);
        let s = after(&s, [trip(TripAction::ToggleDocument(second))]);
        assert_eq!(s.trip.scenario.documents, vec![first, third]);
        let s = after(&s, [trip(TripAction::ToggleDocument(second))]);
        assert_eq!(s.trip.scenario.documents, vec![first, second, third]);
    }

    #[test]
    fn stays_are_removed_by_index() {
        let mut state = State::new(Lang::En);
        let stay = |risk| Stay {
            region: code("654002"),
            risk,
            until: at("2022-10-05T18:00:00+08:00"),
        };
        state.trip.scenario.travel_history = vec![stay(Risk::Medium), stay(Risk::High)];
        let s = after(&Rc::new(state), [trip(TripAction::RemoveStay(0))]);
        assert_eq!(s.trip.scenario.travel_history, vec![stay(Risk::High)]);
    }

    #[test]
    fn the_clock_is_fixed_or_follows_the_device() {
        let s = start();
        assert!(!s.trip.device_clock);
        let device = at("2022-10-08T09:15:00+08:00");
        // A fixed clock ignores the device: the same state comes back.
        let ticked = s.clone().reduce(Action::Tick(device));
        assert!(Rc::ptr_eq(&s, &ticked));
        // Following the device takes its time at once, and each tick moves `now`.
        let s = after(&s, [trip(TripAction::FollowDevice(device))]);
        assert!(s.trip.device_clock);
        assert_eq!(s.trip.scenario.now, device);
        let later = device.plus(15);
        let s = after(&s, [Action::Tick(later)]);
        assert_eq!(s.trip.scenario.now, later);
        // Fixing it again takes the given time.
        let fixed = at("2022-10-07T12:00:00+08:00");
        let s = after(
            &s,
            [trip(TripAction::FixClock(fixed)), Action::Tick(device)],
        );
        assert!(!s.trip.device_clock);
        assert_eq!(s.trip.scenario.now, fixed);
    }

    fn problem() -> InputError {
        InputError {
            field: "(link)".into(),
            got: cango_core::input::Got::Characters(2),
            problem: cango_core::input::Problem::NotUtf8,
        }
    }

    #[test]
    fn a_link_loads_its_trip_and_clears_the_link_problem() {
        let s = after(
            &start(),
            [Action::LinkProblem("#s=xx".into(), vec![problem()])],
        );
        assert_eq!(s.link_problem, Some(("#s=xx".to_string(), vec![problem()])));
        let scenario = example_scenario(at("2022-10-01T12:00:00+08:00"));
        let s = after(
            &s,
            [Action::Load {
                scenario: Box::new(scenario.clone()),
                device_clock: true,
            }],
        );
        assert_eq!(s.link_problem, None);
        assert_eq!(
            s.trip,
            TripState {
                scenario,
                device_clock: true
            }
        );
    }

    /// The traveller's own trip (a red code) and a link's (the example a
    /// day later): two different trips.
    fn own_and_link() -> (TripState, TripState) {
        let mut own = start().trip.clone();
        own.scenario.health_code = Some(HealthCode::Red);
        let link = TripState {
            scenario: example_scenario(at("2022-10-08T20:00:00+08:00")),
            device_clock: false,
        };
        (own, link)
    }

    fn opened(own: Option<TripState>, link: Option<TripState>) -> Rc<State> {
        let mut state = State::new(Lang::En);
        state.open(own, link);
        Rc::new(state)
    }

    #[test]
    fn without_a_link_the_own_trip_opens_else_the_example() {
        let (own, _) = own_and_link();
        let s = opened(Some(own.clone()), None);
        assert_eq!((&s.trip, &s.source, s.folded), (&own, &Source::Own, false));
        assert!(s.saves_trip());
        assert_eq!(*opened(None, None), State::new(Lang::En));
    }

    #[test]
    fn a_link_is_shown_answer_first_and_not_saved_over_the_own_trip() {
        let (own, link) = own_and_link();
        let s = opened(Some(own.clone()), Some(link.clone()));
        assert_eq!(s.trip, link);
        assert_eq!(
            s.source,
            Source::Link {
                own: Some(Box::new(own.clone()))
            }
        );
        assert!(s.folded, "the answer first");
        assert!(!s.saves_trip());
        // One tap back: the own trip, saved again as it changes.
        let back = after(&s, [Action::BackToOwn]);
        assert_eq!((&back.trip, &back.source), (&own, &Source::Own));
        assert!(back.saves_trip());
        // Nothing else moved (the form stays folded as it was).
        let mut expected = State::new(Lang::En);
        (expected.trip, expected.folded, expected.example) = (own, true, false);
        assert_eq!(*back, expected);
    }

    #[test]
    fn a_kept_link_is_the_own_trip_from_then_on() {
        let (own, link) = own_and_link();
        let s = after(&opened(Some(own), Some(link.clone())), [Action::Keep]);
        assert_eq!((&s.trip, &s.source), (&link, &Source::Own));
        assert!(s.saves_trip());
        // The old trip is gone for good: nothing to go back to, nothing to keep.
        for action in [Action::BackToOwn, Action::Keep] {
            let next = s.clone().reduce(action.clone());
            assert!(Rc::ptr_eq(&s, &next), "{action:?}");
        }
    }

    #[test]
    fn editing_a_link_trip_does_not_keep_it() {
        let (own, link) = own_and_link();
        let s = after(
            &opened(Some(own.clone()), Some(link)),
            [trip(TripAction::HealthCode(Some(HealthCode::Yellow)))],
        );
        assert_eq!(s.trip.scenario.health_code, Some(HealthCode::Yellow));
        assert!(!s.saves_trip(), "an edit is not a keep");
        assert_eq!(
            s.source,
            Source::Link {
                own: Some(Box::new(own.clone()))
            }
        );
        // Keeping then keeps the edited trip.
        let kept = after(&s, [Action::Keep]);
        assert_eq!(kept.trip.scenario.health_code, Some(HealthCode::Yellow));
        assert!(kept.saves_trip());
        // Or back: the own trip as it was.
        assert_eq!(after(&s, [Action::BackToOwn]).trip, own);
    }

    #[test]
    fn a_link_holding_the_own_trip_is_the_own_trip() {
        // The address carries the own trip after every change: a reload opens on it.
        let (own, _) = own_and_link();
        let s = opened(Some(own.clone()), Some(own.clone()));
        assert_eq!((&s.trip, &s.source, s.folded), (&own, &Source::Own, false));
        // Following the device clock, each read `now` at its own moment.
        let device = |now| TripState {
            scenario: Scenario {
                now: at(now),
                ..own.scenario.clone()
            },
            device_clock: true,
        };
        let s = opened(
            Some(device("2022-10-07T20:00:00+08:00")),
            Some(device("2022-10-07T20:00:05+08:00")),
        );
        assert_eq!(s.source, Source::Own);
        // A fixed clock at another time is another trip.
        let mut later = own.clone();
        later.scenario.now = later.scenario.now.plus(1);
        assert_ne!(opened(Some(own), Some(later)).source, Source::Own);
    }

    #[test]
    fn without_an_own_trip_there_is_nothing_to_go_back_to() {
        let (_, link) = own_and_link();
        let s = opened(None, Some(link));
        assert_eq!(s.source, Source::Link { own: None });
        let next = s.clone().reduce(Action::BackToOwn);
        assert!(Rc::ptr_eq(&s, &next));
    }

    #[test]
    fn links_opened_in_the_tab_keep_the_own_trip_aside() {
        let (own, link) = own_and_link();
        let load = |t: &TripState| Action::Load {
            scenario: Box::new(t.scenario.clone()),
            device_clock: t.device_clock,
        };
        let mut second = link.clone();
        second.scenario.purpose = Purpose::Medical;
        let s = after(
            &opened(Some(own.clone()), None),
            [load(&link), load(&second)],
        );
        assert_eq!(s.trip, second);
        // The own trip aside is still the traveller's, not the first link's.
        assert_eq!(
            s.source,
            Source::Link {
                own: Some(Box::new(own.clone()))
            }
        );
        // A link of the own trip itself is the own trip.
        let s = after(&s, [load(&own)]);
        assert_eq!((&s.trip, &s.source), (&own, &Source::Own));
    }

    #[test]
    fn the_own_trip_aside_follows_the_device_clock() {
        let (mut own, link) = own_and_link();
        own.device_clock = true;
        let device = at("2022-10-08T09:15:00+08:00");
        let s = after(&opened(Some(own), Some(link)), [Action::Tick(device)]);
        let back = after(&s, [Action::BackToOwn]);
        assert_eq!(back.trip.scenario.now, device);
    }

    #[test]
    fn the_form_folds_and_opens() {
        let s = after(&start(), [Action::Fold(true)]);
        assert!(s.folded);
        let same = s.clone().reduce(Action::Fold(true));
        assert!(Rc::ptr_eq(&s, &same));
        assert!(!after(&s, [Action::Fold(false)]).folded);
    }

    #[test]
    fn app_fields_language_view_stored_data_and_storage() {
        let mut state = State::new(Lang::En);
        state.stored_problem = Some(StoredProblem {
            raw: "{".into(),
            reason: Unreadable::NotJson,
        });
        let s = after(
            &Rc::new(state),
            [
                Action::Lang(Lang::Ug),
                Action::View(View::Care),
                Action::DismissStored,
            ],
        );
        assert_eq!((s.lang, s.view), (Lang::Ug, View::Care));
        assert_eq!(s.stored_problem, None);
        // Storage is reported after every save: the same status keeps the state.
        let same = s.clone().reduce(Action::Storage(StorageStatus::Ok));
        assert!(Rc::ptr_eq(&s, &same));
        let full = s.clone().reduce(Action::Storage(StorageStatus::Full));
        assert_eq!(full.storage, StorageStatus::Full);
    }

    #[test]
    fn a_new_code_event_starts_at_the_cst_day_of_now() {
        // 07:00 CST is still the day before in UTC: the event starts on the CST day.
        let now = at("2022-12-07T07:00:00+08:00");
        let s = after(
            &start(),
            [
                Action::Code(CodeAction::Now(now)),
                Action::Code(CodeAction::AddEvent),
            ],
        );
        assert_eq!(s.code.now, now);
        assert_eq!(
            s.code.code_events[1],
            CodeEvent {
                category: CodeCategory::CloseContact,
                since: at("2022-12-07T00:00:00+08:00"),
                until: None,
            }
        );
        assert!(s.code.events_with_problems().is_empty());
    }

    #[test]
    fn code_events_are_edited_and_removed_by_index() {
        let jinan = code("370100");
        let (since, until) = (at("2022-12-03"), at("2022-12-05"));
        let s = after(
            &start(),
            [
                Action::Code(CodeAction::Region(jinan)),
                Action::Code(CodeAction::AddEvent),
                Action::Code(CodeAction::EventCategory(1, CodeCategory::Infected)),
                Action::Code(CodeAction::EventSince(1, since)),
                Action::Code(CodeAction::EventUntil(1, Some(until))),
                Action::Code(CodeAction::RemoveEvent(0)),
            ],
        );
        assert_eq!(s.code.region, jinan);
        assert_eq!(
            s.code.code_events,
            vec![CodeEvent {
                category: CodeCategory::Infected,
                since,
                until: Some(until),
            }]
        );
        // An end before the start is kept, and marked by the core's rule.
        let s = after(
            &s,
            [Action::Code(CodeAction::EventUntil(
                0,
                Some(at("2022-12-02")),
            ))],
        );
        assert_eq!(s.code.events_with_problems(), vec![0]);
    }

    #[test]
    fn care_fields_are_set() {
        let (urumqi, now) = (code("650102"), at("2022-09-12T10:00:00+08:00"));
        let s = after(
            &start(),
            [
                Action::Care(CareAction::Region(urumqi)),
                Action::Care(CareAction::Now(now)),
                Action::Care(CareAction::Risk(Risk::Low)),
                Action::Care(CareAction::Need(CareNeed::Fever)),
            ],
        );
        assert_eq!(
            s.care,
            CareRequest {
                region: urumqi,
                now,
                risk: Risk::Low,
                need: CareNeed::Fever,
            }
        );
        // The other views are as they were.
        assert_eq!(s.trip, start().trip);
        assert_eq!(s.code, start().code);
    }
}
