//! The answer view: verdict, earliest departure, document checklist,
//! requirements with why and deadline, conflicts, arrival steps, contacts.

use super::bidi::{bidi, source_lang};
use super::i18n::{Lang, Ui, K};
use super::places::use_place_names;
use cango_core::domain::{Confidence, ContactPurpose, DocumentId, Str, Text, Verdict};
use cango_core::explain::{self, dates, region_name, Style};
use cango_core::rules::{Citation, Contact, Rules};
use cango_core::time::Instant;
use cango_core::trip::{Answer, Judged, Lift, Status, Warning};
use std::rc::Rc;
use yew::prelude::*;

/// An answer as the components share it. Two are the same when they are one
/// evaluation (the memo in `CheckView`): comparing their contents, every
/// policy and requirement they cite, would cost more than rendering again,
/// and its code 2.1 KB of the WebAssembly (brotli).
#[derive(Clone)]
pub struct SharedAnswer(Rc<Answer<'static>>);

impl SharedAnswer {
    pub fn new(answer: Answer<'static>) -> SharedAnswer {
        SharedAnswer(Rc::new(answer))
    }
}

impl PartialEq for SharedAnswer {
    fn eq(&self, other: &SharedAnswer) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for SharedAnswer {
    type Target = Answer<'static>;

    fn deref(&self) -> &Answer<'static> {
        &self.0
    }
}

#[derive(Properties, PartialEq)]
pub struct AnswerProps {
    pub answer: SharedAnswer,
    pub rules: &'static Rules,
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

#[function_component]
pub fn AnswerView(props: &AnswerProps) -> Html {
    use_place_names();
    let AnswerProps {
        answer,
        rules,
        lang,
        held,
        on_toggle,
    } = props;
    let (a, lang, rules) = (&**answer, *lang, *rules);
    let style = Style::for_origin(a.origin);
    let v = a.verdict;
    let when = |at: Instant| style.at(lang, at);
    let relative = |at: Instant| format!(" · {}", dates::relative(lang, a.now, at));
    html! {
        <section class="answer" aria-labelledby="answer-h">
            <h2 id="answer-h">{ lang.t(K::Answer) }</h2>
            <div class={format!("verdict v-{}", v.as_str())} data-verdict={v.as_str()} role="status" aria-live="polite">
                <span class="v-icon" aria-hidden="true">{ verdict_icon(v) }</span>
                <div>
                    // Unknown with requirements: the planned departure is
                    // covered, the one the listed steps allow is not.
                    // `elementtiming`: Chromium reports when the verdict's word
                    // is painted, which the loader waits for (www/init.js).
                    <strong class="v-word" elementtiming="verdict">{ if v == Verdict::Unknown && !a.requirements.is_empty() { lang.t(K::VerdictUnknownLater) } else { lang.verdict(v) } }</strong>
                    <p class="v-hint">{ lang.verdict_hint(v) }</p>
                    // The reason itself, up front: what blocks, or who must approve.
                    { for a.requirements.iter().filter(|r| match v {
                        Verdict::NotEligible => matches!(r.status, Status::Blocked { .. }),
                        Verdict::NeedsApproval => r.status == Status::Approval,
                        _ => false,
                    }).map(|r| html! { <p class="v-reason">{ bidi(lang, &explain::why(lang, style, &r.why)) }</p> }) }
                    if let Some(p) = &a.published_only {
                        <p class="v-doubt" data-published-only={p.verdict.as_str()}>{ bidi(lang, &explain::published_only(lang, style, a, p)) }</p>
                    }
                    if v == Verdict::Unknown {
                        if let Some(known) = explain::known_periods(lang, style, &a.known_periods) {
                            <p class="v-reason">{ bidi(lang, &known) }</p>
                        }
                    }
                </div>
            </div>
            <dl class="times">
                if let Some(e) = a.earliest_departure {
                    <div class="earliest" data-earliest={e.to_cst_string()}>
                        <dt>{ lang.t(K::EarliestDeparture) }</dt>
                        <dd>{ bidi(lang, &explain::earliest_departure(lang, style, a, e)) }<span class="rel">{ bidi(lang, &relative(e)) }</span></dd>
                    </div>
                }
                <div>
                    <dt>{ lang.t(K::PlannedDeparture) }</dt>
                    <dd>{ bidi(lang, &when(a.departure)) }<span class="rel">{ bidi(lang, &relative(a.departure)) }</span></dd>
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
                <div class="conflict" role="alert" data-conflict={c.national.id().to_string()}>
                    <h3>{ lang.t(K::ConflictTitle) }</h3>
                    <p><strong>{ lang.f(K::LabelColon, &[lang.t(K::ConflictLocal)]) }</strong>{ bidi(lang, &lang.rule(&c.contradiction.local)) }</p>
                    { original(&c.contradiction.local, lang) }
                    <p><strong>{ bidi(lang, &lang.f(K::LabelColon, &[&lang.f(K::Quoted, &[lang.t(K::ConflictNational), &lang.rule(c.national.title())])])) }</strong>{ bidi(lang, &lang.rule(c.national.text())) }</p>
                    { original(c.national.text(), lang) }
                    if !c.complain.is_empty() {
                        <p><strong>{ lang.t(K::ComplainWith) }</strong></p>
                        { contacts(&c.complain, lang) }
                    }
                    { sources(&cited(rules, c.policy.sources()).into_iter().chain(cited(rules, c.national.sources())).collect::<Vec<_>>(), lang) }
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
                                <button type="button" class={if d.held { "doc held" } else { "doc" }}
                                    data-doc={id.as_str()} data-held={if d.held { "true" } else { "false" }}
                                    aria-pressed={if d.held { "true" } else { "false" }} {onclick}>
                                    <span class="box" aria-hidden="true">{ if d.held { "☑" } else { "☐" } }</span>
                                    <span class="doc-name">{ lang.document(id) }</span>
                                    <span class="doc-state">{ lang.t(if d.held { K::Held } else { K::NotHeld }) }
                                        if auto { { " " }{ lang.t(K::AutoHeld) } }
                                        if let (false, Some(n)) = (d.held, d.tests_missing) { { " · " }{ bidi(lang, &explain::tests_missing(lang, n)) } }
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
                    { for ordered(&a.requirements).into_iter().map(|r| {
                        requirement(r, r.reading(a.origin, a.destination), rules, lang, style, a.now)
                    }) }
                </ol>
            }
            if !a.what_would_change.is_empty() {
                <h3>{ lang.t(K::WhatWouldChange) }</h3>
                <ul class="plain">
                    { for a.what_would_change.iter().map(|c| match &c.lift {
                        Lift::StayClears { region, at, requirement } => html! {
                            <li>
                                { bidi(lang, &explain::change(lang, style, *region, *at)) }
                                <span class="rel">{ bidi(lang, &relative(*at)) }</span>
                                { sources(&cited(rules, requirement.sources()), lang) }
                            </li>
                        },
                        Lift::NationalRule(rule) => html! {
                            <li>
                                { bidi(lang, &lang.rule(rule.text())) }
                                { original(rule.text(), lang) }
                                { sources(&cited(rules, rule.sources()), lang) }
                            </li>
                        },
                    }) }
                </ul>
            }
            if !a.arrival.is_empty() {
                <h3>{ lang.t(K::Arrival) }</h3>
                <ul class="plain">
                    { for a.arrival.iter().map(|s| html! {
                        <li data-arrival={s.item.id.as_str()}>
                            <strong>{ lang.arrival(s.item.id) }</strong>
                            <p>{ bidi(lang, &lang.rule(&s.item.text)) }</p>
                            { original(&s.item.text, lang) }
                            { sources(&cited(rules, &s.item.sources), lang) }
                        </li>
                    }) }
                </ul>
            }
            if !a.notices.is_empty() {
                <h3>{ lang.t(K::Notices) }</h3>
                <ul class="plain">
                    { for a.notices.iter().map(|n| html! {
                        <li data-notice={n.item.id.clone()}>
                            { bidi(lang, &lang.rule(&n.item.text)) }
                            { original(&n.item.text, lang) }
                            { sources(&cited(rules, &n.item.sources), lang) }
                            if !n.item.disputed_by.is_empty() {
                                <p class="small warn">{ lang.t(K::Disputed) }</p>
                                { sources(&cited(rules, &n.item.disputed_by), lang) }
                            }
                        </li>
                    }) }
                </ul>
            }
            if !a.contacts.is_empty() {
                <h3>{ lang.t(K::Contacts) }</h3>
                { contacts(&a.contacts, lang) }
            }
            if let Some(at) = a.rules_as_of() {
                <p class="small">{ bidi(lang, &lang.f(K::RulesAsOf, &[&dates::when(lang, at, false)])) }</p>
            }
            { for a.warnings.iter().map(|w| html! {
                <p class="small warn" data-warning={warning_kind(w)} role="note">{ bidi(lang, &explain::warning(lang, style, w)) }</p>
            }) }
        </section>
    }
}

/// A warning's kind, for `data-warning` (tests and styles find them by it).
pub fn warning_kind(w: &Warning) -> &'static str {
    match w {
        Warning::NoArrivalRules { .. } => "no-arrival-rules",
        Warning::Stale { .. } => "stale",
        Warning::ChangeAfterHorizon { .. } => "change-after-horizon",
        Warning::DepartureInPast { .. } => "departure-in-past",
        Warning::RulesEndBeforeNow { .. } => "rules-end",
        Warning::StepsOutlastRules { .. } => "steps-outlast-rules",
    }
}

