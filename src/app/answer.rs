//! The answer view: verdict, earliest departure, document checklist,
//! requirements with why and deadline, conflicts, arrival steps, contacts.

use super::fmt::{self, in_xinjiang, when};
use super::i18n::{Lang, K};
use crate::check::{Answer, RequirementOut, Status, Verdict, Why};
use crate::cite::{ContactOut, SourceOut};
use crate::domain::{Confidence, DocumentId, TestKind};
use crate::time::CST_OFFSET;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnswerProps {
    pub answer: Rc<Answer>,
    pub lang: Lang,
    /// The documents the traveller said they hold.
    pub held: Vec<DocumentId>,
    pub on_toggle: Callback<DocumentId>,
}

pub fn verdict_icon(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "✓",
        Verdict::EligibleAfter => "◷",
        Verdict::NeedsApproval => "✎",
        Verdict::NotEligible => "✕",
        Verdict::Unknown => "?",
    }
}

/// The kind of test a requirement still misses, for its deadline sentence.
pub fn test_kind(req: &RequirementOut) -> Option<TestKind> {
    match req.facts {
        Why::TestsMissing { test, .. } => Some(test),
        _ => None,
    }
}

#[function_component]
pub fn AnswerView(props: &AnswerProps) -> Html {
    let AnswerProps {
        answer,
        lang,
        held,
        on_toggle,
    } = props;
    let (a, lang) = (answer.as_ref(), *lang);
    let xj = in_xinjiang(a.origin.region);
    let v = a.verdict;
    let route = format!(
        "{} → {}",
        fmt::region_name(lang, a.origin.region),
        fmt::region_name(lang, a.destination.region)
    );
    html! {
        <section class="answer" aria-labelledby="answer-h">
            <h2 id="answer-h">{ lang.t(K::Answer) }</h2>
            <div class={classes!("verdict", format!("v-{}", v.as_str()))} data-verdict={v.as_str()} role="status" aria-live="polite">
                <span class="v-icon" aria-hidden="true">{ verdict_icon(v) }</span>
                <div>
                    <strong class="v-word">{ lang.verdict(v) }</strong>
                    <p class="v-hint">{ lang.verdict_hint(v) }</p>
                    // The reason itself, up front: what blocks, or who must approve.
                    { for a.requirements.iter().filter(|r| match v {
                        Verdict::NotEligible => matches!(r.status, Status::Blocked { .. }),
                        Verdict::NeedsApproval => r.status == Status::Approval,
                        _ => false,
                    }).map(|r| html! { <p class="v-reason">{ fmt::why(lang, &r.facts, xj) }</p> }) }
                    if v == Verdict::Unknown {
                        if let Some(known) = known_periods(a, lang) {
                            <p class="v-reason">{ lang.f(K::KnownFor, &[&known]) }</p>
                        }
                    }
                    <p class="v-route">{ route }</p>
                </div>
            </div>
            <dl class="times">
                if let Some(e) = a.earliest_departure {
                    <div class="earliest" data-earliest={e.to_cst_string()}>
                        <dt>{ lang.t(K::EarliestDeparture) }</dt>
                        <dd>{ when(lang, e, xj) }<span class="rel">{ format!(" · {}", fmt::relative(lang, a.now, e)) }</span></dd>
                    </div>
                }
                <div>
                    <dt>{ lang.t(K::PlannedDeparture) }</dt>
                    <dd>{ when(lang, a.departure, xj) }<span class="rel">{ format!(" · {}", fmt::relative(lang, a.now, a.departure)) }</span></dd>
                </div>
            </dl>
            if v == Verdict::EligibleAfter && !a.planned_departure_possible {
                <p class="note warn">{ lang.t(K::PlannedNotPossible) }</p>
            }
            if lang == Lang::Ug && v != Verdict::Unknown {
                <p class="note">{ lang.t(K::UgRuleNote) }</p>
            }
            if lang == Lang::Hant && v != Verdict::Unknown {
                <p class="note">{ lang.t(K::HantRuleNote) }</p>
            }
            { for a.conflicts.iter().map(|c| html! {
                <div class="conflict" role="alert" data-conflict={c.national_rule.clone()}>
                    <h3>{ lang.t(K::ConflictTitle) }</h3>
                    <p><strong>{ lang.f(K::LabelColon, &[lang.t(K::ConflictLocal)]) }</strong>{ lang.rule(&c.local) }</p>
                    <p><strong>{ lang.f(K::LabelColon, &[&lang.f(K::Quoted, &[lang.t(K::ConflictNational), &lang.rule(&c.national_title)])]) }</strong>{ lang.rule(&c.national_text) }</p>
                    if !c.complain.is_empty() {
                        <p><strong>{ lang.t(K::ComplainWith) }</strong></p>
                        <Contacts contacts={c.complain.clone()} {lang} />
                    }
                    <Sources sources={[c.sources.clone(), c.national_sources.clone()].concat()} {lang} />
                </div>
            }) }
            if !a.documents.is_empty() {
                <h3>{ lang.t(K::Checklist) }</h3>
                <ul class="docs">
                    { for a.documents.iter().map(|d| {
                        let id = d.id;
                        let onclick = on_toggle.reform(move |_: MouseEvent| id);
                        let auto = d.held && !held.contains(&id);
                        html! {
                            <li key={id.as_str()}>
                                <button type="button" class={classes!("doc", d.held.then_some("held"))}
                                    data-doc={id.as_str()} data-held={if d.held { "true" } else { "false" }}
                                    aria-pressed={if d.held { "true" } else { "false" }} {onclick}>
                                    <span class="box" aria-hidden="true">{ if d.held { "☑" } else { "☐" } }</span>
                                    <span class="doc-name">{ lang.document(id) }</span>
                                    <span class="doc-state">{ lang.t(if d.held { K::Held } else { K::NotHeld }) }
                                        if auto { { " " }{ lang.t(K::AutoHeld) } }
                                    </span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            if !a.requirements.is_empty() {
                <h3>{ lang.t(K::Requirements) }</h3>
                <ol class="reqs">
                    { for ordered(&a.requirements).into_iter().map(|r| html! { <Requirement key={r.id.clone()} req={r.clone()} {lang} {xj} now={a.now.unix()} /> }) }
                </ol>
            }
            if !a.what_would_change.is_empty() {
                <h3>{ lang.t(K::WhatWouldChange) }</h3>
                <ul class="plain">
                    { for a.what_would_change.iter().map(|c| html! {
                        <li>
                            { lang.rule(&c.text) }
                            if let Some(at) = c.at { <span class="rel">{ format!(" · {}", fmt::relative(lang, a.now, at)) }</span> }
                            <Sources sources={c.sources.clone()} {lang} />
                        </li>
                    }) }
                </ul>
            }
            if !a.arrival.is_empty() {
                <h3>{ lang.t(K::Arrival) }</h3>
                <ul class="plain">
                    { for a.arrival.iter().map(|s| html! {
                        <li data-arrival={s.id.as_str()}>
                            <strong>{ lang.arrival(s.id) }</strong>
                            <p>{ lang.rule(&s.text) }</p>
                            <Sources sources={s.sources.clone()} {lang} />
                        </li>
                    }) }
                </ul>
            }
            if !a.notices.is_empty() {
                <h3>{ lang.t(K::Notices) }</h3>
                <ul class="plain">
                    { for a.notices.iter().map(|n| html! {
                        <li data-notice={n.id.clone()}>
                            { lang.rule(&n.text) }<Sources sources={n.sources.clone()} {lang} />
                            if !n.disputed_by.is_empty() {
                                <p class="small warn">{ lang.t(K::Disputed) }</p>
                                <Sources sources={n.disputed_by.clone()} {lang} />
                            }
                        </li>
                    }) }
                </ul>
            }
            if !a.contacts.is_empty() {
                <h3>{ lang.t(K::Contacts) }</h3>
                <Contacts contacts={a.contacts.clone()} {lang} />
            }
            if let Some(at) = a.rules_as_of {
                <p class="small">{ lang.f(K::RulesAsOf, &[&when(lang, at, false)]) }</p>
            }
            { for a.warnings.iter().map(|w| html! {
                <p class="small warn" data-warning="stale" role="note">{ lang.rule(w) }</p>
            }) }
        </section>
    }
}

/// When rules for leaving the origin are known (for an `unknown` answer):
/// which dates to try instead, in the traveller's language.
fn known_periods(a: &Answer, lang: Lang) -> Option<String> {
    let periods: Vec<String> = a
        .known_periods
        .iter()
        .map(|p| match p.until {
            Some(end) => lang.f(
                K::FromUntil,
                &[
                    &fmt::date_time_at(lang, p.from, CST_OFFSET),
                    &fmt::date_time_at(lang, end, CST_OFFSET),
                ],
            ),
            None => lang.f(K::FromOn, &[&fmt::date_time_at(lang, p.from, CST_OFFSET)]),
        })
        .collect();
    (!periods.is_empty()).then(|| {
        periods.join(if matches!(lang, Lang::Hans | Lang::Hant) {
            "；"
        } else {
            "; "
        })
    })
}

/// Requirements by urgency: what blocks, what needs approval, what to do, what is met.
fn ordered(reqs: &[RequirementOut]) -> Vec<&RequirementOut> {
    let rank = |r: &RequirementOut| match r.status {
        Status::Blocked { .. } => 0,
        Status::Approval => 1,
        Status::ToDo => 2,
        Status::Met => 3,
    };
    let mut out: Vec<&RequirementOut> = reqs.iter().collect();
    out.sort_by_key(|r| rank(r));
    out
}

#[derive(Properties, PartialEq)]
struct RequirementProps {
    req: RequirementOut,
    lang: Lang,
    xj: bool,
    now: i64,
}

#[function_component]
fn Requirement(props: &RequirementProps) -> Html {
    let RequirementProps { req, lang, xj, now } = props;
    let (lang, xj, now) = (*lang, *xj, crate::time::Instant::from_unix(*now));
    let (state, icon, class) = match req.status {
        Status::Met => (K::Met, "✓", "met"),
        Status::ToDo => (K::ToDo, "○", "todo"),
        Status::Approval => (K::ApprovalState, "✎", "approval"),
        Status::Blocked { .. } => (K::Blocked, "✕", "blocked"),
    };
    let deadline = req.deadline.as_ref().map(|d| {
        let text = fmt::deadline(lang, d, &req.facts, test_kind(req), xj);
        let countdown = if now < d.from {
            lang.f(
                K::OpensIn,
                &[&fmt::duration(lang, d.from.unix() - now.unix())],
            )
        } else if now < d.until {
            lang.f(
                K::ClosesIn,
                &[&fmt::duration(lang, d.until.unix() - now.unix())],
            )
        } else {
            lang.t(K::Closed).to_string()
        };
        (
            text,
            countdown,
            d.from.to_cst_string(),
            d.until.to_cst_string(),
        )
    });
    html! {
        <li class={classes!("req", class)} data-req={req.id.clone()} data-met={if req.met { "true" } else { "false" }}>
            <div class="req-head">
                <span class={classes!("badge", class)}><span aria-hidden="true">{ icon }</span>{ " " }{ lang.t(state) }</span>
                <strong>{ lang.rule(&req.text) }</strong>
            </div>
            <p class="why">{ fmt::why(lang, &req.facts, xj) }</p>
            if let Some(reading) = &req.reading {
                <p class="small reading" data-reading="true">{ lang.rule(reading) }</p>
            }
            if let Some((text, countdown, from, until)) = deadline {
                <p class="deadline" data-from={from} data-until={until}>
                    <span aria-hidden="true">{ "◷ " }</span>{ text }{ " " }<strong class="countdown">{ countdown }</strong>
                </p>
            }
            <p class="small">{ lang.f(K::By, &[lang.layer(req.layer), &fmt::region_name(lang, req.jurisdiction)]) }</p>
            <Sources sources={req.sources.clone()} {lang} />
            if !req.disputed_by.is_empty() {
                <p class="small warn">{ lang.t(K::Disputed) }</p>
                <Sources sources={req.disputed_by.clone()} {lang} />
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub sources: Vec<SourceOut>,
    pub lang: Lang,
}

/// The weakest confidence among sources, as a badge: words and a symbol, not colour alone.
#[function_component]
pub fn Sources(props: &SourcesProps) -> Html {
    let SourcesProps { sources, lang } = props;
    let lang = *lang;
    if sources.is_empty() {
        return html! {};
    }
    let weakest = sources
        .iter()
        .map(|s| s.confidence)
        .max()
        .unwrap_or(Confidence::Reported);
    html! {
        <details class="sources">
            <summary>{ format!("{} ({}) ", lang.t(K::Sources), sources.len()) }<Badge confidence={weakest} {lang} /></summary>
            <ul>
                { for sources.iter().map(|s| html! {
                    <li>
                        <Badge confidence={s.confidence} {lang} />{ " " }
                        { format!("{} · {} · {}", lang.rule(&s.issuer), s.date, s.title) }
                        if let Some(how) = &s.how { <span class="small">{ format!(" ({})", lang.rule(how)) }</span> }
                        <span class="small file">{ format!(" [{}]", s.file) }</span>
                    </li>
                }) }
            </ul>
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct BadgeProps {
    confidence: Confidence,
    lang: Lang,
}

#[function_component]
fn Badge(props: &BadgeProps) -> Html {
    let (icon, class) = match props.confidence {
        Confidence::Published => ("▤", "conf-published"),
        Confidence::Reported => ("☎", "conf-reported"),
    };
    html! {
        <span class={classes!("conf", class)} data-confidence={props.confidence.as_str()}>
            <span aria-hidden="true">{ icon }</span>{ " " }{ props.lang.confidence(props.confidence) }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct ContactsProps {
    pub contacts: Vec<ContactOut>,
    pub lang: Lang,
}

#[function_component]
pub fn Contacts(props: &ContactsProps) -> Html {
    let lang = props.lang;
    html! {
        <ul class="contacts">
            { for props.contacts.iter().map(|c| html! {
                <li>
                    <span class="purpose">{ lang.contact_purpose(c.purpose) }</span>{ " " }
                    { lang.rule(&c.name) }{ " " }
                    if let Some(phone) = &c.phone {
                        <a class="phone" href={format!("tel:{}", phone.replace(' ', ""))}>{ phone.clone() }</a>
                    }
                    if let Some(url) = &c.url { <span class="small">{ format!(" {url}") }</span> }
                </li>
            }) }
        </ul>
    }
}
