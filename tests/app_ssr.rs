//! Component rendering tests of the app, natively through Yew's `ssr`
//! feature: `cargo test --features ssr --test app_ssr`.
#![cfg(feature = "ssr")]

use cango_core::region::Regions;
use cango_core::time::Instant;
use cango_core::{check, Rules, Scenario};
use cango_web::answer::{AnswerProps, AnswerView, SharedAnswer};
use cango_web::i18n::{Lang, Ui, K};
use cango_web::pwa::{Offline, Pwa, PwaProps};
use cango_web::state::{Host, State};
use cango_web::timeline::{Timeline, TimelineProps};
use cango_web::tools::{CareProps, CareView, CodeProps, CodeView};
use cango_web::{Main, MainProps};
use std::future::Future;
use std::sync::{Arc, Condvar, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use yew::{Callback, ServerRenderer};

/// Runs a future to completion on this thread (the renderer does its work
/// on Yew's own runtime and wakes us when the HTML is ready).
fn block_on<F: Future>(future: F) -> F::Output {
    struct Signal(Mutex<bool>, Condvar);
    impl Wake for Signal {
        fn wake(self: Arc<Self>) {
            *self.0.lock().unwrap_or_else(|e| e.into_inner()) = true;
            self.1.notify_one();
        }
    }
    let signal = Arc::new(Signal(Mutex::new(false), Condvar::new()));
    let waker = Waker::from(signal.clone());
    let mut cx = Context::from_waker(&waker);
    let mut future = Box::pin(future);
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
        let mut woken = signal.0.lock().unwrap_or_else(|e| e.into_inner());
        while !*woken {
            woken = signal.1.wait(woken).unwrap_or_else(|e| e.into_inner());
        }
        *woken = false;
    }
}

const BASE: &str = r#""now":"2022-10-07T20:00:00+08:00","destination":{"region":"310000"},"departure":{"at":"2022-10-08T10:00:00+08:00","mode":"air"}"#;

fn scenario(extra: &str) -> String {
    format!("{{{BASE},{extra}}}")
}

fn answer_html(json: &str, lang: Lang) -> String {
    let json = json.to_string();
    block_on(
        ServerRenderer::<AnswerView>::with_props(move || {
            let s = Scenario::from_json(&json, Instant::from_unix(0)).expect("valid scenario");
            let rules = Rules::builtin();
            AnswerProps {
                answer: SharedAnswer::new(check(rules, &s)),
                rules,
                lang,
                held: s.documents.clone(),
                on_toggle: Callback::noop(),
            }
        })
        .hydratable(false)
        .render(),
    )
}

fn core_answer(json: &str) -> cango_core::Answer<'static> {
    let s = Scenario::from_json(json, Instant::from_unix(0)).expect("valid scenario");
    check(Rules::builtin(), &s)
}

