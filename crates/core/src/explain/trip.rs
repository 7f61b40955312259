//! The sentences of a trip answer: why each requirement stands as it does,
//! its deadline, the summary, what would change, and the cautions.

use super::{join_or, Lang, Style};
use crate::domain::{DocumentId, HealthCode, Risk, TestKind, Verdict};
use crate::region::RegionCode;
use crate::rules::Period;
use crate::time::Instant;
use crate::trip::{Answer, Deadline, PublishedOnly, Warning, Why};

/// One sentence in each language: Simplified Chinese (converted for
/// Traditional), English, Uyghur. Only the one asked for is built.
macro_rules! say {
    ($lang:expr, $hans:expr, $en:expr, $ug:expr $(,)?) => {
        match $lang {
            // One expansion of the Chinese sentence for both scripts.
            lang @ (Lang::Hans | Lang::Hant) => lang.han(super::trip::text($hans)),
            Lang::En => super::trip::text($en),
            Lang::Ug => super::trip::text($ug),
        }
    };
}
pub(super) use say;

/// A sentence, whether written as a literal or formatted.
pub(super) fn text(sentence: impl Into<String>) -> String {
    sentence.into()
}

/// A colour inside a sentence (English keeps the contract's lower case).
fn colour(lang: Lang, c: HealthCode) -> &'static str {
    match lang {
        Lang::En => c.as_str(),
        _ => lang.colour(c),
    }
}

/// "a high-risk area" inside a sentence.
fn risk_area(lang: Lang, r: Risk) -> String {
    match lang {
        Lang::En => format!("{r}-risk area"),
        _ => lang.risk(r).to_string(),
    }
}

/// A document inside a sentence: its id in the contract's English, its
/// name for a reader.
fn document(lang: Lang, style: Style, d: DocumentId) -> &'static str {
    match (lang, style) {
        (Lang::En, Style::Contract) => d.as_str(),
        _ => lang.document(d),
    }
}

fn test_kind(lang: Lang, k: TestKind) -> &'static str {
    match (lang, k) {
        (Lang::En, TestKind::Nat) => "NAT",
        (Lang::En, TestKind::Antigen) => "antigen",
        _ => lang.test_kind(k),
    }
}

