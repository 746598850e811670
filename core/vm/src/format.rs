//! The format mini-language (`format()`, f-strings, `str.format`) and
//! `%`-formatting, sharing one implementation of number rendering.

use crate::payload::Payload;
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    /// Fill character.
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=`.
    pub align: Option<char>,
    /// `+`, `-` or ` `.
    pub sign: Option<char>,
    /// `z`: negative zero becomes positive.
    pub z: bool,
    /// `#`.
    pub alternate: bool,
    /// `0` before the width.
    pub zero: bool,
    /// Minimum width.
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type.
    pub ty: Option<char>,
}

/// Parses a format spec as CPython's parse_internal_render_format_spec does.
/// `tn` names the formatted object's type (for messages) and `default_ty` is
/// the type's default presentation (`d` for int, `s` for str).
pub fn parse_spec_for(s: &str, tn: &str, default_ty: Option<char>) -> Result<Spec, String> {
    let chars: smallvec::SmallVec<[char; 16]> = s.chars().collect();
    let end = chars.len();
    let mut i = 0;
    let mut spec = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if end >= 2 && is_align(chars[1]) {
        spec.fill = Some(chars[0]);
        spec.align = Some(chars[1]);
        i = 2;
    } else if end >= 1 && is_align(chars[0]) {
        spec.align = Some(chars[0]);
        i = 1;
    }
    if i < end && matches!(chars[i], '+' | '-' | ' ') {
        spec.sign = Some(chars[i]);
        i += 1;
    }
    if i < end && chars[i] == 'z' {
        spec.z = true;
        i += 1;
    }
    if i < end && chars[i] == '#' {
        spec.alternate = true;
        i += 1;
    }
    if spec.fill.is_none() && i < end && chars[i] == '0' {
        spec.zero = true;
        i += 1;
    }
    let too_many = || "Too many decimal digits in format string".to_string();
    let read_int = |i: &mut usize| -> Result<Option<usize>, String> {
        let start = *i;
        let mut acc: u64 = 0;
        while *i < end && chars[*i].is_ascii_digit() {
            acc = acc
                .checked_mul(10)
                .and_then(|a| a.checked_add(chars[*i] as u64 - '0' as u64))
                .filter(|a| *a <= i64::MAX as u64)
                .ok_or_else(too_many)?;
            *i += 1;
        }
        Ok(if *i > start { Some(acc as usize) } else { None })
    };
    if let Some(w) = read_int(&mut i)? {
        spec.width = w;
    }
    if i < end && chars[i] == ',' {
        spec.grouping = Some(',');
        i += 1;
    }
    if i < end && chars[i] == '_' {
        if spec.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".into());
        }
        spec.grouping = Some('_');
        i += 1;
    }
    if i < end && chars[i] == ',' && spec.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".into());
    }
    if i < end && chars[i] == '.' {
        i += 1;
        match read_int(&mut i)? {
            Some(p) => spec.precision = Some(p),
            None => return Err("Format specifier missing precision".into()),
        }
    }
    if end - i > 1 {
        return Err(format!(
            "Invalid format specifier '{s}' for object of type '{tn}'"
        ));
    }
    if end - i == 1 {
        spec.ty = Some(chars[i]);
    }
    if let Some(g) = spec.grouping {
        let t = spec.ty.or(default_ty);
        match t {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                return Err(if (t as u32) > 32 && (t as u32) < 128 {
                    format!("Cannot specify '{g}' with '{t}'.")
                } else {
                    let cp = crate::surrogates::code_point(t);
                    format!("Cannot specify '{g}' with '\\x{cp:x}'.")
                })
            }
        }
    }
    Ok(spec)
}

/// Parses a format spec for an object of no particular type.
pub fn parse_spec(s: &str) -> Result<Spec, String> {
    parse_spec_for(s, "object", None)
}

fn unknown_code(t: char, tn: &str) -> String {
    if (t as u32) > 32 && (t as u32) < 128 {
        format!("Unknown format code '{t}' for object of type '{tn}'")
    } else {
        let cp = crate::surrogates::code_point(t);
        format!("Unknown format code '\\x{cp:x}' for object of type '{tn}'")
    }
}

impl Spec {
    /// The fill character in effect.
    fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero { '0' } else { ' ' })
    }

    /// The alignment in effect for a number.
    fn num_align(&self) -> char {
        self.align.unwrap_or(if self.zero { '=' } else { '>' })
    }
}

