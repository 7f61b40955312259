//! Instants and China Standard Time arithmetic.
//!
//! Every rule computation happens in China Standard Time (UTC+8), a fixed
//! offset, whatever offset an input carried: no time-zone database is needed.
//! An [`Instant`] is a count of whole seconds since the Unix epoch, so two
//! spellings of the same moment (`…T01:30+08:00`, `…T23:30+06:00` the day
//! before) are equal values and give equal answers.

use crate::calendar;
pub use crate::calendar::WallClock;
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
        calendar::parse(text).map(Instant)
    }

    /// The wall clock at a fixed offset (seconds east of UTC) at this
    /// instant, in the proleptic Gregorian calendar.
    pub const fn wall_clock(self, offset_seconds: i64) -> WallClock {
        calendar::wall_clock(self.0, offset_seconds)
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
        calendar::write(self.0, offset_seconds)
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
        // The last day of a 400-year cycle of the calendar arithmetic.
        assert_eq!(at("2000-02-29T12:00:00+08:00").to_cst_date(), "2000-02-29");
        assert_eq!(at("1600-02-29T12:00:00+08:00").to_cst_date(), "1600-02-29");
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
