//! Instants and China Standard Time arithmetic.
//!
//! Every rule computation happens in China Standard Time (UTC+8), a fixed
//! offset, whatever offset an input carried: no time-zone database is needed.
//! An [`Instant`] is a count of whole seconds since the Unix epoch, so two
//! spellings of the same moment (`…T01:30+08:00`, `…T23:30+06:00` the day
//! before) are equal values and give equal answers.

use serde::{Serialize, Serializer};
use std::fmt;

/// Seconds in an hour and a day; durations of N days are N × 24 h (CONTRACT.md).
pub const HOUR: i64 = 3600;
pub const DAY: i64 = 24 * HOUR;
/// The offset of China Standard Time from UTC.
pub const CST_OFFSET: i64 = 8 * HOUR;
/// Xinjiang time (UTC+6), the local clock of the region most trips leave:
/// only ever a way to display an instant, never used in rule arithmetic.
pub const XINJIANG_OFFSET: i64 = 6 * HOUR;

/// A moment in time, whole seconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(i64);

/// A calendar day in China Standard Time, counted from 1970-01-01 CST.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CstDay(i64);

impl Instant {
    /// Later than every instant that can be written: "no end".
    pub const MAX: Instant = Instant(i64::MAX);
    /// The span of times CanGo accepts as input: 1900-01-01 00:00 CST up to
    /// (not including) 9999-01-01 00:00 CST. Every deadline computed from an
    /// input (days of quarantine, hours of tests) then stays within the
    /// four-digit years of RFC 3339.
    pub const INPUT_RANGE: (Instant, Instant) = (Instant(-2_209_017_600), Instant(253_370_736_000));

    pub const fn from_unix(seconds: i64) -> Self {
        Instant(seconds)
    }

    pub const fn unix(self) -> i64 {
        self.0
    }

    /// Parses RFC 3339 with an offset, or a bare `YYYY-MM-DD`, which means
    /// 00:00 China Standard Time of that day. Fractions of a second are
    /// dropped (rules count hours and days), and a leap second (`:60`) is
    /// the second before it.
    pub fn parse(text: &str) -> Option<Instant> {
        let text = text.trim().as_bytes();
        let date = text.get(..10)?;
        let days = parse_date(date)?;
        let Some(rest) = text.get(10..).filter(|rest| !rest.is_empty()) else {
            return Some(Instant(days * DAY - CST_OFFSET));
        };
        // `T`, `t` or a space, then `HH:MM:SS`, a fraction, and the offset.
        let (&sep, rest) = rest.split_first()?;
        if !matches!(sep, b'T' | b't' | b' ') || rest.len() < 9 {
            return None;
        }
        let (hour, minute, second) = (
            two_digits(&rest[0..2])?,
            two_digits(&rest[3..5])?,
            two_digits(&rest[6..8])?,
        );
        if rest[2] != b':' || rest[5] != b':' || hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        let mut rest = &rest[8..];
        if let Some(fraction) = rest.strip_prefix(b".") {
            let digits = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits == 0 {
                return None;
            }
            rest = &fraction[digits..];
        }
        let offset = match rest {
            b"Z" | b"z" => 0,
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let (hours, minutes) = (two_digits(&[*h1, *h2])?, two_digits(&[*m1, *m2])?);
                if hours > 23 || minutes > 59 {
                    return None;
                }
                let east = i64::from(hours) * HOUR + i64::from(minutes) * 60;
                if *sign == b'-' {
                    -east
                } else {
                    east
                }
            }
            _ => return None,
        };
        let clock = i64::from(hour) * HOUR + i64::from(minute) * 60 + i64::from(second.min(59));
        Some(Instant(days * DAY + clock - offset))
    }

    /// The wall clock at a fixed offset (seconds east of UTC) at this
    /// instant, in the proleptic Gregorian calendar.
    pub const fn wall_clock(self, offset_seconds: i64) -> WallClock {
        let local = self.0.saturating_add(offset_seconds);
        let (days, seconds) = (local.div_euclid(DAY), local.rem_euclid(DAY));
        let (year, month, day) = civil_from_days(days);
        WallClock {
            year,
            month,
            day,
            // 1970-01-01 was a Thursday.
            weekday: (days + 3).rem_euclid(7) as u32,
            hour: (seconds / HOUR) as u32,
            minute: (seconds % HOUR / 60) as u32,
            second: (seconds % 60) as u32,
        }
    }

    /// Adds a signed number of seconds, saturating rather than overflowing.
    pub const fn plus(self, seconds: i64) -> Instant {
        Instant(self.0.saturating_add(seconds))
    }

    pub const fn plus_hours(self, hours: i64) -> Instant {
        self.plus(hours.saturating_mul(HOUR))
    }

    pub const fn plus_days(self, days: i64) -> Instant {
        self.plus(days.saturating_mul(DAY))
    }

    /// The calendar day this instant falls on in China Standard Time.
    pub const fn cst_day(self) -> CstDay {
        CstDay(self.0.saturating_add(CST_OFFSET).div_euclid(DAY))
    }

    /// The first CST midnight strictly after this instant.
    pub const fn next_cst_midnight(self) -> Instant {
        CstDay(self.cst_day().0.saturating_add(1)).start()
    }

    /// RFC 3339 in China Standard Time, e.g. `2022-10-08T06:00:00+08:00`.
    pub fn to_cst_string(self) -> String {
        self.format_with_offset(CST_OFFSET)
    }

    /// RFC 3339 at another fixed offset (seconds east of UTC), for display,
    /// e.g. Xinjiang time (UTC+6) beside CST.
    pub fn format_with_offset(self, offset_seconds: i64) -> String {
        if !WRITTEN_YEARS.contains(&self.wall_clock(0).year) {
            // Beyond any calendar date anyone writes: say so plainly.
            return format!("@{}", self.0);
        }
        let w = self.wall_clock(offset_seconds);
        let year = match w.year {
            0..=9999 => format!("{:04}", w.year),
            10_000.. => format!("+{}", w.year),
            _ => format!("-{:04}", -w.year),
        };
        let (sign, east) = if offset_seconds < 0 {
            ('-', -offset_seconds)
        } else {
            ('+', offset_seconds)
        };
        format!(
            "{year}-{:02}-{:02}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
            w.month,
            w.day,
            w.hour,
            w.minute,
            w.second,
            east / HOUR,
            east % HOUR / 60
        )
    }

    /// `2022-10-08`, the day in China Standard Time, for sentences.
    pub fn to_cst_date(self) -> String {
        let mut full = self.to_cst_string();
        if full.is_char_boundary(10) && !full.starts_with('@') {
            full.truncate(10);
        }
        full
    }

    /// `2022-10-08 10:00` in China Standard Time, for sentences.
    pub fn to_cst_short(self) -> String {
        let full = self.to_cst_string();
        match (full.get(0..10), full.get(11..16)) {
            (Some(date), Some(time)) => format!("{date} {time}"),
            _ => full,
        }
    }
}

