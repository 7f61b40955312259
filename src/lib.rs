//! CanGo (能走吗) in the browser: the Yew app. One screen with the trip form
//! on top (folded into one line when a link opens the app, so that the
//! answer comes first) and the answer below it, updated as the traveller
//! types, its verdict in brief kept in view while they edit; the
//! health-code calculator and where to get care as two more views. State and
//! actions are in `state`, components take the data they show and one
//! callback per thing they can do, and `web` is the only module that touches
//! the browser. The rule core (`cango-core`) knows nothing of any of it.

// Talc in place of Rust's default dlmalloc: the same work in 1.5 KB less of
// the WebAssembly (brotli), on the critical path of every first answer.
// SAFETY: `new_global` requires single-threaded WebAssembly, which the app
// is: it is built without atomics and runs on the page's one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

pub mod answer;
// The whole app's only: the benchmark measures the shipped build.
#[cfg(all(target_arch = "wasm32", not(feature = "first-answer")))]
pub mod bench;
pub mod bidi;
pub mod form;
pub mod i18n;
pub mod ics;
pub mod places;
pub mod pwa;
pub mod share;
pub mod state;
pub mod timeline;
pub mod tools;
mod web;

use answer::{AnswerView, SharedAnswer};
use bidi::bidi;
use cango_core::explain::{self, region_name, Style};
use cango_core::rules::Rules;
use cango_core::time::{Instant, HOUR};
use cango_core::trip::{check, Answer};
use form::TripForm;
use i18n::{Lang, Ui, K};
use places::{use_place_names, PlaceNames};
use state::{
    Action, CareAction, CodeAction, Host, Source, State, StorageStatus, StoredProblem, TripAction,
    TripState, Unreadable, View,
};
use std::rc::Rc;
use timeline::Timeline;
use yew::prelude::*;

/// This build is the first answer of a shared link alone (the feature
/// `first-answer`, the binary `cango-first`): what a link's answer needs and
/// nothing else, so that it is on screen sooner. The loader (www/init.js)
/// starts it for a trip's link, then the whole app, which takes its place.
/// Yew renders it to HTML once (`run`, without the feature `csr`), and its
/// controls are disabled (`web::app_root`) until then. It leaves out the
/// form (a link opens folded), the timeline, sharing, the calendar, the code
/// and care views, offline use, the regions' names and the clock's ticks:
/// 39 KB of the WebAssembly, brotli, and Yew's rendering into the DOM 11 KB
/// more (results/critical-path.md).
pub const FIRST_ANSWER: bool = cfg!(feature = "first-answer");

