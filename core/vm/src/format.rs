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

/// Parses a format spec (ValueError text on failure).
pub fn parse_spec(s: &str) -> Result<Spec, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut spec = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        spec.fill = Some(chars[0]);
        spec.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        spec.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        spec.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        spec.z = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        spec.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        spec.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        spec.width = chars[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .map_err(|_| "Too many decimal digits in format string".to_string())?;
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        spec.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err("Cannot specify both ',' and '_'.".into());
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".into());
        }
        spec.precision = Some(
            chars[start..i]
                .iter()
                .collect::<String>()
                .parse()
                .map_err(|_| "Too many decimal digits in format string".to_string())?,
        );
    }
    if i < chars.len() {
        spec.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err("Invalid format specifier".into());
    }
    Ok(spec)
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

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    for (i, c) in digits.chars().rev().enumerate() {
        if i > 0 && i % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out.into_iter().rev().collect()
}

/// Groups the integer digits when zero padding asks for a width (CPython
/// pads with zeros and separators together).
fn group_padded(digits: &str, sep: char, every: usize, min_width: usize) -> String {
    let mut g = group(digits, sep, every);
    while g.chars().count() < min_width {
        let n = g.chars().filter(|c| *c != sep).count();
        g = if n % every == 0 && !g.is_empty() {
            format!("0{sep}{g}")
        } else {
            format!("0{g}")
        };
        g = g.replace(&format!("{sep}{sep}"), &sep.to_string());
    }
    if g.chars().count() > min_width && min_width > 0 && g.starts_with(sep) {
        g.remove(0);
    }
    g
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
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = crate::ops::num::int_to_f64(vm, v)?;
        return format_float(vm, f, spec);
    }
    if spec.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
        }
        let c = v
            .to_u32()
            .and_then(char::from_u32)
            .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
        return Ok(pad(&c.to_string(), "", spec, '<'));
    }
    let (radix, prefix) = match ty {
        'd' | 'n' => (10, ""),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'o' => (8, "0o"),
        'b' => (2, "0b"),
        other => {
            return Err(vm.value_error(format!(
                "Unknown format code '{other}' for object of type 'int'"
            )));
        }
    };
    if spec.grouping == Some(',') && radix != 10 {
        return Err(vm.value_error(format!("Cannot specify ',' with '{ty}'.")));
    }
    let mut digits = v.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let sign = sign_str(v.is_negative(), spec);
    let zero_pad = spec.zero && spec.align.is_none() && spec.fill.is_none();
    if let Some(sep) = spec.grouping {
        let every = if radix == 10 { 3 } else { 4 };
        let min = if zero_pad {
            spec.width.saturating_sub(sign.len() + prefix.len())
        } else {
            0
        };
        digits = group_padded(&digits, sep, every, min);
    }
    let body = format!("{prefix}{digits}");
    if zero_pad || spec.align == Some('=') {
        let fill = spec.fill.unwrap_or('0');
        let len = body.chars().count() + sign.len();
        if len < spec.width {
            return Ok(format!(
                "{sign}{prefix}{}{digits}",
                fill.to_string().repeat(spec.width - len)
            ));
        }
        return Ok(format!("{sign}{body}"));
    }
    Ok(pad(&body, sign, spec, '>'))
}

/// Shortest-repr digits of `f` in exponent form: (digits, exponent).
fn exp_parts(s: &str) -> (String, i32) {
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    (m.to_string(), e.parse().unwrap_or(0))
}

