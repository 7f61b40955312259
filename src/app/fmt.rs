//! Dates, durations and sentences in the traveller's language. Every time is
//! shown in China Standard Time (UTC+8), with Xinjiang time (UTC+6) beside it
//! where the origin is in Xinjiang: never the device's time zone.

use super::i18n::{Lang, K};
use crate::check::{Deadline, Why};
use crate::domain::TestKind;
use crate::region::{RegionCode, Regions};
use crate::time::{Instant, CST_OFFSET as CST, XINJIANG_OFFSET as XJT};
use chrono::{DateTime, Datelike, FixedOffset, Timelike};

const UG_MONTHS: [&str; 12] = [
    "يانۋار",
    "فېۋرال",
    "مارت",
    "ئاپرېل",
    "ماي",
    "ئىيۇن",
    "ئىيۇل",
    "ئاۋغۇست",
    "سېنتەبىر",
    "ئۆكتەبىر",
    "نويابىر",
    "دېكابىر",
];
const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const EN_DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const HANS_DAYS: [&str; 7] = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];
const HANT_DAYS: [&str; 7] = ["週一", "週二", "週三", "週四", "週五", "週六", "週日"];
const UG_DAYS: [&str; 7] = [
    "دۈشەنبە",
    "سەيشەنبە",
    "چارشەنبە",
    "پەيشەنبە",
    "جۈمە",
    "شەنبە",
    "يەكشەنبە",
];

struct Parts {
    year: i32,
    month: usize,
    day: u32,
    weekday: usize,
    hour: u32,
    minute: u32,
}

fn parts(at: Instant, offset: i64) -> Option<Parts> {
    let tz = FixedOffset::east_opt(i32::try_from(offset).ok()?)?;
    let t = DateTime::from_timestamp(at.unix(), 0)?.with_timezone(&tz);
    Some(Parts {
        year: t.year(),
        month: t.month0() as usize,
        day: t.day(),
        weekday: t.weekday().num_days_from_monday() as usize,
        hour: t.hour(),
        minute: t.minute(),
    })
}

/// `2022年10月8日 周六 10:00` / `Sat 8 Oct 2022, 10:00` at a fixed offset.
pub fn date_time_at(lang: Lang, at: Instant, offset: i64) -> String {
    let Some(p) = parts(at, offset) else {
        return at.to_cst_string();
    };
    let w = p.weekday.min(6);
    let m = p.month.min(11);
    match lang {
        Lang::Hans => format!(
            "{}年{}月{}日 {} {:02}:{:02}",
            p.year,
            m + 1,
            p.day,
            HANS_DAYS[w],
            p.hour,
            p.minute
        ),
        Lang::Hant => format!(
            "{}年{}月{}日 {} {:02}:{:02}",
            p.year,
            m + 1,
            p.day,
            HANT_DAYS[w],
            p.hour,
            p.minute
        ),
        Lang::En => format!(
            "{} {} {} {}, {:02}:{:02}",
            EN_DAYS[w], p.day, EN_MONTHS[m], p.year, p.hour, p.minute
        ),
        Lang::Ug => format!(
            "{}-يىلى {}-{}، {}، {:02}:{:02}",
            p.year, p.day, UG_MONTHS[m], UG_DAYS[w], p.hour, p.minute
        ),
    }
}

/// Hours and minutes only.
pub fn clock_at(at: Instant, offset: i64) -> String {
    parts(at, offset).map_or_else(
        || at.to_cst_string(),
        |p| format!("{:02}:{:02}", p.hour, p.minute),
    )
}

/// A short `10/8 10:00` for the timeline (CST).
pub fn short(at: Instant) -> String {
    parts(at, CST).map_or_else(String::new, |p| {
        format!("{}/{} {:02}:{:02}", p.month + 1, p.day, p.hour, p.minute)
    })
}

/// Day label `10/8` (CST).
pub fn day_label(at: Instant) -> String {
    parts(at, CST).map_or_else(String::new, |p| format!("{}/{}", p.month + 1, p.day))
}