fn states() -> Vec<(&'static str, String)> {
    let tests_one =
        r#""tests":[{"kind":"nat","sampled_at":"2022-10-06T20:00:00+08:00","result":"negative"}]"#;
    let tests_two = r#""tests":[{"kind":"nat","sampled_at":"2022-10-06T12:00:00+08:00","result":"negative"},{"kind":"nat","sampled_at":"2022-10-07T12:00:00+08:00","result":"negative"}]"#;
    let hami = r#""origin":{"region":"650502","risk":"none"}"#;
    vec![
        ("eligible_after", scenario(&format!(r#"{hami},"health_code":"green",{tests_one}"#))),
        ("eligible", scenario(&format!(r#"{hami},"health_code":"green",{tests_two},"documents":["commitment_letter","exit_certificate"]"#))),
        ("needs_approval", scenario(&format!(r#"{hami},"purpose":"medical","health_code":"green",{tests_one}"#))),
        ("not_eligible", scenario(&format!(r#"{hami},"health_code":"red",{tests_one}"#))),
        ("unknown", r#"{"now":"2022-09-01T12:00:00+08:00","origin":{"region":"650502","risk":"none"},"destination":{"region":"310000"},"departure":{"at":"2022-09-02T10:00:00+08:00"}}"#.to_string()),
        ("eligible_after", scenario(r#""origin":{"region":"652302","risk":"none"},"health_code":"green""#)),
    ]
}

#[test]
fn every_verdict_state_renders_its_attributes() {
    for (verdict, json) in states() {
        let html = answer_html(&json, Lang::Hans);
        let core = core_answer(&json);
        assert_eq!(core.verdict.as_str(), verdict, "{json}");
        assert!(
            html.contains(&format!(r#"data-verdict="{verdict}""#)),
            "{verdict}: {html}"
        );
        for doc in &core.documents {
            let attr = format!(r#"data-doc="{}" data-held="{}""#, doc.id.as_str(), doc.held);
            assert!(html.contains(&attr), "{verdict}: missing {attr}");
        }
        assert_eq!(html.matches("data-doc=").count(), core.documents.len());
        assert_eq!(html.matches("data-req=").count(), core.requirements.len());
        assert!(html.contains(Lang::Hans.verdict(core.verdict)));
    }
}

#[test]
fn the_answer_is_worded_in_each_language() {
    let (_, json) = &states()[5]; // Changji: quarantine, a conflict, deadlines
    let core = core_answer(json);
    for lang in Lang::ALL {
        let html = answer_html(json, lang);
        assert!(html.contains(lang.verdict(core.verdict)), "{lang:?}");
        assert!(html.contains(lang.t(K::Checklist)), "{lang:?}");
        assert!(
            html.contains(r#"data-conflict="nine_prohibitions""#),
            "{lang:?}: the conflict banner"
        );
        assert!(
            html.contains(cango_core::explain::dates::xinjiang_time(lang)),
            "{lang:?}: Xinjiang time beside CST"
        );
    }
    assert!(answer_html(json, Lang::En).contains("Sat 8 Oct 2022, 10:00 CST"));
    assert!(answer_html(json, Lang::Hans).contains("2022年10月8日 周六 10:00 北京时间"));
    assert!(answer_html(json, Lang::Ug).contains("شىنجاڭ ۋاقتى"));
    // Traditional Chinese converts the rule texts.
    let hant = answer_html(json, Lang::Hant);
    assert!(
        hant.contains("隔離"),
        "rule text converted to Traditional Chinese"
    );
}

#[test]
fn doubt_is_said_and_sources_show_what_they_said() {
    let (_, json) = &states()[5]; // Changji: a reported, disputed quarantine
    let html = answer_html(json, Lang::En);
    assert!(
        html.contains("data-published-only="),
        "the answer under the published rules alone: {html}"
    );
    assert!(html.contains("class=\"quote\""), "quoted sentences: {html}");
    assert!(!html.contains(".txt]"), "file names without their hashes");
    let (_, fine) = &states()[1];
    assert!(!answer_html(fine, Lang::En).contains("data-published-only"));
}

#[test]
fn no_signal_contradicts_another() {
    // Hami with one NAT of the two the exit rule asks: one more to take.
    let (_, json) = &states()[0];
    let html = answer_html(json, Lang::En);
    assert!(
        html.contains("1 more test(s) needed"),
        "a partly held document says what is missing: {html}"
    );
    assert!(
        html.contains("once the results of the tests still to take are in"),
        "no departure before the results of a test not yet sampled: {html}"
    );
    let (_, held) = &states()[1];
    let html = answer_html(held, Lang::En);
    assert!(!html.contains("more test(s) needed") && !html.contains("still to take"));
}

#[test]
fn deadlines_carry_a_countdown_and_the_blocker_is_shown_up_front() {
    let (_, json) = &states()[0];
    let html = answer_html(json, Lang::En);
    assert!(html.contains("class=\"deadline\""), "{html}");
    // One sentence for the CLI and the app (the golden's), with the reader's dates.
    assert!(html.contains("Sample your next test between"), "{html}");
    assert!(html.contains("closes in") || html.contains("opens in"));
    let (_, red) = &states()[3];
    let html = answer_html(red, Lang::En);
    assert!(html.contains("class=\"v-reason\""));
    assert!(html.contains("The health code is red; it must be green to leave."));
}

#[test]
fn the_timeline_draws_tests_and_departure() {
    let (_, json) = &states()[0];
    let html = block_on(
        ServerRenderer::<Timeline>::with_props({
            let json = json.clone();
            move || {
                let s = Scenario::from_json(&json, Instant::from_unix(0)).expect("valid");
                let answer = SharedAnswer::new(check(Rules::builtin(), &s));
                TimelineProps {
                    answer,
                    tests: s.tests.clone(),
                    lang: Lang::En,
                }
            }
        })
        .hydratable(false)
        .render(),
    );
    assert!(html.contains("<svg"));
    assert_eq!(html.matches("<circle").count(), 1, "one NAT");
    assert!(html.contains("class=\"dep\""));
    assert!(html.contains("class=\"win missing\"") || html.contains("class=\"win ok\""));
}

#[test]
fn the_whole_app_renders_from_a_state() {
    for lang in Lang::ALL {
        let html = block_on(
            ServerRenderer::<Main>::with_props(move || MainProps {
                initial: State::new(lang),
            })
            .hydratable(false)
            .render(),
        );
        assert!(html.contains(&format!(r#"dir="{}""#, lang.dir())));
        assert!(html.contains("data-verdict="));
        assert!(html.contains(r#"id="share-url""#));
        assert!(html.contains("class=\"qr\""), "the QR code: {html}");
        assert!(html.contains("index.html#s="));
    }
}

#[test]
fn a_shared_answer_is_the_same_only_as_its_own_evaluation() {
    let json = scenario(r#""origin":{"region":"650102","risk":"none"}"#);
    let s = Scenario::from_json(&json, Instant::from_unix(0)).expect("valid scenario");
    let answer = SharedAnswer::new(check(Rules::builtin(), &s));
    let again = SharedAnswer::new(check(Rules::builtin(), &s));
    assert!(answer == answer.clone());
    // Equal contents, but another evaluation: the components render again.
    assert!(*answer == *again);
    assert!(answer != again);
}

#[test]
fn ui_strings_are_cut_at_their_own_ends() {
    // The first, a middle and the last key: each language's string holds
    // them all, one after the other.
    assert_eq!(
        K::AppName.texts(),
        ["能走吗", "能走嗎", "CanGo", "ماڭالامدىم"]
    );
    assert_eq!(Lang::En.t(K::EditTrip), "Change");
    assert_eq!(Lang::Hant.t(K::UpdateLater), "稍後");
    assert_eq!(
        Lang::Ug.t(K::Privacy),
        "ھەممە ھېسابلاش بۇ ئۈسكۈنىدە؛ ھېچقانداق سانلىق مەلۇمات ئەۋەتىلمەيدۇ."
    );
}

#[test]
fn every_ui_string_is_translated() {
    for key in K::ALL {
        let texts = key.texts();
        let optional = matches!(key, K::UgRuleNote | K::HantRuleNote | K::Original);
        for (i, t) in texts.iter().enumerate() {
            assert!(
                optional || !t.is_empty(),
                "{key:?} is empty in language {i}"
            );
        }
        if !optional {
            // English and Uyghur never show Chinese UI words.
            for t in [texts[2], texts[3]] {
                assert!(
                    !t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{key:?}: {t}"
                );
            }
        }
    }
}

#[test]
fn stale_rules_are_flagged_in_the_answer() {
    let stale = r#"{"now":"2022-11-19T20:00:00+08:00","origin":{"region":"650102","risk":"none"},"destination":{"region":"310000"},"departure":{"at":"2022-11-20T10:00:00+08:00"}}"#;
    let html = answer_html(stale, Lang::Hans);
    assert!(html.contains("data-warning=\"stale\""), "{html}");
    assert!(html.contains("规定可能已变"), "{html}");
    let fresh = scenario(r#""origin":{"region":"650102","risk":"none"}"#);
    assert!(!answer_html(&fresh, Lang::En).contains("data-warning"));
}

#[test]
fn the_code_view_marks_an_event_the_core_refuses() {
    let render = |since_offset: i64| {
        block_on(
            ServerRenderer::<CodeView>::with_props(move || {
                let mut request = State::new(Lang::En).code;
                request.code_events[0].since = request.now.plus(since_offset);
                CodeProps {
                    request,
                    lang: Lang::En,
                    on_region: Callback::noop(),
                    on_now: Callback::noop(),
                    on_add_event: Callback::noop(),
                    on_remove_event: Callback::noop(),
                    on_event_category: Callback::noop(),
                    on_event_since: Callback::noop(),
                    on_event_until: Callback::noop(),
                }
            })
            .hydratable(false)
            .render(),
        )
    };
    // Starting now is an answer; a second later is marked, and not answered.
    let html = render(0);
    assert!(html.contains("data-color="), "{html}");
    assert!(!html.contains("class=\"test bad\""), "{html}");
    let html = render(1);
    assert!(html.contains("class=\"test bad\""), "{html}");
    assert!(!html.contains("data-color="), "{html}");
}

#[test]
fn the_care_view_renders_its_request() {
    let html = block_on(
        ServerRenderer::<CareView>::with_props(|| CareProps {
            request: State::new(Lang::En).care,
            lang: Lang::En,
            on_region: Callback::noop(),
            on_now: Callback::noop(),
            on_risk: Callback::noop(),
            on_need: Callback::noop(),
        })
        .hydratable(false)
        .render(),
    );
    assert!(html.contains(r#"data-emergency="120""#), "{html}");
    assert!(
        html.contains(r#"data-place="yining-peoples-hospital""#),
        "{html}"
    );
}

fn main_html(state: State) -> String {
    block_on(
        ServerRenderer::<Main>::with_props(move || MainProps { initial: state })
            .hydratable(false)
            .render(),
    )
}

#[test]
fn a_link_opens_on_the_answer_with_the_trip_folded_and_a_choice() {
    let own = State::new(Lang::Hans).trip;
    let mut link = own.clone();
    link.scenario.origin.region = Regions::builtin().parse("650102").expect("天山区");
    for lang in Lang::ALL {
        let mut state = State::new(lang);
        state.open(Some(own.clone()), Some(link.clone()));
        let html = main_html(state.clone());
        // The trip in one line, closed; the form hidden but there.
        assert!(html.contains(r#"aria-expanded="false""#), "{html}");
        assert!(html.contains(r#"<div id="trip-form" hidden"#), "{html}");
        assert!(html.contains(r#"id="origin""#));
        let line = cango_core::explain::trip_line(
            lang,
            link.scenario.origin.region,
            link.scenario.destination.region,
            link.scenario.departure.at,
        );
        // On the Uyghur page its left-to-right runs are isolated apart.
        for (_, run) in cango_web::bidi::runs(&line) {
            assert!(html.contains(run), "{lang:?}: {run} of {line}");
        }
        assert!(html.contains(lang.t(K::EditTrip)));
        // Kept or not, and the way back.
        assert!(html.contains(r#"data-link-trip="shown""#));
        assert!(html.contains(lang.t(K::KeepTrip)) && html.contains(lang.t(K::BackToOwn)));
        // The answer is the whole answer; no verdict in brief while folded.
        assert_eq!(html.matches("data-verdict=").count(), 1);
        assert!(!html.contains("data-mini-verdict"));
        // Without an own trip there is nothing to go back to.
        state.open(None, Some(link.clone()));
        assert!(!main_html(state).contains(r#"id="own-trip""#));
    }
}

/// The `<ul class="contacts">` lists of an answer's HTML.
fn contact_lists(html: &str) -> Vec<&str> {
    html.split(r#"<ul class="contacts">"#)
        .skip(1)
        .filter_map(|rest| rest.split("</ul>").next())
        .collect()
}

/// The text a person reads in some HTML: without tags and their attributes.
fn text_of(html: &str) -> String {
    html.split('<')
        .filter_map(|part| part.split_once('>').map(|(_, text)| text))
        .collect()
}

#[test]
fn contacts_link_addresses_and_show_each_number_once() {
    let fukang = answer_html(
        &scenario(r#""origin":{"region":"652302","risk":"none"},"health_code":"green""#),
        Lang::Hans,
    );
    let lists = contact_lists(&fukang);
    // The conflict's complaint channels and the answer's contacts.
    assert_eq!(lists.len(), 2, "{fukang}");
    for list in &lists {
        assert!(
            list.contains(r#"href="https://tousu.www.gov.cn/dc/index.htm""#),
            "{list}"
        );
        assert!(
            !list.contains("<span class=\"small\"> https://"),
            "addresses are links: {list}"
        );
        assert_eq!(
            list.matches(r#"class="url""#).count(),
            list.matches(r#"rel="noopener noreferrer""#).count()
        );
        // "…纪检监察组 12388 举报" holds its number: the name is its link,
        // and the number is not shown again.
        // (The address xinjiang.12388.gov.cn is not the number.)
        let text = text_of(list).replace(".12388.", "");
        assert_eq!(text.matches("12388").count(), 1, "{list}");
        assert_eq!(list.matches(r#"href="tel:12388""#).count(), 1, "{list}");
    }
    assert!(fukang.contains(Lang::Hans.t(K::ComplainWith)));
    assert!(
        !Lang::Hans.t(K::ComplainWith).contains("电话"),
        "some channels are addresses"
    );

    // Urumqi's citizens' line and Shandong's hotline are both 12345: one line.
    let weifang = answer_html(
        r#"{"now":"2022-12-03T06:00:00+08:00","origin":{"region":"650102","risk":"none"},"destination":{"region":"370702"},"departure":{"at":"2022-12-03T10:00:00+08:00","mode":"air"},"health_code":"green","tests":[{"kind":"nat","sampled_at":"2022-12-02T09:00:00+08:00","result":"negative"},{"kind":"nat","sampled_at":"2022-12-03T01:00:00+08:00","result":"negative"}],"documents":["commitment_letter","exit_certificate"]}"#,
        Lang::En,
    );
    let lists = contact_lists(&weifang);
    assert!(!lists.is_empty(), "{weifang}");
    for list in lists {
        let line = list
            .split("<li>")
            .find(|l| l.contains("tel:12345"))
            .unwrap_or_default();
        assert!(
            line.contains("Urumqi citizens&#x27;") || line.contains("Urumqi citizens'"),
            "{line}"
        );
        assert!(line.contains("government service hotline"), "{line}");
        assert_eq!(list.matches(r#"href="tel:12345""#).count(), 1, "{list}");
        // (Weifang's 0536-12345 is another number.)
        let text = text_of(list).replace("0536-12345", "");
        assert_eq!(text.matches("12345").count(), 1, "{list}");
    }
}

#[test]
fn while_editing_the_verdict_in_brief_leads_to_the_answer() {
    let html = main_html(State::new(Lang::En));
    assert!(!html.contains("data-link-trip"), "the own trip: no choice");
    assert!(html.contains(r#"aria-expanded="true""#));
    assert!(!html.contains(r#"id="trip-form" hidden"#));
    assert!(
        html.contains(r#"data-mini-verdict="eligible_after""#),
        "{html}"
    );
    assert!(html.contains(r#"<div id="answer" tabindex="-1">"#));
    assert!(html.contains("See the answer"));
}

#[test]
fn region_pickers_are_comboboxes() {
    let html = block_on(
        ServerRenderer::<Main>::with_props(|| MainProps {
            initial: State::new(Lang::Hans),
        })
        .hydratable(false)
        .render(),
    );
    for id in ["origin", "destination"] {
        assert!(html.contains(&format!(r#"id="{id}""#)));
        let input = html
            .split(&format!(r#"id="{id}""#))
            .nth(1)
            .and_then(|rest| rest.split('>').next())
            .unwrap_or_default();
        for attr in [
            r#"role="combobox""#.to_string(),
            r#"aria-expanded="false""#.to_string(),
            format!(r#"aria-controls="{id}-list""#),
        ] {
            assert!(input.contains(&attr), "{id}: {attr} in {input}");
        }
        assert!(
            html.contains(&format!(r#"id="{id}-list" role="listbox""#)),
            "{html}"
        );
    }
}

#[test]
fn uyghur_readers_read_rule_texts_in_uyghur_marked_with_the_chinese_original() {
    let fukang = scenario(
        r#""origin":{"region":"652302","risk":"none"},"health_code":"green","tests":[{"kind":"nat","sampled_at":"2022-10-06T20:00:00+08:00","result":"negative"}]"#,
    );
    let html = answer_html(&fukang, Lang::Ug);
    // The quarantine requirement of Changji, in Uyghur, its original one tap away.
    assert!(html.contains("شىنجاڭدىن چىقىشتىن بۇرۇن 7 كۈن"), "{html}");
    assert!(html.contains(r#"<details class="original">"#), "{html}");
    assert!(
        html.contains(r#"<p lang="zh-Hans" dir="ltr">出疆前集中隔离7天，并持解除隔离证明</p>"#),
        "{html}"
    );
    assert!(html.contains(lang_t(K::Original)));
    // No rule text in English: not the English of that requirement, nor of the exit rule.
    assert!(
        !html.contains("centralized quarantine before leaving"),
        "{html}"
    );
    assert!(!html.contains("2 negative NAT"), "{html}");
    // A place in Uyghur, with its Chinese name isolated beside it.
    assert!(html.contains("فۇكاڭ شەھىرى"), "{html}");
    assert!(html.contains(r#"<bdi dir="ltr" lang="zh-Hans">"#), "{html}");
    // Other languages show no mark.
    assert!(!answer_html(&fukang, Lang::En).contains("class=\"original\""));
}

fn lang_t(key: K) -> &'static str {
    Lang::Ug.t(key)
}

#[test]
fn in_wechat_the_share_panel_says_how_to_copy_or_open_in_a_browser() {
    for (host, hint) in [
        (Host::WeChat, K::WeChatHint),
        (Host::MiniProgram, K::MiniProgramHint),
    ] {
        for lang in Lang::ALL {
            let mut state = State::new(lang);
            state.host = host;
            let html = main_html(state);
            assert!(
                html.contains(&format!(r#"data-host-hint="{}""#, host.tag())),
                "{host:?} {lang:?}"
            );
            assert!(html.contains(lang.t(hint)), "{host:?} {lang:?}");
        }
    }
    let in_a_browser = main_html(State::new(Lang::Hans));
    assert!(!in_a_browser.contains("data-host-hint"));
    // The share sheet's button only where the browser has one.
    assert!(!in_a_browser.contains(r#"id="share-sheet""#));
    let mut with_sheet = State::new(Lang::Hans);
    with_sheet.share_sheet = true;
    assert!(main_html(with_sheet).contains(r#"id="share-sheet""#));
}

#[test]
fn the_offline_notice_names_the_in_app_browser_it_is_in() {
    for (host, key) in [
        (Host::Browser, K::OfflineUnavailable),
        (Host::WeChat, K::OfflineUnavailableWeChat),
        (Host::MiniProgram, K::OfflineUnavailableMiniProgram),
    ] {
        for lang in [Lang::Hans, Lang::Ug] {
            let html = block_on(
                ServerRenderer::<Pwa>::with_props(move || PwaProps {
                    lang,
                    host,
                    offline: Offline::Unavailable,
                    update: false,
                })
                .hydratable(false)
                .render(),
            );
            assert!(html.contains(lang.t(key)), "{host:?} {lang:?}: {html}");
        }
    }
    // WeChat's browser is not a mini-program, and a browser is neither.
    assert!(!Lang::Hans.t(K::OfflineUnavailableWeChat).contains("小程序"));
    assert!(!Lang::Hans.t(K::OfflineUnavailable).contains("小程序"));
    assert!(Lang::Hans
        .t(K::OfflineUnavailableMiniProgram)
        .contains("小程序"));
}

#[test]
fn an_unknown_answer_with_requirements_says_what_is_unknown() {
    // Golden 63: the planned departure is covered, the one the listed steps
    // would allow is not.
    let late = r#"{"now":"2022-10-29T00:00:00+08:00","origin":{"region":"652302","risk":"none"},"destination":{"region":"440106"},"departure":{"at":"2022-10-29T00:00:00+08:00"},"purpose":"ordinary"}"#;
    let html = answer_html(late, Lang::En);
    assert!(html.contains(r#"data-verdict="unknown""#), "{html}");
    assert!(html.contains(Lang::En.t(K::VerdictUnknownLater)), "{html}");
    assert!(!html.contains(Lang::En.t(K::VerdictUnknown)), "{html}");
    assert!(
        html.contains(r#"data-warning="steps-outlast-rules""#),
        "{html}"
    );
    // With no rule for the origin at all, the plain unknown.
    let none = r#"{"now":"2019-10-29T00:00:00+08:00","origin":{"region":"652302","risk":"none"},"destination":{"region":"440106"},"departure":{"at":"2019-10-29T00:00:00+08:00"},"purpose":"ordinary"}"#;
    assert!(answer_html(none, Lang::En).contains(Lang::En.t(K::VerdictUnknown)));
}
