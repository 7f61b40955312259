//! `cango code` and `cango care` in the browser: two more views of the app.

use super::answer::{Contacts, Sources};
use super::fmt::{self, in_xinjiang, when};
use super::form::{
    from_local_input, input_value, select_value, to_local_input, RegionPicker, TimeInput,
};
use super::i18n::{Lang, K};
use super::state::{Action, CareForm, CodeForm};
use crate::care::{care, CareRequest};
use crate::code::{code, CodeRequest, Coverage};
use crate::domain::{CareNeed, CodeCategory, Risk};
use crate::rules::Rules;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CodeProps {
    pub form: CodeForm,
    pub lang: Lang,
    pub on: Callback<Action>,
}

#[function_component]
pub fn CodeView(props: &CodeProps) -> Html {
    let CodeProps { form, lang, on } = props;
    let lang = *lang;
    let xj = in_xinjiang(form.region);
    let Ok(rules) = Rules::builtin() else {
        return html! {};
    };
    let req = CodeRequest {
        now: form.now,
        region: form.region,
        code_events: form.events.clone(),
    };
    let bad: Vec<usize> = form
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.since > form.now || e.until.is_some_and(|u| u < e.since))
        .map(|(i, _)| i)
        .collect();
    let answer = bad.is_empty().then(|| code(rules, &req));
    html! {
        <section class="tool" aria-labelledby="code-h">
            <h2 id="code-h">{ lang.t(K::ViewCode) }</h2>
            <form onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <RegionPicker id="code-region" label={lang.t(K::Region)} value={form.region} {lang} on_pick={on.reform(Action::CodeRegion)} />
                <TimeInput id="code-now" label={lang.t(K::Now)} value={form.now} {xj} {lang} on_change={on.reform(Action::CodeNow)} />
                <fieldset>
                    <legend>{ lang.t(K::CodeEvents) }</legend>
                    { for form.events.iter().enumerate().map(|(i, e)| {
                        let cat = { let on = on.clone(); Callback::from(move |ev: Event| if let Some(c) = CodeCategory::parse(&select_value(&ev)) { on.emit(Action::EventCategory(i, c)) }) };
                        let until = { let on = on.clone(); Callback::from(move |ev: InputEvent| on.emit(Action::EventUntil(i, from_local_input(&input_value(&ev))))) };
                        html! {
                            <div class={classes!("test", bad.contains(&i).then_some("bad"))}>
                                <div class="field">
                                    <label for={format!("cat-{i}")}>{ lang.t(K::TestKindLabel) }</label>
                                    <select id={format!("cat-{i}")} onchange={cat}>
                                        { for CodeCategory::ALL.iter().map(|c| html! { <option value={c.as_str()} selected={*c == e.category}>{ lang.category(*c) }</option> }) }
                                    </select>
                                </div>
                                <TimeInput id={format!("since-{i}")} label={lang.t(K::Since)} value={e.since} {xj} {lang} on_change={on.reform(move |at| Action::EventSince(i, at))} />
                                <div class="field">
                                    <label for={format!("until-{i}")}>{ lang.t(K::Until) }</label>
                                    <input type="datetime-local" id={format!("until-{i}")} value={e.until.map(to_local_input).unwrap_or_default()} oninput={until} />
                                </div>
                                if bad.contains(&i) { <p class="error" role="alert">{ lang.t(K::TestInFuture) }</p> }
                                <button type="button" class="link" onclick={on.reform(move |_: MouseEvent| Action::RemoveEvent(i))}>{ lang.t(K::Remove) }</button>
                            </div>
                        }
                    }) }
                    <button type="button" onclick={on.reform(|_: MouseEvent| Action::AddEvent)}>{ lang.t(K::AddEvent) }</button>
                </fieldset>
            </form>
            if let Some(a) = answer {
                if a.status == Coverage::Unknown {
                    <div class="verdict v-unknown" data-color="unknown" role="status"><span class="v-icon" aria-hidden="true">{ "?" }</span><p>{ lang.t(K::CodeUnknown) }</p></div>
                } else {
                    <div class={classes!("verdict", format!("code-{}", a.color.map_or("unknown", |c| c.as_str())))} data-color={a.color.map_or("unknown", |c| c.as_str())} role="status">
                        <span class="v-icon" aria-hidden="true">{ "▣" }</span>
                        <div>
                            <strong class="v-word">{ format!("{}{}", lang.f(K::LabelColon, &[lang.t(K::CodeNow)]), a.color.map_or("?", |c| lang.colour(c))) }</strong>
                            <p>{ match (a.changes_at, a.next_color) {
                                (Some(at), Some(next)) => lang.f(K::CodeChanges, &[&when(lang, at, xj), lang.colour(next)]) + &format!(" · {}", fmt::relative(lang, a.now, at)),
                                _ => lang.t(K::CodeLasts).to_string(),
                            } }</p>
                        </div>
                    </div>
                    <h3>{ lang.t(K::Phases) }</h3>
                    <ul class="plain">
                        { for a.events.iter().map(|e| html! {
                            <li>
                                <strong>{ lang.category(e.category) }</strong>
                                <ol>{ for e.phases.iter().map(|p| html! {
                                    <li>{ lang.f(K::PhaseLine, &[lang.colour(p.color), &when(lang, p.from, xj)]) }
                                        if let Some(u) = p.until { { " " }{ lang.f(K::PhaseUntil, &[&when(lang, u, xj)]) } }</li>
                                }) }</ol>
                                <p class="small">{ lang.rule(&e.text) }</p>
                                <Sources sources={e.sources.clone()} {lang} />
                            </li>
                        }) }
                    </ul>
                    <Sources sources={a.sources.clone()} {lang} />
                    if let Some(reading) = &a.reading { <p class="small reading" data-reading="true">{ lang.rule(reading) }</p> }
                    { for a.warnings.iter().map(|w| html! { <p class="note warn" data-warning="true">{ lang.rule(w) }</p> }) }
            if !a.contacts.is_empty() { <h3>{ lang.t(K::Contacts) }</h3><Contacts contacts={a.contacts.clone()} {lang} /> }
                }
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CareProps {
    pub form: CareForm,
    pub lang: Lang,
    pub on: Callback<Action>,
}

#[function_component]
pub fn CareView(props: &CareProps) -> Html {
    let CareProps { form, lang, on } = props;
    let lang = *lang;
    let xj = in_xinjiang(form.region);
    let Ok(rules) = Rules::builtin() else {
        return html! {};
    };
    let a = care(
        rules,
        &CareRequest {
            now: form.now,
            region: form.region,
            risk: form.risk,
            need: form.need,
        },
    );
    let risk = {
        let on = on.clone();
        Callback::from(move |e: Event| {
            if let Some(r) = Risk::parse(&select_value(&e)) {
                on.emit(Action::CareRisk(r))
            }
        })
    };
    let need = {
        let on = on.clone();
        Callback::from(move |e: Event| {
            if let Some(n) = CareNeed::parse(&select_value(&e)) {
                on.emit(Action::CareNeed(n))
            }
        })
    };
    html! {
        <section class="tool" aria-labelledby="care-h">
            <h2 id="care-h">{ lang.t(K::ViewCare) }</h2>
            <form onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <RegionPicker id="care-region" label={lang.t(K::Region)} value={form.region} {lang} on_pick={on.reform(Action::CareRegion)} />
                <div class="row">
                    <div class="field">
                        <label for="care-risk">{ lang.t(K::RiskHere) }</label>
                        <select id="care-risk" onchange={risk}>{ for Risk::ALL.iter().map(|r| html! { <option value={r.as_str()} selected={*r == form.risk}>{ lang.risk(*r) }</option> }) }</select>
                    </div>
                    <div class="field">
                        <label for="care-need">{ lang.t(K::Need) }</label>
                        <select id="care-need" onchange={need}>{ for CareNeed::ALL.iter().map(|n| html! { <option value={n.as_str()} selected={*n == form.need}>{ lang.need(*n) }</option> }) }</select>
                    </div>
                </div>
                <TimeInput id="care-now" label={lang.t(K::Now)} value={form.now} {xj} {lang} on_change={on.reform(Action::CareNow)} />
            </form>
            <p class="emergency" data-emergency={a.emergency}><a href={format!("tel:{}", a.emergency)}>{ lang.f(K::Emergency, &[a.emergency]) }</a></p>
            if a.status == Coverage::Unknown {
                <p class="note warn" data-care="unknown">{ lang.t(K::CareUnknown) }</p>
            } else {
                <h3>{ lang.t(K::Places) }</h3>
                if a.places.is_empty() { <p class="note">{ lang.t(K::NoPlaces) }</p> }
                <ul class="plain places">
                    { for a.places.iter().map(|p| html! {
                        <li data-place={p.id.clone()}>
                            <strong>{ lang.rule(&p.name) }</strong>
                            <p class="small">{ lang.fit(p.fit) }</p>
                            <p>{ for p.phones.iter().map(|ph| html! { <><a class="phone" href={format!("tel:{}", ph.replace(' ', ""))}>{ lang.f(K::Call, &[ph]) }</a>{ " " }</> }) }</p>
                            <p>{ lang.rule(&p.access) }</p>
                            <Sources sources={p.sources.clone()} {lang} />
                        </li>
                    }) }
                </ul>
                if !a.advice.is_empty() {
                    <h3>{ lang.t(K::Advice) }</h3>
                    <ul class="plain">{ for a.advice.iter().map(|x| html! { <li>{ lang.rule(&x.text) }<Sources sources={x.sources.clone()} {lang} /></li> }) }</ul>
                }
            }
            { for a.warnings.iter().map(|w| html! { <p class="note warn" data-warning="true">{ lang.rule(w) }</p> }) }
            if !a.contacts.is_empty() { <h3>{ lang.t(K::Contacts) }</h3><Contacts contacts={a.contacts.clone()} {lang} /> }
        </section>
    }
}
