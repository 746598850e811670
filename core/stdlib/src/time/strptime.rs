//! `strptime` as CPython 3.11's `_strptime` module does it in the C
//! locale: the format becomes a regular expression (one named group per
//! directive), the match is anchored at the start, and the groups are
//! turned into a date with the same defaults, ISO-week rules and errors.
//! `time.strptime` and `datetime.strptime` both come here.

use super::civil::{is_leap, ordinal_to_ymd, weekday, ymd_to_ordinal};
use super::regex::{decimal, is_space, Regex};

/// Names of the days, Monday first, and months, as `calendar` gives them.
const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The local zone as `time` reports it (for `%Z`).
pub struct ZoneNames<'a> {
    /// `time.tzname`.
    pub tzname: (&'a str, &'a str),
    /// `time.daylight`.
    pub daylight: bool,
}

/// Why parsing failed.
#[derive(Debug)]
pub enum Error {
    /// A ValueError with this message.
    Value(String),
    /// An `re.error` with this message (a directive used twice).
    Pattern(String),
    /// The data does not match the format (the caller quotes both).
    NoMatch,
}

/// The fields `_strptime._strptime` returns.
#[derive(Debug, Default)]
pub struct Parsed {
    /// (year, month, day, hour, minute, second, weekday, julian, isdst).
    pub fields: [i64; 9],
    /// The `%Z` text, when given.
    pub tzname: Option<String>,
    /// The `%z` offset in seconds, when given.
    pub gmtoff: Option<i64>,
    /// `%f` in microseconds.
    pub fraction: i64,
    /// The microseconds of the `%z` offset.
    pub gmtoff_fraction: i64,
}

/// `re.escape`: a backslash before each character `re` could read as syntax.
fn re_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `(?P<name>longest|...|shortest)` over lower-case names.
fn alternatives<'a>(name: char, words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.into_iter().collect();
    // Longest first, so that no name matches as the prefix of a longer one.
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let body: Vec<String> = words.iter().map(|w| re_escape(w)).collect();
    format!("(?P<{name}>{})", body.join("|"))
}

/// The zone names `%Z` accepts: (without summer time, with it).
fn zone_sets(zone: &ZoneNames) -> (Vec<String>, Vec<String>) {
    let mut plain = vec!["utc".to_string(), "gmt".to_string()];
    let std_name = zone.tzname.0.to_lowercase();
    if !plain.contains(&std_name) {
        plain.push(std_name);
    }
    let summer = if zone.daylight {
        vec![zone.tzname.1.to_lowercase()]
    } else {
        Vec::new()
    };
    (plain, summer)
}

/// The regular expression of one directive, or `None` for an unknown one.
fn directive(c: char, zone: &ZoneNames) -> Option<String> {
    let simple = match c {
        'd' => r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
        'f' => r"(?P<f>[0-9]{1,6})",
        'H' => r"(?P<H>2[0-3]|[0-1]\d|\d)",
        'I' => r"(?P<I>1[0-2]|0[1-9]|[1-9])",
        'G' => r"(?P<G>\d\d\d\d)",
        'j' => r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        'm' => r"(?P<m>1[0-2]|0[1-9]|[1-9])",
        'M' => r"(?P<M>[0-5]\d|\d)",
        'S' => r"(?P<S>6[0-1]|[0-5]\d|\d)",
        'U' => r"(?P<U>5[0-3]|[0-4]\d|\d)",
        'W' => r"(?P<W>5[0-3]|[0-4]\d|\d)",
        'w' => r"(?P<w>[0-6])",
        'u' => r"(?P<u>[1-7])",
        'V' => r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
        'y' => r"(?P<y>\d\d)",
        'Y' => r"(?P<Y>\d\d\d\d)",
        'z' => r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        '%' => "%",
        'A' => return Some(alternatives('A', DAYS)),
        'a' => return Some(alternatives('a', DAYS.iter().map(|d| &d[..3]))),
        'B' => return Some(alternatives('B', MONTHS)),
        'b' => return Some(alternatives('b', MONTHS.iter().map(|m| &m[..3]))),
        'p' => return Some(alternatives('p', ["am", "pm"])),
        'Z' => {
            let (plain, summer) = zone_sets(zone);
            let all = plain.iter().chain(summer.iter()).map(String::as_str);
            return Some(alternatives('Z', all));
        }
        // The C locale's date and time layouts, as `_strptime` derives
        // them from `%c`, `%x` and `%X`.
        'c' => return pattern("%a %b %d %H:%M:%S %Y", zone).ok(),
        'x' => return pattern("%m/%d/%y", zone).ok(),
        'X' => return pattern("%H:%M:%S", zone).ok(),
        _ => return None,
    };
    Some(simple.to_string())
}