/// A time in CST, with Xinjiang time beside it where `xj`.
pub fn when(lang: Lang, at: Instant, xj: bool) -> String {
    let main = format!("{} {}", date_time_at(lang, at, CST), lang.t(K::BeijingTime));
    if xj {
        format!("{main} ({} {})", lang.t(K::XinjiangTime), clock_at(at, XJT))
    } else {
        main
    }
}

/// Whether a region lies in Xinjiang (codes starting 65).
pub fn in_xinjiang(code: RegionCode) -> bool {
    code.to_string().starts_with("65")
}

/// `2天3小时` / `2 d 3 h`: the two largest units.
pub fn duration(lang: Lang, seconds: i64) -> String {
    let s = seconds.saturating_abs();
    let (d, h, m) = (s / 86_400, (s % 86_400) / 3600, (s % 3600) / 60);
    let sep = if matches!(lang, Lang::Hans | Lang::Hant) {
        ""
    } else {
        " "
    };
    let mut out = Vec::new();
    if d > 0 {
        out.push(lang.f(K::Days, &[&d.to_string()]));
    }
    if h > 0 && out.len() < 2 {
        out.push(lang.f(K::Hours, &[&h.to_string()]));
    }
    if d == 0 && (m > 0 || out.is_empty()) {
        out.push(lang.f(K::Minutes, &[&m.to_string()]));
    }
    out.join(sep)
}

/// `in 2 d 3 h` / `3 h ago`, relative to now.
pub fn relative(lang: Lang, now: Instant, at: Instant) -> String {
    let delta = at.unix() - now.unix();
    if delta.abs() < 60 {
        return lang.t(K::LegendNow).to_string();
    }
    let d = duration(lang, delta);
    if delta >= 0 {
        lang.f(K::InTime, &[&d])
    } else {
        lang.f(K::AgoTime, &[&d])
    }
}

/// A region's full name: province, prefecture, county.
pub fn region_name(lang: Lang, code: RegionCode) -> String {
    let regions = Regions::builtin();
    let mut names: Vec<&str> = Vec::new();
    for c in [code.province(), code.prefecture(), code] {
        let n = regions.name(c);
        if !n.is_empty() && !names.contains(&n) {
            names.push(n);
        }
    }
    let sep = if matches!(lang, Lang::Hans | Lang::Hant) {
        ""
    } else {
        " "
    };
    let joined = names.join(sep);
    let joined = if joined.is_empty() {
        code.to_string()
    } else {
        lang.place(&joined)
    };
    // Readers of English and Uyghur get the pinyin of the most specific name.
    let pinyin = regions.get(code).map(|r| r.pinyin).unwrap_or_default();
    match (lang, pinyin.chars().next()) {
        (Lang::En | Lang::Ug, Some(first)) => {
            format!(
                "{joined} {}{} ({code})",
                first.to_uppercase(),
                pinyin.get(first.len_utf8()..).unwrap_or_default()
            )
        }
        _ => format!("{joined} ({code})"),
    }
}

