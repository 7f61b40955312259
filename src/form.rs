//! The trip form: every change is dispatched at once, so the answer below
//! follows as the traveller types (there is no submit button).

use super::bidi::bidi;
use super::i18n::{Lang, Ui, K};
use super::places::{use_place_names, PlaceNames};
use cango_core::domain::{DocumentId, HealthCode, Mode, Purpose, Risk, TestKind, TestResult};
use cango_core::explain::dates::{self as fmt, in_xinjiang};
use cango_core::explain::{self, region_name};
use cango_core::input::{Scenario, TestRecord};
use cango_core::region::{RegionCode, Regions};
use cango_core::time::{Instant, XINJIANG_OFFSET};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The value of an `<input>` from its event.
pub fn input_value(e: &Event) -> String {
    e.target_dyn_into::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

pub fn select_value(e: &Event) -> String {
    e.target_dyn_into::<HtmlSelectElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

/// `2022-10-08T10:00` (what `<input type=datetime-local>` shows) in CST.
pub fn to_local_input(at: Instant) -> String {
    at.to_cst_string()
        .get(0..16)
        .unwrap_or_default()
        .to_string()
}

/// Reads a `datetime-local` value as China Standard Time, within the times
/// the contract accepts (`Instant::INPUT_RANGE`). WebKit's field is edited
/// part by part and reports every keystroke: typing the year 2023 there
/// passes through the years 0002, 0020 and 0202, which are not read, so
/// the answer and the link keep the last real time until the year is whole.
pub fn from_local_input(value: &str) -> Option<Instant> {
    let v = value.trim();
    let at = match v.len() {
        16 => Instant::parse(&format!("{v}:00+08:00")),
        19 => Instant::parse(&format!("{v}+08:00")),
        10 => Instant::parse(v),
        _ => None,
    }?;
    let (first, end) = Instant::INPUT_RANGE;
    (first <= at && at < end).then_some(at)
}

/// An `<input type=datetime-local>` read and shown in CST, with Xinjiang time beside it.
#[derive(Properties, PartialEq)]
pub struct TimeInputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: Instant,
    pub xj: bool,
    pub lang: Lang,
    #[prop_or_default]
    pub disabled: bool,
    #[prop_or_default]
    pub invalid: bool,
    pub on_change: Callback<Instant>,
}

#[function_component]
pub fn TimeInput(props: &TimeInputProps) -> Html {
    let on_change = props.on_change.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        if let Some(at) = from_local_input(&input_value(&e)) {
            on_change.emit(at);
        }
    });
    // A cleared or unreadable field would show nothing while the answer
    // still used the time held: when the field is left, it shows that time
    // again, so what is seen is what is used.
    let held = to_local_input(props.value);
    let onchange = Callback::from(move |e: Event| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            if from_local_input(&input.value()).is_none() {
                input.set_value(&held);
            }
        }
    });
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input type="datetime-local" id={props.id.clone()} value={to_local_input(props.value)}
                disabled={props.disabled} aria-invalid={if props.invalid { "true" } else { "false" }} {oninput} {onchange} />
            if props.xj {
                <span class="xj" data-xj="true">{ bidi(props.lang, &format!("{} {}", fmt::xinjiang_time(props.lang), fmt::clock_at(props.value, XINJIANG_OFFSET))) }</span>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct RegionPickerProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: RegionCode,
    pub lang: Lang,
    pub on_pick: Callback<RegionCode>,
}

/// How many hits the picker offers: a phone screen of 44 px rows.
const HITS: usize = 8;

/// Search regions by Chinese name (a full one too), pinyin or code: a
/// combobox with a listbox of hits, in the manner of the WAI-ARIA
/// Authoring Practices. Focus stays in the field: the arrow keys move the
/// active hit (`aria-activedescendant`), Enter picks it, Escape closes the
/// list (and, closed, clears the field); a tap picks too. The list stays
/// while the field holds text rather than closing on blur, so a tap on a
/// touch screen that blurs the field first still lands on its hit.
/// What the traveller typed, whether its hits are shown, and the hit the
/// arrow keys point at (by index).
#[derive(Clone, Default, PartialEq)]
struct Search {
    query: String,
    open: bool,
    active: Option<usize>,
}

