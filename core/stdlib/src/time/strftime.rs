//! `strftime` as the GNU C library does it in the C locale, which is what
//! CPython's `time.strftime` calls on Linux: the same conversions, the
//! GNU flags (`_`, `-`, `0`, `^`, `#`), field widths, the `E`/`O`
//! modifiers, and unknown conversions copied through.

use super::civil::{is_leap, Tm};

const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English weekday name, Sunday = 0 ("?" out of range, as glibc).
pub fn weekday_name(wday: i64) -> &'static str {
    usize::try_from(wday)
        .ok()
        .and_then(|i| WEEKDAYS.get(i))
        .copied()
        .unwrap_or("?")
}

/// English month name, January = 0 ("?" out of range, as glibc).
pub fn month_name(mon: i64) -> &'static str {
    usize::try_from(mon)
        .ok()
        .and_then(|i| MONTHS.get(i))
        .copied()
        .unwrap_or("?")
}

/// The first three letters of a name.
pub fn abbr(name: &str) -> &str {
    name.get(..3).unwrap_or(name)
}

/// What the formatter needs beyond the broken-down time.
pub struct Context<'a> {
    /// `tzname` of the C library: (standard, daylight saving) names, for
    /// `%Z` when the time carries no zone.
    pub tzname: (&'a str, &'a str),
    /// `mktime` of a broken-down local time, for `%s`.
    pub mktime: &'a dyn Fn(&Tm) -> Option<i64>,
}

/// The output ran past the buffer CPython would give the C function.
struct Full;

/// Case conversion of copied text.
#[derive(Clone, Copy, PartialEq)]
enum Case {
    Keep,
    Upper,
    Lower,
}

/// The output, counting characters against the buffer size.
struct Out {
    text: String,
    chars: usize,
    limit: usize,
}

impl Out {
    /// glibc's `add`: `text` right-aligned in `width`, padded with zeros
    /// for the `0` flag and spaces otherwise. Fails when the result
    /// would not fit (the C function then returns 0).
    fn add(&mut self, width: i64, pad: char, text: &str, case: Case) -> Result<(), Full> {
        let n = text.chars().count();
        let delta = usize::try_from(width).unwrap_or(0).saturating_sub(n);
        if self.chars + n + delta >= self.limit {
            return Err(Full);
        }
        let fill = if pad == '0' { '0' } else { ' ' };
        self.text.extend(std::iter::repeat_n(fill, delta));
        match case {
            Case::Keep => self.text.push_str(text),
            Case::Upper => self.text.push_str(&text.to_ascii_uppercase()),
            Case::Lower => self.text.push_str(&text.to_ascii_lowercase()),
        }
        self.chars += n + delta;
        Ok(())
    }

    /// Raw characters (sign, padding) outside any field width.
    fn raw(&mut self, c: char, count: usize) -> Result<(), Full> {
        if self.chars + count >= self.limit {
            return Err(Full);
        }
        self.text.extend(std::iter::repeat_n(c, count));
        self.chars += count;
        Ok(())
    }
}

/// Formats `tm` by `format`. The result is empty when it would need
/// `limit` characters or more (CPython's buffer bound).
pub fn strftime(format: &[char], tm: &Tm, ctx: &Context, limit: usize) -> String {
    let mut out = Out {
        text: String::new(),
        chars: 0,
        limit,
    };
    match format_into(&mut out, format, tm, ctx) {
        Ok(()) => out.text,
        Err(Full) => String::new(),
    }
}

/// A numeric field: the value, its minimum digits, and whether it is
/// space-padded by default (`%e`, `%k`, `%l`).
struct Number {
    value: i64,
    digits: i64,
    space_pad: bool,
}

fn number(value: i64, digits: i64) -> Option<Number> {
    Some(Number {
        value,
        digits,
        space_pad: false,
    })
}

fn spaced(value: i64, digits: i64) -> Option<Number> {
    Some(Number {
        value,
        digits,
        space_pad: true,
    })
}

/// Days from the Monday starting ISO week 1 of the year to day `yday`
/// (negative before it), for a day that falls on `wday` (Sunday = 0).
fn iso_week_days(yday: i64, wday: i64) -> i64 {
    // 378 is a multiple of 7 large enough to keep the operand positive.
    yday - (yday - wday + 4 + 378).rem_euclid(7) + 3
}