/// Pads `body` to the spec's width with its fill and alignment (`default`
/// when none was given), as CPython's calc_padding.
fn pad_plain(body: &str, width: usize, fill: char, align: char) -> String {
    let len = body.chars().count();
    if len >= width {
        return body.to_string();
    }
    let n = width - len;
    let left = match align {
        '>' => n,
        '^' => n / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(body.len() + n * fill.len_utf8());
    push_fill(&mut out, fill, left);
    out.push_str(body);
    push_fill(&mut out, fill, n - left);
    out
}

/// Appends `k` copies of `fill` (one string built in place: formatting
/// runs for every number an f-string prints).
fn push_fill(out: &mut String, fill: char, k: usize) {
    for _ in 0..k {
        out.push(fill);
    }
}

/// Inserts separators every `every` digits, padding with zeros up to
/// `min_width` characters (CPython's InsertThousandsGrouping).
fn group_digits(digits: &str, sep: Option<char>, every: usize, min_width: i64) -> String {
    let d: Vec<char> = digits.chars().collect();
    let Some(sep) = sep else {
        let zeros = (min_width - d.len() as i64).max(0) as usize;
        return format!("{}{digits}", "0".repeat(zeros));
    };
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut pos = d.len();
    let mut pieces: Vec<String> = Vec::new();
    loop {
        let l = (every as i64).min(remaining.max(min_width).max(1));
        let n_zeros = (l - remaining).max(0) as usize;
        let n_chars = remaining.min(l).max(0) as usize;
        let mut piece = "0".repeat(n_zeros);
        piece.extend(&d[pos - n_chars..pos]);
        pos -= n_chars;
        pieces.push(piece);
        remaining -= n_chars as i64;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    pieces.reverse();
    pieces.join(&sep.to_string())
}

/// Lays out a number: sign, prefix, (grouped) integer digits and the rest,
/// padded per the spec (CPython's calc_number_widths / fill_number).
fn render_number(
    sign: &str,
    prefix: &str,
    digits: &str,
    rest: &str,
    spec: &Spec,
    sep: Option<char>,
    every: usize,
) -> String {
    let fill = spec.fill_char();
    let align = spec.num_align();
    let others = (sign.chars().count() + prefix.chars().count() + rest.chars().count()) as i64;
    let min_width = if fill == '0' && align == '=' {
        spec.width as i64 - others
    } else {
        0
    };
    let grouped: std::borrow::Cow<str> = if !digits.is_empty() && (sep.is_some() || min_width > 0) {
        group_digits(digits, sep, every, min_width).into()
    } else {
        digits.into()
    };
    let len = others as usize + grouped.chars().count();
    let n = spec.width.saturating_sub(len);
    let size = sign.len() + prefix.len() + grouped.len() + rest.len() + n * fill.len_utf8();
    let mut out = String::with_capacity(size);
    let (before, between, after) = match align {
        '<' => (0, 0, n),
        '^' => (n / 2, 0, n - n / 2),
        '=' => (0, n, 0),
        _ => (n, 0, 0),
    };
    push_fill(&mut out, fill, before);
    out.push_str(sign);
    out.push_str(prefix);
    push_fill(&mut out, fill, between);
    out.push_str(&grouped);
    out.push_str(rest);
    push_fill(&mut out, fill, after);
    out
}

fn sign_str(neg: bool, spec: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// Formats an int with a spec.
pub fn format_int(vm: &mut Vm, v: &BigInt, spec: &Spec) -> PyResult<String> {
    format_int_named(vm, v, spec, "int")
}

fn format_int_named(vm: &mut Vm, v: &BigInt, spec: &Spec, tn: &str) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = crate::ops::num::int_to_f64(vm, v)?;
            return format_float_named(vm, f, spec, tn);
        }
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        other => return Err(vm.value_error(unknown_code(other, tn))),
    }
    if spec.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if spec.z {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in integer format specifier")
        );
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(
                vm.value_error("Alternate form (#) not allowed with integer format specifier 'c'")
            );
        }
        if v.to_i64().is_none() {
            return Err(vm.overflow_error("Python int too large to convert to C long"));
        }
        let c = v
            .to_u32()
            .filter(|c| *c <= 0x10ffff)
            .map(|c| crate::surrogates::char_of(c).unwrap_or('\u{fffd}'))
            .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
        return Ok(render_number("", "", "", &c.to_string(), spec, None, 3));
    }
    let digits = big_digits(vm, v, ty)?;
    Ok(layout_int(&digits, v.is_negative(), ty, spec))
}

/// The digits of magnitude `m` for int code `ty` (x, X, o, b, or decimal).
fn small_digits(m: u64, ty: char) -> String {
    match ty {
        'x' => format!("{m:x}"),
        'X' => format!("{m:X}"),
        'o' => format!("{m:o}"),
        'b' => format!("{m:b}"),
        _ => m.to_string(),
    }
}

/// The digits of `|v|` for int code `ty` (x, X, o, b, or decimal, which
/// has CPython's limit on the number of digits).
fn big_digits(vm: &mut Vm, v: &BigInt, ty: char) -> PyResult<String> {
    let radix = match ty {
        'x' | 'X' => 16,
        'o' => 8,
        'b' => 2,
        _ => {
            let d = int_to_decimal(vm, v)?;
            return Ok(d.trim_start_matches('-').to_string());
        }
    };
    let d = v.magnitude().to_str_radix(radix);
    Ok(if ty == 'X' { d.to_uppercase() } else { d })
}

/// Formats an int that fits in i64 with a spec: the common codes without
/// a big int, the rest (and every error) by [`format_int_named`].
fn format_small_int(vm: &mut Vm, i: i64, spec: &Spec, tn: &str) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    if spec.precision.is_some() || spec.z || !matches!(ty, 'b' | 'd' | 'n' | 'o' | 'x' | 'X') {
        return format_int_named(vm, &BigInt::from(i), spec, tn);
    }
    Ok(layout_int(
        &small_digits(i.unsigned_abs(), ty),
        i < 0,
        ty,
        spec,
    ))
}

/// The `#` form's prefix of int code `ty` (none for decimal codes).
fn alternate_prefix(ty: char) -> &'static str {
    match ty {
        'x' => "0x",
        'X' => "0X",
        'o' => "0o",
        'b' => "0b",
        _ => "",
    }
}

