//! Text for the right-to-left (Uyghur) page: every left-to-right run inside
//! a sentence (Latin words, Chinese names, numbers, dates, times, codes,
//! addresses, ".ics") in an isolate of its own, `<bdi dir="ltr">` (with
//! `lang="zh-Hans"` where it is Chinese), so that the bidirectional
//! algorithm neither reorders it ("2022-10-14" shown as "14-10-2022") nor
//! carries the punctuation beside it to the wrong end of the line
//! ("(ics.)", issue 15). Other pages get the text as it is.

use crate::i18n::Lang;
use yew::prelude::*;

/// Written right to left: Hebrew and Arabic script, with their punctuation
/// (، ؛ ؟) and presentation forms.
fn rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// What ends a left-to-right run: right-to-left text, and arrows, which
/// point the way the page reads between two places ("潍坊市 ← 上海市").
fn breaks(c: char) -> bool {
    rtl(c) || ('\u{2190}'..='\u{21FF}').contains(&c)
}

/// A letter or digit written left to right: what a run starts and ends with.
fn ltr(c: char) -> bool {
    letter_or_digit(c) && !rtl(c)
}

/// A letter or digit of the scripts that CanGo's texts write left to right:
/// Latin with its accents, Han, and their full-width forms. Unicode's own
/// test (`char::is_alphanumeric`) would put 1.9 KB of tables in the
/// WebAssembly for scripts no text holds; a test checks that the two agree
/// on every character of the app's words, the rules and the places' names.
fn letter_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, 'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ɏ')
        || han(c)
        || matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ')
}

fn han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

/// The language of a source's own words (titles, quotes), which stay
/// verbatim: Chinese, or English for the sources that are translations.
pub fn source_lang(text: &str) -> &'static str {
    if text.chars().any(han) {
        "zh-Hans"
    } else {
        "en"
    }
}

/// Brackets a run may open, with their closers: a run keeps its brackets
/// balanced, as a bracket left outside would be mirrored to the other side.
const BRACKETS: &[(char, char)] = &[
    ('(', ')'),
    ('（', '）'),
    ('[', ']'),
    ('〔', '〕'),
    ('《', '》'),
];

/// Marks that belong to the word after them: ".ics", "+08:00", "/dc".
const LEADING: &[char] = &['.', '+', '/', '#'];

/// A text cut into runs, in order: `(true, run)` for each left-to-right run,
/// `(false, text)` for what lies between. A run goes from a letter or digit
/// to the last one before right-to-left text or an arrow, with the spaces and
/// punctuation between them, a leading mark just before it, and the
/// closing brackets it opened.
pub fn runs(text: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(first) = rest.find(ltr) {
        let start = rest
            .get(..first)
            .and_then(|before| before.char_indices().next_back())
            .filter(|(_, c)| LEADING.contains(c))
            .map_or(first, |(i, _)| i);
        let stop = rest
            .get(first..)
            .and_then(|tail| tail.find(breaks))
            .map_or(rest.len(), |i| first + i);
        let mut end = rest
            .get(..stop)
            .and_then(|run| run.char_indices().rfind(|(_, c)| ltr(*c)))
            .map_or(stop, |(i, c)| i + c.len_utf8());
        for (open, close) in BRACKETS {
            let inside = rest.get(start..end).unwrap_or_default();
            let unclosed = inside
                .matches(*open)
                .count()
                .saturating_sub(inside.matches(*close).count());
            for _ in 0..unclosed {
                match rest.get(end..).and_then(|tail| tail.strip_prefix(*close)) {
                    Some(_) => end += close.len_utf8(),
                    None => break,
                }
            }
        }
        if let Some(before) = rest.get(..start).filter(|b| !b.is_empty()) {
            out.push((false, before));
        }
        out.extend(rest.get(start..end).map(|run| (true, run)));
        rest = rest.get(end..).unwrap_or_default();
    }
    if !rest.is_empty() {
        out.push((false, rest));
    }
    out
}

