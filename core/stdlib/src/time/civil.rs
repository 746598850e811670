//! Proleptic Gregorian calendar arithmetic shared by `time` and
//! `_strptime`: day numbers, leap years and the broken-down UTC time of a
//! timestamp. Everything is exact integer arithmetic on `i64`, wide enough
//! for every `time_t` (callers check the C `int` limits themselves).

/// Seconds in a day.
pub const DAY: i64 = 86_400;

/// Day number (1 = 0001-01-01, as `date.toordinal`) of 1970-01-01.
pub const EPOCH_ORDINAL: i64 = 719_163;

/// Whether `year` is a leap year.
pub fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in `month` (1..=12) of `year`.
pub fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days of `year` before the first day of `month` (1..=12).
pub fn days_before_month(year: i64, month: i64) -> i64 {
    const BEFORE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let idx = (month.clamp(1, 12) - 1) as usize;
    BEFORE[idx] + i64::from(month > 2 && is_leap(year))
}

/// Days before January 1st of `year`, counted from 0001-01-01.
pub fn days_before_year(year: i64) -> i64 {
    let y = year - 1;
    y * 365 + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)
}

/// The day number of a date (1 = 0001-01-01).
pub fn ymd_to_ordinal(year: i64, month: i64, day: i64) -> i64 {
    days_before_year(year) + days_before_month(year, month) + day
}

/// The (year, month, day) of a day number (1 = 0001-01-01).
pub fn ordinal_to_ymd(ordinal: i64) -> (i64, i64, i64) {
    // Whole 400-year cycles (146097 days each) first, then centuries,
    // 4-year cycles and years inside the remainder.
    let n = ordinal - 1;
    let cycles = n.div_euclid(146_097);
    let mut rest = n.rem_euclid(146_097);
    let centuries = (rest / 36_524).min(3);
    rest -= centuries * 36_524;
    let quads = rest / 1_461;
    rest -= quads * 1_461;
    let years = (rest / 365).min(3);
    rest -= years * 365;
    let year = cycles * 400 + centuries * 100 + quads * 4 + years + 1;
    let mut month = 1;
    while month < 12 && days_before_month(year, month + 1) <= rest {
        month += 1;
    }
    (year, month, rest - days_before_month(year, month) + 1)
}

/// Day of the week of a day number, Monday = 0.
pub fn weekday(ordinal: i64) -> i64 {
    (ordinal + 6).rem_euclid(7)
}

/// A broken-down time in C's `struct tm` conventions (month 0..=11,
/// Sunday = 0, day of year from 0), with the full year.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tm {
    /// The year (not minus 1900).
    pub year: i64,
    /// Month, 0..=11.
    pub mon: i64,
    /// Day of the month, 1..=31.
    pub mday: i64,
    /// Hours.
    pub hour: i64,
    /// Minutes.
    pub min: i64,
    /// Seconds.
    pub sec: i64,
    /// Day of the week, Sunday = 0.
    pub wday: i64,
    /// Day of the year, 0..=365.
    pub yday: i64,
    /// Daylight saving flag: positive, zero or negative (unknown).
    pub isdst: i64,
    /// Zone abbreviation (`tm_zone`), when known.
    pub zone: Option<String>,
    /// Offset east of UTC in seconds (`tm_gmtoff`).
    pub gmtoff: i64,
}

/// `gmtime(t)`: the UTC broken-down time of a timestamp (zone "GMT", as
/// glibc names it). `None` when the year does not fit C's `tm_year`.
pub fn gmtime(t: i64) -> Option<Tm> {
    let days = t.div_euclid(DAY);
    let secs = t.rem_euclid(DAY);
    let ordinal = days + EPOCH_ORDINAL;
    let (year, month, mday) = ordinal_to_ymd(ordinal);
    i32::try_from(year - 1900).ok()?;
    Some(Tm {
        year,
        mon: month - 1,
        mday,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (weekday(ordinal) + 1) % 7,
        yday: days_before_month(year, month) + mday - 1,
        isdst: 0,
        zone: Some("GMT".to_string()),
        gmtoff: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_round_trip() {
        for ord in [1, 2, 59, 60, 365, 366, 719_163, 730_120, 3_652_059] {
            let (y, m, d) = ordinal_to_ymd(ord);
            assert_eq!(ymd_to_ordinal(y, m, d), ord);
        }
        assert_eq!(ordinal_to_ymd(1), (1, 1, 1));
        assert_eq!(ordinal_to_ymd(3_652_059), (9999, 12, 31));
        assert_eq!(ymd_to_ordinal(1970, 1, 1), EPOCH_ORDINAL);
    }

    #[test]
    fn gmtime_matches_known_dates() {
        let tm = gmtime(1_000_000_000).unwrap();
        assert_eq!(
            (tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec),
            (2001, 8, 9, 1, 46, 40)
        );
        assert_eq!((tm.wday, tm.yday), (0, 251));
        let tm = gmtime(-1).unwrap();
        assert_eq!((tm.year, tm.mon, tm.mday, tm.hour), (1969, 11, 31, 23));
        assert!(gmtime(i64::MAX).is_none());
    }
}