/// Lays out the magnitude `digits` of an int formatted with code `ty`
/// (one of b, d, n, o, x, X): sign, `#` prefix, grouping and padding.
fn layout_int(digits: &str, negative: bool, ty: char, spec: &Spec) -> String {
    let prefix = if spec.alternate {
        alternate_prefix(ty)
    } else {
        ""
    };
    let every = if matches!(ty, 'd' | 'n') { 3 } else { 4 };
    let sign = sign_str(negative, spec);
    render_number(sign, prefix, digits, "", spec, spec.grouping, every)
}

/// Lays out dtoa-style `digits` (no trailing zeros) with decimal point
/// position `decpt` for the `g` and `r` codes (CPython's format_float_short).
fn layout_short(
    digits: &str,
    decpt: i64,
    code: char,
    precision: i64,
    add_dot_0: bool,
    alt: bool,
    upper: bool,
) -> String {
    let d = digits.as_bytes();
    let digits_len = d.len() as i64;
    let mut decpt = decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'g' => {
            if decpt <= -4 || decpt > (if add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let mut out = String::new();
    let zeros = |n: i64| "0".repeat(n.max(0) as usize);
    if decpt <= 0 {
        out.push_str(&zeros(decpt - vdigits_start));
        out.push('.');
        out.push_str(&zeros(-decpt));
    } else {
        out.push_str(&zeros(-vdigits_start));
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        out.push_str(&zeros(decpt - digits_len));
        out.push('.');
        out.push_str(&zeros(vdigits_end - decpt));
    } else {
        out.push_str(&zeros(vdigits_end - digits_len));
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// dtoa-style digits (trailing zeros stripped, "0" for zero) and decimal
/// point position from Rust's exponent formatting (`1.2345e-5`).
fn digits_decpt(s: &str) -> (String, i64) {
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    let e: i64 = e.parse().unwrap_or(0);
    let mut digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits == "0" {
        return (digits, 1);
    }
    (digits, e + 1)
}

/// The shortest-repr digits of a finite float (CPython's choice on ties)
/// and the decimal point position.
fn repr_digits(a: f64) -> (String, i64) {
    let r = pvm_syntax::pyrepr::repr_float(a);
    let (m, e) = r.split_once('e').unwrap_or((&r, "0"));
    let e: i64 = e.parse().unwrap_or(0);
    let (ip, fp) = m.split_once('.').unwrap_or((m, ""));
    let all = format!("{ip}{fp}");
    let lead = all.len() - all.trim_start_matches('0').len();
    let mut digits = all.trim_start_matches('0').to_string();
    while digits.ends_with('0') {
        digits.pop();
    }
    if digits.is_empty() {
        return ("0".into(), 1);
    }
    (digits, ip.len() as i64 - lead as i64 + e)
}

/// PyOS_double_to_string for a non-negative finite or infinite value
/// (no sign): `code` is one of e E f F g G r.
fn double_to_string(a: f64, code: char, precision: usize, alt: bool, add_dot_0: bool) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    if a.is_nan() {
        return if upper { "NAN" } else { "nan" }.into();
    }
    if a.is_infinite() {
        return if upper { "INF" } else { "inf" }.into();
    }
    match code {
        'e' | 'E' => {
            let s = format!("{:.*e}", precision, a);
            let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
            let e: i64 = e.parse().unwrap_or(0);
            let dot = if alt && !m.contains('.') { "." } else { "" };
            let sign = if e < 0 { '-' } else { '+' };
            format!(
                "{m}{dot}{}{sign}{:02}",
                if upper { 'E' } else { 'e' },
                e.abs()
            )
        }
        'f' | 'F' => {
            let s = format!("{:.*}", precision, a);
            if alt && !s.contains('.') {
                format!("{s}.")
            } else {
                s
            }
        }
        'g' | 'G' => {
            let p = precision.max(1);
            let (digits, decpt) = digits_decpt(&format!("{:.*e}", p - 1, a));
            layout_short(&digits, decpt, 'g', p as i64, add_dot_0, alt, upper)
        }
        _ => {
            let (digits, decpt) = repr_digits(a);
            layout_short(&digits, decpt, 'r', 0, add_dot_0, alt, false)
        }
    }
}

/// Splits a rendered number into its leading integer digits and the rest.
fn split_digits(body: &str) -> (&str, &str) {
    let k = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    body.split_at(k)
}

/// Formats a float with a spec.
pub fn format_float(vm: &mut Vm, f: f64, spec: &Spec) -> PyResult<String> {
    format_float_named(vm, f, spec, "float")
}

fn format_float_named(vm: &mut Vm, f: f64, spec: &Spec, tn: &str) -> PyResult<String> {
    let (body, neg) = float_body(vm, f, spec, tn)?;
    let sign = sign_str(neg, spec);
    let (digits, rest) = split_digits(&body);
    Ok(render_number(
        sign,
        "",
        digits,
        rest,
        spec,
        spec.grouping,
        3,
    ))
}

/// The unsigned text of a float per the spec and whether it is negative.
fn float_body(vm: &mut Vm, f: f64, spec: &Spec, tn: &str) -> PyResult<(String, bool)> {
    let (code, precision, add_dot_0, pct) = match spec.ty {
        None => match spec.precision {
            None => ('r', 0, true, false),
            Some(p) => ('g', p, true, false),
        },
        Some('n') => ('g', spec.precision.unwrap_or(6), false, false),
        Some('%') => ('f', spec.precision.unwrap_or(6), false, true),
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => {
            (t, spec.precision.unwrap_or(6), false, false)
        }
        Some(t) => return Err(vm.value_error(unknown_code(t, tn))),
    };
    let v = if pct { f * 100.0 } else { f };
    let mut body = double_to_string(v.abs(), code, precision, spec.alternate, add_dot_0);
    let mut neg = v.is_sign_negative() && !v.is_nan();
    if neg && spec.z && body.chars().all(|c| !c.is_ascii_digit() || c == '0') && v.is_finite() {
        neg = false;
    }
    if pct {
        body.push('%');
    }
    Ok((body, neg))
}

/// Formats a str with a spec.
pub fn format_str(vm: &mut Vm, s: &str, spec: &Spec) -> PyResult<String> {
    format_str_named(vm, s, spec, "str")
}

fn format_str_named(vm: &mut Vm, s: &str, spec: &Spec, tn: &str) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(vm.value_error(unknown_code(t, tn)));
        }
    }
    if spec.sign == Some(' ') {
        return Err(vm.value_error("Space not allowed in string format specifier"));
    }
    if spec.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if spec.z {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if spec.alternate {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let text: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad_plain(
        &text,
        spec.width,
        spec.fill_char(),
        spec.align.unwrap_or('<'),
    ))
}

fn format_complex(vm: &mut Vm, r: f64, i: f64, spec: &Spec, tn: &str) -> PyResult<String> {
    let mut code = match spec.ty {
        None => 'r',
        Some('n') => 'g',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => t,
        Some(t) => return Err(vm.value_error(unknown_code(t, tn))),
    };
    if spec.fill_char() == '0' {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let mut skip_re = false;
    let mut parens = false;
    let mut precision = spec.precision.unwrap_or(6);
    if spec.ty.is_none() {
        if r == 0.0 && r.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
        match spec.precision {
            None => precision = 0,
            Some(_) => code = 'g',
        }
    }
    let part = |x: f64, sign_spec: Option<char>| -> String {
        let body = double_to_string(x.abs(), code, precision, spec.alternate, false);
        let mut neg = x.is_sign_negative() && !x.is_nan();
        if neg && spec.z && body.chars().all(|c| !c.is_ascii_digit() || c == '0') && x.is_finite() {
            neg = false;
        }
        let s = Spec {
            sign: sign_spec,
            ..Spec::default()
        };
        let sign = sign_str(neg, &s);
        let (digits, rest) = split_digits(&body);
        let grouped = match spec.grouping {
            Some(_) => group_digits(digits, spec.grouping, 3, 0),
            None => digits.to_string(),
        };
        format!("{sign}{grouped}{rest}")
    };
    let re = if skip_re {
        String::new()
    } else {
        part(r, spec.sign)
    };
    let im = part(i, if skip_re { spec.sign } else { Some('+') });
    let body = if parens {
        format!("({re}{im}j)")
    } else {
        format!("{re}{im}j")
    };
    Ok(pad_plain(
        &body,
        spec.width,
        spec.fill_char(),
        spec.align.unwrap_or('>'),
    ))
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult<Value> {
        let spec_s = spec.as_str().unwrap_or("");
        let ty = self.type_of(v).clone();
        if types::is_heap_type(&ty) {
            if let Some(f) = self.lookup_special(&ty, "__format__") {
                let is_native = matches!(f.payload(), Some(Payload::Native(n)) if n.owner.as_ref().is_some_and(|o| o.is(&self.object)));
                if !is_native {
                    let r = self.call(&f, [v.clone(), spec.clone()])?;
                    if r.as_str().is_none() {
                        let tn = self.type_name(&r);
                        return Err(
                            self.type_error(format!("__format__ must return a str, not {tn}"))
                        );
                    }
                    return Ok(r);
                }
            }
        }
        format_builtin(self, v, spec_s)
    }

    /// Appends `format(v, spec)` to `out` (no str object made for the spec
    /// or the result of a built-in type's formatting).
    pub fn format_into(&mut self, out: &mut String, v: &Value, spec: &str) -> PyResult<()> {
        if types::is_heap_type(self.type_of(v)) {
            let spec = self.new_str(spec);
            let r = self.format(v, &spec)?;
            out.push_str(r.as_str().unwrap_or(""));
            return Ok(());
        }
        if spec.is_empty() {
            if let Some(s) = v.as_str() {
                out.push_str(s);
                return Ok(());
            }
            let r = self.str_value(v)?;
            out.push_str(r.as_str().unwrap_or(""));
            return Ok(());
        }
        out.push_str(&format_builtin_text(self, v, spec)?);
        Ok(())
    }
}

/// The built-in `__format__` of int, bool, float, complex and str (and
/// object's for the rest): `str(v)` for an empty spec.
pub fn format_builtin(vm: &mut Vm, v: &Value, spec_s: &str) -> PyResult<Value> {
    if spec_s.is_empty() {
        return vm.str_value(v);
    }
    let text = format_builtin_text(vm, v, spec_s)?;
    Ok(vm.new_str(text))
}

/// [`format_builtin`] for a non-empty spec, as text.
fn format_builtin_text(vm: &mut Vm, v: &Value, spec_s: &str) -> PyResult<String> {
    let this = vm;
    {
        let tn = this.type_name(v);
        let default_ty = match v {
            Value::Int(_) | Value::Bool(_) => Some('d'),
            Value::Obj(o) => match &o.payload {
                Payload::Int(_) => Some('d'),
                Payload::Str(_) => Some('s'),
                _ => None,
            },
            _ => None,
        };
        let parse = |vm: &mut Vm| match parse_spec_for(spec_s, &tn, default_ty) {
            // A width no memory could hold fails as CPython's allocation does.
            Ok(p) => vm.check_alloc(p.width, 1).map(|_| p),
            Err(msg) => Err(vm.value_error(msg)),
        };
        let out = match v {
            Value::Int(i) => {
                let p = parse(this)?;
                format_small_int(this, *i, &p, &tn)?
            }
            Value::Bool(b) => {
                let p = parse(this)?;
                format_small_int(this, *b as i64, &p, &tn)?
            }
            Value::Float(f) => {
                let p = parse(this)?;
                format_float_named(this, *f, &p, &tn)?
            }
            Value::Obj(o) => match &o.payload {
                Payload::Int(b) => {
                    let p = parse(this)?;
                    format_int_named(this, b, &p, &tn)?
                }
                Payload::Float(f) => {
                    let p = parse(this)?;
                    format_float_named(this, *f, &p, &tn)?
                }
                Payload::Str(s) => {
                    let p = parse(this)?;
                    format_str_named(this, s.as_str(), &p, &tn)?
                }
                Payload::Complex(r, i) => {
                    let p = parse(this)?;
                    format_complex(this, *r, *i, &p, &tn)?
                }
                _ => {
                    return Err(this.type_error(format!(
                        "unsupported format string passed to {tn}.__format__"
                    )));
                }
            },
            _ => {
                return Err(this.type_error(format!(
                    "unsupported format string passed to {tn}.__format__"
                )));
            }
        };
        Ok(out)
    }
}

/// Where `str.format` finds its fields.
enum Source<'a> {
    Args(&'a [Value], &'a [(&'a str, &'a Value)]),
    Map(&'a Value),
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(&str, &Value)],
) -> PyResult<String> {
    let mut auto = 0usize;
    let mut mode = 0u8;
    format_with(
        vm,
        fmt,
        &Source::Args(args, kwargs),
        &mut auto,
        &mut mode,
        2,
    )
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut auto = 0usize;
    let mut mode = 0u8;
    format_with(vm, fmt, &Source::Map(mapping), &mut auto, &mut mode, 2)
}

fn format_with(
    vm: &mut Vm,
    fmt: &str,
    src: &Source<'_>,
    auto: &mut usize,
    mode: &mut u8,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    // Scanned by bytes: every delimiter is ASCII, which never occurs inside
    // the encoding of another character.
    let b = fmt.as_bytes();
    let end = b.len();
    let char_at = |i: usize| fmt[i..].chars().next().unwrap_or('\0');
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < end {
        // Literal text up to the next brace.
        let run = b[i..]
            .iter()
            .position(|&c| c == b'{' || c == b'}')
            .unwrap_or(end - i);
        out.push_str(&fmt[i..i + run]);
        i += run;
        if i >= end {
            break;
        }
        let c = b[i];
        i += 1;
        let at_end = i >= end;
        if c == b'}' && (at_end || b[i] != b'}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if at_end && c == b'{' {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if b[i] == c {
            out.push(c as char);
            i += 1;
            continue;
        }
        // A replacement field (CPython's parse_field).
        let name_start = i;
        let mut last = 0u8;
        while i < end {
            last = b[i];
            i += 1;
            match last {
                b'{' => return Err(vm.value_error("unexpected '{' in field name")),
                b'[' => {
                    while i < end && b[i] != b']' {
                        i += 1;
                    }
                    continue;
                }
                b'}' | b':' | b'!' => break,
                _ => continue,
            }
        }
        if !matches!(last, b'}' | b':' | b'!') {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let name = &fmt[name_start..i - 1];
        let mut conversion = None;
        let mut spec = std::borrow::Cow::Borrowed("");
        let mut expand = false;
        if last == b'!' || last == b':' {
            let mut closed = false;
            if last == b'!' {
                if i >= end {
                    return Err(
                        vm.value_error("end of string while looking for conversion specifier")
                    );
                }
                let conv = char_at(i);
                conversion = Some(conv);
                i += conv.len_utf8();
                if i < end {
                    let c = b[i];
                    i += 1;
                    if c == b'}' {
                        closed = true;
                    } else if c != b':' {
                        return Err(vm.value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            if !closed {
                let spec_start = i;
                let mut count = 1;
                while i < end {
                    let c = b[i];
                    i += 1;
                    if c == b'{' {
                        expand = true;
                        count += 1;
                    } else if c == b'}' {
                        count -= 1;
                        if count == 0 {
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return Err(vm.value_error("unmatched '{' in format spec"));
                }
                spec = fmt[spec_start..i - 1].into();
            }
        }
        let mut value = lookup_field(vm, name, src, auto, mode)?;
        value = match conversion {
            None => value,
            Some('r') => {
                let s = vm.repr(&value)?;
                vm.new_str(s)
            }
            Some('s') => vm.str_value(&value)?,
            Some('a') => {
                let s = vm.repr(&value)?;
                vm.new_str(crate::builtins::functions::ascii_escape(&s))
            }
            Some(c) => {
                return Err(vm.value_error(if (c as u32) > 32 && (c as u32) < 127 {
                    format!("Unknown conversion specifier {c}")
                } else {
                    let cp = crate::surrogates::code_point(c);
                    format!("Unknown conversion specifier \\x{cp:x}")
                }))
            }
        };
        if expand {
            spec = format_with(vm, &spec, src, auto, mode, depth - 1)?.into();
        }
        vm.format_into(&mut out, &value, &spec)?;
    }
    Ok(out)
}

/// A field name part as an index when it is all decimal digits (CPython's
/// get_integer); Err on overflow.
fn field_index(vm: &mut Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = c
            .to_digit(10)
            .or_else(|| crate::builtins::numbers::unicode_decimal(c))
        else {
            return Ok(None);
        };
        acc = match acc.checked_mul(10).and_then(|a| a.checked_add(d as usize)) {
            Some(a) if a <= isize::MAX as usize => a,
            _ => return Err(vm.value_error("Too many decimal digits in format string")),
        };
    }
    Ok(Some(acc))
}

fn lookup_field(
    vm: &mut Vm,
    name: &str,
    src: &Source<'_>,
    auto: &mut usize,
    mode: &mut u8,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let idx = field_index(vm, first)?;
    let mut value = if first.is_empty() || idx.is_some() {
        let index = if first.is_empty() {
            if *mode == 2 {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            *mode = 1;
            *auto += 1;
            *auto - 1
        } else {
            if *mode == 1 {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *mode = 2;
            idx.unwrap_or(0)
        };
        match src {
            Source::Args(args, _) => match args.get(index) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(format!(
                        "Replacement index {index} out of range for positional args tuple"
                    )));
                }
            },
            Source::Map(_) => {
                return Err(vm.value_error("Format string contains positional fields"))
            }
        }
    } else {
        match src {
            Source::Args(_, kwargs) => match kwargs.iter().find(|(k, _)| *k == first) {
                Some((_, v)) => (*v).clone(),
                None => {
                    let key = vm.new_str(first);
                    return Err(vm.key_error(key));
                }
            },
            Source::Map(m) => {
                let key = vm.new_str(first);
                vm.get_item(m, &key)?
            }
        }
    };
    let rest: Vec<char> = name[first_end..].chars().collect();
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        i += 1;
        let start = i;
        let is_attr = match c {
            '.' => {
                while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                    i += 1;
                }
                true
            }
            '[' => {
                while i < rest.len() && rest[i] != ']' {
                    i += 1;
                }
                if i >= rest.len() {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                false
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                )
            }
        };
        let part: String = rest[start..i].iter().collect();
        if !is_attr {
            i += 1;
        }
        if part.is_empty() {
            return Err(vm.value_error("Empty attribute in format string"));
        }
        if is_attr {
            value = vm.get_attr_str(&value, &part)?;
        } else {
            let k = match field_index(vm, &part)? {
                Some(n) => Value::Int(n as i64),
                None => vm.new_str(part),
            };
            value = vm.get_item(&value, &k)?;
        }
    }
    Ok(value)
}

/// State of one `%` formatting (CPython's unicode_formatter_t).
struct PctArgs {
    args: Value,
    /// -1 when `args` is a single value.
    arglen: i64,
    argidx: i64,
}

impl PctArgs {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(Payload::Tuple(t)) = self.args.payload() {
                return Ok(t[i as usize].clone());
            }
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// Whether `%` treats `v` as a mapping (PyMapping_Check, minus tuple and str).
fn pct_is_mapping(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Tuple(_) | Payload::Str(_)) => false,
        Some(
            Payload::Dict(_)
            | Payload::List(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_),
        ) => true,
        _ => {
            let ty = vm.type_of(v).clone();
            vm.lookup_special(&ty, "__getitem__").is_some()
        }
    }
}

/// `fmt % args` for str (CPython's PyUnicode_Format).
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    percent_core(vm, fmt, args, false)
}

/// `%`-formatting of str, or of bytes (as Latin-1 text) when `bytes_mode`.
fn percent_core(vm: &mut Vm, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    let is_tuple = matches!(args.payload(), Some(Payload::Tuple(_)));
    let mut st = PctArgs {
        args: args.clone(),
        arglen: -1,
        argidx: -2,
    };
    if let Some(Payload::Tuple(t)) = args.payload() {
        st.arglen = t.len() as i64;
        st.argidx = 0;
    }
    let excluded = bytes_mode
        && matches!(
            args.payload(),
            Some(Payload::Bytes(_) | Payload::ByteArray(_))
        );
    let dict = if !is_tuple && !excluded && pct_is_mapping(vm, args) {
        Some(args.clone())
    } else {
        None
    };
    let not_all = if bytes_mode {
        "not all arguments converted during bytes formatting"
    } else {
        "not all arguments converted during string formatting"
    };
    let chars: smallvec::SmallVec<[char; 64]> = fmt.chars().collect();
    let end = chars.len();
    let mut out = String::with_capacity(fmt.len() + 32);
    let mut pos = 0;
    while pos < end {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if pos >= end {
            return Err(vm.value_error("incomplete format"));
        }
        if chars[pos] == '%' {
            pos += 1;
            out.push('%');
            continue;
        }
        // %(key)
        if chars[pos] == '(' {
            let Some(d) = &dict else {
                return Err(vm.type_error("format requires a mapping"));
            };
            pos += 1;
            let start = pos;
            let mut depth = 1;
            while pos < end {
                match chars[pos] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                pos += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[start..pos].iter().collect();
            pos += 1;
            let k = if bytes_mode {
                vm.new_bytes(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                vm.new_str(key)
            };
            let d = d.clone();
            st.args = vm.get_item(&d, &k)?;
            st.arglen = -1;
            st.argidx = -2;
        }
        // Flags.
        let (mut ljust, mut plus, mut blank, mut alt, mut zero) =
            (false, false, false, false, false);
        while pos < end {
            match chars[pos] {
                '-' => ljust = true,
                '+' => plus = true,
                ' ' => blank = true,
                '#' => alt = true,
                '0' => zero = true,
                _ => break,
            }
            pos += 1;
        }
        // Width.
        let mut width: i64 = -1;
        if pos < end && chars[pos] == '*' {
            pos += 1;
            let v = st.next(vm)?;
            let Some(w) = crate::ops::num::as_bigint(&v) else {
                return Err(vm.type_error("* wants int"));
            };
            let Some(w) = w.to_i64() else {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            };
            width = w;
            if width < 0 {
                ljust = true;
                width = -width;
            }
        } else if pos < end && chars[pos].is_ascii_digit() {
            width = 0;
            while pos < end && chars[pos].is_ascii_digit() {
                width = width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(chars[pos] as i64 - '0' as i64))
                    .ok_or_else(|| vm.value_error("width too big"))?;
                pos += 1;
            }
        }
        vm.check_alloc(width.max(0) as usize, 1)?;
        // Precision.
        let mut prec: i64 = -1;
        if pos < end && chars[pos] == '.' {
            pos += 1;
            prec = 0;
            if pos < end && chars[pos] == '*' {
                pos += 1;
                let v = st.next(vm)?;
                let Some(p) = crate::ops::num::as_bigint(&v) else {
                    return Err(vm.type_error("* wants int"));
                };
                let Some(p) = p.to_i32() else {
                    return Err(vm.overflow_error("Python int too large to convert to C int"));
                };
                prec = (p as i64).max(0);
            } else {
                while pos < end && chars[pos].is_ascii_digit() {
                    prec = prec * 10 + (chars[pos] as i64 - '0' as i64);
                    if prec > i32::MAX as i64 {
                        return Err(vm.value_error("precision too big"));
                    }
                    pos += 1;
                }
            }
        }
        if pos < end && matches!(chars[pos], 'h' | 'l' | 'L') {
            pos += 1;
        }
        if pos >= end {
            return Err(vm.value_error("incomplete format"));
        }
        let ch = chars[pos];
        pos += 1;
        let v = st.next(vm)?;
        let mut numeric = false;
        let text: String = match ch {
            's' | 'b' if bytes_mode => {
                let b = pct_bytes_arg(vm, &v)?;
                b.iter().map(|&x| x as char).collect()
            }
            'r' | 'a' if bytes_mode => {
                let s = vm.repr(&v)?;
                crate::builtins::functions::ascii_escape(&s)
            }
            'c' if bytes_mode => {
                let b = match v.payload() {
                    Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                        crate::ops::seq::bytes_of(&v).filter(|b| b.len() == 1)
                    }
                    _ => None,
                };
                let byte = match b {
                    Some(b) => b[0],
                    None => match pct_index(vm, &v)? {
                        Some(n) => match n.to_u8() {
                            Some(x) => x,
                            None => return Err(vm.overflow_error("%c arg not in range(256)")),
                        },
                        None => {
                            return Err(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                    },
                };
                (byte as char).to_string()
            }
            's' | 'r' | 'a' => match ch {
                's' => vm.str(&v)?,
                'r' => vm.repr(&v)?,
                _ => {
                    let s = vm.repr(&v)?;
                    crate::builtins::functions::ascii_escape(&s)
                }
            },
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                numeric = true;
                let (negative, mut digits) = match v {
                    Value::Int(i) => (i < 0, small_digits(i.unsigned_abs(), ch)),
                    _ => {
                        let n = pct_int_arg(vm, &v, ch)?;
                        (n.is_negative(), big_digits(vm, &n, ch)?)
                    }
                };
                if prec > digits.len() as i64 {
                    digits = format!("{}{digits}", "0".repeat(prec as usize - digits.len()));
                }
                let sign = if negative { "-" } else { "" };
                let prefix = if alt { alternate_prefix(ch) } else { "" };
                format!("{sign}{prefix}{digits}")
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                numeric = true;
                let f = pct_float_arg(vm, &v)?;
                let p = if prec < 0 { 6 } else { prec as usize };
                let body = double_to_string(f.abs(), ch, p, alt, false);
                if f.is_sign_negative() && !f.is_nan() {
                    format!("-{body}")
                } else {
                    body
                }
            }
            'c' => {
                let c = match v.as_str() {
                    Some(s) => {
                        let mut it = s.chars();
                        match (it.next(), it.next()) {
                            (Some(c), None) => c,
                            _ => return Err(vm.type_error("%c requires int or char")),
                        }
                    }
                    None => {
                        let Some(n) = pct_index(vm, &v)? else {
                            return Err(vm.type_error("%c requires int or char"));
                        };
                        match n.to_u32().filter(|c| *c <= 0x10ffff) {
                            // A lone surrogate becomes its stand-in.
                            Some(c) => crate::surrogates::char_of(c).unwrap_or('\u{fffd}'),
                            None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                        }
                    }
                };
                c.to_string()
            }
            _ => {
                let shown = if (31..=126).contains(&(ch as u32)) {
                    ch
                } else {
                    '?'
                };
                return Err(vm.value_error(format!(
                    "unsupported format character '{shown}' ({:#x}) at index {}",
                    crate::surrogates::code_point(ch),
                    pos - 1
                )));
            }
        };
        pct_output(
            &mut out, &text, ch, numeric, width, prec, ljust, plus, blank, alt, zero,
        );
        if dict.is_some() && st.argidx < st.arglen {
            return Err(vm.type_error(not_all));
        }
    }
    if st.argidx < st.arglen && dict.is_none() {
        return Err(vm.type_error(not_all));
    }
    Ok(out)
}

/// An int from `v` through `__index__` (None when it has none).
fn pct_index(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if let Some(b) = crate::ops::num::as_bigint(v) {
        return Ok(Some(b));
    }
    let ty = vm.type_of(v).clone();
    if vm.lookup_special(&ty, "__index__").is_none() {
        return Ok(None);
    }
    let r = vm.index_value(v)?;
    Ok(crate::ops::num::as_bigint(&r))
}

/// The int argument of `%d`/`%x`... (CPython's mainformatlong).
fn pct_int_arg(vm: &mut Vm, v: &Value, ch: char) -> PyResult<BigInt> {
    let wrong = |vm: &mut Vm| {
        let tn = vm.type_name(v);
        vm.type_error(if matches!(ch, 'o' | 'x' | 'X') {
            format!("%{ch} format: an integer is required, not {tn}")
        } else {
            format!("%{ch} format: a real number is required, not {tn}")
        })
    };
    if let Some(b) = crate::ops::num::as_bigint(v) {
        return Ok(b);
    }
    let ty = vm.type_of(v).clone();
    let is_number = crate::ops::num::as_num(v).is_some()
        || vm.lookup_special(&ty, "__index__").is_some()
        || vm.lookup_special(&ty, "__int__").is_some()
        || vm.lookup_special(&ty, "__float__").is_some();
    if !is_number {
        return Err(wrong(vm));
    }
    if matches!(ch, 'o' | 'x' | 'X') {
        return match pct_index(vm, v)? {
            Some(b) => Ok(b),
            None => Err(wrong(vm)),
        };
    }
    if let Some(crate::ops::num::Num::Float(f)) = crate::ops::num::as_num(v) {
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        return Ok(crate::ops::num::float_to_bigint(f).unwrap_or_default());
    }
    let int_ty = Value::Obj(vm.t.int.clone());
    match vm.call(&int_ty, [v.clone()]) {
        Ok(r) => Ok(crate::ops::num::as_bigint(&r).unwrap_or_default()),
        Err(e) => {
            let te = vm.exc_type("TypeError");
            if crate::types::is_subtype(e.ty(), &te) {
                Err(wrong(vm))
            } else {
                Err(e)
            }
        }
    }
}

/// The float argument of `%f`... (PyFloat_AsDouble).
fn pct_float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let ty = vm.type_of(v).clone();
    let ok = matches!(
        crate::ops::num::as_num(v),
        Some(
            crate::ops::num::Num::Small(_)
                | crate::ops::num::Num::Big(_)
                | crate::ops::num::Num::Float(_)
        )
    ) || vm.lookup_special(&ty, "__float__").is_some()
        || vm.lookup_special(&ty, "__index__").is_some();
    if !ok {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("must be real number, not {tn}")));
    }
    crate::builtins::numbers::to_f64(vm, v)
}

/// Pads one converted `%` item (CPython's unicode_format_arg_output).
#[allow(clippy::too_many_arguments)]
fn pct_output(
    out: &mut String,
    text: &str,
    ch: char,
    numeric: bool,
    width: i64,
    prec: i64,
    ljust: bool,
    plus: bool,
    blank: bool,
    alt: bool,
    zero: bool,
) {
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    let mut pindex = 0usize;
    if matches!(ch, 's' | 'r' | 'a' | 'b') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut sign: Option<char> = None;
    if numeric {
        if let Some(&c @ ('-' | '+')) = chars.first() {
            sign = Some(c);
            len -= 1;
            pindex += 1;
        } else if plus {
            sign = Some('+');
        } else if blank {
            sign = Some(' ');
        }
    }
    let fill = if numeric && zero { '0' } else { ' ' };
    let mut width = width.max(len);
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = alt && matches!(ch, 'x' | 'X' | 'o') && numeric;
    if prefixed {
        if fill != ' ' {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !ljust {
        for _ in 0..width - len {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if prefixed {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
    }
    let take = len;
    out.extend(chars[pindex..pindex + take.max(0) as usize].iter());
    if width > len {
        for _ in 0..width - len {
            out.push(' ');
        }
    }
}

/// `fmt % args` for bytes (CPython's _PyBytes_FormatEx).
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let s = percent_core(vm, &text, args, true)?;
    Ok(s.chars().map(|c| c as u32 as u8).collect())
}

/// The bytes of a `%b` / `%s` argument in bytes formatting.
fn pct_bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)) = v.payload() {
        return Ok(crate::ops::seq::bytes_of(v).unwrap_or_default());
    }
    let ty = vm.type_of(v).clone();
    if let Some(f) = vm.lookup_special(&ty, "__bytes__") {
        let r = vm.call(&f, [v.clone()])?;
        return match r.payload() {
            Some(Payload::Bytes(_)) => Ok(crate::ops::seq::bytes_of(&r).unwrap_or_default()),
            _ => {
                let tn = vm.type_name(&r);
                Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")))
            }
        };
    }
    if v.as_str().is_none() {
        if let Some(b) = crate::ops::seq::bytes_of(v) {
            return Ok(b);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
    )))
}

/// Decimal digits of an int for `str()`, honouring the 4300-digit limit.
pub fn int_to_decimal(vm: &mut Vm, b: &BigInt) -> PyResult<String> {
    // Machine-size values skip the big-number conversion.
    if let Some(i) = b.to_i64() {
        return Ok(i.to_string());
    }
    let limit = crate::builtins::sys::int_max_str_digits();
    if limit > 0 && b.bits() > (limit as u64) * 3 {
        let digits = b.magnitude().to_string().len() as i64;
        if digits > limit {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
    }
    Ok(b.to_string())
}
