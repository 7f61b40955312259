//! The proleptic Gregorian calendar at fixed offsets: reading RFC 3339 and
//! writing wall clocks, for `time.rs`. Civil-date arithmetic (Howard
//! Hinnant's algorithms) replaces chrono's parser and formatter, which cost
//! the WebAssembly 20 KB; chrono is the oracle of the tests
//! (`tests/time_oracle.rs`), which this must agree with.

use crate::time::{CST_OFFSET, DAY, HOUR};

/// Seconds since the epoch of RFC 3339 with an offset, or of a bare
/// `YYYY-MM-DD`, which means 00:00 China Standard Time of that day. Fractions of a second are
/// dropped (rules count hours and days), and a leap second (`:60`) is
/// the second before it.
pub fn parse(text: &str) -> Option<i64> {
    let text = text.trim().as_bytes();
    let date = text.get(..10)?;
    let days = parse_date(date)?;
    let Some(rest) = text.get(10..).filter(|rest| !rest.is_empty()) else {
        return Some(days * DAY - CST_OFFSET);
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
    Some(days * DAY + clock - offset)
}

/// The wall clock at a fixed offset (seconds east of UTC) at an instant
/// (seconds since the epoch), in the proleptic Gregorian calendar.
pub const fn wall_clock(seconds: i64, offset_seconds: i64) -> WallClock {
    let local = seconds.saturating_add(offset_seconds);
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

/// RFC 3339 of an instant (seconds since the epoch) at a fixed offset
/// (seconds east of UTC).
pub fn write(seconds: i64, offset_seconds: i64) -> String {
    if !WRITTEN_YEARS.contains(&wall_clock(seconds, 0).year) {
        // Beyond any calendar date anyone writes: say so plainly.
        return format!("@{seconds}");
    }
    let w = wall_clock(seconds, offset_seconds);
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
