//! `cango code` and `cango care` in the browser: two more views of the app.
//! Each shows the core's own request and answers it as the CLI does.

use super::answer::{cited, contacts, original, sources};
use super::bidi::bidi;
use super::form::{
    from_local_input, input_value, on_select, to_local_input, RegionPicker, TimeInput,
};
use super::i18n::{Lang, Ui, K};
use super::places::use_place_names;
use cango_core::care::{care, EMERGENCY};
use cango_core::code::code;
use cango_core::domain::{CareNeed, CodeCategory, Risk};
use cango_core::domain::{Coverage, Scope};
use cango_core::explain::dates::{self as fmt, in_xinjiang, when};
use cango_core::explain::{self, Style};
use cango_core::input::CareRequest;
use cango_core::input::CodeRequest;
use cango_core::region::RegionCode;
use cango_core::rules::Rules;
use cango_core::time::Instant;
use yew::prelude::*;

/// The health-code view: the request it shows and one callback per thing
/// the traveller can change.
#[derive(Properties, PartialEq)]
pub struct CodeProps {
    pub request: CodeRequest,
    pub lang: Lang,
    pub on_region: Callback<RegionCode>,
    pub on_now: Callback<Instant>,
    pub on_add_event: Callback<()>,
    pub on_remove_event: Callback<usize>,
    pub on_event_category: Callback<(usize, CodeCategory)>,
    pub on_event_since: Callback<(usize, Instant)>,
    pub on_event_until: Callback<(usize, Option<Instant>)>,
}

#[function_component]
pub fn CodeView(props: &CodeProps) -> Html {
    use_place_names();
    let CodeProps {
        request,
        lang,
        on_region,
        on_now,
        on_add_event,
        on_remove_event,
        on_event_category,
        on_event_since,
        on_event_until,
    } = props;
    let lang = *lang;
    let xj = in_xinjiang(request.region);
    // Events the core refuses are marked rather than answered. Both are
    // computed again only when the request changes (not on a language switch).
    let checked = use_memo(request.clone(), |req| {
        let bad = req.events_with_problems();
        let answer = bad.is_empty().then(|| code(Rules::builtin(), req));
        (bad, answer)
    });
    let (bad, answer) = &*checked;
    let rules = Rules::builtin();
    let style = Style::for_origin(request.region);
    html! {
        <section class="tool" aria-labelledby="code-h">
            <h2 id="code-h">{ lang.t(K::ViewCode) }</h2>
            <form onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <RegionPicker id="code-region" label={lang.t(K::Region)} value={request.region} {lang} on_pick={on_region.clone()} />
                <TimeInput id="code-now" label={lang.t(K::Now)} value={request.now} {xj} {lang} on_change={on_now.clone()} />
                <fieldset>
                    <legend>{ lang.t(K::CodeEvents) }</legend>
                    { for request.code_events.iter().enumerate().map(|(i, e)| {
                        let cat = on_select(CodeCategory::parse, &on_event_category.reform(move |c| (i, c)));
                        // A value that does not read (an emptied field) is "no end known".
                        let until = on_event_until.reform(move |ev: InputEvent| (i, from_local_input(&input_value(&ev))));
                        html! {
                            <div class={if bad.contains(&i) { "test bad" } else { "test" }}>
                                <div class="field">
                                    <label for={format!("cat-{i}")}>{ lang.t(K::TestKindLabel) }</label>
                                    <select id={format!("cat-{i}")} onchange={cat}>
                                        { for CodeCategory::ALL.iter().map(|c| html! { <option value={c.as_str()} selected={*c == e.category}>{ lang.category(*c) }</option> }) }
                                    </select>
                                </div>
                                <TimeInput id={format!("since-{i}")} label={lang.t(K::Since)} value={e.since} {xj} {lang} on_change={on_event_since.reform(move |at| (i, at))} />
                                <div class="field">
                                    <label for={format!("until-{i}")}>{ lang.t(K::Until) }</label>
                                    <input type="datetime-local" id={format!("until-{i}")} value={e.until.map(to_local_input).unwrap_or_default()} oninput={until} />
                                </div>
                                if let Some(problem) = e.problem(request.now) { <p class="error" role="alert">{ bidi(lang, &explain::problem(lang, &problem)) }</p> }
                                <button type="button" class="link" onclick={on_remove_event.reform(move |_: MouseEvent| i)}>{ lang.t(K::Remove) }</button>
                            </div>
                        }
                    }) }
                    <button type="button" onclick={on_add_event.reform(|_: MouseEvent| ())}>{ lang.t(K::AddEvent) }</button>
                </fieldset>
            </form>
            if let Some(a) = answer {
                if a.coverage == Coverage::Unknown {
                    <div class="verdict v-unknown" data-color="unknown" role="status"><span class="v-icon" aria-hidden="true">{ "?" }</span><p>{ bidi(lang, &explain::code_summary(lang, style, rules, a)) }</p></div>
                } else {
                    <div class={format!("verdict code-{}", a.color.map_or("unknown", |c| c.as_str()))} data-color={a.color.map_or("unknown", |c| c.as_str())} role="status">
                        <span class="v-icon" aria-hidden="true">{ "▣" }</span>
                        <div>
                            <strong class="v-word">{ bidi(lang, &format!("{}{}", lang.f(K::LabelColon, &[lang.t(K::CodeNow)]), a.color.map_or("?", |c| lang.colour(c)))) }</strong>
                            <p>{ bidi(lang, &explain::code_summary(lang, style, rules, a)) }
                                if let Some(at) = a.changes_at { { bidi(lang, &format!(" · {}", fmt::relative(lang, a.now, at))) } }</p>
                        </div>
                    </div>
                    <h3>{ lang.t(K::Phases) }</h3>
                    <ul class="plain">
                        { for a.events.iter().map(|e| html! {
                            <li>
                                <strong>{ lang.category(e.category) }</strong>
                                <ol>{ for e.phases.iter().map(|p| html! {
                                    <li>{ bidi(lang, &lang.f(K::PhaseLine, &[lang.colour(p.color), &when(lang, p.from, xj)])) }
                                        if let Some(u) = p.until { { " " }{ bidi(lang, &lang.f(K::PhaseUntil, &[&when(lang, u, xj)])) } }</li>
                                }) }</ol>
                                <p class="small">{ bidi(lang, &lang.rule(&e.rule.text)) }</p>
                                { original(&e.rule.text, lang) }
                                { sources(&cited(rules, &e.rule.sources), lang) }
                            </li>
                        }) }
                    </ul>
                    if let Some(policy) = a.policy {
                        { sources(&cited(rules, policy.sources()), lang) }
                        if let Some(reading) = policy.reading_for(a.region) { <p class="small reading" data-reading="true">{ bidi(lang, &lang.rule(reading)) }</p>{ original(reading, lang) } }
                    }
                    { for a.warnings.iter().map(|w| html! { <p class="note warn" data-warning="true">{ bidi(lang, &explain::warning(lang, style, w)) }</p> }) }
            if !a.contacts.is_empty() { <h3>{ lang.t(K::Contacts) }</h3>{ contacts(&a.contacts, lang) } }
                }
            }
        </section>
    }
}

