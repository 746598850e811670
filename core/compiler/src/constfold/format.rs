//! `'%s-%r' % (a, b)` as an f-string (CPython 3.11's `optimize_format`):
//! only `%s`, `%r` and `%a` with an optional `-`, a width and a precision
//! of at most two digits each, and exactly as many items as units.

use super::FormatPart;
use pvm_syntax::ast::Expr;

/// The parts of the f-string, or None to leave the `%` alone.
pub fn optimize<'a>(fmt: &str, elts: &'a [Expr]) -> Option<Vec<FormatPart<'a>>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut parts = Vec::new();
    let mut pos = 0;
    let mut count = 0;
    loop {
        if let Some(lit) = literal(&chars, &mut pos) {
            parts.push(FormatPart::Literal(lit));
        }
        if pos >= chars.len() {
            break;
        }
        let value = elts.get(count)?;
        pos += 1; // the '%'
        let (conversion, spec) = unit(&chars, &mut pos)?;
        count += 1;
        parts.push(FormatPart::Value {
            value,
            conversion,
            spec,
        });
    }
    (count == elts.len()).then_some(parts)
}

/// The literal text up to the next format unit (`%%` is one `%`).
fn literal(chars: &[char], pos: &mut usize) -> Option<String> {
    let start = *pos;
    let mut out = String::new();
    while *pos < chars.len() {
        if chars[*pos] != '%' {
            out.push(chars[*pos]);
            *pos += 1;
        } else if *pos + 1 < chars.len() && chars[*pos + 1] == '%' {
            out.push('%');
            *pos += 2;
        } else {
            break;
        }
    }
    (*pos != start).then_some(out)
}

/// Parses one unit after its `%`: (conversion, format spec).
fn unit(chars: &[char], pos: &mut usize) -> Option<(char, Option<String>)> {
    let mut next = || -> Option<char> {
        let c = chars.get(*pos).copied();
        *pos += 1;
        c
    };
    let mut ljust = false;
    let mut ch = next()?;
    while matches!(ch, '-' | '+' | ' ' | '#' | '0') {
        ljust |= ch == '-';
        ch = next()?;
    }
    let mut width: Option<u32> = None;
    if ch.is_ascii_digit() {
        let mut w = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            w = w * 10 + ch.to_digit(10)?;
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
        width = Some(w);
    }
    let mut prec: Option<u32> = None;
    if ch == '.' {
        ch = next()?;
        let mut p = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            p = p * 10 + ch.to_digit(10)?;
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
        prec = Some(p);
    }
    if !matches!(ch, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if !ljust && width.is_some_and(|w| w > 0) {
        spec.push('>');
    }
    if let Some(w) = width {
        spec.push_str(&w.to_string());
    }
    if let Some(p) = prec {
        spec.push('.');
        spec.push_str(&p.to_string());
    }
    Some((ch, (!spec.is_empty()).then_some(spec)))
}
