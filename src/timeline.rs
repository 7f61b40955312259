//! The timeline picture (SVG drawn by the app): tests taken, the valid
//! windows, the next deadline, now, the earliest departure and the departure.

use super::answer::SharedAnswer;
use super::bidi::bidi;
use super::i18n::{Lang, Ui, K};
use super::places::use_place_names;
use cango_core::domain::{TestKind, TestResult};
use cango_core::explain::dates as fmt;
use cango_core::input::TestRecord;
use cango_core::time::{Instant, DAY, HOUR};
use cango_core::trip::Why;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub answer: SharedAnswer,
    pub tests: Vec<TestRecord>,
    pub lang: Lang,
}

const W: f64 = 360.0;
const PAD: f64 = 14.0;

#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    use_place_names();
    let TimelineProps {
        answer,
        tests,
        lang,
    } = props;
    let (a, lang) = (&**answer, *lang);
    let windows: Vec<(Instant, Instant, bool)> = a
        .requirements
        .iter()
        .filter_map(|r| match &r.why {
            Why::TestsMet { window, .. } => Some((window.from, window.until, true)),
            Why::TestsMissing { last_window, .. } => {
                Some((last_window.from, last_window.until, false))
            }
            _ => None,
        })
        .collect();
    let deadlines: Vec<(Instant, Instant)> = a
        .requirements
        .iter()
        .filter_map(|r| r.deadline.as_ref().map(|d| (d.from, d.until)))
        .collect();
    let mut points: Vec<Instant> = vec![a.now, a.departure];
    points.extend(a.earliest_departure);
    points.extend(tests.iter().map(|t| t.sampled_at));
    points.extend(windows.iter().flat_map(|w| [w.0, w.1]));
    points.extend(deadlines.iter().flat_map(|d| [d.0, d.1]));
    let hi = points.iter().max().copied().unwrap_or(a.now).plus(6 * HOUR);
    let lo = points
        .iter()
        .min()
        .copied()
        .unwrap_or(a.now)
        .plus(-6 * HOUR)
        .max(hi.plus(-21 * DAY));
    let span = (hi.unix() - lo.unix()).max(1) as f64;
    let x = |t: Instant| {
        PAD + ((t.unix() - lo.unix()).clamp(0, hi.unix() - lo.unix()) as f64) / span
            * (W - 2.0 * PAD)
    };
    let xs = |t: Instant| tenths(x(t));
    // Day ticks at CST midnights, at most ~10 labels.
    let mut ticks = Vec::new();
    let mut day = lo.next_cst_midnight();
    let step = ((span / DAY as f64) / 8.0).ceil().max(1.0) as i64;
    while day < hi {
        ticks.push(day);
        day = day.plus_days(step);
    }
    let vline = |t: Instant, class: &'static str, label: String| {
        html! {
            <g class={class}>
                <line x1={xs(t)} x2={xs(t)} y1="8" y2="112" />
                <title>{ label }</title>
            </g>
        }
    };
    let title = format!("{}: {}", lang.t(K::Timeline), lang.t(K::TimelineDesc));
    html! {
        <figure class="timeline">
            <figcaption><h3>{ lang.t(K::Timeline) }</h3></figcaption>
            <svg viewBox={format!("0 0 {} 136", tenths(W))} role="img" aria-label={title} dir="ltr" xmlns="http://www.w3.org/2000/svg">
                { for windows.iter().map(|(f, u, ok)| html! {
                    <rect class={if *ok { "win ok" } else { "win missing" }} x={xs(*f)} y="16" width={tenths((x(*u) - x(*f)).max(1.0))} height="18" rx="3">
                        <title>{ format!("{}: {} – {}", lang.t(K::LegendWindow), fmt::short(*f), fmt::short(*u)) }</title>
                    </rect>
                }) }
                { for deadlines.iter().map(|(f, u)| html! {
                    <rect class="deadline" x={xs(*f)} y="40" width={tenths((x(*u) - x(*f)).max(2.0))} height="18" rx="3">
                        <title>{ format!("{}: {} – {}", lang.t(K::LegendDeadline), fmt::short(*f), fmt::short(*u)) }</title>
                    </rect>
                }) }
                { vline(a.now, "now", format!("{} {}", lang.t(K::LegendNow), fmt::short(a.now))) }
                if let Some(e) = a.earliest_departure { { vline(e, "earliest", format!("{} {}", lang.t(K::LegendEarliest), fmt::short(e))) } }
                { vline(a.departure, "dep", format!("{} {}", lang.t(K::LegendDeparture), fmt::short(a.departure))) }
                { for tests.iter().map(|t| {
                    let (class, mark) = match t.result {
                        TestResult::Negative => ("t neg", "−"),
                        TestResult::Positive => ("t pos", "+"),
                        TestResult::Pending => ("t pend", "?"),
                    };
                    let label = format!("{} {} {}", lang.test_kind(t.kind), lang.test_result(t.result), fmt::short(t.sampled_at));
                    let cx = x(t.sampled_at);
                    html! {
                        <g class={class}>
                            if t.kind == TestKind::Nat {
                                <circle cx={tenths(cx)} cy="80" r="8" />
                            } else {
                                <rect x={tenths(cx - 8.0)} y="72" width="16" height="16" rx="2" />
                            }
                            <text x={tenths(cx)} y="84.5" text-anchor="middle">{ mark }</text>
                            <title>{ label }</title>
                        </g>
                    }
                }) }
                <line class="axis" x1={tenths(PAD)} x2={tenths(W - PAD)} y1="100" y2="100" />
                { for ticks.iter().map(|t| html! {
                    <g class="tick">
                        <line x1={xs(*t)} x2={xs(*t)} y1="96" y2="104" />
                        <text x={xs(*t)} y="124" text-anchor="middle">{ fmt::day_label(*t) }</text>
                    </g>
                }) }
            </svg>
            <ul class="legend">
                <li><span class="sw t-neg" aria-hidden="true">{ "●" }</span>{ lang.t(K::LegendTest) }</li>
                <li><span class="sw win-ok" aria-hidden="true">{ "▬" }</span>{ lang.t(K::LegendWindow) }</li>
                <li><span class="sw dl" aria-hidden="true">{ "▬" }</span>{ lang.t(K::LegendDeadline) }</li>
                <li><span class="sw l-now" aria-hidden="true">{ "┆" }</span>{ bidi(lang, &format!("{} {}", lang.t(K::LegendNow), fmt::short(a.now))) }</li>
                if let Some(e) = a.earliest_departure {
                    <li><span class="sw l-earliest" aria-hidden="true">{ "│" }</span>{ bidi(lang, &format!("{} {}", lang.t(K::LegendEarliest), fmt::short(e))) }</li>
                }
                <li><span class="sw l-dep" aria-hidden="true">{ "┃" }</span>{ bidi(lang, &format!("{} {}", lang.t(K::LegendDeparture), fmt::short(a.departure))) }</li>
            </ul>
        </figure>
    }
}

/// A coordinate to one decimal, written with integer arithmetic: float
/// formatting would bring kilobytes of code into the WebAssembly for it.
fn tenths(v: f64) -> String {
    let t = (v * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}", t.abs() / 10, t.abs() % 10)
}

#[cfg(test)]
mod tests {
    #[test]
    fn tenths_round_like_the_float_format() {
        for (v, text) in [
            (0.0, "0.0"),
            (12.34, "12.3"),
            (12.35, "12.4"),
            (-7.96, "-8.0"),
            (-0.04, "0.0"),
        ] {
            assert_eq!(super::tenths(v), text, "{v}");
        }
    }
}