/// The care view: the request it shows and one callback per thing the
/// traveller can change.
#[derive(Properties, PartialEq)]
pub struct CareProps {
    pub request: CareRequest,
    pub lang: Lang,
    pub on_region: Callback<RegionCode>,
    pub on_now: Callback<Instant>,
    pub on_risk: Callback<Risk>,
    pub on_need: Callback<CareNeed>,
}

#[function_component]
pub fn CareView(props: &CareProps) -> Html {
    use_place_names();
    let CareProps {
        request,
        lang,
        on_region,
        on_now,
        on_risk,
        on_need,
    } = props;
    let lang = *lang;
    let xj = in_xinjiang(request.region);
    // Answered again only when the request changes (not on a language switch).
    let a = &*use_memo(*request, |req| care(Rules::builtin(), req));
    let rules = Rules::builtin();
    let style = Style::for_origin(request.region);
    html! {
        <section class="tool" aria-labelledby="care-h">
            <h2 id="care-h">{ lang.t(K::ViewCare) }</h2>
            <form onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <RegionPicker id="care-region" label={lang.t(K::Region)} value={request.region} {lang} on_pick={on_region.clone()} />
                <div class="row">
                    <div class="field">
                        <label for="care-risk">{ lang.t(K::RiskHere) }</label>
                        <select id="care-risk" onchange={on_select(Risk::parse, on_risk)}>{ for Risk::ALL.iter().map(|r| html! { <option value={r.as_str()} selected={*r == request.risk}>{ lang.risk(*r) }</option> }) }</select>
                    </div>
                    <div class="field">
                        <label for="care-need">{ lang.t(K::Need) }</label>
                        <select id="care-need" onchange={on_select(CareNeed::parse, on_need)}>{ for CareNeed::ALL.iter().map(|n| html! { <option value={n.as_str()} selected={*n == request.need}>{ lang.need(*n) }</option> }) }</select>
                    </div>
                </div>
                <TimeInput id="care-now" label={lang.t(K::Now)} value={request.now} {xj} {lang} on_change={on_now.clone()} />
            </form>
            <p class="emergency" data-emergency={EMERGENCY}><a href={format!("tel:{EMERGENCY}")}>{ bidi(lang, &lang.f(K::Emergency, &[EMERGENCY])) }</a></p>
            if a.coverage == Coverage::Unknown {
                <p class="note warn" data-care="unknown">{ bidi(lang, &explain::not_covered(lang, style, rules, Scope::Care, request.region, request.now)) }</p>
            } else {
                <h3>{ lang.t(K::Places) }</h3>
                if a.places.is_empty() { <p class="note">{ lang.t(K::NoPlaces) }</p> }
                <ul class="plain places">
                    { for a.places.iter().map(|(fit, p)| html! {
                        <li data-place={p.id.clone()}>
                            <strong>{ bidi(lang, &lang.rule(&p.name)) }</strong>
                            { original(&p.name, lang) }
                            <p class="small">{ lang.fit(*fit) }</p>
                            <p>{ for p.phones.iter().map(|ph| html! { <><a class="phone" href={format!("tel:{}", ph.replace(' ', ""))}>{ bidi(lang, &lang.f(K::Call, &[ph])) }</a>{ " " }</> }) }</p>
                            <p>{ bidi(lang, &lang.rule(&p.access)) }</p>
                            { original(&p.access, lang) }
                            { sources(&cited(rules, &p.sources), lang) }
                        </li>
                    }) }
                </ul>
                if !a.advice.is_empty() {
                    <h3>{ lang.t(K::Advice) }</h3>
                    <ul class="plain">{ for a.advice.iter().map(|x| html! { <li>{ bidi(lang, &lang.rule(&x.text)) }{ original(&x.text, lang) }{ sources(&cited(rules, &x.sources), lang) }</li> }) }</ul>
                }
            }
            { for a.warnings.iter().map(|w| html! { <p class="note warn" data-warning="true">{ bidi(lang, &explain::warning(lang, style, w)) }</p> }) }
            if !a.contacts.is_empty() { <h3>{ lang.t(K::Contacts) }</h3>{ contacts(&a.contacts, lang) } }
        </section>
    }
}