/// Why a requirement is met or not, from its facts.
pub fn why(lang: Lang, style: Style, w: &Why) -> String {
    let at = |t: Instant| style.at(lang, t);
    match w {
        Why::TestsMet { counted, window } => {
            let n = counted.len();
            let (a, b) = style.span(lang, window.from, window.until);
            say!(
                lang,
                format!("{n}次阴性检测采样于 {a} 至 {b} 之间，符合要求。"),
                format!("{n} negative test(s) sampled between {a} and {b} count."),
                format!("{a} دىن {b} گىچە ئېلىنغان {n} قېتىملىق مەنپىي تەكشۈرۈش ئىناۋەتلىك."),
            )
        }
        Why::TestsMissing {
            counting,
            count,
            has_recent,
            last_window,
            pending,
            feasible,
            ..
        } => {
            let mut parts = vec![say!(
                lang,
                format!("需要{count}次阴性检测，目前有{counting}次符合"),
                format!("{counting} of {count} negative tests count for this departure"),
                format!("{count} قېتىملىق مەنپىي تەكشۈرۈشتىن {counting} قېتىمى ئىناۋەتلىك"),
            )];
            if !has_recent {
                let (a, b) = style.span(lang, last_window.from, last_window.until);
                parts.push(say!(
                    lang,
                    format!("{a} 至 {b} 之间没有采样"),
                    format!("none was sampled between {a} and {b}"),
                    format!("{a} دىن {b} گىچە ئەۋرىشكە ئېلىنمىغان"),
                ));
            }
            if *pending > 0 {
                parts.push(say!(
                    lang,
                    format!("{pending}次结果待出，暂不计入"),
                    format!("{pending} result(s) still pending do not count yet"),
                    format!("{pending} قېتىملىق نەتىجە چىقمىغاچقا ھېسابلانمايدۇ"),
                ));
            }
            if !feasible {
                parts.push(say!(
                    lang,
                    "计划出发前已来不及完成",
                    "there is no longer time to take them before the planned departure",
                    "پىلانلانغان ۋاقىتتىن بۇرۇن ئۈلگۈرگىلى بولمايدۇ",
                ));
            }
            let (sep, end) = if lang.chinese() {
                ("；", "。")
            } else {
                ("; ", ".")
            };
            format!("{}{end}", parts.join(sep))
        }
        Why::TestPositive { sampled_at } => {
            let t = at(*sampled_at);
            say!(
                lang,
                format!("{t} 采样的检测结果为阳性，不能出行。"),
                format!("A positive test sampled at {t} blocks the departure."),
                format!("{t} دە ئېلىنغان تەكشۈرۈش مۇسبەت، يولغا چىقالمايسىز."),
            )
        }
        Why::CodeMatches { colour: c } | Why::CodeNotForbidden { colour: c } => {
            let c = colour(lang, *c);
            say!(
                lang,
                format!("健康码为{c}。"),
                format!("The health code is {c}."),
                format!("ساغلاملىق كودىڭىز {c}."),
            )
        }
        Why::CodeDiffers {
            colour: c,
            required,
        } => {
            let (c, r) = (colour(lang, *c), colour(lang, *required));
            say!(
                lang,
                format!("健康码为{c}；须为{r}才能出行。"),
                format!("The health code is {c}; it must be {r} to leave."),
                format!("كودىڭىز {c}؛ يولغا چىقىش ئۈچۈن {r} بولۇشى كېرەك."),
            )
        }
        Why::CodeNotGiven { required } => {
            let r = colour(lang, *required);
            say!(
                lang,
                format!("未填写健康码颜色；须为{r}。"),
                format!("No health-code colour was given; it must be {r}."),
                format!("كود رەڭگى تولدۇرۇلمىدى؛ {r} بولۇشى كېرەك."),
            )
        }
        Why::CodeForbidden { colour: c } => {
            let c = colour(lang, *c);
            say!(
                lang,
                format!("健康码为{c}：任何离开的路线都不允许。"),
                format!("The health code is {c}: no route out allows it."),
                format!("ساغلاملىق كودىڭىز {c}: ھېچقانداق يول بىلەن چىقىشقا بولمايدۇ."),
            )
        }
        Why::CodeUnstated { forbidden } => {
            let names: Vec<&str> = forbidden.iter().map(|c| colour(lang, *c)).collect();
            let c = join_or(lang, &names);
            say!(
                lang,
                format!("未填写健康码颜色；{c}在任何路线上都不能离开。"),
                format!("No health-code colour was given; a {c} code blocks every route."),
                format!(
                    "ساغلاملىق كود رەڭگى كىرگۈزۈلمىگەن؛ {c} بولسا ھېچقانداق يول بىلەن چىقالمايسىز."
                ),
            )
        }
        Why::NoPositiveTest { tests } => {
            let names: Vec<&str> = tests.iter().map(|k| test_kind(lang, *k)).collect();
            let k = join_or(lang, &names);
            say!(
                lang,
                format!("没有仍然有效的阳性结果（最近一次{k}结果不是阳性）。"),
                format!("No positive result stands (the latest {k} result is not positive)."),
                format!("كۈچكە ئىگە مۇسبەت نەتىجە يوق (ئەڭ ئاخىرقى {k} نەتىجىسى مۇسبەت ئەمەس)."),
            )
        }
        Why::NoStay { days } => say!(
            lang,
            format!("出发前{days}天内没有风险地区旅居史。"),
            format!("No stay in a risk area within {days} days before departure."),
            format!("يولغا چىقىشتىن بۇرۇنقى {days} كۈن ئىچىدە خەتەرلىك رايوندا تۇرمىغان."),
        ),
        Why::OriginAtRisk { risk } => {
            let area = risk_area(lang, *risk);
            say!(
                lang,
                format!("出发地是{area}：出行人目前正处于风险区内。"),
                format!("The origin is a {area}: the traveller is staying in a risk area now."),
                format!("تۇرۇۋاتقان جايىڭىز {area}: ھازىر خەتەرلىك رايوندا تۇرۇۋاتىسىز."),
            )
        }
        Why::RecentStay {
            region,
            risk,
            until,
            clears_at,
        } => {
            let (area, place) = (risk_area(lang, *risk), style.place(lang, *region));
            let (u, c) = (at(*until), at(*clears_at));
            say!(
                lang,
                format!("在{place}（{area}）的旅居于 {u} 结束，{c} 之前仍计入。"),
                format!("A stay in a {area} in {place} ended {u}; it counts until {c}."),
                format!("{place} ({area}) دىكى تۇرۇش {u} دە ئاخىرلاشقان؛ {c} گىچە ھېسابلىنىدۇ."),
            )
        }
        Why::DocumentHeld { document: d } | Why::Approved { document: d } => {
            let d = document(lang, style, *d);
            say!(
                lang,
                format!("已持有：{d}。"),
                format!("{d} is held."),
                format!("بار: {d}."),
            )
        }
        Why::DocumentMissing { document: d } => {
            let d = document(lang, style, *d);
            say!(
                lang,
                format!("尚未持有：{d}。"),
                format!("{d} is not held yet."),
                format!("تېخى يوق: {d}."),
            )
        }
        Why::QuarantineDone { document: d } => {
            let d = document(lang, style, *d);
            say!(
                lang,
                format!("已持有{d}：隔离已完成。"),
                format!("{d} is held: the quarantine is done."),
                format!("{d} بار: ئايرىپ كۆزىتىش تۈگىدى."),
            )
        }
        Why::QuarantineNeeded {
            days,
            ends_at_earliest,
        } => {
            let end = at(*ends_at_earliest);
            say!(
                lang,
                format!("需集中隔离{days}天；现在开始，最早于 {end} 结束。"),
                format!("{days} days of centralized quarantine are needed; starting now they end {end}."),
                format!("{days} كۈن مەركەزلىك ئايرىپ كۆزىتىش كېرەك؛ ھازىر باشلىسا {end} دە ئاخىرلىشىدۇ."),
            )
        }
        Why::ApprovalNeeded {
            authority,
            document: d,
        } => {
            let (who, d) = (lang.rule(authority), document(lang, style, *d));
            say!(
                lang,
                format!("须先由{who}批准（{d}）。"),
                format!("{who} must approve first ({d})."),
                format!("ئالدى بىلەن {who} تەستىقلىشى كېرەك ({d})."),
            )
        }
    }
}