/// `TimeRE.pattern`: the format with `re` syntax escaped, whitespace runs
/// made `\s+`, and each directive replaced by its expression.
fn pattern(format: &str, zone: &ZoneNames) -> Result<String, Error> {
    let mut escaped: Vec<char> = Vec::new();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if is_space(c) {
            while chars.peek().is_some_and(|&n| is_space(n)) {
                chars.next();
            }
            escaped.extend(r"\s+".chars());
        } else {
            if r"\.^$*+?(){}[]|".contains(c) {
                escaped.push('\\');
            }
            escaped.push(c);
        }
    }
    let mut out = String::new();
    let mut i = 0;
    while i < escaped.len() {
        let c = escaped[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&d) = escaped.get(i + 1) else {
            return Err(Error::Value(format!("stray % in format '{format}'")));
        };
        match directive(d, zone) {
            Some(re) => out.push_str(&re),
            None => {
                // An escaped character after `%` shows as a bad `%`.
                let shown = if d == '\\' { '%' } else { d };
                return Err(Error::Value(format!(
                    "'{shown}' is a bad directive in format '{format}'"
                )));
            }
        }
        i += 2;
    }
    Ok(out)
}

/// `int(text)` of digits the expression matched (any Unicode decimals);
/// otherwise `int()`'s ValueError.
fn int(text: &str) -> Result<i64, Error> {
    let mut v: i64 = 0;
    for c in text.chars() {
        match decimal(c) {
            Some(d) => v = v.saturating_mul(10).saturating_add(i64::from(d)),
            None => {
                return Err(Error::Value(format!(
                    "invalid literal for int() with base 10: '{text}'"
                )))
            }
        }
    }
    if text.is_empty() {
        return Err(Error::Value(
            "invalid literal for int() with base 10: ''".into(),
        ));
    }
    Ok(v)
}

/// The `date(year, month, day)` checks, with `date`'s messages.
pub fn check_date(year: i64, month: i64, day: i64) -> Result<(), String> {
    if !(1..=9999).contains(&year) {
        return Err(format!("year {year} is out of range"));
    }
    if !(1..=12).contains(&month) {
        return Err("month must be in 1..12".into());
    }
    if day < 1 || day > super::civil::days_in_month(year, month) {
        return Err("day is out of range for month".into());
    }
    Ok(())
}

/// `date(year, month, day).toordinal()`, checked.
fn ordinal(year: i64, month: i64, day: i64) -> Result<i64, Error> {
    check_date(year, month, day).map_err(Error::Value)?;
    Ok(ymd_to_ordinal(year, month, day))
}

/// `date.fromordinal(n)` as (year, month, day), checked.
fn from_ordinal(n: i64) -> Result<(i64, i64, i64), Error> {
    if n < 1 {
        return Err(Error::Value("ordinal must be >= 1".into()));
    }
    let (y, m, d) = ordinal_to_ymd(n);
    check_date(y, m, d).map_err(Error::Value)?;
    Ok((y, m, d))
}

/// Day of the year from a `%U`/`%W` week number and a weekday (Monday = 0).
fn julian_from_week(year: i64, week: i64, mut wday: i64, monday_first: bool) -> Result<i64, Error> {
    let mut first = weekday(ordinal(year, 1, 1)?);
    if !monday_first {
        // Count from Sunday instead.
        first = (first + 1) % 7;
        wday = (wday + 1) % 7;
    }
    if week == 0 {
        return Ok(1 + wday - first);
    }
    let week0 = (7 - first) % 7;
    Ok(1 + week0 + 7 * (week - 1) + wday)
}

