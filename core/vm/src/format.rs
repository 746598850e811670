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
    let chars: Vec<char> = s.chars().collect();
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
                    format!("Cannot specify '{g}' with '\\x{:x}'.", t as u32)
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
        format!(
            "Unknown format code '\\x{:x}' for object of type '{tn}'",
            t as u32
        )
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

fn pad(body: &str, sign: &str, spec: &Spec, default_align: char) -> String {
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() {
        '='
    } else {
        default_align
    });
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() {
        '0'
    } else {
        ' '
    });
    let len = body.chars().count() + sign.chars().count();
    if len >= spec.width {
        return format!("{sign}{body}");
    }
    let n = spec.width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '>' => format!("{}{sign}{body}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        _ => format!("{sign}{}{body}", f(n)),
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
    let f = |k: usize| fill.to_string().repeat(k);
    format!("{}{body}{}", f(left), f(n - left))
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
    let grouped = if !digits.is_empty() && (sep.is_some() || min_width > 0) {
        group_digits(digits, sep, every, min_width)
    } else {
        digits.to_string()
    };
    let len = others as usize + grouped.chars().count();
    let n = spec.width.saturating_sub(len);
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{prefix}{grouped}{rest}{}", f(n)),
        '^' => format!("{}{sign}{prefix}{grouped}{rest}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{prefix}{}{grouped}{rest}", f(n)),
        _ => format!("{}{sign}{prefix}{grouped}{rest}", f(n)),
    }
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
            .map(|c| char::from_u32(c).unwrap_or('\u{fffd}'))
            .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
        return Ok(render_number("", "", "", &c.to_string(), spec, None, 3));
    }
    let (radix, prefix) = match ty {
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'o' => (8, "0o"),
        'b' => (2, "0b"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        v.magnitude().to_string()
    } else {
        v.magnitude().to_str_radix(radix)
    };
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let sign = sign_str(v.is_negative(), spec);
    let every = if radix == 10 { 3 } else { 4 };
    Ok(render_number(
        sign,
        prefix,
        &digits,
        "",
        spec,
        spec.grouping,
        every,
    ))
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
        let spec_s = spec.as_str().unwrap_or("").to_string();
        let ty = self.type_of(v).clone();
        if types::is_heap_type(&ty) {
            if let Some(f) = self.lookup_special(&ty, "__format__") {
                let is_native = matches!(f.payload(), Some(Payload::Native(n)) if n.owner.as_ref().is_some_and(|o| o.is(&self.object)));
                if !is_native {
                    let r = self.call(&f, vec![v.clone(), spec.clone()])?;
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
        if spec_s.is_empty() {
            return self.str_value(v);
        }
        let tn = self.type_name(v);
        let default_ty = match v {
            Value::Int(_) | Value::Bool(_) => Some('d'),
            Value::Obj(o) => match &o.payload {
                Payload::Int(_) => Some('d'),
                Payload::Str(_) => Some('s'),
                _ => None,
            },
            _ => None,
        };
        let parse = |vm: &mut Vm| match parse_spec_for(&spec_s, &tn, default_ty) {
            Ok(p) => Ok(p),
            Err(msg) => Err(vm.value_error(msg)),
        };
        let out = match v {
            Value::Int(i) => {
                let p = parse(self)?;
                format_int_named(self, &BigInt::from(*i), &p, &tn)?
            }
            Value::Bool(b) => {
                let p = parse(self)?;
                format_int_named(self, &BigInt::from(*b as i64), &p, &tn)?
            }
            Value::Float(f) => {
                let p = parse(self)?;
                format_float_named(self, *f, &p, &tn)?
            }
            Value::Obj(o) => match &o.payload {
                Payload::Int(b) => {
                    let p = parse(self)?;
                    format_int_named(self, b, &p, &tn)?
                }
                Payload::Float(f) => {
                    let p = parse(self)?;
                    format_float_named(self, *f, &p, &tn)?
                }
                Payload::Str(s) => {
                    let p = parse(self)?;
                    format_str_named(self, s.as_str(), &p, &tn)?
                }
                Payload::Complex(r, i) => {
                    let p = parse(self)?;
                    format_complex(self, *r, *i, &p, &tn)?
                }
                _ => {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {tn}.__format__"
                    )));
                }
            },
            _ => {
                return Err(self.type_error(format!(
                    "unsupported format string passed to {tn}.__format__"
                )));
            }
        };
        Ok(self.new_str(out))
    }
}

