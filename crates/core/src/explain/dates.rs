//! Dates and durations in the reader's language. Every time is written in
//! China Standard Time (UTC+8), with Xinjiang time (UTC+6) beside it where
//! asked: never in a device's zone.

use super::Lang;
use crate::region::{RegionCode, Regions};
use crate::time::{Instant, CST_OFFSET, XINJIANG_OFFSET};

/// How a sentence writes its times and places.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// The contract's (the CLI): `2022-10-08 10:00 CST`, a span
    /// `2022-10-07 10:00 and 2022-10-08 10:00 CST` (one zone for both ends),
    /// a place `天山区 (650102)`.
    Contract,
    /// A reader's: weekday, date and time in their language, in CST, with
    /// Xinjiang time beside it where `xinjiang`; a place by its full name.
    Reader { xinjiang: bool },
}

impl Style {
    /// The reader's dates for a trip from `origin`: Xinjiang time beside
    /// CST where the traveller is in Xinjiang.
    pub fn for_origin(origin: RegionCode) -> Style {
        Style::Reader {
            xinjiang: in_xinjiang(origin),
        }
    }

    /// An instant with its zone.
    pub fn at(self, lang: Lang, at: Instant) -> String {
        match self {
            Style::Contract => format!("{} CST", at.to_cst_short()),
            Style::Reader { xinjiang } => when(lang, at, xinjiang),
        }
    }

    /// The two ends of a span, the zone said once (contract) or at each end.
    pub fn span(self, lang: Lang, from: Instant, until: Instant) -> (String, String) {
        match self {
            Style::Contract => (from.to_cst_short(), self.at(lang, until)),
            Style::Reader { .. } => (self.at(lang, from), self.at(lang, until)),
        }
    }

    /// A place: its Chinese name and code (contract), or its full name in
    /// the reader's language.
    pub fn place(self, lang: Lang, code: RegionCode) -> String {
        match self {
            Style::Contract => match Regions::builtin().with_name(code) {
                Some(region) => format!("{} ({code})", region.name),
                None => code.to_string(),
            },
            Style::Reader { .. } => super::region_name(lang, code),
        }
    }

    /// An instant where the zone is said once for a whole sentence.
    pub fn bare(self, lang: Lang, at: Instant) -> String {
        match self {
            Style::Contract => at.to_cst_short(),
            Style::Reader { .. } => date_time_at(lang, at, CST_OFFSET),
        }
    }
}

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

/// `2022年10月8日 周六 10:00` / `Sat 8 Oct 2022, 10:00` at a fixed offset.
pub fn date_time_at(lang: Lang, at: Instant, offset: i64) -> String {
    let p = at.wall_clock(offset);
    let w = p.weekday.min(6) as usize;
    let m = (p.month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::Hans => format!(
            "{}年{}月{}日 {} {:02}:{:02}",
            p.year, p.month, p.day, HANS_DAYS[w], p.hour, p.minute
        ),
        Lang::Hant => format!(
            "{}年{}月{}日 {} {:02}:{:02}",
            p.year, p.month, p.day, HANT_DAYS[w], p.hour, p.minute
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
    let p = at.wall_clock(offset);
    format!("{:02}:{:02}", p.hour, p.minute)
}

/// A short `10/8 10:00` for the timeline (CST).
pub fn short(at: Instant) -> String {
    let p = at.wall_clock(CST_OFFSET);
    format!("{}/{} {:02}:{:02}", p.month, p.day, p.hour, p.minute)
}

/// Day label `10/8` (CST).
pub fn day_label(at: Instant) -> String {
    let p = at.wall_clock(CST_OFFSET);
    format!("{}/{}", p.month, p.day)
}

/// A time in CST, with Xinjiang time beside it where `xj`.
pub fn when(lang: Lang, at: Instant, xj: bool) -> String {
    let main = format!(
        "{} {}",
        date_time_at(lang, at, CST_OFFSET),
        beijing_time(lang)
    );
    if xj {
        format!(
            "{main} ({} {})",
            xinjiang_time(lang),
            clock_at(at, XINJIANG_OFFSET)
        )
    } else {
        main
    }
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
        out.push(lang.pick([
            format!("{d}天"),
            format!("{d}天"),
            format!("{d} d"),
            format!("{d} كۈن"),
        ]));
    }
    if h > 0 && out.len() < 2 {
        out.push(lang.pick([
            format!("{h}小时"),
            format!("{h}小時"),
            format!("{h} h"),
            format!("{h} سائەت"),
        ]));
    }
    if d == 0 && (m > 0 || out.is_empty()) {
        out.push(lang.pick([
            format!("{m}分钟"),
            format!("{m}分鐘"),
            format!("{m} min"),
            format!("{m} مىنۇت"),
        ]));
    }
    out.join(sep)
}

/// `in 2 d 3 h` / `3 h ago`, relative to now.
pub fn relative(lang: Lang, now: Instant, at: Instant) -> String {
    let delta = at.unix() - now.unix();
    if delta.abs() < 60 {
        return lang.pick(["现在", "現在", "now", "ھازىر"]).to_string();
    }
    let d = duration(lang, delta);
    if delta >= 0 {
        lang.pick([
            format!("{d}后"),
            format!("{d}後"),
            format!("in {d}"),
            format!("{d} دىن كېيىن"),
        ])
    } else {
        lang.pick([
            format!("{d}前"),
            format!("{d}前"),
            format!("{d} ago"),
            format!("{d} بۇرۇن"),
        ])
    }
}

/// "Beijing time" (CST) in the reader's language.
pub fn beijing_time(lang: Lang) -> &'static str {
    lang.pick(["北京时间", "北京時間", "CST", "بېيجىڭ ۋاقتى"])
}

/// "Xinjiang time" in the reader's language.
pub fn xinjiang_time(lang: Lang) -> &'static str {
    lang.pick(["新疆时间", "新疆時間", "Xinjiang time", "شىنجاڭ ۋاقتى"])
}

/// Whether a region lies in Xinjiang (codes starting 65).
pub fn in_xinjiang(code: RegionCode) -> bool {
    code.province() == RegionCode::XINJIANG
}