impl CstDay {
    /// 00:00 CST of this day.
    pub const fn start(self) -> Instant {
        Instant(self.0.saturating_mul(DAY).saturating_sub(CST_OFFSET))
    }
}

/// A moment as a wall clock at some offset reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WallClock {
    pub year: i64,
    /// 1 to 12.
    pub month: u32,
    pub day: u32,
    /// 0 for Monday to 6 for Sunday.
    pub weekday: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

/// The years (in UTC) of instants written as dates, as far as chrono, which
/// CanGo used before, wrote them; instants beyond are written as seconds.
const WRITTEN_YEARS: std::ops::RangeInclusive<i64> = -262_143..=262_142;

/// Days since 1970-01-01 of a `YYYY-MM-DD` date, checked (February 29
/// only in leap years).
fn parse_date(text: &[u8]) -> Option<i64> {
    if text.len() != 10 || text[4] != b'-' || text[7] != b'-' {
        return None;
    }
    let year = i64::from(two_digits(&text[0..2])?) * 100 + i64::from(two_digits(&text[2..4])?);
    let (month, day) = (two_digits(&text[5..7])?, two_digits(&text[8..10])?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let length = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=length)
        .contains(&day)
        .then(|| days_from_civil(year, month, day))
}

fn two_digits(text: &[u8]) -> Option<u32> {
    match text {
        [a @ b'0'..=b'9', b @ b'0'..=b'9'] => Some(u32::from(a - b'0') * 10 + u32::from(b - b'0')),
        _ => None,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`, http://howardhinnant.github.io/date_algorithms.html).
const fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day counted from 1970-01-01 (`civil_from_days`, as above).
const fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
    (year, month, day)
}

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_cst_string())
    }
}

impl From<Instant> for crate::json::Value {
    fn from(at: Instant) -> Self {
        crate::json::Value::String(at.to_cst_string())
    }
}

impl Serialize for Instant {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_cst_string())
    }
}

/// Whole days from `from` to `to` (negative when `to` is earlier), counted
/// in 24-hour steps and rounded down.
pub fn days_between(from: Instant, to: Instant) -> i64 {
    (to.unix().saturating_sub(from.unix())).div_euclid(DAY)
}

/// A half-open or closed span between two instants, as shown to a traveller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Window {
    pub from: Instant,
    pub until: Instant,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Instant {
        Instant::parse(text).expect(text)
    }

    #[test]
    fn bare_date_is_cst_midnight() {
        assert_eq!(at("2022-10-05"), at("2022-10-05T00:00:00+08:00"));
        assert_eq!(at("2022-10-05"), at("2022-10-04T16:00:00Z"));
    }

    #[test]
    fn xinjiang_time_late_evening_is_next_cst_day() {
        let xj = at("2022-10-06T23:30:00+06:00");
        assert_eq!(xj, at("2022-10-07T01:30:00+08:00"));
        assert_eq!(xj.cst_day(), at("2022-10-07").cst_day());
        assert_ne!(xj.cst_day(), at("2022-10-06T12:00:00+08:00").cst_day());
    }

    #[test]
    fn formats_in_cst_and_other_offsets() {
        let t = at("2022-10-07T20:00:00Z");
        assert_eq!(t.to_cst_string(), "2022-10-08T04:00:00+08:00");
        assert_eq!(t.format_with_offset(6 * HOUR), "2022-10-08T02:00:00+06:00");
        assert_eq!(t.to_cst_short(), "2022-10-08 04:00");
        assert_eq!(t.to_cst_date(), "2022-10-08");
        // Out of range it stays the whole `@seconds` text rather than a cut.
        assert_eq!(Instant::MAX.to_cst_date(), Instant::MAX.to_cst_string());
    }

    #[test]
    fn midnights_and_days() {
        let t = at("2022-10-07T23:59:59+08:00");
        assert_eq!(t.next_cst_midnight(), at("2022-10-08"));
        assert_eq!(at("2022-10-08").next_cst_midnight(), at("2022-10-09"));
        assert_eq!(at("2022-10-08").cst_day().start(), at("2022-10-08"));
        assert_eq!(at("2022-10-05").plus_days(7), at("2022-10-12"));
        assert_eq!(at("2022-10-05").plus_hours(-48), at("2022-10-03"));
    }

    #[test]
    fn rejects_nonsense() {
        for bad in [
            "",
            "yesterday",
            "2022-13-01",
            "2022-10-07T25:00:00+08:00",
            "2022-10-07T10:00:00",
            "2022/10/07",
            "2022-10/07",
            "2022/10-07",
            "2022-10-07T10-00:00Z",
            "2022-10-07T10:00-00Z",
            "2022-10-07T10:00:00+08-00",
            "2022-10-07T10:00:00+08:60",
            "1900-02-29",
            "2100-02-29",
        ] {
            assert_eq!(Instant::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn leap_days_every_fourth_year_but_centuries_but_every_fourth_century() {
        assert_eq!(at("2000-02-29").plus_days(1), at("2000-03-01"));
        assert_eq!(at("2024-02-29").plus_days(1), at("2024-03-01"));
        assert_eq!(at("2024-02-29T23:59:59+08:00").to_cst_date(), "2024-02-29");
    }

    #[test]
    fn leap_seconds_do_not_stretch_days() {
        // RFC 3339 allows :60; it is the same whole second as :59, and a day
        // is always 86 400 s, across the leap second of 2016-12-31 too.
        assert_eq!(at("2016-12-31T23:59:60Z"), at("2016-12-31T23:59:59Z"));
        assert_eq!(
            at("2016-12-31T12:00:00Z").plus_days(1),
            at("2017-01-01T12:00:00Z")
        );
        assert_eq!(
            at("2017-01-01T12:00:00Z").unix() - at("2016-12-31T12:00:00Z").unix(),
            DAY
        );
    }

    #[test]
    fn input_range_is_years_1900_to_9998_cst() {
        let (first, end) = Instant::INPUT_RANGE;
        assert_eq!(first, at("1900-01-01"));
        assert_eq!(end, at("9999-01-01"));
        // The latest input plus the longest rule (60 days) is still writable.
        assert!(end.plus_days(60).to_cst_string().starts_with("9999-03-"));
    }

    #[test]
    fn extreme_instants_do_not_panic() {
        assert!(Instant::from_unix(i64::MAX)
            .to_cst_string()
            .starts_with('@'));
        assert_eq!(
            Instant::from_unix(i64::MAX).plus_days(3),
            Instant::from_unix(i64::MAX)
        );
    }
}