#[function_component]
pub fn RegionPicker(props: &RegionPickerProps) -> Html {
    let names = use_place_names();
    let search = use_state(Search::default);
    let field = use_node_ref();
    let lang = props.lang;
    // Searched again on each of the picker's renders: under a millisecond.
    let hits: Vec<RegionCode> = Regions::builtin()
        .search(&search.query, HITS)
        .iter()
        .map(|r| r.code)
        .collect();
    let list_id = format!("{}-list", props.id);
    let picked_id = format!("{}-picked", props.id);
    let option_id = |code: RegionCode| format!("{}-opt-{code}", props.id);
    let expanded = search.open && !hits.is_empty();
    let pick = {
        let (on_pick, search, field) = (props.on_pick.clone(), search.clone(), field.clone());
        Callback::from(move |code: RegionCode| {
            on_pick.emit(code);
            search.set(Search::default());
            super::web::focus_node(&field);
        })
    };
    let oninput = {
        let search = search.clone();
        Callback::from(move |e: InputEvent| {
            search.set(Search {
                query: input_value(&e),
                open: true,
                active: None,
            })
        })
    };
    let onkeydown = {
        let (search, hits, pick) = (search.clone(), hits.clone(), pick.clone());
        Callback::from(move |e: KeyboardEvent| {
            let (count, key) = (hits.len(), e.key());
            let now = (*search).clone();
            let next = match key.as_str() {
                "ArrowDown" | "ArrowUp" if count > 0 => {
                    // From the last hit down is the first, and from none up is the last.
                    let active = match (now.active, key == "ArrowDown") {
                        (Some(i), true) => (i + 1) % count,
                        (None, true) => 0,
                        (Some(i), false) => (i + count - 1) % count,
                        (None, false) => count - 1,
                    };
                    Search {
                        open: true,
                        active: Some(active),
                        ..now
                    }
                }
                "Enter" => {
                    if let Some(code) = now.active.filter(|_| now.open).and_then(|i| hits.get(i)) {
                        e.prevent_default();
                        pick.emit(*code);
                    }
                    return;
                }
                // Closes the list, or, closed, clears the field.
                "Escape" if now.open => Search {
                    open: false,
                    active: None,
                    ..now
                },
                "Escape" => Search::default(),
                _ => return,
            };
            e.prevent_default();
            search.set(next);
        })
    };
    let active_id = search
        .active
        .filter(|_| expanded)
        .and_then(|i| hits.get(i))
        .map(|code| option_id(*code));
    html! {
        <div class="field region">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="picked" id={picked_id.clone()} data-region={props.value.to_string()}>{ bidi(lang, &region_name(lang, props.value)) }</div>
            <input type="search" id={props.id.clone()} ref={field} value={search.query.clone()} placeholder={lang.t(K::SearchHint)}
                autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded={if expanded { "true" } else { "false" }}
                aria-controls={list_id.clone()} aria-activedescendant={active_id} aria-describedby={picked_id} {oninput} {onkeydown} />
            <ul class="hits" id={list_id} role="listbox" aria-label={props.label.clone()} hidden={!expanded}>
                { for hits.iter().enumerate().map(|(i, code)| {
                    let code = *code;
                    html! {
                        // Pressing a hit keeps the focus in the field.
                        <li key={code.to_string()} id={option_id(code)} role="option" data-pick={code.to_string()}
                            aria-selected={if search.active == Some(i) { "true" } else { "false" }}
                            onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())}
                            onclick={pick.reform(move |_: MouseEvent| code)}>{ bidi(lang, &region_name(lang, code)) }</li>
                    }
                }) }
            </ul>
            if search.open && hits.is_empty() && !search.query.trim().is_empty() {
                <p class="small" role="status" data-names={if names == PlaceNames::Ready { None } else { Some("pending") }}>{ lang.t(match names {
                    // A name is not found before the names are here.
                    PlaceNames::Ready => K::NoMatch,
                    PlaceNames::Loading => K::NamesLoading,
                    PlaceNames::Failed => K::NamesFailed,
                }) }</p>
            }
        </div>
    }
}

/// The trip form: the trip it shows and one callback per thing the
/// traveller can change.
#[derive(Properties, PartialEq)]
pub struct FormProps {
    pub scenario: Scenario,
    pub device_clock: bool,
    pub lang: Lang,
    /// The tests (by index) the core refuses: sampled after now.
    pub problems: Vec<usize>,
    pub on_origin: Callback<RegionCode>,
    pub on_risk: Callback<Risk>,
    pub on_destination: Callback<RegionCode>,
    pub on_departure: Callback<Instant>,
    pub on_mode: Callback<Option<Mode>>,
    pub on_purpose: Callback<Purpose>,
    pub on_health_code: Callback<Option<HealthCode>>,
    pub on_add_test: Callback<()>,
    pub on_remove_test: Callback<usize>,
    pub on_test_kind: Callback<(usize, TestKind)>,
    pub on_test_sampled: Callback<(usize, Instant)>,
    pub on_test_result: Callback<(usize, TestResult)>,
    pub on_toggle_document: Callback<DocumentId>,
    pub on_remove_stay: Callback<usize>,
    /// `None`: follow the device clock.
    pub on_clock: Callback<Option<Instant>>,
}

