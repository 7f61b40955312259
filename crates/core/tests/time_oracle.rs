//! time.rs reads and writes times itself (chrono's parser and formatter
//! cost the WebAssembly 20 KB): here chrono is the reference it must agree
//! with, on random and on hand-picked texts and instants.

use cango_core::time::{Instant, CST_OFFSET, DAY, XINJIANG_OFFSET};
use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use proptest::prelude::*;

/// What chrono makes of a text, as `Instant::parse` promises to read it.
fn chrono_parse(text: &str) -> Option<i64> {
    let text = text.trim();
    if text.len() == 10 {
        let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
        return Some(date.and_hms_opt(0, 0, 0)?.and_utc().timestamp() - CST_OFFSET);
    }
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.timestamp())
}

fn chrono_format(seconds: i64, offset: i64) -> Option<String> {
    let offset = FixedOffset::east_opt(i32::try_from(offset).ok()?)?;
    let t = DateTime::from_timestamp(seconds, 0)?.with_timezone(&offset);
    Some(t.to_rfc3339_opts(SecondsFormat::Secs, false))
}

fn agrees(text: &str) {
    assert_eq!(
        Instant::parse(text).map(Instant::unix),
        chrono_parse(text),
        "{text:?}"
    );
}

#[test]
fn reads_like_chrono() {
    for text in [
        "2022-10-05",
        "2024-02-29",
        "2023-02-29",
        "2022-04-31",
        "0000-01-01",
        "9999-12-31",
        "2022-10-07T10:00:00+08:00",
        "2022-10-07t10:00:00z",
        "2022-10-07 10:00:00Z",
        "2022-10-07T10:00:00.123456789+06:00",
        "2022-10-07T10:00:00.-08:00",
        "2022-10-07T10:00:00-23:59",
        "2022-10-07T10:00:00+24:00",
        "2022-10-07T10:00:00+0800",
        "2022-10-07T10:00+08:00",
        "2016-12-31T23:59:60Z",
        "2022-10-07T23:60:00Z",
        "2022-10-07T24:00:00Z",
        "  2022-10-07T10:00:00Z ",
        "2022-1-07",
        "+2022-10-07",
        "2022-10-07T10:00:00",
        "2022-10-07T",
        "",
        "20221007",
    ] {
        agrees(text);
    }
}

#[test]
fn writes_like_chrono() {
    for seconds in [
        0,
        -1,
        1_664_812_800,
        253_370_736_000,
        -62_135_596_800,
        -62_135_596_801,
    ] {
        for offset in [CST_OFFSET, XINJIANG_OFFSET, 0, -5 * 3600 - 30 * 60] {
            let ours = Instant::from_unix(seconds).format_with_offset(offset);
            assert_eq!(
                Some(ours),
                chrono_format(seconds, offset),
                "{seconds} {offset}"
            );
        }
    }
}

proptest! {
    #[test]
    fn any_instant_writes_like_chrono(seconds in -260_000 * 365 * DAY..260_000 * 365 * DAY, minutes in -1439i64..1440) {
        let offset = minutes * 60;
        if let Some(theirs) = chrono_format(seconds, offset) {
            prop_assert_eq!(Instant::from_unix(seconds).format_with_offset(offset), theirs);
        }
    }

    #[test]
    fn any_written_time_reads_back(seconds in -2_209_017_600i64..253_370_736_000, minutes in -1439i64..1440) {
        let text = Instant::from_unix(seconds).format_with_offset(minutes * 60);
        prop_assert_eq!(Instant::parse(&text).map(Instant::unix), Some(seconds));
        agrees(&text);
    }

    #[test]
    fn any_near_miss_reads_like_chrono(text in "[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{0,3})?([Zz]|[+-][0-9]{2}:[0-9]{2})?)?") {
        agrees(&text);
    }
}

#[test]
fn writes_like_chrono_at_the_ends_of_its_calendar() {
    let last = NaiveDate::from_ymd_opt(262_142, 12, 31)
        .and_then(|d| d.and_hms_opt(23, 59, 59))
        .map(|t| t.and_utc().timestamp());
    let first = NaiveDate::from_ymd_opt(-262_143, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp());
    let (Some(last), Some(first)) = (last, first) else {
        panic!("chrono's calendar ends elsewhere");
    };
    for seconds in [last, last + 1, first, first - 1] {
        let ours = Instant::from_unix(seconds).format_with_offset(0);
        match chrono_format(seconds, 0) {
            Some(theirs) => assert_eq!(ours, theirs, "{seconds}"),
            None => assert_eq!(ours, format!("@{seconds}")),
        }
    }
    // At an offset that crosses the end of its calendar chrono panics; the
    // CST wall clock is still written.
    assert_eq!(
        Instant::from_unix(last).to_cst_string(),
        "+262143-01-01T07:59:59+08:00"
    );
}