/// "Sample your next test between … and …": the deadline of a requirement.
pub fn deadline(lang: Lang, style: Style, d: &Deadline, w: &Why) -> String {
    let (a, b) = style.span(lang, d.from, d.until);
    match (w, d.tests_needed) {
        (_, Some(0 | 1)) => say!(
            lang,
            format!("请在 {a} 至 {b} 之间采样下一次检测。"),
            format!("Sample your next test between {a} and {b}."),
            format!("كېيىنكى تەكشۈرۈشنى {a} دىن {b} گىچە ئېلىڭ."),
        ),
        (_, Some(n)) => say!(
            lang,
            format!("还需{n}次检测，须在不同日期（北京时间）采样，最后一次在 {a} 至 {b} 之间。"),
            format!("Sample {n} more tests on distinct days (CST), the last between {a} and {b}."),
            format!("ئوخشىمىغان كۈنلەردە (بېيجىڭ ۋاقتى) يەنە {n} قېتىم تەكشۈرۈش، ئەڭ ئاخىرقىسى {a} دىن {b} گىچە."),
        ),
        (Why::QuarantineNeeded { .. }, None) => say!(
            lang,
            format!("集中隔离：{a} 至 {b}。"),
            format!("Quarantine between {a} and {b}."),
            format!("ئايرىپ كۆزىتىش: {a} دىن {b} گىچە."),
        ),
        _ => say!(
            lang,
            format!("{a} 至 {b}。"),
            format!("Between {a} and {b}."),
            format!("{a} دىن {b} گىچە."),
        ),
    }
}

/// The earliest departure: the instant, and where tests are still to take,
/// that it waits for their results (a test has no result when sampled).
pub fn earliest_departure(lang: Lang, style: Style, a: &Answer, at: Instant) -> String {
    let t = style.at(lang, at);
    if !a.tests_to_take() {
        return t;
    }
    say!(
        lang,
        format!("{t}，须待尚需的检测出结果"),
        format!("{t}, once the results of the tests still to take are in"),
        format!("{t}، قالغان تەكشۈرۈشلەرنىڭ نەتىجىسى چىققاندىن كېيىن"),
    )
}