/// The ISO 8601 (year, days since the start of week 1) of `tm`.
fn iso_year_days(tm: &Tm) -> (i64, i64) {
    let mut year = tm.year;
    let mut days = iso_week_days(tm.yday, tm.wday);
    if days < 0 {
        year -= 1;
        days = iso_week_days(tm.yday + 365 + i64::from(is_leap(year)), tm.wday);
    } else {
        let next = iso_week_days(tm.yday - (365 + i64::from(is_leap(year))), tm.wday);
        if next >= 0 {
            year += 1;
            days = next;
        }
    }
    (year, days)
}

fn format_into(out: &mut Out, f: &[char], tm: &Tm, ctx: &Context) -> Result<(), Full> {
    let hour12 = match tm.hour {
        h if h > 12 => h - 12,
        0 => 12,
        h => h,
    };
    let mut i = 0;
    while i < f.len() {
        if f[i] != '%' {
            out.add(-1, '\0', &f[i].to_string(), Case::Keep)?;
            i += 1;
            continue;
        }
        let start = i;
        let mut pad = '\0';
        let mut upper = false;
        let mut swap = false;
        i += 1;
        while let Some(&c) = f.get(i) {
            match c {
                '_' | '-' | '0' => pad = c,
                '^' => upper = true,
                '#' => swap = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: i64 = -1;
        if f.get(i).is_some_and(char::is_ascii_digit) {
            width = 0;
            while let Some(d) = f.get(i).and_then(|c| c.to_digit(10)) {
                width = (width * 10 + i64::from(d)).min(i64::from(i32::MAX));
                i += 1;
            }
        }
        let modifier = match f.get(i) {
            Some(&m @ ('E' | 'O')) => {
                i += 1;
                Some(m)
            }
            _ => None,
        };
        let conv = f.get(i).copied();
        // `#` upper-cases month names, even in a directive glibc rejects.
        let mut case = if upper || (swap && matches!(conv, Some('b' | 'h' | 'B'))) {
            Case::Upper
        } else {
            Case::Keep
        };
        // What the conversion produces: text, a sub-format, or a number.
        let mut text: Option<String> = None;
        let mut sub: Option<&str> = None;
        let mut num: Option<Number> = None;
        let mut bad = false;
        let e_bad = modifier == Some('E');
        match conv {
            Some('%') => text = Some("%".into()),
            Some('a' | 'A') if modifier.is_none() => {
                if swap {
                    case = Case::Upper;
                }
                let name = weekday_name(tm.wday);
                text = Some(if conv == Some('a') { abbr(name) } else { name }.into());
            }
            Some('b' | 'h' | 'B') if !e_bad => {
                let name = month_name(tm.mon);
                text = Some(if conv == Some('B') { name } else { abbr(name) }.into());
            }
            Some('c') if modifier != Some('O') => sub = Some("%a %b %e %H:%M:%S %Y"),
            Some('x') if modifier != Some('O') => sub = Some("%m/%d/%y"),
            Some('X') if modifier != Some('O') => sub = Some("%H:%M:%S"),
            Some('D') if modifier.is_none() => sub = Some("%m/%d/%y"),
            Some('F') if modifier.is_none() => sub = Some("%Y-%m-%d"),
            Some('R') => sub = Some("%H:%M"),
            Some('T') => sub = Some("%H:%M:%S"),
            Some('r') => sub = Some("%I:%M:%S %p"),
            Some('C') => {
                let year = tm.year;
                num = number(year / 100 - i64::from(year % 100 < 0), 1);
            }
            Some('d') if !e_bad => num = number(tm.mday, 2),
            Some('e') if !e_bad => num = spaced(tm.mday, 2),
            Some('H') if !e_bad => num = number(tm.hour, 2),
            Some('I') if !e_bad => num = number(hour12, 2),
            Some('k') if !e_bad => num = spaced(tm.hour, 2),
            Some('l') if !e_bad => num = spaced(hour12, 2),
            Some('j') if !e_bad => num = number(1 + tm.yday, 3),
            Some('M') if !e_bad => num = number(tm.min, 2),
            Some('m') if !e_bad => num = number(tm.mon + 1, 2),
            Some('S') if !e_bad => num = number(tm.sec, 2),
            Some('u') => num = number((tm.wday - 1 + 7) % 7 + 1, 1),
            Some('U') if !e_bad => num = number((tm.yday - tm.wday + 7) / 7, 2),
            Some('W') if !e_bad => {
                num = number((tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7, 2);
            }
            Some('w') if !e_bad => num = number(tm.wday, 1),
            Some('V' | 'g' | 'G') if !e_bad => {
                let (year, days) = iso_year_days(tm);
                num = match conv {
                    Some('g') => number((year % 100 + 100) % 100, 2),
                    Some('G') => number(year, 1),
                    _ => number(days / 7 + 1, 2),
                };
            }
            Some('Y') if modifier != Some('O') => num = number(tm.year, 1),
            Some('y') => num = number(((tm.year - 1900) % 100 + 100) % 100, 2),
            Some('n') => text = Some("\n".into()),
            Some('t') => text = Some("\t".into()),
            Some('p' | 'P') => {
                if conv == Some('P') || swap {
                    case = Case::Lower;
                }
                text = Some(if tm.hour > 11 { "PM" } else { "AM" }.into());
            }
            Some('Z') => {
                if swap {
                    case = Case::Lower;
                }
                let zone = match &tm.zone {
                    Some(z) if !z.is_empty() => z.as_str(),
                    _ if tm.isdst == 0 => ctx.tzname.0,
                    _ if tm.isdst == 1 => ctx.tzname.1,
                    _ if tm.isdst > 1 => "?",
                    _ => "",
                };
                text = Some(zone.to_string());
            }
            Some('z') => {
                if tm.isdst < 0 {
                    i += 1;
                    continue;
                }
                // glibc keeps the offset in a C int.
                let mut diff = i64::from(tm.gmtoff as i32);
                let sign = if diff < 0 { "-" } else { "+" };
                diff = diff.abs() / 60;
                out.add(width, pad, sign, Case::Keep)?;
                num = number(diff / 60 * 100 + diff % 60, 4);
            }
            Some('s') => {
                let t = (ctx.mktime)(tm).unwrap_or(-1);
                // Only the sign and padding rules of numbers apply: the
                // width is not a digit count here.
                emit_number(out, t, 1, width, pad)?;
                i += 1;
                continue;
            }
            _ => bad = true,
        }
        if bad {
            // Copy the whole directive, flags and all, through the
            // character that made it unknown (or to the end).
            let end = if conv.is_some() { i + 1 } else { i };
            let end = end.max(start + 1);
            let raw: String = f[start..end].iter().collect();
            out.add(width, pad, &raw, case)?;
            i = end;
            continue;
        }
        if let Some(t) = text {
            out.add(width, pad, &t, case)?;
        } else if let Some(s) = sub {
            let chars: Vec<char> = s.chars().collect();
            let mut inner = Out {
                text: String::new(),
                chars: 0,
                limit: usize::MAX,
            };
            format_into(&mut inner, &chars, tm, ctx)?;
            let case = if upper { Case::Upper } else { Case::Keep };
            out.add(width, pad, &inner.text, case)?;
        } else if let Some(n) = num {
            let mut pad = pad;
            if n.space_pad && pad != '0' && pad != '-' {
                pad = '_';
            }
            emit_number(out, n.value, n.digits.max(width), width, pad)?;
        }
        i += 1;
    }
    Ok(())
}

/// glibc's number output: at least `digits` characters (sign included)
/// unless the `-` flag is given, zero-filled after the sign or
/// space-filled for `_`, then the field width applies to what remains.
fn emit_number(out: &mut Out, value: i64, digits: i64, width: i64, pad: char) -> Result<(), Full> {
    let negative = value < 0;
    let body = value.unsigned_abs().to_string();
    let len = body.len() as i64 + i64::from(negative);
    let mut width = width;
    let mut text = if negative {
        format!("-{body}")
    } else {
        body.clone()
    };
    let padding = digits - len;
    if pad != '-' && padding > 0 {
        let count = usize::try_from(padding).unwrap_or(usize::MAX);
        if pad == '_' {
            out.raw(' ', count)?;
            width = if width > padding { width - padding } else { 0 };
        } else {
            if negative {
                out.raw('-', 1)?;
                text = body;
            }
            out.raw('0', count)?;
            width = 0;
        }
    }
    out.add(width, pad, &text, Case::Keep)
}