/// Starts the whole app (removing the loading notice).
#[cfg(feature = "csr")]
pub fn run() {
    match web::app_root(false) {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        // Without `#app`, the whole app takes the body.
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// Shows a link's first answer (`FIRST_ANSWER`): Yew renders it to HTML
/// once, which the page parses in one call, where rendering into the DOM
/// takes a call per node; nothing in it reacts, and the whole app soon takes
/// its place. The traveller's own trip (which the address carries too, so a
/// reload opens on `#s=`) opens with its form, which the first answer lacks:
/// the whole app shows it.
#[cfg(not(feature = "csr"))]
pub fn run() {
    let initial = web::initial_state();
    if !initial.folded {
        return;
    }
    let Some(root) = web::app_root(true) else {
        return;
    };
    web::set_document_lang(initial.lang, &title(initial.lang));
    wasm_bindgen_futures::spawn_local(async move {
        let html = yew::LocalServerRenderer::<Main>::with_props(MainProps { initial })
            .hydratable(false)
            .render()
            .await;
        root.set_inner_html(&html);
    });
}

/// The page's title in `lang`.
fn title(lang: Lang) -> String {
    format!("{} · {}", lang.t(K::AppName), lang.t(K::ViewCheck))
}

/// Reads the browser (link, storage, language) once, then hands over to [`Main`].
#[function_component]
pub fn App() -> Html {
    let initial = use_memo((), |_| web::initial_state());
    // Effects run once the whole tree is rendered, in the same task: a
    // link's first answer goes in the task that renders this one in its place.
    use_effect_with((), |()| web::remove_first_answer());
    html! { <Main initial={(*initial).clone()} /> }
}

#[derive(Properties, PartialEq)]
pub struct MainProps {
    pub initial: State,
}

/// A callback that dispatches the action `to_action` makes of what it hears
/// (todomvc's `make_callback`): components get these, never the dispatcher.
fn make_callback<E, F>(state: &UseReducerHandle<State>, to_action: F) -> Callback<E>
where
    E: 'static,
    F: Fn(E) -> Action + 'static,
{
    let dispatcher = state.dispatcher();
    Callback::from(move |e| dispatcher.dispatch(to_action(e)))
}

/// The whole app, from an initial state (tests render it natively).
#[function_component]
pub fn Main(props: &MainProps) -> Html {
    let state = use_reducer(|| props.initial.clone());

    // Keep the link, storage and <html lang dir> in step with the state.
    {
        let on_storage = make_callback(&state, Action::Storage);
        let deps = (
            state.trip.scenario.clone(),
            state.trip.device_clock,
            state.lang,
            state.saves_trip(),
            state.link_problem.is_some(),
            state.tool_fragment(),
        );
        use_effect_with(
            deps,
            move |(scenario, device_clock, lang, saves_trip, link_problem, tool)| {
                // Effects never run in the first answer, rendered to HTML
                // once (`run`): `FIRST_ANSWER` in them lets the compiler drop
                // their code (2.7 KB of its WebAssembly, brotli, for four).
                if FIRST_ANSWER {
                    return;
                }
                // A link's trip is not saved over the traveller's own until kept.
                if *saves_trip {
                    on_storage.emit(web::save(
                        state::stored::KEY,
                        &state::stored::write(scenario, *device_clock),
                    ));
                }
                let _ = web::save(state::stored::LANG_KEY, lang.tag());
                if !*link_problem {
                    web::replace_hash(&format!(
                        "{}{tool}",
                        share::fragment(scenario, *device_clock)
                    ));
                }
                web::set_document_lang(*lang, &title(*lang));
            },
        );
    }
    // The device clock ticks; links pasted into the address load.
    {
        let on_tick = make_callback(&state, Action::Tick);
        let on_link = make_callback(&state, |read: web::LinkRead| match read {
            Ok((scenario, device_clock)) => Action::Load {
                scenario: Box::new(scenario),
                device_clock,
            },
            Err((raw, errors)) => Action::LinkProblem(raw, errors),
        });
        use_effect_with((), move |_| {
            // Never run in the first answer (above).
            let live = (!FIRST_ANSWER).then(|| {
                let interval =
                    gloo_timers::callback::Interval::new(15_000, move || on_tick.emit(web::now()));
                (interval, web::on_hash_change(on_link))
            });
            move || drop(live)
        });
    }

    // The regions' names, fetched once the first answer is on screen (by
    // the whole app: the first answer shows the places as it opened).
    let names = use_state(PlaceNames::at_start);
    {
        let names = names.clone();
        use_effect_with((), move |_| {
            if *names == PlaceNames::Loading && !FIRST_ANSWER {
                web::fetch_region_names(Callback::from(move |named| {
                    names.set(if named {
                        PlaceNames::Ready
                    } else {
                        PlaceNames::Failed
                    })
                }));
            }
        });
    }

    let lang = state.lang;
    let on_lang = form::on_select(Lang::from_tag, &make_callback(&state, Action::Lang));
    let tab = |v: View, key: K| {
        let current = state.view == v;
        html! {
            <button type="button" class={if current { "tab current" } else { "tab" }} aria-current={if current { "page" } else { "false" }}
                data-view={match v { View::Check => "check", View::Code => "code", View::Care => "care" }}
                onclick={make_callback(&state, move |_: MouseEvent| Action::View(v))}>{ lang.t(key) }</button>
        }
    };
    let view = match state.view {
        View::Check => {
            let (from_link, has_own) = match &state.source {
                Source::Own => (false, false),
                Source::Link { own } => (true, own.is_some()),
            };
            html! {
                <CheckView trip={state.trip.clone()} {lang} share_url={state.share_url()} on_trip={make_callback(&state, Action::Trip)}
                    folded={state.folded} {from_link} {has_own} example={state.example}
                    host={state.host} share_sheet={state.share_sheet}
                    on_fold={make_callback(&state, Action::Fold)}
                    on_keep={make_callback(&state, |()| Action::Keep)}
                    on_back={make_callback(&state, |()| Action::BackToOwn)} />
            }
        }
        // A tool's link starts the whole app (www/init.js).
        View::Code | View::Care if FIRST_ANSWER => Html::default(),
        View::Code => {
            let on_code = make_callback(&state, Action::Code);
            html! {
                <tools::CodeView request={state.code.clone()} {lang}
                    on_region={on_code.reform(CodeAction::Region)}
                    on_now={on_code.reform(CodeAction::Now)}
                    on_add_event={on_code.reform(|()| CodeAction::AddEvent)}
                    on_remove_event={on_code.reform(CodeAction::RemoveEvent)}
                    on_event_category={on_code.reform(|(i, c)| CodeAction::EventCategory(i, c))}
                    on_event_since={on_code.reform(|(i, at)| CodeAction::EventSince(i, at))}
                    on_event_until={on_code.reform(|(i, at)| CodeAction::EventUntil(i, at))} />
            }
        }
        View::Care => {
            let on_care = make_callback(&state, Action::Care);
            html! {
                <tools::CareView request={state.care} {lang}
                    on_region={on_care.reform(CareAction::Region)}
                    on_now={on_care.reform(CareAction::Now)}
                    on_risk={on_care.reform(CareAction::Risk)}
                    on_need={on_care.reform(CareAction::Need)} />
            }
        }
    };
    html! {
        <ContextProvider<PlaceNames> context={*names}>
        <div class={if lang.rtl() { "app rtl" } else { "app" }} lang={lang.tag()} dir={lang.dir()}>
            <header>
                <div class="brand">
                    <h1>{ lang.t(K::AppName) }</h1>
                    <div class="field lang">
                        <label for="lang">{ lang.t(K::Language) }</label>
                        <select id="lang" onchange={on_lang}>
                            { for Lang::ALL.iter().map(|l| html! { <option value={l.tag()} lang={l.tag()} selected={*l == lang}>{ l.native_name() }</option> }) }
                        </select>
                    </div>
                </div>
                <p class="tagline">{ lang.t(K::Tagline) }</p>
                <nav aria-label={lang.t(K::AppName)}>{ tab(View::Check, K::ViewCheck) }{ tab(View::Code, K::ViewCode) }{ tab(View::Care, K::ViewCare) }</nav>
            </header>
            <main>
                <Banners {lang} link_problem={state.link_problem.clone()} stored_problem={state.stored_problem.clone()}
                    storage={state.storage} on_dismiss_stored={make_callback(&state, |()| Action::DismissStored)} />
                { view }
            </main>
            <footer>
                <p class="small">{ lang.t(K::Privacy) }</p>
                if !FIRST_ANSWER {
                    <pwa::Pwa {lang} host={state.host} />
                }
            </footer>
        </div>
        </ContextProvider<PlaceNames>>
    }
}

#[derive(Properties, PartialEq)]
struct BannersProps {
    lang: Lang,
    link_problem: Option<(String, Vec<cango_core::input::InputError>)>,
    stored_problem: Option<StoredProblem>,
    storage: StorageStatus,
    on_dismiss_stored: Callback<()>,
}

/// Problems with the link, the stored data and the storage itself.
#[function_component]
fn Banners(props: &BannersProps) -> Html {
    let BannersProps {
        lang,
        link_problem,
        stored_problem,
        storage,
        on_dismiss_stored,
    } = props;
    let (lang, storage) = (*lang, *storage);
    let raw_field = use_node_ref();
    html! {
        <>
            if let Some((raw, errors)) = link_problem {
                <div class="banner error" role="alert" data-problem="link">
                    <strong>{ lang.t(K::LinkProblem) }</strong>
                    <ul>{ for errors.iter().map(|e| html! { <li>{ bidi(lang, &explain::input_error(lang, e)) }</li> }) }</ul>
                    <textarea readonly=true aria-label={lang.t(K::LinkProblem)} value={raw.clone()} />
                </div>
            }
            if let Some(p) = stored_problem {
                <div class="banner error" role="alert" data-problem="stored">
                    <strong>{ lang.t(K::StoredProblem) }</strong>
                    <p>{ bidi(lang, &match &p.reason {
                        Unreadable::NotJson => lang.t(K::NotJson).to_string(),
                        Unreadable::Schema(v) => lang.f(K::SchemaOther, &[&v.map_or("?".to_string(), |v| v.to_string()), &state::stored::SCHEMA.to_string()]),
                        Unreadable::Invalid(errors) => errors.iter().map(|e| explain::input_error(lang, e)).collect::<Vec<_>>().join(lang.pick(["；", "；", "; ", "؛ "])),
                    }) }</p>
                    <p class="small">{ lang.t(K::StoredPaused) }</p>
                    <textarea readonly=true id="stored-raw" ref={raw_field.clone()} aria-label={lang.t(K::StoredProblem)} value={p.raw.clone()} />
                    <div class="buttons">
                        <CopyButton text={p.raw.clone()} field={raw_field.clone()} {lang} label={K::CopyData} />
                        <button type="button" onclick={{
                            let raw = p.raw.clone();
                            Callback::from(move |_: MouseEvent| { web::download("cango-stored-trip.json", "application/json", &raw); })
                        }}>{ lang.t(K::DownloadData) }</button>
                        <button type="button" class="danger" onclick={on_dismiss_stored.reform(|_: MouseEvent| ())}>{ lang.t(K::Discard) }</button>
                    </div>
                </div>
            }
            if storage != StorageStatus::Ok {
                <div class="banner warn" role="status" data-problem={if storage == StorageStatus::Full { "storage-full" } else { "storage-unavailable" }}>
                    { lang.t(if storage == StorageStatus::Full { K::StorageFull } else { K::StorageUnavailable }) }
                </div>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CheckProps {
    trip: TripState,
    lang: Lang,
    share_url: String,
    on_trip: Callback<TripAction>,
    /// The form folded into one line, the answer first.
    folded: bool,
    /// The trip is a link's, not saved (see `state::Source`)…
    from_link: bool,
    /// …and the traveller's own is kept aside.
    has_own: bool,
    /// The trip is the first visit's example.
    example: bool,
    on_fold: Callback<bool>,
    on_keep: Callback<()>,
    on_back: Callback<()>,
    host: Host,
    share_sheet: bool,
}

/// What `CheckView` renders after its first render is painted, in tasks of
/// their own, so that a link's first answer is on screen sooner and no task
/// holds the page long (results/critical-path.md): what is below the answer
/// (the timeline, sharing, the calendar) in the next task, and a link's
/// folded, hidden form in the one after. Natively (the `ssr` tests) nothing
/// is painted, and all of it renders at once. The first answer
/// (`FIRST_ANSWER`) never renders those: the whole app does.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Painted {
    Not,
    BelowAnswer,
    All,
}

#[hook]
fn use_painted() -> Painted {
    let painted = use_state(|| {
        if cfg!(target_arch = "wasm32") {
            Painted::Not
        } else {
            Painted::All
        }
    });
    {
        let handle = painted.clone();
        // Effects run only in the whole app, where `painted` starts `Not`.
        use_effect_with(*painted, move |&now| {
            let next = match now {
                Painted::Not => Some(Painted::BelowAnswer),
                Painted::BelowAnswer => Some(Painted::All),
                Painted::All => None,
            };
            if let (false, Some(next)) = (FIRST_ANSWER, next) {
                web::in_next_task(move || handle.set(next));
            }
        });
    }
    if FIRST_ANSWER {
        Painted::Not
    } else {
        *painted
    }
}

/// The check view: the trip (folded into one line, or the form) and the
/// answer; for a link's trip, the choice to keep it or go back.
#[function_component]
fn CheckView(props: &CheckProps) -> Html {
    use_place_names();
    let CheckProps {
        trip,
        lang,
        share_url,
        on_trip,
        folded,
        from_link,
        has_own,
        example,
        on_fold,
        on_keep,
        on_back,
        host,
        share_sheet,
    } = props;
    let (lang, folded, host) = (*lang, *folded, *host);
    let painted = use_painted();
    let s = &trip.scenario;
    let problems = s.future_tests();
    let rules = Rules::builtin();
    // Evaluated again only when the scenario changes: a language switch, or
    // a tick while the clock is fixed, reuses the answer.
    let answer: Rc<Option<SharedAnswer>> = use_memo(s.clone(), |s| {
        s.future_tests()
            .is_empty()
            .then(|| SharedAnswer::new(check(Rules::builtin(), s)))
    });
    let on_toggle = on_trip.reform(TripAction::ToggleDocument);
    // Both buttons go away once pressed: the focus stays on the trip line.
    let choose = |then: &Callback<()>| {
        then.reform(|_: MouseEvent| {
            web::focus("trip-line", false);
        })
    };
    html! {
        <>
            if *example {
                <p class="note" data-example="true">{ lang.t(K::ExampleTrip) }</p>
            }
            if *from_link {
                <div class="banner link-trip" data-link-trip="shown">
                    <p>{ lang.t(K::LinkTrip) }</p>
                    <button type="button" id="keep-trip" onclick={choose(on_keep)}>{ lang.t(K::KeepTrip) }</button>
                    if *has_own {
                        <button type="button" id="own-trip" class="secondary" onclick={choose(on_back)}>{ lang.t(K::BackToOwn) }</button>
                    }
                </div>
            }
            <button type="button" id="trip-line" class="trip-line" aria-controls="trip-form" aria-expanded={if folded { "false" } else { "true" }}
                onclick={on_fold.reform(move |_: MouseEvent| !folded)}>
                { bidi(lang, &explain::trip_line(lang, s.origin.region, s.destination.region, s.departure.at)) }
                <span class="act">{ lang.t(if folded { K::EditTrip } else { K::FoldTrip }) }</span>
            </button>
            // Folded, the form is hidden, not removed: what was typed stays.
            // Nothing is typed before the first paint: folded, it waits
            // until all else is rendered. The first answer is a link's,
            // folded, and has no form.
            if (!folded && !FIRST_ANSWER) || painted == Painted::All {
                <div id="trip-form" hidden={folded}>
                    <TripForm scenario={s.clone()} device_clock={trip.device_clock} {lang} problems={problems.clone()}
                        on_origin={on_trip.reform(TripAction::Origin)}
                        on_risk={on_trip.reform(TripAction::Risk)}
                        on_destination={on_trip.reform(TripAction::Destination)}
                        on_departure={on_trip.reform(TripAction::Departure)}
                        on_mode={on_trip.reform(TripAction::Mode)}
                        on_purpose={on_trip.reform(TripAction::Purpose)}
                        on_health_code={on_trip.reform(TripAction::HealthCode)}
                        on_add_test={on_trip.reform(|()| TripAction::AddTest)}
                        on_remove_test={on_trip.reform(TripAction::RemoveTest)}
                        on_test_kind={on_trip.reform(|(i, k)| TripAction::TestKind(i, k))}
                        on_test_sampled={on_trip.reform(|(i, at)| TripAction::TestSampled(i, at))}
                        on_test_result={on_trip.reform(|(i, r)| TripAction::TestResult(i, r))}
                        on_toggle_document={on_toggle.clone()}
                        on_remove_stay={on_trip.reform(TripAction::RemoveStay)}
                        on_clock={on_trip.reform(|fixed: Option<Instant>| fixed.map_or_else(|| TripAction::FollowDevice(web::now()), TripAction::FixClock))} />
                </div>
            }
            { match answer.as_ref() {
                None => html! { <p class="banner warn" role="alert">{ lang.t(K::FixForm) }</p> },
                Some(a) => html! {
                    <>
                        // While editing, the verdict in brief stays in view
                        // (sticky) and takes the traveller to the answer.
                        if !folded {
                            <button type="button" id="to-answer" class={format!("mini v-{}", a.verdict.as_str())}
                                data-mini-verdict={a.verdict.as_str()} onclick={Callback::from(|_: MouseEvent| web::focus("answer", true))}>
                                <strong>{ lang.verdict(a.verdict) }</strong>
                                <span class="act">{ lang.t(K::SeeAnswer) }</span>
                            </button>
                        }
                        <div id="answer" tabindex="-1">
                            <AnswerView answer={a.clone()} {rules} {lang} held={s.documents.clone()} {on_toggle} />
                        </div>
                        if painted >= Painted::BelowAnswer {
                            <Timeline answer={a.clone()} tests={s.tests.clone()} {lang} />
                            <SharePanel url={share_url.clone()} {lang} {host} share_sheet={*share_sheet} />
                            <CalendarButton answer={a.clone()} {lang} link={share_url.clone()} {host} />
                        }
                    </>
                },
            } }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CopyProps {
    text: String,
    /// The field that shows `text`: selected when copying fails.
    field: NodeRef,
    lang: Lang,
    label: K,
    #[prop_or_default]
    id: Option<AttrValue>,
}

/// A button that copies `text`, and what came of it: copied, or (where the
/// browser refuses, as in-app browsers do) `field` selected, with how to
/// copy it by hand.
#[function_component]
fn CopyButton(props: &CopyProps) -> Html {
    let CopyProps {
        text,
        field,
        lang,
        label,
        id,
    } = props;
    let copied = use_state(|| None::<bool>);
    let onclick = {
        let (text, field, copied) = (text.clone(), field.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            web::copy(
                text.clone(),
                field.clone(),
                Callback::from(move |ok| copied.set(Some(ok))),
            );
        })
    };
    html! {
        <>
            <button type="button" id={id.clone()} {onclick}>{ lang.t(*label) }</button>
            if let Some(ok) = *copied {
                <p class="small status" role="status" data-copied={if ok { "true" } else { "false" }}>{ lang.t(if ok { K::Copied } else { K::CopyFailed }) }</p>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub url: String,
    pub lang: Lang,
    #[prop_or_default]
    pub host: Host,
    /// The browser has a share sheet (`navigator.share`).
    #[prop_or_default]
    pub share_sheet: bool,
}

/// The shareable link, a copy button, the share sheet where there is one,
/// WeChat's own way where the page is open in WeChat, and the link's QR
/// code, drawn here.
#[function_component]
pub fn SharePanel(props: &ShareProps) -> Html {
    use_place_names();
    let ShareProps {
        url,
        lang,
        host,
        share_sheet,
    } = props;
    let lang = *lang;
    let field = use_node_ref();
    let on_share = {
        let (url, field) = (url.clone(), field.clone());
        Callback::from(move |_: MouseEvent| {
            // Where the sheet fails, the link is left selected to copy.
            let field = field.clone();
            let on_failure = Callback::from(move |shared: bool| {
                if !shared {
                    web::select(&field);
                }
            });
            web::share(lang.t(K::AppName), &url, on_failure);
        })
    };
    let qr = use_memo(url.clone(), |url| share::qr_path(url));
    let large = use_state(|| false);
    let host_hint = match host {
        Host::Browser => None,
        Host::WeChat => Some(K::WeChatHint),
        Host::MiniProgram => Some(K::MiniProgramHint),
    };
    html! {
        <section class="share" aria-labelledby="share-h">
            <h3 id="share-h">{ lang.t(K::Share) }</h3>
            <p class="small">{ lang.t(K::ShareHint) }</p>
            if let Some(hint) = host_hint {
                <p class="note" data-host-hint={host.tag()}>{ lang.t(hint) }</p>
            }
            <div class="row">
                <input type="url" id="share-url" ref={field.clone()} readonly=true value={url.clone()} aria-label={lang.t(K::Share)} dir="ltr"
                    onfocus={Callback::from(|e: FocusEvent| if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() { i.select() })} />
                <CopyButton text={url.clone()} {field} {lang} label={K::Copy} id="copy-link" />
            </div>
            if *share_sheet {
                <p><button type="button" id="share-sheet" class="secondary wide" onclick={on_share}>{ lang.t(K::ShareSheet) }</button></p>
            }
            { match qr.as_ref() {
                // A long link makes a dense code: a tap shows it as large as
                // the screen allows, for another phone's camera.
                Some((d, size)) => html! {
                    <button type="button" class="qr-zoom" aria-expanded={if *large { "true" } else { "false" }}
                        aria-label={lang.t(K::QrEnlarge)} onclick={{ let large = large.clone(); Callback::from(move |_: MouseEvent| large.set(!*large)) }}>
                        <svg class={if *large { "qr large" } else { "qr" }} viewBox={format!("0 0 {size} {size}")} role="img" aria-label={lang.t(K::QrLabel)} shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
                            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
                            <path d={d.clone()} fill="#000" />
                        </svg>
                    </button>
                },
                None => html! { <p class="small">{ bidi(lang, lang.t(K::QrTooLong)) }</p> },
            } }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CalendarProps {
    answer: SharedAnswer,
    lang: Lang,
    /// The trip's shareable link, which each event links back to.
    link: String,
    host: Host,
}

/// The departure, the earliest departure and every deadline as events.
pub fn calendar_events(a: &Answer, lang: Lang) -> Vec<ics::Event> {
    let (from, to) = (
        region_name(lang, a.origin),
        region_name(lang, a.destination),
    );
    let style = Style::for_origin(a.origin);
    let mut events = vec![ics::Event {
        uid: format!("departure-{}@cango", a.departure.unix()),
        start: a.departure,
        end: a.departure.plus_hours(1),
        summary: lang.f(K::CalDeparture, &[&from, &to]),
        description: lang.verdict(a.verdict).to_string(),
        remind_before: 3 * HOUR,
    }];
    if let Some(e) = a.earliest_departure.filter(|e| *e != a.departure) {
        events.push(ics::Event {
            uid: format!("earliest-{}@cango", e.unix()),
            start: e,
            end: e.plus_hours(1),
            summary: lang.f(K::CalEarliest, &[&from, &to]),
            description: lang.verdict(a.verdict).to_string(),
            remind_before: 3 * HOUR,
        });
    }
    for r in &a.requirements {
        if let Some(d) = &r.deadline {
            events.push(ics::Event {
                uid: format!("{}-{}@cango", r.requirement.id(), d.from.unix()),
                start: d.from,
                end: d.until,
                summary: format!("⏰ {}", lang.rule(r.requirement.text())),
                description: explain::deadline(lang, style, d, &r.why),
                // When the window opens: a test sampled earlier would not count.
                remind_before: 0,
            });
        }
    }
    events
}

/// The `.ics` export, and after it, what came of it: a download cannot be
/// seen to fail (in-app browsers drop it silently), so the events are then
/// also offered as text to copy, with how to export from a browser instead.
#[function_component]
fn CalendarButton(props: &CalendarProps) -> Html {
    let CalendarProps {
        answer,
        lang,
        link,
        host,
    } = props;
    let lang = *lang;
    // Whether the file was handed to the browser, once the button is pressed.
    let made = use_state(|| None::<bool>);
    let field = use_node_ref();
    let onclick = {
        let (answer, link, made) = (answer.clone(), link.clone(), made.clone());
        Callback::from(move |_: MouseEvent| {
            let text = ics::calendar(&calendar_events(&answer, lang), web::now(), &link);
            made.set(Some(web::download(
                "cango-trip.ics",
                "text/calendar;charset=utf-8",
                &text,
            )));
        })
    };
    let after = made.map(|handed_over| {
        let style = Style::for_origin(answer.origin);
        let events = ics::as_text(&calendar_events(answer, lang), |at| style.at(lang, at));
        let text = format!("{events}\n\n{link}");
        let elsewhere = match host {
            Host::Browser => K::CalElsewhere,
            Host::WeChat => K::CalElsewhereWeChat,
            Host::MiniProgram => K::CalElsewhereMiniProgram,
        };
        html! {
            <div class="cal-text" data-calendar={if handed_over { "made" } else { "refused" }}>
                // "Made" only where a download may follow: WeChat drops it.
                if !handed_over || *host == Host::Browser {
                    <p class="small" role="status">{ lang.t(if handed_over { K::CalMade } else { K::CalNoDownload }) }</p>
                }
                <p class="note">{ lang.t(elsewhere) }</p>
                <textarea readonly=true id="ics-text" ref={field.clone()} aria-label={lang.t(K::CalEvents)} value={text.clone()} />
                <CopyButton {text} {field} {lang} label={K::CopyEvents} id="copy-events" />
            </div>
        }
    });
    html! {
        <>
            <p><button type="button" id="ics" class="wide" {onclick}>{ bidi(lang, lang.t(K::Calendar)) }</button></p>
            { for after }
        </>
    }
}