/// What a partly held document still lacks: `n` more negative tests.
pub fn tests_missing(lang: Lang, n: u32) -> String {
    say!(
        lang,
        format!("还差 {n} 次检测"),
        format!("{n} more test(s) needed"),
        format!("يەنە {n} قېتىم تەكشۈرۈش كېرەك"),
    )
}

/// A trip folded into one line: `伊州区 → 上海市 · 10/8 10:00`,
/// `Yizhouqu → Shanghaishi · 10/8 10:00`. The places by their own names and
/// the departure as on the timeline (CST, month/day), without year or zone,
/// because the line only recalls the trip: the answer beside it says both
/// in full.
pub fn trip_line(lang: Lang, origin: RegionCode, destination: RegionCode, at: Instant) -> String {
    // The day and the time held together (a no-break space): a narrow
    // screen wraps the line between places, not inside the departure.
    format!(
        "{} {} {} · {}\u{a0}{}",
        super::region_short(lang, origin),
        lang.arrow(),
        super::region_short(lang, destination),
        super::dates::day_label(at),
        super::dates::clock_at(at, crate::time::CST_OFFSET)
    )
}

/// One sentence for the whole answer.
pub fn summary(lang: Lang, style: Style, a: &Answer) -> String {
    if a.verdict == Verdict::Unknown {
        return unknown_summary(lang, style, a);
    }
    let (from, to) = (
        style.place(lang, a.origin),
        style.place(lang, a.destination),
    );
    let route = format!("{from} {} {to}", lang.arrow());
    let dep = style.at(lang, a.departure);
    match a.verdict {
        Verdict::Eligible => say!(
            lang,
            format!("{route}：可以在 {dep} 出发。"),
            format!("{route}: eligible to leave at {dep}."),
            format!("{route}: {dep} دە يولغا چىقالايسىز."),
        ),
        Verdict::EligibleAfter => {
            match a.earliest_departure {
                Some(e) => {
                    let e = style.at(lang, e);
                    say!(
                    lang,
                    format!("{route}：办完所列事项后可以出发；最早 {e} 出发。"),
                    format!("{route}: eligible once the listed steps are done; earliest departure {e}."),
                    format!("{route}: تىزىملانغان ئىشلار تۈگىگەندىن كېيىن ماڭالايسىز؛ ئەڭ بالدۇر {e}."),
                )
                }
                None => say!(
                    lang,
                    format!("{route}：办完所列事项后可以出发。"),
                    format!("{route}: eligible once the listed steps are done."),
                    format!("{route}: تىزىملانغان ئىشلار تۈگىگەندىن كېيىن ماڭالايسىز."),
                ),
            }
        }
        Verdict::NeedsApproval => say!(
            lang,
            format!("{route}：此行须先经有关部门批准。"),
            format!("{route}: an authority must approve this trip first."),
            format!("{route}: بۇ سەپەرنى ئالدى بىلەن مۇناسىۋەتلىك ئورگان تەستىقلىشى كېرەك."),
        ),
        Verdict::NotEligible => say!(
            lang,
            format!("{route}：不能在 {dep} 出发。"),
            format!("{route}: not eligible to leave at {dep}."),
            format!("{route}: {dep} دە يولغا چىقالمايسىز."),
        ),
        Verdict::Unknown => unknown_summary(lang, style, a),
    }
}