fn fmt_exp(f: f64, prec: usize, upper: bool, alternate: bool) -> String {
    let s = format!("{:.*e}", prec, f);
    let (m, e) = exp_parts(&s);
    let m = if alternate && prec == 0 {
        format!("{m}.")
    } else {
        m
    };
    let sign = if e < 0 { '-' } else { '+' };
    let out = format!("{m}e{sign}{:02}", e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        let t = s.trim_end_matches('0');
        t.trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// The `g` presentation (precision `p` significant digits).
fn fmt_general(f: f64, p: usize, upper: bool, alternate: bool, repr_like: bool) -> String {
    let p = p.max(1);
    if f == 0.0 {
        let base = if alternate {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".to_string()
        };
        let base = if repr_like && !base.contains('.') {
            format!("{base}.0")
        } else {
            base
        };
        return if f.is_sign_negative() {
            format!("-{base}")
        } else {
            base
        };
    }
    let s = format!("{:.*e}", p - 1, f);
    let (_, exp) = exp_parts(&s);
    if exp >= -4 && (exp as i64) < p as i64 {
        let decimals = (p as i64 - 1 - exp as i64).max(0) as usize;
        let fixed = format!("{:.*}", decimals, f);
        let out = if alternate {
            fixed
        } else {
            strip_zeros(&fixed)
        };
        if repr_like && !out.contains('.') {
            return format!("{out}.0");
        }
        if alternate && !out.contains('.') {
            return format!("{out}.");
        }
        out
    } else {
        let e = fmt_exp(f, p - 1, upper, alternate);
        if alternate {
            return e;
        }
        let (m, rest) = e
            .split_once(if upper { 'E' } else { 'e' })
            .unwrap_or((&e, ""));
        let m = strip_zeros(m);
        format!("{m}{}{rest}", if upper { 'E' } else { 'e' })
    }
}

/// Formats a float with a spec.
pub fn format_float(vm: &mut Vm, f: f64, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'float'"
            )));
        }
    }
    let mut f = f;
    if spec.z && f == 0.0 {
        f = 0.0;
    }
    let neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut body = if a.is_infinite() {
        "inf".to_string()
    } else if a.is_nan() {
        "nan".to_string()
    } else {
        match ty {
            Some('e' | 'E') => fmt_exp(a, spec.precision.unwrap_or(6), upper, spec.alternate),
            Some('f' | 'F') => {
                let s = format!("{:.*}", spec.precision.unwrap_or(6), a);
                if spec.alternate && !s.contains('.') {
                    format!("{s}.")
                } else {
                    s
                }
            }
            Some('%') => {
                let s = format!("{:.*}", spec.precision.unwrap_or(6), a * 100.0);
                format!("{s}%")
            }
            Some('g' | 'G' | 'n') => {
                fmt_general(a, spec.precision.unwrap_or(6), upper, spec.alternate, false)
            }
            None => match spec.precision {
                Some(p) => fmt_general(a, p, false, spec.alternate, true),
                None => pvm_syntax::pyrepr::repr_float(a),
            },
            _ => unreachable!(),
        }
    };
    if upper {
        body = body.to_uppercase();
    }
    if spec.z
        && neg
        && body
            .chars()
            .all(|c| matches!(c, '0' | '.' | 'e' | 'E' | '+' | '-' | '%'))
        && !body.chars().any(|c| c.is_ascii_digit() && c != '0')
    {
        return finish_number(vm, &body, false, spec);
    }
    finish_number(vm, &body, neg, spec)
}

fn finish_number(_vm: &mut Vm, body: &str, neg: bool, spec: &Spec) -> PyResult<String> {
    let sign = sign_str(neg, spec);
    let mut body = body.to_string();
    let zero_pad = spec.zero && spec.align.is_none() && spec.fill.is_none();
    if let Some(sep) = spec.grouping {
        let split = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let (int_part, rest) = body.split_at(split);
        let min = if zero_pad {
            spec.width.saturating_sub(sign.len() + rest.chars().count())
        } else {
            0
        };
        body = format!("{}{rest}", group_padded(int_part, sep, 3, min));
    }
    if zero_pad || spec.align == Some('=') {
        let fill = spec.fill.unwrap_or('0');
        let len = body.chars().count() + sign.len();
        if len < spec.width && body.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return Ok(format!(
                "{sign}{}{body}",
                fill.to_string().repeat(spec.width - len)
            ));
        }
        if len < spec.width {
            return Ok(pad(
                &body,
                sign,
                &Spec {
                    align: Some('>'),
                    fill: Some(' '),
                    ..spec.clone()
                },
                '>',
            ));
        }
        return Ok(format!("{sign}{body}"));
    }
    Ok(pad(&body, sign, spec, '>'))
}