/// Where `str.format` finds its fields.
enum Source<'a> {
    Args(&'a [Value], &'a [(String, Value)]),
    Map(&'a Value),
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
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
    let chars: Vec<char> = fmt.chars().collect();
    let end = chars.len();
    let mut out = String::new();
    let mut i = 0;
    while i < end {
        // Literal text up to the next brace.
        let c = chars[i];
        i += 1;
        if c != '{' && c != '}' {
            out.push(c);
            continue;
        }
        let at_end = i >= end;
        if c == '}' && (at_end || chars[i] != '}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if chars[i] == c {
            out.push(c);
            i += 1;
            continue;
        }
        // A replacement field (CPython's parse_field).
        let name_start = i;
        let mut last = '\0';
        while i < end {
            last = chars[i];
            i += 1;
            match last {
                '{' => return Err(vm.value_error("unexpected '{' in field name")),
                '[' => {
                    while i < end && chars[i] != ']' {
                        i += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => continue,
            }
        }
        if !matches!(last, '}' | ':' | '!') {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let name: String = chars[name_start..i - 1].iter().collect();
        let mut conversion = None;
        let mut spec = String::new();
        let mut expand = false;
        if last == '!' || last == ':' {
            let mut closed = false;
            if last == '!' {
                if i >= end {
                    return Err(
                        vm.value_error("end of string while looking for conversion specifier")
                    );
                }
                conversion = Some(chars[i]);
                i += 1;
                if i < end {
                    let c = chars[i];
                    i += 1;
                    if c == '}' {
                        closed = true;
                    } else if c != ':' {
                        return Err(vm.value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            if !closed {
                let spec_start = i;
                let mut count = 1;
                while i < end {
                    let c = chars[i];
                    i += 1;
                    if c == '{' {
                        expand = true;
                        count += 1;
                    } else if c == '}' {
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
                spec = chars[spec_start..i - 1].iter().collect();
            }
        }
        let mut value = lookup_field(vm, &name, src, auto, mode)?;
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
                    format!("Unknown conversion specifier \\x{:x}", c as u32)
                }))
            }
        };
        if expand {
            spec = format_with(vm, &spec, src, auto, mode, depth - 1)?;
        }
        let spec_v = vm.new_str(spec);
        let r = vm.format(&value, &spec_v)?;
        out.push_str(r.as_str().unwrap_or(""));
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
            Source::Args(_, kwargs) => match kwargs.iter().find(|(k, _)| k == first) {
                Some((_, v)) => v.clone(),
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

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let (items, mapping): (Vec<Value>, Option<Value>) = match args.payload() {
        Some(Payload::Tuple(t)) if !types::is_heap_type(vm.type_of(args)) || true => {
            (t.to_vec(), None)
        }
        Some(Payload::Dict(_)) => (vec![args.clone()], Some(args.clone())),
        _ => {
            let ty = vm.type_of(args).clone();
            let is_mapping = args.as_str().is_none()
                && vm.lookup_special(&ty, "__getitem__").is_some()
                && !matches!(
                    args.payload(),
                    Some(
                        Payload::List(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                            | Payload::Range(_)
                    )
                );
            (
                vec![args.clone()],
                if is_mapping { Some(args.clone()) } else { None },
            )
        }
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut next = 0usize;
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut value: Option<Value> = None;
        if chars[i] == '(' {
            let Some(m) = &mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[i + 1..j - 1].iter().collect();
            let k = vm.new_str(key);
            value = Some(vm.get_item(m, &k)?);
            used_mapping = true;
            i = j;
        }
        let mut spec = Spec::default();
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => spec.align = Some('<'),
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alternate = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        let take_star = |vm: &mut Vm, next: &mut usize| -> PyResult<i64> {
            let v = items
                .get(*next)
                .cloned()
                .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
            *next += 1;
            match v {
                Value::Int(n) => Ok(n),
                _ => Err(vm.type_error("* wants int")),
            }
        };
        if i < chars.len() && chars[i] == '*' {
            let w = take_star(vm, &mut next)?;
            if w < 0 {
                spec.align = Some('<');
            }
            spec.width = w.unsigned_abs() as usize;
            i += 1;
        } else {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                spec.width = chars[start..i]
                    .iter()
                    .collect::<String>()
                    .parse()
                    .unwrap_or(0);
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                spec.precision = Some(take_star(vm, &mut next)?.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                spec.precision = Some(
                    chars[start..i]
                        .iter()
                        .collect::<String>()
                        .parse()
                        .unwrap_or(0),
                );
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match value {
            Some(v) => v,
            None => {
                if mapping.is_some() && !matches!(args.payload(), Some(Payload::Tuple(_))) {
                    args.clone()
                } else {
                    let v = items
                        .get(next)
                        .cloned()
                        .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
                    next += 1;
                    v
                }
            }
        };
        if spec.zero && spec.align.is_none() {
            spec.align = Some('=');
            spec.fill = Some('0');
        } else {
            spec.zero = false;
        }
        let piece = match conv {
            's' => {
                let s = vm.str(&v)?;
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                pad(
                    &s,
                    "",
                    &Spec {
                        align: Some(spec.align.filter(|a| *a == '<').unwrap_or('>')),
                        fill: Some(' '),
                        ..Spec::default()
                    }
                    .with_width(spec.width),
                    '>',
                )
            }
            'r' | 'a' => {
                let s = vm.repr(&v)?;
                let s = if conv == 'a' {
                    crate::builtins::functions::ascii_escape(&s)
                } else {
                    s
                };
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                pad(
                    &s,
                    "",
                    &Spec {
                        align: Some(spec.align.filter(|a| *a == '<').unwrap_or('>')),
                        fill: Some(' '),
                        ..Spec::default()
                    }
                    .with_width(spec.width),
                    '>',
                )
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = match crate::ops::num::as_num(&v) {
                    Some(crate::ops::num::Num::Float(f))
                        if conv == 'd' || conv == 'i' || conv == 'u' =>
                    {
                        crate::ops::num::float_to_bigint(f.trunc()).unwrap_or_default()
                    }
                    _ => match crate::ops::num::as_bigint(&v) {
                        Some(b) => b,
                        None => {
                            let ty = vm.type_of(&v).clone();
                            let has_int = vm.lookup_special(&ty, "__index__").is_some()
                                || (matches!(conv, 'd' | 'i' | 'u')
                                    && vm.lookup_special(&ty, "__int__").is_some());
                            if has_int {
                                let r = vm.index_value(&v)?;
                                crate::ops::num::as_bigint(&r).unwrap_or_default()
                            } else {
                                let tn = vm.type_name(&v);
                                return Err(vm.type_error(if matches!(conv, 'd' | 'i' | 'u') {
                                    format!("%{conv} format: a real number is required, not {tn}")
                                } else {
                                    format!("%{conv} format: an integer is required, not {tn}")
                                }));
                            }
                        }
                    },
                };
                let ty = match conv {
                    'x' => 'x',
                    'X' => 'X',
                    'o' => 'o',
                    _ => 'd',
                };
                let digits_spec = Spec {
                    ty: Some(ty),
                    precision: None,
                    width: 0,
                    align: None,
                    fill: None,
                    zero: false,
                    ..spec.clone()
                };
                let mut s = format_int(vm, &n, &digits_spec)?;
                if let Some(p) = spec.precision {
                    let neg = s.starts_with('-');
                    let body = s.trim_start_matches(['-', '+', ' ']).to_string();
                    let sign = &s[..s.len() - body.len()];
                    let (prefix, digits) = if spec.alternate
                        && body.len() > 2
                        && body.as_bytes()[0] == b'0'
                        && conv != 'd'
                    {
                        body.split_at(2)
                    } else {
                        ("", body.as_str())
                    };
                    let padded = format!("{}{digits}", "0".repeat(p.saturating_sub(digits.len())));
                    s = format!("{sign}{prefix}{padded}");
                    let _ = neg;
                }
                fit_width(&s, &spec)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match crate::ops::num::as_num(&v) {
                    Some(_) => crate::builtins::numbers::to_f64(vm, &v)?,
                    None => {
                        let ty = vm.type_of(&v).clone();
                        if vm.lookup_special(&ty, "__float__").is_some() {
                            crate::builtins::numbers::to_f64(vm, &v)?
                        } else {
                            let tn = vm.type_name(&v);
                            return Err(vm.type_error(format!("must be real number, not {tn}")));
                        }
                    }
                };
                let s = format_float(
                    vm,
                    f,
                    &Spec {
                        ty: Some(conv),
                        precision: Some(spec.precision.unwrap_or(6)),
                        width: 0,
                        align: None,
                        fill: None,
                        zero: false,
                        ..spec.clone()
                    },
                )?;
                fit_width(&s, &spec)
            }
            'c' => {
                let ch = match &v {
                    Value::Int(n) => u32::try_from(*n)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?,
                    _ => match v.as_str() {
                        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                        _ => return Err(vm.type_error("%c requires int or char")),
                    },
                };
                fit_width(
                    &ch.to_string(),
                    &Spec {
                        zero: false,
                        align: spec.align.filter(|a| *a == '<'),
                        fill: None,
                        ..spec.clone()
                    },
                )
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {}",
                    other as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&piece);
    }
    if next < items.len() && mapping.is_none() && !used_mapping {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

impl Spec {
    fn with_width(mut self, w: usize) -> Spec {
        self.width = w;
        self
    }
}

fn fit_width(s: &str, spec: &Spec) -> String {
    let len = s.chars().count();
    if len >= spec.width {
        return s.to_string();
    }
    let n = spec.width - len;
    match spec.align {
        Some('<') => format!("{s}{}", " ".repeat(n)),
        Some('=') => {
            let body = s.trim_start_matches(['-', '+', ' ']);
            let sign = &s[..s.len() - body.len()];
            let (prefix, digits) = if body.len() > 2
                && body.starts_with('0')
                && body.as_bytes()[1].is_ascii_alphabetic()
            {
                body.split_at(2)
            } else {
                ("", body)
            };
            format!("{sign}{prefix}{}{digits}", "0".repeat(n))
        }
        _ => format!("{}{s}", " ".repeat(n)),
    }
}

/// `fmt % args` for bytes.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    // Render through the str implementation with bytes arguments shown as text.
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let converted = match args.payload() {
        Some(Payload::Tuple(t)) => {
            let items: Vec<Value> = t.iter().map(|v| bytes_arg_as_text(vm, v)).collect();
            vm.new_tuple(items)
        }
        _ => bytes_arg_as_text(vm, args),
    };
    let s = percent_format(vm, &text, &converted)?;
    Ok(s.chars().map(|c| c as u32 as u8).collect())
}

fn bytes_arg_as_text(vm: &mut Vm, v: &Value) -> Value {
    match crate::ops::seq::bytes_of(v) {
        Some(b) => vm.new_str(b.iter().map(|&x| x as char).collect::<String>()),
        None => v.clone(),
    }
}

/// Decimal digits of an int for `str()`, honouring the 4300-digit limit.
pub fn int_to_decimal(vm: &mut Vm, b: &BigInt) -> PyResult<String> {
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

/// A float as an integer ratio-free decimal for `%` helpers.
pub fn float_is_integral(f: f64) -> bool {
    f.fract() == 0.0 && f.to_i64().is_some()
}