/// (year, day of the year) from an ISO year, week and weekday (1..=7).
fn julian_from_iso(iso_year: i64, week: i64, iso_wday: i64) -> Result<(i64, i64), Error> {
    let correction = weekday(ordinal(iso_year, 1, 4)?) + 1 + 3;
    let mut day = week * 7 + iso_wday - correction;
    let mut year = iso_year;
    if day < 1 {
        day += ordinal(year, 1, 1)?;
        year -= 1;
        day -= ordinal(year, 1, 1)?;
    }
    Ok((year, day))
}

/// Parses `data` by `format` as `_strptime._strptime` does.
pub fn strptime(data: &str, format: &str, zone: &ZoneNames) -> Result<Parsed, Error> {
    let re = Regex::new(&pattern(format, zone)?).map_err(Error::Pattern)?;
    let text: Vec<char> = data.chars().collect();
    let Some((end, groups)) = re.match_start(&text) else {
        return Err(Error::NoMatch);
    };
    if end != text.len() {
        let rest: String = text[end..].iter().collect();
        return Err(Error::Value(format!("unconverted data remains: {rest}")));
    }
    let found = |name: &str| groups.iter().find(|(n, _)| n == name).map(|(_, v)| v);
    let mut year: Option<i64> = None;
    let mut iso_year: Option<i64> = None;
    let (mut month, mut day) = (1, 1);
    let (mut hour, mut minute, mut second, mut fraction) = (0, 0, 0, 0);
    let mut tz = -1;
    let mut gmtoff: Option<i64> = None;
    let mut gmtoff_fraction = 0;
    let mut iso_week: Option<i64> = None;
    let mut week_of_year: Option<i64> = None;
    let mut week_starts_monday = false;
    let mut wday: Option<i64> = None;
    let mut julian: Option<i64> = None;
    let index_of = |list: &[&str], s: &str, abbreviated: bool| {
        let s = s.to_lowercase();
        list.iter()
            .position(|n| if abbreviated { n[..3] == s } else { *n == s })
            .map_or(0, |i| i as i64)
    };
    for (key, value) in &groups {
        match key.as_str() {
            "y" => {
                let y = int(value)?;
                // POSIX: 69..=99 are 1969..1999, 00..=68 are 2000..2068.
                year = Some(if y <= 68 { y + 2000 } else { y + 1900 });
            }
            "Y" => year = Some(int(value)?),
            "G" => iso_year = Some(int(value)?),
            "m" => month = int(value)?,
            "B" => month = index_of(&MONTHS, value, false) + 1,
            "b" => month = index_of(&MONTHS, value, true) + 1,
            "d" => day = int(value.trim_start())?,
            "H" => hour = int(value)?,
            "I" => {
                hour = int(value)?;
                let ampm = found("p").map(|p| p.to_lowercase()).unwrap_or_default();
                if ampm.is_empty() || ampm == "am" {
                    if hour == 12 {
                        hour = 0;
                    }
                } else if ampm == "pm" && hour != 12 {
                    hour += 12;
                }
            }
            "M" => minute = int(value)?,
            "S" => second = int(value)?,
            "f" => {
                let digits = value.chars().count();
                fraction = int(value)? * 10_i64.pow(6 - digits.min(6) as u32);
            }
            "A" => wday = Some(index_of(&DAYS, value, false)),
            "a" => wday = Some(index_of(&DAYS, value, true)),
            "w" => wday = Some((int(value)? + 6) % 7),
            "u" => wday = Some(int(value)? - 1),
            "j" => julian = Some(int(value)?),
            "U" | "W" => {
                week_of_year = Some(int(value)?);
                week_starts_monday = key == "W";
            }
            "V" => iso_week = Some(int(value)?),
            "z" => {
                let (off, frac) = parse_offset(value)?;
                gmtoff = Some(off);
                gmtoff_fraction = frac;
            }
            "Z" => {
                let z = value.to_lowercase();
                let (plain, summer) = zone_sets(zone);
                let ambiguous =
                    zone.tzname.0 == zone.tzname.1 && zone.daylight && z != "utc" && z != "gmt";
                if plain.contains(&z) {
                    if !ambiguous {
                        tz = 0;
                    }
                } else if summer.contains(&z) && !ambiguous {
                    tz = 1;
                }
            }
            _ => {}
        }
    }
    if year.is_none() && iso_year.is_some() {
        if iso_week.is_none() || wday.is_none() {
            return Err(Error::Value(
                "ISO year directive '%G' must be used with the ISO week directive '%V' \
                 and a weekday directive ('%A', '%a', '%w', or '%u')."
                    .into(),
            ));
        }
        if julian.is_some() {
            return Err(Error::Value(
                "Day of the year directive '%j' is not compatible with ISO year directive \
                 '%G'. Use '%Y' instead."
                    .into(),
            ));
        }
    } else if week_of_year.is_none() && iso_week.is_some() {
        let msg = if wday.is_none() {
            "ISO week directive '%V' must be used with the ISO year directive '%G' and a \
             weekday directive ('%A', '%a', '%w', or '%u')."
        } else {
            "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the \
             ISO year '%G' instead."
        };
        return Err(Error::Value(msg.into()));
    }
    // Without a year, February 29th is computed in 1904 (a leap year)
    // and reported in 1900, which sorts it before March 1st.
    let leap_year_fix = year.is_none() && month == 2 && day == 29;
    let mut year = year.unwrap_or(if leap_year_fix { 1904 } else { 1900 });
    if julian.is_none() {
        if let Some(wd) = wday {
            if let Some(week) = week_of_year {
                julian = Some(julian_from_week(year, week, wd, week_starts_monday)?);
            } else if let (Some(iy), Some(iw)) = (iso_year, iso_week) {
                let (y, j) = julian_from_iso(iy, iw, wd + 1)?;
                year = y;
                julian = Some(j);
            }
            if let Some(j) = julian.filter(|&j| j <= 0) {
                year -= 1;
                julian = Some(j + if is_leap(year) { 366 } else { 365 });
            }
        }
    }
    let julian = match julian {
        None => ordinal(year, month, day)? - ordinal(year, 1, 1)? + 1,
        Some(j) => {
            let (y, m, d) = from_ordinal(j - 1 + ordinal(year, 1, 1)?)?;
            (year, month, day) = (y, m, d);
            j
        }
    };
    let wday = match wday {
        Some(w) => w,
        None => weekday(ordinal(year, month, day)?),
    };
    if leap_year_fix {
        year = 1900;
    }
    Ok(Parsed {
        fields: [year, month, day, hour, minute, second, wday, julian, tz],
        tzname: found("Z").cloned(),
        gmtoff,
        fraction,
        gmtoff_fraction,
    })
}

/// The seconds and microseconds of a `%z` match ("Z", "+HHMM",
/// "+HH:MM", "+HHMMSS.ffffff", ...), negative west of UTC.
fn parse_offset(text: &str) -> Result<(i64, i64), Error> {
    if text == "Z" {
        return Ok((0, 0));
    }
    let mut z: Vec<char> = text.chars().collect();
    if z.get(3) == Some(&':') {
        z.remove(3);
        if z.len() > 5 {
            if z[5] != ':' {
                return Err(Error::Value(format!("Inconsistent use of : in {text}")));
            }
            z.remove(5);
        }
    }
    let slice =
        |a: usize, b: usize| -> String { z[a.min(z.len())..b.min(z.len())].iter().collect() };
    let hours = int(&slice(1, 3))?;
    let minutes = int(&slice(3, 5))?;
    let secs_text = slice(5, 7);
    let seconds = if secs_text.is_empty() {
        0
    } else {
        int(&secs_text)?
    };
    let rest = slice(8, z.len());
    let frac = int(&format!("{rest:0<6}"))?;
    let (mut off, mut frac) = (hours * 3600 + minutes * 60 + seconds, frac);
    if z[0] == '-' {
        off = -off;
        frac = -frac;
    }
    Ok((off, frac))
}
