//! The sentences of `code` and `care` answers.

use super::trip::say;
use super::{Lang, Style};
use crate::care::{CareAnswer, EMERGENCY};
use crate::code::CodeAnswer;
use crate::domain::{Coverage, HealthCode, Scope};
use crate::region::RegionCode;
use crate::rules::Rules;
use crate::time::Instant;

/// What a request with no rule is about.
fn what(lang: Lang, scope: Scope) -> &'static str {
    match scope {
        Scope::HealthCode => lang.pick(["健康码", "健康碼", "health-code", "ساغلاملىق كودى"]),
        Scope::Care => lang.pick(["就医", "就醫", "care", "داۋالىنىش"]),
        _ => lang.pick(["出行", "出行", "travel", "سەپەر"]),
    }
}

/// "No … rule covers this place at this time: unknown", and where and from
/// when the rules of that scope are known (from the rules, never written
/// here).
pub fn not_covered(
    lang: Lang,
    style: Style,
    rules: &Rules,
    scope: Scope,
    region: RegionCode,
    now: Instant,
) -> String {
    let (w, place, t) = (
        what(lang, scope),
        style.place(lang, region),
        style.at(lang, now),
    );
    let base = say!(
        lang,
        format!("没有{w}规则涵盖{place}在 {t} 的情况：未知。"),
        format!("No {w} rule covers {place} at {t}: unknown."),
        format!("{t} دە {place} غا ئائىت {w} قائىدىسى يوق: نامەلۇم."),
    );
    // The contract's sentence is exactly the one above; readers are also
    // told where to look instead.
    if style == Style::Contract {
        return base;
    }
    let known: Vec<String> = rules
        .policies()
        .iter()
        .filter(|p| p.scope() == scope)
        .map(|p| {
            let (place, from) = (
                style.place(lang, p.jurisdiction()),
                style.bare(lang, p.from()),
            );
            say!(
                lang,
                format!("{place}（{from}起）"),
                format!("{place} from {from}"),
                format!("{place} ({from} دىن باشلاپ)"),
            )
        })
        .collect();
    if known.is_empty() {
        return base;
    }
    let known = known.join(if lang.chinese() { "；" } else { "; " });
    say!(
        lang,
        format!("{base}已知的规则：{known}。"),
        format!("{base} Rules are known for {known}."),
        format!("{base} مەلۇم قائىدىلەر: {known}."),
    )
}

/// The health code now, and when it changes.
pub fn code_summary(lang: Lang, style: Style, rules: &Rules, a: &CodeAnswer) -> String {
    let Some(now) = a.color.filter(|_| a.coverage == Coverage::Known) else {
        return not_covered(lang, style, rules, Scope::HealthCode, a.region, a.now);
    };
    let colour = |c: HealthCode| match lang {
        Lang::En => c.as_str(),
        _ => lang.colour(c),
    };
    let c = colour(now);
    match (a.changes_at, a.next_color) {
        (Some(at), Some(next)) => {
            let (n, t) = (colour(next), style.at(lang, at));
            say!(
                lang,
                format!("健康码现在是{c}，{t} 转为{n}。"),
                format!("The health code is {c} now and turns {n} at {t}."),
                format!("ساغلاملىق كودى ھازىر {c}، {t} دە {n} غا ئۆزگىرىدۇ."),
            )
        }
        _ if now == HealthCode::Green => say!(
            lang,
            "健康码是绿码。",
            "The health code is green.",
            "ساغلاملىق كودى يېشىل.",
        ),
        _ => say!(
            lang,
            format!("健康码是{c}，目前没有已知的转码时间。"),
            format!("The health code is {c}, with no end known yet."),
            format!("ساغلاملىق كودى {c}، ئۆزگىرىش ۋاقتى ئېنىق ئەمەس."),
        ),
    }
}

/// How many places, for what, and the emergency number.
pub fn care_summary(lang: Lang, style: Style, rules: &Rules, a: &CareAnswer) -> String {
    let req = &a.request;
    if a.coverage == Coverage::Unknown {
        let unknown = not_covered(lang, style, rules, Scope::Care, req.region, req.now);
        return say!(
            lang,
            format!("{unknown}急救请拨打 {EMERGENCY}。"),
            format!("{unknown} In an emergency call {EMERGENCY}."),
            format!("{unknown} جىددىي ئەھۋالدا {EMERGENCY} گە تېلېفون قىلىڭ."),
        );
    }
    let n = a.places.len();
    let name = crate::region::Regions::builtin()
        .with_name(req.region)
        .map_or_else(|| req.region.to_string(), |r| r.name.to_string());
    let (need, risk) = match lang {
        Lang::En => (
            req.need.as_str().to_string(),
            format!("{}-risk area", req.risk),
        ),
        _ => (
            lang.need(req.need).to_string(),
            lang.risk(req.risk).to_string(),
        ),
    };
    say!(
        lang,
        format!("{name}{risk}人员的{need}就医去处：{n}处；急救电话 {EMERGENCY}。"),
        format!("{n} place(s) for {need} from a {risk} of {name}; emergency {EMERGENCY}."),
        format!("{name} دىكى {risk} ئادەملىرى ئۈچۈن {need}: {n} جاي؛ جىددىي تېلېفون {EMERGENCY}."),
    )
}