/// A text as a page in `lang` shows it: on a right-to-left page, each
/// left-to-right run isolated, but for a number alone ("7 كۈن"), which
/// nothing can reorder.
pub fn bidi(lang: Lang, text: &str) -> Html {
    if !lang.rtl() {
        return html! { { text.to_string() } };
    }
    let number = |run: &str| run.chars().all(|c| c.is_ascii_digit());
    html! {
        <>{ for runs(text).into_iter().map(|(isolated, run)| if isolated && !number(run) {
            let chinese = run.chars().any(han).then_some("zh-Hans");
            html! { <bdi dir="ltr" lang={chinese}>{ run.to_string() }</bdi> }
        } else {
            html! { { run.to_string() } }
        }) }</>
    }
}

#[cfg(test)]
mod tests {
    use super::{letter_or_digit, rtl, runs};

    /// Every text the app shows is made of these: its words, the
    /// explanations' sentences, the compiled-in rules, the places' names.
    const SHOWN: &[&str] = &[
        include_str!("i18n.rs"),
        include_str!("../crates/core/src/explain/mod.rs"),
        include_str!("../crates/core/src/explain/trip.rs"),
        include_str!("../crates/core/src/explain/dates.rs"),
        include_str!("../crates/core/src/explain/input.rs"),
        include_str!("../crates/core/src/explain/report.rs"),
        include_str!("../crates/core/src/explain/tools.rs"),
        include_str!("../crates/core/src/explain/hant_table.rs"),
        include_str!("../crates/core/src/rules/builtin.rs"),
        include_str!("../www/regions.tsv"),
    ];

    #[test]
    fn letters_and_digits_are_unicodes_for_every_character_the_app_shows() {
        for c in SHOWN.iter().flat_map(|text| text.chars()) {
            if !rtl(c) {
                assert_eq!(letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
            }
        }
        // And the scripts' edges.
        for c in [
            'ª', 'À', 'Ö', '×', 'ø', 'ɏ', '０', '９', 'ａ', '一', '·', '，',
        ] {
            assert_eq!(letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn isolated(text: &str) -> Vec<&str> {
        runs(text)
            .into_iter()
            .filter(|(ltr, _)| *ltr)
            .map(|(_, run)| run)
            .collect()
    }

    #[test]
    fn left_to_right_runs_are_cut_at_right_to_left_text() {
        assert_eq!(
            isolated("مەنبە 000، 2022-10-04 گىچە CanGo نىڭ"),
            ["000", "2022-10-04", "CanGo"]
        );
        assert_eq!(isolated("كالېندارغا چىقىرىش (.ics)"), [".ics"]);
        assert_eq!(
            isolated("0999-8181898 ياكى 12345 كە"),
            ["0999-8181898", "12345"]
        );
        assert_eq!(isolated("(until)."), ["until"]);
        assert_eq!(isolated("ئۇيغۇرچە"), Vec::<&str>::new());
    }

    #[test]
    fn a_run_keeps_its_brackets_and_spaces_inside_and_the_full_stop_outside() {
        assert_eq!(isolated("阜康市 (652302): ماڭالايسىز."), ["阜康市 (652302)"]);
        assert_eq!(
            isolated("ئۈرۈمچى شەھىرى (天山区 650102)."),
            ["天山区 650102"]
        );
        assert_eq!(
            isolated("潍坊市 (370700) ← 上海市 (310000) · 10/8 10:00"),
            ["潍坊市 (370700)", "上海市 (310000) · 10/8 10:00"]
        );
        assert_eq!(
            isolated("ۋاقىت 2022-10-14 20:00 CST."),
            ["2022-10-14 20:00 CST"]
        );
        let all: String = runs("a (b، c) د").into_iter().map(|(_, r)| r).collect();
        assert_eq!(all, "a (b، c) د", "nothing is lost or added");
    }
}