/// The citations behind a list of ids, for [`Sources`].
pub fn cited(rules: &'static Rules, ids: &[Str]) -> Vec<&'static Citation> {
    rules.cited(ids).collect()
}

/// Requirements by urgency: what blocks, what needs approval, what to do, what is met.
fn ordered<'a>(reqs: &'a [Judged<'static>]) -> Vec<&'a Judged<'static>> {
    let rank = |r: &Judged| match r.status {
        Status::Blocked { .. } => 0,
        Status::Approval => 1,
        Status::ToDo => 2,
        Status::Met => 3,
    };
    let mut out: Vec<&Judged> = reqs.iter().collect();
    cango_core::sort::by_key(&mut out, |r| rank(r));
    out
}

/// One requirement, with its state, why, deadline and sources. A function,
/// not a component: the answer above it renders again with it (when the
/// places' names arrive too), so it needs no state or hook of its own.
fn requirement(
    req: &Judged<'static>,
    reading: Option<&Text>,
    rules: &'static Rules,
    lang: Lang,
    style: Style,
    now: Instant,
) -> Html {
    let (state, icon, class) = match req.status {
        Status::Met => (K::Met, "✓", "met"),
        Status::ToDo => (K::ToDo, "○", "todo"),
        Status::Approval => (K::ApprovalState, "✎", "approval"),
        Status::Blocked { .. } => (K::Blocked, "✕", "blocked"),
    };
    let deadline = req.deadline.as_ref().map(|d| {
        let text = explain::deadline(lang, style, d, &req.why);
        let countdown = if now < d.from {
            lang.f(
                K::OpensIn,
                &[&dates::duration(lang, d.from.unix() - now.unix())],
            )
        } else if now < d.until {
            lang.f(
                K::ClosesIn,
                &[&dates::duration(lang, d.until.unix() - now.unix())],
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
    let r = req.requirement;
    html! {
        <li key={r.id().to_string()} class={format!("req {class}")} data-req={r.id().to_string()} data-met={if req.met() { "true" } else { "false" }}>
            <div class="req-head">
                <span class={format!("badge {class}")}><span aria-hidden="true">{ icon }</span>{ " " }{ lang.t(state) }</span>
                <strong>{ bidi(lang, &lang.rule(r.text())) }</strong>
            </div>
            { original(r.text(), lang) }
            <p class="why">{ bidi(lang, &explain::why(lang, style, &req.why)) }</p>
            if let Some(reading) = reading {
                <p class="small reading" data-reading="true">{ bidi(lang, &lang.rule(reading)) }</p>
                { original(reading, lang) }
            }
            if let Some((text, countdown, from, until)) = deadline {
                <p class="deadline" data-from={from} data-until={until}>
                    <span aria-hidden="true">{ "◷ " }</span>{ bidi(lang, &text) }{ " " }<strong class="countdown">{ bidi(lang, &countdown) }</strong>
                </p>
            }
            <p class="small">{ bidi(lang, &lang.f(K::By, &[lang.layer(req.policy.layer()), &region_name(lang, req.policy.jurisdiction())])) }</p>
            { sources(&cited(rules, r.sources()), lang) }
            if !req.policy.disputed_by().is_empty() {
                <p class="small warn">{ lang.t(K::Disputed) }</p>
                { sources(&cited(rules, req.policy.disputed_by()), lang) }
            }
        </li>
    }
}

/// Sources grouped by the article (source file) they quote: one notice or
/// post is one entry, however many of its sentences or speakers are cited.
/// Each speaker shows the sentences quoted, so a reader sees what was said,
/// not only who said it. The weakest confidence is a badge on the summary:
/// words and a symbol, not colour alone.
pub fn sources(sources: &[&'static Citation], lang: Lang) -> Html {
    if sources.is_empty() {
        return html! {};
    }
    let weakest = cango_core::cite::weakest_of(sources.iter().copied());
    let articles = by_article(sources);
    html! {
        <details class="sources">
            <summary>{ bidi(lang, &format!("{} ({}) ", lang.t(K::Sources), articles.len())) }{ badge(weakest, lang) }</summary>
            <ul>
                { for articles.iter().filter_map(|speakers| Some((speakers, *speakers.first()?.first()?))).map(|(speakers, first)| {
                    html! {
                        <li data-source={short_file(first.file()).to_string()}>
                            // Titles and quotes are the sources' own words, in their language.
                            <span class="title" lang={source_lang(first.title())} dir="auto">{ first.title().to_string() }</span>
                            <span class="small file">{ bidi(lang, &format!(" [{}]", short_file(first.file()))) }</span>
                            { for speakers.iter().filter_map(|quotes| Some((quotes, *quotes.first()?))).map(|(quotes, s)| {
                                html! {
                                    <div class="speaker">
                                        { badge(s.confidence(), lang) }{ " " }
                                        { bidi(lang, &format!("{} · {}", lang.rule(s.issuer()), s.date())) }
                                        if let Some(how) = s.how() { <span class="small">{ bidi(lang, &format!(" ({})", lang.rule(how))) }</span> }
                                        // Quotes stay verbatim, in the source's own language.
                                        { for quotes.iter().map(|q| html! { <blockquote class="quote" lang={source_lang(q.quote())} dir="auto">{ q.quote().to_string() }</blockquote> }) }
                                    </div>
                                }
                            }) }
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}

/// The citations by article (source file), then by speaker (issuer, date and
/// how it reached us), in first-cited order, each quote once.
fn by_article<'r>(sources: &[&'r Citation]) -> Vec<Vec<Vec<&'r Citation>>> {
    // Every group is made with its first member, so `first()` always finds one.
    let first = |group: &[&'r Citation]| group.first().copied();
    let mut articles: Vec<Vec<Vec<&Citation>>> = Vec::new();
    for &c in sources {
        let article = articles.iter().position(|a| {
            a.first()
                .and_then(|q| first(q))
                .is_some_and(|s| s.file() == c.file())
        });
        let Some(article) = article.and_then(|i| articles.get_mut(i)) else {
            articles.push(vec![vec![c]]);
            continue;
        };
        let speaker = article.iter_mut().find(|q| {
            first(q).is_some_and(|s| {
                s.issuer() == c.issuer() && s.date() == c.date() && s.how() == c.how()
            })
        });
        match speaker {
            Some(quotes) if quotes.iter().any(|q| q.quote() == c.quote()) => {}
            Some(quotes) => quotes.push(c),
            None => article.push(vec![c]),
        }
    }
    articles
}

/// A source file's number without its content hash (`001_de57….txt` → `001`).
fn short_file(file: &str) -> &str {
    file.split(['_', '.']).next().unwrap_or(file)
}

/// How sure a source is: words and a symbol, not colour alone.
fn badge(confidence: Confidence, lang: Lang) -> Html {
    let (icon, class) = match confidence {
        Confidence::Published => ("▤", "conf-published"),
        Confidence::Reported => ("☎", "conf-reported"),
    };
    html! {
        <span class={format!("conf {class}")} data-confidence={confidence.as_str()}>
            <span aria-hidden="true">{ icon }</span>{ " " }{ lang.confidence(confidence) }
        </span>
    }
}

/// One entry of a contact list: the channels that share a number, so that
/// no number is shown twice (12345 is the citizens' line of wherever one
/// calls from, listed once per place).
#[derive(Debug, PartialEq)]
pub struct ContactLine {
    pub purposes: Vec<ContactPurpose>,
    pub names: Vec<&'static Text>,
    pub phone: Option<&'static str>,
    pub urls: Vec<&'static str>,
}

/// A number as dialled: its digits.
fn dialled(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

/// The lines of a contact list, in its order, channels with one number merged.
pub fn contact_lines(contacts: &[&'static Contact]) -> Vec<ContactLine> {
    let mut lines: Vec<ContactLine> = Vec::new();
    for c in contacts {
        let phone = c.phone().as_deref();
        let same_number = phone.and_then(|p| {
            lines
                .iter()
                .position(|l| l.phone.is_some_and(|q| dialled(q) == dialled(p)))
        });
        let at = same_number.unwrap_or_else(|| {
            lines.push(ContactLine {
                purposes: Vec::new(),
                names: Vec::new(),
                phone,
                urls: Vec::new(),
            });
            lines.len() - 1
        });
        let Some(line) = lines.get_mut(at) else {
            continue;
        };
        if !line.purposes.contains(&c.purpose()) {
            line.purposes.push(c.purpose());
        }
        line.names.push(c.name());
        line.urls.extend(c.url().as_deref());
    }
    lines
}

/// Where to ask or complain: numbers as `tel:` links, addresses as links
/// that open apart from the app (rendering them requests nothing). A name
/// that holds its number ("…12388 举报") is itself the number's link, so
/// the number is not shown again.
pub fn contacts(contacts: &[&'static Contact], lang: Lang) -> Html {
    let tel = |phone: &str, text: String, class: &'static str| {
        html! { <a {class} href={format!("tel:{}", phone.replace(' ', ""))}>{ bidi(lang, &text) }</a> }
    };
    html! {
        <ul class="contacts">
            { for contact_lines(contacts).into_iter().map(|line| {
                let texts: Vec<String> = line.names.iter().map(|name| lang.rule(name)).collect();
                let named = line.phone.and_then(|p| texts.iter().position(|t| t.contains(p)));
                html! {
                    <li>
                        { for line.purposes.iter().map(|p| html! { <><span class="purpose">{ lang.contact_purpose(*p) }</span>{ " " }</> }) }
                        { for texts.into_iter().enumerate().map(|(i, text)| {
                            let sep = if i > 0 { " · " } else { "" };
                            match line.phone.filter(|_| named == Some(i)) {
                                Some(phone) => html! { <>{ sep }{ tel(phone, text, "phone named") }</> },
                                None => html! { <>{ sep }{ bidi(lang, &text) }</> },
                            }
                        }) }
                        if let Some(phone) = line.phone.filter(|_| named.is_none()) { { tel(phone, phone.to_string(), "phone") } }
                        { for line.urls.iter().map(|url| html! {
                            <a class="url" href={url.to_string()} target="_blank" rel="noopener noreferrer" dir="ltr">{ url.to_string() }</a>
                        }) }
                    </li>
                }
            }) }
        </ul>
    }
}

/// Below a rule text shown in Uyghur: the mark that it is a translation,
/// opening the Chinese original. Nothing for readers of the original, nor
/// for English, the contract's own language.
pub fn original(text: &Text, lang: Lang) -> Html {
    if lang != Lang::Ug || !lang.rule_is_translation(text) {
        return html! {};
    }
    html! {
        <details class="original">
            <summary class="small">{ lang.t(K::Original) }</summary>
            <p lang="zh-Hans" dir="ltr">{ text.zh.clone() }</p>
        </details>
    }
}