fn options<T: Copy + PartialEq>(
    all: &[T],
    current: Option<T>,
    value: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> Html {
    html! { for all.iter().map(|x| html! { <option value={value(*x)} selected={current == Some(*x)}>{ label(*x) }</option> }) }
}

/// A `<select>`'s change, read with `parse`; a value it does not know (none
/// is offered) changes nothing.
pub fn on_select<T: 'static>(parse: fn(&str) -> Option<T>, then: &Callback<T>) -> Callback<Event> {
    let then = then.clone();
    Callback::from(move |e: Event| {
        if let Some(value) = parse(&select_value(&e)) {
            then.emit(value);
        }
    })
}

#[function_component]
pub fn TripForm(props: &FormProps) -> Html {
    use_place_names();
    let FormProps {
        scenario: s,
        device_clock,
        lang,
        problems,
        on_origin,
        on_risk,
        on_destination,
        on_departure,
        on_mode,
        on_purpose,
        on_health_code,
        on_add_test,
        on_remove_test,
        on_test_kind,
        on_test_sampled,
        on_test_result,
        on_toggle_document,
        on_remove_stay,
        on_clock,
    } = props;
    let lang = *lang;
    let xj = in_xinjiang(s.origin.region);
    let on_device = {
        let (on_clock, now) = (on_clock.clone(), s.now);
        Callback::from(move |e: Event| {
            let checked = e
                .target_dyn_into::<HtmlInputElement>()
                .is_some_and(|i| i.checked());
            on_clock.emit(if checked { None } else { Some(now) });
        })
    };
    html! {
        <form class="trip" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} aria-labelledby="trip-h">
            <h2 id="trip-h">{ lang.t(K::YourTrip) }</h2>
            <RegionPicker id="origin" label={lang.t(K::Origin)} value={s.origin.region} {lang} on_pick={on_origin.clone()} />
            <div class="field">
                <label for="risk">{ lang.t(K::OriginRisk) }</label>
                <select id="risk" onchange={on_select(Risk::parse, on_risk)}>
                    { options(Risk::ALL, Some(s.origin.risk), Risk::as_str, |r| lang.risk(r)) }
                </select>
            </div>
            <RegionPicker id="destination" label={lang.t(K::Destination)} value={s.destination.region} {lang} on_pick={on_destination.clone()} />
            <TimeInput id="departure" label={lang.t(K::Departure)} value={s.departure.at} {xj} {lang} on_change={on_departure.clone()} />
            <div class="row">
                <div class="field">
                    <label for="mode">{ lang.t(K::Mode) }</label>
                    // The empty option is "not said": every value is a choice.
                    <select id="mode" onchange={on_select(|v| Some(Mode::parse(v)), on_mode)}>
                        <option value="" selected={s.departure.mode.is_none()}>{ lang.t(K::NotSaid) }</option>
                        { options(Mode::ALL, s.departure.mode, Mode::as_str, |m| lang.mode(m)) }
                    </select>
                </div>
                <div class="field">
                    <label for="purpose">{ lang.t(K::Purpose) }</label>
                    <select id="purpose" onchange={on_select(Purpose::parse, on_purpose)}>
                        { options(Purpose::ALL, Some(s.purpose), Purpose::as_str, |p| lang.purpose(p)) }
                    </select>
                </div>
            </div>
            <div class="field">
                <label for="code">{ lang.t(K::HealthCode) }</label>
                <select id="code" onchange={on_select(|v| Some(HealthCode::parse(v)), on_health_code)}>
                    <option value="" selected={s.health_code.is_none()}>{ lang.t(K::NotSaid) }</option>
                    { options(HealthCode::ALL, s.health_code, HealthCode::as_str, |c| lang.colour(c)) }
                </select>
            </div>
            <fieldset class="tests">
                <legend>{ lang.t(K::Tests) }</legend>
                if s.tests.is_empty() { <p class="small">{ lang.t(K::NoTests) }</p> }
                { for s.tests.iter().enumerate().map(|(i, t)| {
                    let bad = problems.contains(&i);
                    let kind = on_select(TestKind::parse, &on_test_kind.reform(move |k| (i, k)));
                    let result = on_select(TestResult::parse, &on_test_result.reform(move |r| (i, r)));
                    let remove = on_remove_test.reform(move |_: MouseEvent| i);
                    html! {
                        <div class={if bad { "test bad" } else { "test" }} data-test={i.to_string()}>
                            <div class="test-head">
                                <strong>{ bidi(lang, &lang.f(K::TestNumber, &[&(i + 1).to_string()])) }</strong>
                                <button type="button" class="link" onclick={remove}>{ lang.t(K::Remove) }</button>
                            </div>
                            <div class="row">
                                <div class="field">
                                    <label for={format!("test-kind-{i}")}>{ lang.t(K::TestKindLabel) }</label>
                                    <select id={format!("test-kind-{i}")} onchange={kind}>{ options(TestKind::ALL, Some(t.kind), TestKind::as_str, |k| lang.test_kind(k)) }</select>
                                </div>
                                <div class="field">
                                    <label for={format!("test-result-{i}")}>{ lang.t(K::Result) }</label>
                                    <select id={format!("test-result-{i}")} onchange={result}>{ options(TestResult::ALL, Some(t.result), TestResult::as_str, |r| lang.test_result(r)) }</select>
                                </div>
                            </div>
                            <TimeInput id={format!("test-at-{i}")} label={lang.t(K::SampledAt)} value={t.sampled_at} {xj} {lang} invalid={bad}
                                on_change={on_test_sampled.reform(move |at| (i, at))} />
                            if let Some(problem) = TestRecord::sampling_problem(t.sampled_at, s.now) {
                                <p class="error" role="alert">{ bidi(lang, &explain::problem(lang, &problem)) }</p>
                            }
                        </div>
                    }
                }) }
                <button type="button" id="add-test" onclick={on_add_test.reform(|_: MouseEvent| ())}>{ lang.t(K::AddTest) }</button>
            </fieldset>
            <fieldset class="held">
                <legend>{ lang.t(K::DocumentsHeld) }</legend>
                { for DocumentId::ALL.iter().map(|d| {
                    let d = *d;
                    let id = format!("held-{}", d.as_str());
                    html! {
                        <div class="check">
                            <input type="checkbox" id={id.clone()} checked={s.documents.contains(&d)} onchange={on_toggle_document.reform(move |_: Event| d)} />
                            <label for={id}>{ lang.document(d) }</label>
                        </div>
                    }
                }) }
            </fieldset>
            if !s.travel_history.is_empty() {
                <fieldset class="stays">
                    <legend>{ lang.t(K::Stays) }</legend>
                    { for s.travel_history.iter().enumerate().map(|(i, st)| html! {
                        <div class="stay">
                            { bidi(lang, &lang.f(K::StayLine, &[&region_name(lang, st.region), lang.risk(st.risk), &fmt::when(lang, st.until, xj)])) }
                            { " " }<button type="button" class="link" onclick={on_remove_stay.reform(move |_: MouseEvent| i)}>{ lang.t(K::Remove) }</button>
                        </div>
                    }) }
                </fieldset>
            }
            <fieldset class="clock">
                <legend>{ lang.t(K::Clock) }</legend>
                <div class="check">
                    <input type="checkbox" id="device-clock" checked={*device_clock} onchange={on_device} />
                    <label for="device-clock">{ lang.t(K::ClockDevice) }</label>
                </div>
                <TimeInput id="now" label={lang.t(K::Now)} value={s.now} {xj} {lang} disabled={*device_clock}
                    on_change={on_clock.reform(Some)} />
                if !*device_clock { <p class="small">{ lang.t(K::ClockFixedNote) }</p> }
            </fieldset>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_are_read_in_cst_within_the_contract_range() {
        let at = |text| Instant::parse(text);
        assert_eq!(
            from_local_input("2023-10-08T10:00"),
            at("2023-10-08T10:00:00+08:00")
        );
        assert_eq!(
            from_local_input("2023-10-08T10:00:30"),
            at("2023-10-08T10:00:30+08:00")
        );
        assert_eq!(from_local_input("2023-10-08"), at("2023-10-08"));
        // What WebKit reports while the year 2023 is typed, digit by digit.
        for partial in ["0002-10-08T10:00", "0020-10-08T10:00", "0202-10-08T10:00"] {
            assert_eq!(from_local_input(partial), None, "{partial}");
        }
        assert_eq!(from_local_input("1899-12-31T23:59"), None);
        assert_eq!(from_local_input("1900-01-01T00:00"), at("1900-01-01"));
        assert_eq!(from_local_input("9999-01-01T00:00"), None);
        assert_eq!(from_local_input(""), None);
        assert_eq!(
            to_local_input(Instant::parse("2022-10-08T02:00:00Z").unwrap_or_default()),
            "2022-10-08T10:00"
        );
    }
}