/// Formats a str with a spec.
pub fn format_str(vm: &mut Vm, s: &str, spec: &Spec) -> PyResult<String> {
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'str'"
            )));
        }
    }
    if spec.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    if let Some(g) = spec.grouping {
        return Err(vm.value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    let text: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(&text, "", spec, '<'))
}

fn format_complex(vm: &mut Vm, r: f64, i: f64, spec: &Spec) -> PyResult<String> {
    if spec.ty.is_none() && spec.precision.is_none() && spec.width == 0 && spec.sign.is_none() {
        return Ok(crate::builtins::repr::complex_repr(r, i));
    }
    let inner = Spec {
        width: 0,
        align: None,
        fill: None,
        zero: false,
        ..spec.clone()
    };
    let re = format_float(vm, r, &inner)?;
    let im_spec = Spec {
        sign: Some('+'),
        ..inner
    };
    let im = format_float(vm, i, &im_spec)?;
    let body = if spec.ty.is_none() {
        format!("({re}{im}j)")
    } else {
        format!("{re}{im}j")
    };
    Ok(pad(&body, "", spec, '>'))
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
        let parsed = match parse_spec(&spec_s) {
            Ok(p) => p,
            Err(msg) => return Err(self.value_error(msg)),
        };
        let out = match v {
            Value::Int(i) => format_int(self, &BigInt::from(*i), &parsed)?,
            Value::Bool(b) => {
                if parsed.ty.is_none() && parsed.precision.is_none() {
                    format_str(
                        self,
                        if *b { "True" } else { "False" },
                        &Spec {
                            sign: None,
                            ..parsed.clone()
                        },
                    )
                    .or_else(|_| format_int(self, &BigInt::from(*b as i64), &parsed))?
                } else {
                    format_int(self, &BigInt::from(*b as i64), &parsed)?
                }
            }
            Value::Float(f) => format_float(self, *f, &parsed)?,
            Value::Obj(o) => match &o.payload {
                Payload::Int(b) => format_int(self, b, &parsed)?,
                Payload::Float(f) => format_float(self, *f, &parsed)?,
                Payload::Str(s) => format_str(self, s.as_str(), &parsed)?,
                Payload::Complex(r, i) => format_complex(self, *r, *i, &parsed)?,
                _ => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {tn}.__format__"
                    )));
                }
            },
            _ => {
                let tn = self.type_name(v);
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
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&render_field(vm, &field, src, auto, mode, depth)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn render_field(
    vm: &mut Vm,
    field: &str,
    src: &Source<'_>,
    auto: &mut usize,
    mode: &mut u8,
    depth: u32,
) -> PyResult<String> {
    // field_name[!conversion][:format_spec]
    let mut name_end = field.len();
    let mut bracket = false;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => bracket = true,
            ']' => bracket = false,
            '!' | ':' if !bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let (c, s) = match r.find(':') {
            Some(k) => (&r[..k], &r[k + 1..]),
            None => (r, ""),
        };
        if c.chars().count() != 1 {
            return Err(vm.value_error("expected ':' after conversion specifier"));
        }
        (c.chars().next(), s)
    } else if let Some(s) = rest.strip_prefix(':') {
        (None, s)
    } else {
        (None, "")
    };
    let mut value = lookup_field(vm, name, src, auto, mode)?;
    value = match conv {
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
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = if spec.contains('{') {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        format_with(vm, spec, src, auto, mode, depth - 1)?
    } else {
        spec.to_string()
    };
    let spec_v = vm.new_str(spec);
    let r = vm.format(&value, &spec_v)?;
    Ok(r.as_str().unwrap_or("").to_string())
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
    let mut value = if first.is_empty() || first.chars().all(|c| c.is_ascii_digit()) {
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
            first.parse().unwrap_or(usize::MAX)
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
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            value = vm.get_attr_str(&value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => vm.new_str(key),
            };
            value = vm.get_item(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
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
        let mut take_star = |vm: &mut Vm, next: &mut usize| -> PyResult<i64> {
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