/// The summary of an answer no rule covers: says so, never guesses, and
/// names the dates for which rules for leaving the origin are known.
pub fn unknown_summary(lang: Lang, style: Style, a: &Answer) -> String {
    let (from, to) = (
        style.place(lang, a.origin),
        style.place(lang, a.destination),
    );
    let dep = style.at(lang, a.departure);
    if !a.requirements.is_empty() {
        // Rules cover the planned departure, but not the one the listed
        // steps would allow (a warning says until when they are known).
        return say!(
            lang,
            format!("{from} {} {to}：所列事项来不及在 {dep} 前办完，而办完后出发时的规定不得而知：答案是未知，不作猜测。", lang.arrow()),
            format!("{from} {} {to}: the listed steps cannot be done by {dep}, and the rules for the departure they would allow are not known: the answer is unknown, not a guess.", lang.arrow()),
            format!("{from} {} {to}: تىزىملانغان ئىشلارنى {dep} دىن بۇرۇن تۈگەتكىلى بولمايدۇ، ئۇلار تۈگىگەندىن كېيىنكى قائىدىلەر نامەلۇم: جاۋاب نامەلۇم، پەرەز قىلىنمايدۇ.", lang.arrow()),
        );
    }
    let base = say!(
        lang,
        format!("没有规则数据涵盖 {dep} 从{from}前往{to}：答案是未知，不作猜测。"),
        format!("No rule data covers leaving {from} for {to} at {dep}: the answer is unknown, not a guess."),
        format!("{dep} دە {from} دىن {to} غا بېرىشقا ئائىت قائىدە ئۇچۇرى يوق: جاۋاب نامەلۇم، پەرەز قىلىنمايدۇ."),
    );
    match known_periods(lang, style, &a.known_periods) {
        Some(known) => format!("{base}{}{known}", if lang.chinese() { "" } else { " " }),
        None => base,
    }
}

/// "Rules for leaving this region are known … to …": when the origin's exit
/// rules are known, for an `unknown` answer.
pub fn known_periods(lang: Lang, style: Style, periods: &[Period]) -> Option<String> {
    let spans: Vec<String> = periods
        .iter()
        .map(|p| {
            let from = style.bare(lang, p.from);
            match p.until {
                Some(end) => {
                    let end = style.bare(lang, end);
                    say!(
                        lang,
                        format!("{from}至{end}"),
                        format!("{from} to {end}"),
                        format!("{from} دىن {end} گىچە"),
                    )
                }
                None => say!(
                    lang,
                    format!("{from}起"),
                    format!("from {from}"),
                    format!("{from} دىن باشلاپ"),
                ),
            }
        })
        .collect();
    if spans.is_empty() {
        return None;
    }
    let known = spans.join(if lang.chinese() { "；" } else { ", " });
    Some(say!(
        lang,
        format!("本地区已知的离开规则：{known}（北京时间）。"),
        format!("Rules for leaving this region are known {known}."),
        format!("بۇ رايوندىن ئايرىلىش قائىدىلىرى مەلۇم: {known} (بېيجىڭ ۋاقتى)."),
    ))
}

/// A verdict as a phrase inside a sentence.
fn verdict_phrase(lang: Lang, v: Verdict) -> &'static str {
    let [hans, en, ug] = match v {
        Verdict::Eligible => ["可以出发", "eligible", "ماڭالايسىز"],
        Verdict::EligibleAfter => [
            "办完所列事项后可以出发",
            "eligible once the listed steps are done",
            "تىزىملانغان ئىشلار تۈگىگەندە ماڭالايسىز",
        ],
        Verdict::NeedsApproval => [
            "须先经批准",
            "an authority must approve first",
            "ئالدى بىلەن تەستىقلىنىشى كېرەك",
        ],
        Verdict::NotEligible => ["不能出发", "not eligible", "ماڭالمايسىز"],
        Verdict::Unknown => ["未知", "unknown", "نامەلۇم"],
    };
    lang.pick([hans, hans, en, ug])
}

/// How much the doubtful requirements decide: the answer under the
/// published, undisputed rules alone.
pub fn published_only(lang: Lang, style: Style, a: &Answer, p: &PublishedOnly) -> String {
    let n = p.doubtful.len();
    let v = verdict_phrase(lang, p.verdict);
    let base = say!(
        lang,
        format!("本答案有{n}项要求仅来自电话答复或社区通知，或有官方说法相反。只按已发布且无争议的规定：{v}"),
        format!("{n} requirement(s) of this answer rest only on what was said by phone or in a community notice, or are disputed by officials. Under the published, undisputed rules alone: {v}"),
        format!("بۇ جاۋابتىكى {n} تەلەپ پەقەت تېلېفون ياكى مەھەللە ئۇقتۇرۇشىغا ئاساسلانغان ياكى رەسمىيلەر قارشى پىكىردە. پەقەت ئېلان قىلىنغان، تالاش-تارتىشسىز قائىدىلەر بويىچە: {v}"),
    );
    let end = match p.earliest_departure {
        Some(e) => {
            let e = earliest_departure(lang, style, a, e);
            say!(
                lang,
                format!("，最早 {e} 出发。"),
                format!(", earliest departure {e}."),
                format!("، ئەڭ بالدۇر {e}."),
            )
        }
        None => lang.pick(["。", "。", ".", "."]).to_string(),
    };
    format!("{base}{end}")
}