/// Why a requirement is met or not, from its facts, in the traveller's language.
pub fn why(lang: Lang, w: &Why, xj: bool) -> String {
    let t = |at: Instant| when(lang, at, xj);
    match w {
        Why::TestsMet { counted, window } => match lang {
            Lang::Hans => format!(
                "{}次阴性检测采样于 {} 至 {} 之间，符合要求。",
                counted.len(),
                t(window.from),
                t(window.until)
            ),
            Lang::Hant => format!(
                "{}次陰性檢測採樣於 {} 至 {} 之間，符合要求。",
                counted.len(),
                t(window.from),
                t(window.until)
            ),
            Lang::En => format!(
                "{} negative test(s) sampled between {} and {} count.",
                counted.len(),
                t(window.from),
                t(window.until)
            ),
            Lang::Ug => format!(
                "{} دىن {} گىچە ئېلىنغان {} قېتىملىق مەنپىي تەكشۈرۈش ئىناۋەتلىك.",
                t(window.from),
                t(window.until),
                counted.len()
            ),
        },
        Why::TestsMissing {
            counting,
            count,
            has_recent,
            last_window,
            pending,
            feasible,
            ..
        } => {
            let mut parts = vec![match lang {
                Lang::Hans => format!("需要{count}次阴性检测，目前有{counting}次符合"),
                Lang::Hant => format!("需要{count}次陰性檢測，目前有{counting}次符合"),
                Lang::En => {
                    format!("{counting} of {count} negative tests count for this departure")
                }
                Lang::Ug => {
                    format!("{count} قېتىملىق مەنپىي تەكشۈرۈشتىن {counting} قېتىمى ئىناۋەتلىك")
                }
            }];
            if !has_recent {
                let (a, b) = (t(last_window.from), t(last_window.until));
                parts.push(match lang {
                    Lang::Hans => format!("{a} 至 {b} 之间没有采样"),
                    Lang::Hant => format!("{a} 至 {b} 之間沒有採樣"),
                    Lang::En => format!("none was sampled between {a} and {b}"),
                    Lang::Ug => format!("{a} دىن {b} گىچە ئەۋرىشكە ئېلىنمىغان"),
                });
            }
            if *pending > 0 {
                parts.push(match lang {
                    Lang::Hans => format!("{pending}次结果待出，暂不计入"),
                    Lang::Hant => format!("{pending}次結果待出，暫不計入"),
                    Lang::En => format!("{pending} pending result(s) do not count yet"),
                    Lang::Ug => format!("{pending} قېتىملىق نەتىجە چىقمىغاچقا ھېسابلانمايدۇ"),
                });
            }
            if !feasible {
                parts.push(
                    match lang {
                        Lang::Hans => "计划出发前已来不及完成",
                        Lang::Hant => "計劃出發前已來不及完成",
                        Lang::En => {
                            "there is no longer time to take them before the planned departure"
                        }
                        Lang::Ug => "پىلانلانغان ۋاقىتتىن بۇرۇن ئۈلگۈرگىلى بولمايدۇ",
                    }
                    .to_string(),
                );
            }
            let (sep, end) = match lang {
                Lang::Hans | Lang::Hant => ("；", "。"),
                Lang::En | Lang::Ug => ("; ", "."),
            };
            format!("{}{end}", parts.join(sep))
        }
        Why::TestPositive { sampled_at } => match lang {
            Lang::Hans => format!("{} 采样的检测结果为阳性，不能出行。", t(*sampled_at)),
            Lang::Hant => format!("{} 採樣的檢測結果為陽性，不能出行。", t(*sampled_at)),
            Lang::En => format!(
                "A positive test sampled at {} blocks the departure.",
                t(*sampled_at)
            ),
            Lang::Ug => format!(
                "{} دە ئېلىنغان تەكشۈرۈش مۇسبەت، يولغا چىقالمايسىز.",
                t(*sampled_at)
            ),
        },
        Why::CodeMatches { colour } => lang.f(code_key(0), &[lang.colour(*colour)]),
        Why::CodeDiffers { colour, required } => {
            lang.f(code_key(1), &[lang.colour(*colour), lang.colour(*required)])
        }
        Why::CodeNotGiven { required } => lang.f(code_key(2), &[lang.colour(*required)]),
        Why::CodeNotForbidden { colour } => lang.f(code_key(0), &[lang.colour(*colour)]),
        Why::CodeForbidden { colour } => {
            let c = lang.colour(*colour);
            match lang {
                Lang::Hans => format!("健康码是{c}：任何离疆路线都不允许。"),
                Lang::Hant => format!("健康碼是{c}：任何離疆路線都不允許。"),
                Lang::En => format!("The health code is {c}: no route out allows it."),
                Lang::Ug => format!("ساغلاملىق كودىڭىز {c}: ھېچقانداق يول بىلەن چىقىشقا بولمايدۇ."),
            }
        }
        Why::CodeUnstated { forbidden } => {
            let colours: Vec<&str> = forbidden.iter().map(|c| lang.colour(*c)).collect();
            match lang {
                Lang::Hans => format!(
                    "没有填写健康码颜色；{}在任何路线上都不能离疆。",
                    colours.join("、")
                ),
                Lang::Hant => format!(
                    "沒有填寫健康碼顏色；{}在任何路線上都不能離疆。",
                    colours.join("、")
                ),
                Lang::En => format!(
                    "No health-code colour was given; {} blocks every route.",
                    colours.join(", ")
                ),
                Lang::Ug => format!(
                    "ساغلاملىق كود رەڭگى كىرگۈزۈلمىگەن؛ {} بولسا ھېچقانداق يول بىلەن چىقالمايسىز.",
                    colours.join("، ")
                ),
            }
        }
        Why::NoPositiveTest { .. } => match lang {
            Lang::Hans => "没有仍然有效的阳性检测结果。".to_string(),
            Lang::Hant => "沒有仍然有效的陽性檢測結果。".to_string(),
            Lang::En => "No positive test result stands.".to_string(),
            Lang::Ug => "كۈچكە ئىگە مۇسبەت تەكشۈرۈش نەتىجىسى يوق.".to_string(),
        },
        Why::NoStay { days } => match lang {
            Lang::Hans => format!("出发前{days}天内没有风险地区旅居史。"),
            Lang::Hant => format!("出發前{days}天內沒有風險地區旅居史。"),
            Lang::En => format!("No stay in a risk area within {days} days before departure."),
            Lang::Ug => {
                format!("يولغا چىقىشتىن بۇرۇنقى {days} كۈن ئىچىدە خەتەرلىك رايوندا تۇرمىغان.")
            }
        },
        Why::OriginAtRisk { risk } => match lang {
            Lang::Hans => format!("出发地是{}：目前正处于风险区内。", lang.risk(*risk)),
            Lang::Hant => format!("出發地是{}：目前正處於風險區內。", lang.risk(*risk)),
            Lang::En => format!(
                "You are in a {}: you are staying in a risk area now.",
                lang.risk(*risk).to_lowercase()
            ),
            Lang::Ug => format!("تۇرۇۋاتقان جايىڭىز {}.", lang.risk(*risk)),
        },
        Why::RecentStay {
            region,
            risk,
            until,
            clears_at,
        } => {
            let place = region_name(lang, *region);
            match lang {
                Lang::Hans => format!(
                    "在{place}（{}）的旅居于 {} 结束，{} 之前仍计入。",
                    lang.risk(*risk),
                    t(*until),
                    t(*clears_at)
                ),
                Lang::Hant => format!(
                    "在{place}（{}）的旅居於 {} 結束，{} 之前仍計入。",
                    lang.risk(*risk),
                    t(*until),
                    t(*clears_at)
                ),
                Lang::En => format!(
                    "A stay in {place} ({}) ended {}; it counts until {}.",
                    lang.risk(*risk).to_lowercase(),
                    t(*until),
                    t(*clears_at)
                ),
                Lang::Ug => format!(
                    "{place} ({}) دىكى تۇرۇش {} دە ئاخىرلاشقان؛ {} گىچە ھېسابلىنىدۇ.",
                    lang.risk(*risk),
                    t(*until),
                    t(*clears_at)
                ),
            }
        }
        Why::DocumentHeld { document } | Why::Approved { document } => {
            lang.f(code_key(3), &[lang.document(*document)])
        }
        Why::DocumentMissing { document } => lang.f(code_key(4), &[lang.document(*document)]),
        Why::QuarantineDone { document } => lang.f(code_key(5), &[lang.document(*document)]),
        Why::QuarantineNeeded {
            days,
            ends_at_earliest,
        } => match lang {
            Lang::Hans => format!(
                "需集中隔离{days}天；现在开始，最早于 {} 结束。",
                t(*ends_at_earliest)
            ),
            Lang::Hant => format!(
                "需集中隔離{days}天；現在開始，最早於 {} 結束。",
                t(*ends_at_earliest)
            ),
            Lang::En => format!(
                "{days} days of centralized quarantine are needed; starting now they end {}.",
                t(*ends_at_earliest)
            ),
            Lang::Ug => format!(
                "{days} كۈن مەركەزلىك كارانتىن كېرەك؛ ھازىر باشلىسا {} دە ئاخىرلىشىدۇ.",
                t(*ends_at_earliest)
            ),
        },
        Why::ApprovalNeeded {
            authority,
            document,
        } => match lang {
            Lang::Hans | Lang::Hant => lang.f(
                code_key(6),
                &[&lang.rule(authority), lang.document(*document)],
            ),
            Lang::En | Lang::Ug => lang.f(code_key(6), &[&authority.en, lang.document(*document)]),
        },
    }
}

