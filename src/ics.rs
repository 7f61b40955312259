//! Calendar export: the departure and the deadlines as an iCalendar file
//! (RFC 5545), in China Standard Time (a VTIMEZONE for Asia/Shanghai, UTC+8
//! without daylight saving time), each with a reminder and the link back to
//! the trip's answer.

use cango_core::time::{Instant, CST_OFFSET};

pub struct Event {
    pub uid: String,
    pub start: Instant,
    pub end: Instant,
    pub summary: String,
    pub description: String,
    /// How long before `start` the calendar reminds (seconds).
    pub remind_before: i64,
}

/// `PT1H30M`-style duration for a reminder trigger (RFC 5545 §3.3.6).
fn before(seconds: i64) -> String {
    let s = seconds.max(0);
    format!("-PT{}H{}M", s / 3600, (s % 3600) / 60)
}

/// `20221008T100000` in CST.
fn local(at: Instant) -> String {
    basic(at, CST_OFFSET)
}

/// `20221008T020000Z`.
fn utc(at: Instant) -> String {
    basic(at, 0) + "Z"
}

/// The RFC 5545 basic format of the wall clock at `offset`.
fn basic(at: Instant, offset: i64) -> String {
    let t = at.wall_clock(offset);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}",
        t.year, t.month, t.day, t.hour, t.minute, t.second
    )
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (§3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// The calendar of `events`; `link` (the shareable link of the trip, which
/// holds it whole) is each event's URL, so the answer is one tap away.
pub fn calendar(events: &[Event], stamp: Instant, link: &str) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//CanGo//cango-web//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VTIMEZONE".into(),
        "TZID:Asia/Shanghai".into(),
        "BEGIN:STANDARD".into(),
        "DTSTART:19700101T000000".into(),
        "TZOFFSETFROM:+0800".into(),
        "TZOFFSETTO:+0800".into(),
        "TZNAME:CST".into(),
        "END:STANDARD".into(),
        "END:VTIMEZONE".into(),
    ];
    for e in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", e.uid));
        lines.push(format!("DTSTAMP:{}", utc(stamp)));
        lines.push(format!("DTSTART;TZID=Asia/Shanghai:{}", local(e.start)));
        lines.push(format!(
            "DTEND;TZID=Asia/Shanghai:{}",
            local(e.end.max(e.start))
        ));
        lines.push(format!("SUMMARY:{}", escape(&e.summary)));
        // The link in the description too: not every calendar shows URL.
        let description = [e.description.as_str(), link]
            .iter()
            .filter(|t| !t.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n");
        if !description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&description)));
        }
        if !link.is_empty() {
            lines.push(format!("URL:{link}"));
        }
        lines.push("BEGIN:VALARM".into());
        lines.push("ACTION:DISPLAY".into());
        lines.push(format!("TRIGGER:{}", before(e.remind_before)));
        lines.push(format!("DESCRIPTION:{}", escape(&e.summary)));
        lines.push("END:VALARM".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out
}

/// The events as plain text, a paragraph each (when, what, the details),
/// for where no file can be downloaded; `when` writes an instant in the
/// reader's words, with its zone.
pub fn as_text(events: &[Event], when: impl Fn(Instant) -> String) -> String {
    events
        .iter()
        .map(|e| {
            let span = if e.end > e.start {
                format!("{} – {}", when(e.start), when(e.end))
            } else {
                when(e.start)
            };
            [span.as_str(), &e.summary, &e.description]
                .iter()
                .filter(|line| !line.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_escapes_and_uses_cst() {
        let at = Instant::parse("2022-10-08T10:00:00+08:00").unwrap_or_default();
        let long = "出发：".repeat(30);
        let ics = calendar(
            &[Event {
                uid: "a@cango".into(),
                start: at,
                end: at,
                summary: long,
                description: "a,b;c\nd".into(),
                remind_before: 2 * 3600 + 30 * 60,
            }],
            at,
            "https://example.invalid/#s=abc",
        );
        assert!(ics.contains("DTSTART;TZID=Asia/Shanghai:20221008T100000\r\n"));
        assert!(ics.contains("DTSTAMP:20221008T020000Z\r\n"));
        assert!(ics.contains("DESCRIPTION:a\\,b\\;c\\nd\\nhttps://example.invalid/#s=abc\r\n"));
        assert!(ics.contains("URL:https://example.invalid/#s=abc\r\n"));
        assert!(ics.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT2H30M\r\n"));
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
    }

    #[test]
    fn events_as_text_say_when_and_what() {
        let at = Instant::parse("2022-10-08T10:00:00+08:00").unwrap_or_default();
        let event = |end, description: &str| Event {
            uid: "a@cango".into(),
            start: at,
            end,
            summary: "出发".into(),
            description: description.into(),
            remind_before: 0,
        };
        let text = as_text(&[event(at.plus_hours(1), "详情"), event(at, "")], |t| {
            t.to_cst_short()
        });
        assert_eq!(
            text,
            "2022-10-08 10:00 – 2022-10-08 11:00\n出发\n详情\n\n2022-10-08 10:00\n出发"
        );
    }
}