/// What would lift a block when the days since a stay in `region` run out `at`.
pub fn change(lang: Lang, style: Style, region: RegionCode, at: Instant) -> String {
    let (place, t) = (style.place(lang, region), style.at(lang, at));
    say!(
        lang,
        format!("在{place}的停留满规定天数后（{t}）。"),
        format!("Once the required days since the stay in {place} have passed ({t})."),
        format!("{place} دىكى تۇرۇشتىن كېيىن بەلگىلەنگەن كۈن توشقاندا ({t})."),
    )
}

/// A caution about an answer.
pub fn warning(lang: Lang, style: Style, w: &Warning) -> String {
    match w {
        Warning::NoArrivalRules { destination } => {
            let to = style.place(lang, *destination);
            say!(
                lang,
                format!("CanGo 没有{to}在该日期的入境（抵达）规定：出发前请向目的地社区或 12345 核实。"),
                format!("CanGo has no rules for arriving in {to} at that date: check with the destination's community or its 12345 line before leaving."),
                format!("CanGo دا {to} غا شۇ كۈنى يېتىپ بېرىش قائىدىسى يوق: يولغا چىقىشتىن بۇرۇن مەنزىلدىكى مەھەللە ياكى 12345 دىن سوراڭ."),
            )
        }
        Warning::Stale { newest } => {
            let (date, days) = (newest.to_cst_date(), crate::cite::STALE_AFTER_DAYS);
            say!(
                lang,
                format!("本答案所依据的最新资料（{date}）距所问时间已超过{days}天，规定可能已变，请向下列电话核实。"),
                format!("The time asked about is more than {days} days after the newest source behind this answer ({date}); the rules may have changed: check with the contacts listed."),
                format!("بۇ جاۋابنىڭ ئەڭ يېڭى مەنبەسى ({date}) سورالغان ۋاقىتتىن {days} كۈندىن كۆپ بۇرۇن؛ قائىدە ئۆزگەرگەن بولۇشى مۇمكىن: تۆۋەندىكى تېلېفونلاردىن سوراڭ."),
            )
        }
        Warning::DepartureInPast { departure, now } => {
            let (d, n) = (style.at(lang, *departure), style.at(lang, *now));
            say!(
                lang,
                format!("计划出发时间（{d}）早于现在（{n}）：这个答案说的是已经过去的时间。"),
                format!("The planned departure ({d}) is before now ({n}): this answer is about a time that has passed."),
                format!("پىلانلانغان يولغا چىقىش ۋاقتى ({d}) ھازىردىن ({n}) بۇرۇن: بۇ جاۋاب ئۆتۈپ كەتكەن ۋاقىت ھەققىدە."),
            )
        }
        Warning::RulesEndBeforeNow { until } => {
            let date = until.to_cst_date();
            say!(
                lang,
                format!("CanGo 关于离开出发地的规定只到 {date}：此后的日期答案为未知。"),
                format!("CanGo's rules for leaving the origin reach only to {date}: later dates are answered as unknown."),
                format!("CanGo نىڭ بۇ جايدىن ئايرىلىش قائىدىلىرى پەقەت {date} گىچە: ئۇنىڭدىن كېيىنكى كۈنلەرگە جاۋاب نامەلۇم."),
            )
        }
        Warning::StepsOutlastRules { until } => match until {
            Some(until) => {
                let date = until.to_cst_date();
                say!(
                    lang,
                    format!("所列事项在计划出发前办不完，而要求这些事项的规定只知道到 {date}：更晚出发时这些规定是否仍然有效，无从知道。"),
                    format!("The listed steps cannot be done before the planned departure, and the rules that ask for them are known only to {date}: whether they still hold for a later departure is not known."),
                    format!("تىزىملانغان ئىشلارنى پىلانلانغان ۋاقىتتىن بۇرۇن تۈگەتكىلى بولمايدۇ، ئۇلارنى تەلەپ قىلىدىغان قائىدىلەر پەقەت {date} گىچە مەلۇم: كېيىنرەك يولغا چىققاندا ئۇلارنىڭ كۈچتە ياكى ئەمەسلىكى نامەلۇم."),
                )
            }
            None => say!(
                lang,
                "在已知规定的期间内办不完所列事项：答案为未知，不作猜测。".to_string(),
                "The listed steps cannot all be done while the rules are known: the answer is unknown, not a guess.".to_string(),
                "تىزىملانغان ئىشلارنى قائىدىلەر مەلۇم بولغان مەزگىلدە تۈگەتكىلى بولمايدۇ: جاۋاب نامەلۇم، پەرەز قىلىنمايدۇ.".to_string(),
            ),
        },
        Warning::ChangeAfterHorizon { horizon } => {
            let date = horizon.to_cst_date();
            say!(
                lang,
                format!("这次变码在本规定有资料支持的期限（{date}）之后：届时规定可能已变。"),
                format!("This change falls after the date to which the sources support this rule ({date}): the rule may have changed by then."),
                format!("بۇ ئۆزگىرىش مەنبەلەر قوللايدىغان ۋاقىتتىن ({date}) كېيىن: ئۇ چاغدا قائىدە ئۆزگەرگەن بولۇشى مۇمكىن."),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::Window;

    fn at(text: &str) -> Instant {
        Instant::parse(text).expect(text)
    }

    #[test]
    fn one_sentence_per_fact_in_every_language() {
        let w = Why::TestsMissing {
            test: TestKind::Nat,
            counting: 1,
            count: 2,
            has_recent: false,
            last_window: Window {
                from: at("2022-10-07T10:00:00+08:00"),
                until: at("2022-10-08T10:00:00+08:00"),
            },
            pending: 1,
            feasible: true,
        };
        assert_eq!(
            why(Lang::En, Style::Contract, &w),
            "1 of 2 negative tests count for this departure; none was sampled between 2022-10-07 10:00 and 2022-10-08 10:00 CST; 1 result(s) still pending do not count yet."
        );
        let reader = Style::Reader { xinjiang: true };
        let hans = why(Lang::Hans, reader, &w);
        assert!(
            hans.contains("2022年10月7日 周五 10:00 北京时间 (新疆时间 08:00)"),
            "{hans}"
        );
        let hant = why(Lang::Hant, reader, &w);
        assert!(hant.contains("檢測") && hant.contains("週五"), "{hant}");
        let ug = why(Lang::Ug, reader, &w);
        assert!(ug.contains("شىنجاڭ ۋاقتى"), "{ug}");
    }

    #[test]
    fn a_trip_folds_into_one_line_in_every_language() {
        let (tianshan, shanghai) = (
            RegionCode::from_digits("650102").expect("a code"),
            RegionCode::from_digits("310000").expect("a code"),
        );
        let departure = at("2022-10-08T10:00:00+08:00");
        let line = |lang| trip_line(lang, tianshan, shanghai, departure);
        assert_eq!(line(Lang::Hans), "天山区 → 上海市 · 10/8\u{a0}10:00");
        assert_eq!(line(Lang::Hant), "天山區 → 上海市 · 10/8\u{a0}10:00");
        assert_eq!(
            line(Lang::En),
            "Tianshan Qu → Shanghai Shi · 10/8\u{a0}10:00"
        );
        // Uyghur readers read the Uyghur name, and the Chinese where there is none.
        // The arrow points the way the line is read, right to left.
        assert_eq!(line(Lang::Ug), "تەڭرىتاغ رايونى ← 上海市 · 10/8\u{a0}10:00");
        // A time in another zone is shown in CST: 08:00 Xinjiang time is 10:00.
        let xinjiang = at("2022-10-08T08:00:00+06:00");
        assert_eq!(
            trip_line(Lang::Hans, tianshan, shanghai, xinjiang),
            line(Lang::Hans)
        );
    }

    #[test]
    fn colours_and_lists_are_said_in_the_reader_language() {
        let red = [HealthCode::Red, HealthCode::Yellow];
        let w = Why::CodeUnstated { forbidden: &red };
        assert_eq!(
            why(Lang::En, Style::Contract, &w),
            "No health-code colour was given; a red or yellow code blocks every route."
        );
        assert!(why(Lang::Hans, Style::Contract, &w).contains("红码或黄码"));
    }
}