/// Templates for the short `why` sentences, per language.
fn code_key(i: usize) -> K {
    [
        K::WhyCodeMatches,
        K::WhyCodeDiffers,
        K::WhyCodeNotGiven,
        K::WhyDocHeld,
        K::WhyDocMissing,
        K::WhyQuarantineDone,
        K::WhyApproval,
    ][i.min(6)]
}

/// "Sample your next NAT between … and …", in the traveller's language.
pub fn deadline(lang: Lang, d: &Deadline, why: &Why, kind: Option<TestKind>, xj: bool) -> String {
    let (a, b) = (when(lang, d.from, xj), when(lang, d.until, xj));
    let test = kind.map_or_else(
        || match lang {
            Lang::Hans => "检测",
            Lang::Hant => "檢測",
            Lang::En => "test",
            Lang::Ug => "تەكشۈرۈش",
        },
        |k| match (lang, k) {
            (Lang::En, TestKind::Nat) => "NAT",
            (Lang::En, TestKind::Antigen) => "antigen test",
            (l, k) => l.test_kind(k),
        },
    );
    match (why, d.tests_needed) {
        (_, Some(1)) | (_, Some(0)) => match lang {
            Lang::Hans => format!("请在 {a} 至 {b} 之间采样下一次{test}。"),
            Lang::Hant => format!("請在 {a} 至 {b} 之間採樣下一次{test}。"),
            Lang::En => format!("Sample your next {test} between {a} and {b}."),
            Lang::Ug => format!("كېيىنكى {test} نى {a} دىن {b} گىچە ئېلىڭ."),
        },
        (_, Some(n)) => match lang {
            Lang::Hans => format!(
                "还需{n}次{test}，须在不同日期（北京时间）采样，最后一次在 {a} 至 {b} 之间。"
            ),
            Lang::Hant => format!(
                "還需{n}次{test}，須在不同日期（北京時間）採樣，最後一次在 {a} 至 {b} 之間。"
            ),
            Lang::En => format!(
                "Take {n} more {test}s on different days (CST), the last between {a} and {b}."
            ),
            Lang::Ug => format!(
                "ئوخشىمىغان كۈنلەردە يەنە {n} قېتىم {test}، ئەڭ ئاخىرقىسى {a} دىن {b} گىچە."
            ),
        },
        (Why::QuarantineNeeded { .. }, None) => match lang {
            Lang::Hans => format!("集中隔离：{a} 至 {b}。"),
            Lang::Hant => format!("集中隔離：{a} 至 {b}。"),
            Lang::En => format!("Quarantine from {a} until {b}."),
            Lang::Ug => format!("كارانتىن: {a} دىن {b} گىچە."),
        },
        _ => match lang {
            Lang::Hans | Lang::Hant => format!("{a} 至 {b}"),
            Lang::En => format!("Between {a} and {b}"),
            Lang::Ug => format!("{a} دىن {b} گىچە"),
        },
    }
}
