//! int, bool, float and complex: constructors (with CPython's parsing
//! rules and messages), methods, and `round`.

use crate::args::Args;
use crate::object::ObjRef;
use crate::payload::{NativeKind, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// A number as f64 (int, bool, float, their subclasses, `__float__`, `__index__`).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) if !types::is_heap_type(o.ty()) => Ok(*f),
            Payload::Int(b) if !types::is_heap_type(o.ty()) => crate::ops::num::int_to_f64(vm, b),
            _ => {
                let ty = o.ty().clone();
                if let Some(f) = vm.lookup_special(&ty, "__float__") {
                    let r = vm.call(&f, [v.clone()])?;
                    return match r {
                        Value::Float(f) => Ok(f),
                        Value::Obj(ref ro) if matches!(ro.payload, Payload::Float(_)) => {
                            let Payload::Float(f) = ro.payload else {
                                unreachable!()
                            };
                            Ok(f)
                        }
                        other => {
                            let tn = vm.type_name(&other);
                            Err(vm.type_error(format!(
                                "{}.__float__ returned non-float (type {tn})",
                                types::name(&ty)
                            )))
                        }
                    };
                }
                if vm.lookup_special(&ty, "__index__").is_some() {
                    let i = vm.index_value(v)?;
                    return to_f64(vm, &i);
                }
                match &o.payload {
                    Payload::Float(f) => Ok(*f),
                    Payload::Int(b) => crate::ops::num::int_to_f64(vm, b),
                    _ => {
                        let tn = vm.type_name(v);
                        Err(vm.type_error(format!("must be real number, not {tn}")))
                    }
                }
            }
        },
        _ => Err(vm.type_error("must be real number, not NoneType")),
    }
}

/// `pow(b, -1, m)`: the modular inverse.
pub fn mod_inverse(b: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (((b % m) + m) % m, m.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r != BigInt::from(1) {
        return None;
    }
    Some(((old_s % m) + m) % m)
}

/// `round(number, ndigits)`.
pub fn round(vm: &mut Vm, number: &Value, ndigits: &Value) -> PyResult<Value> {
    let nd = if ndigits.is_null() || ndigits.is_none() {
        None
    } else {
        Some(vm.index(ndigits)?)
    };
    let heap = types::is_heap_type(vm.type_of(number));
    match (number, heap) {
        (Value::Float(f), false) => round_float(vm, *f, nd),
        (Value::Int(_) | Value::Bool(_), false) => round_int(vm, number, nd),
        (Value::Obj(o), false) if matches!(o.payload, Payload::Int(_)) => round_int(vm, number, nd),
        _ => {
            let ty = vm.type_of(number).clone();
            match vm.lookup_special(&ty, "__round__") {
                Some(f) => {
                    let mut args = vec![number.clone()];
                    if let Some(n) = nd {
                        args.push(Value::Int(n));
                    }
                    vm.call(&f, args)
                }
                None => {
                    let tn = vm.type_name(number);
                    Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
                }
            }
        }
    }
}

fn round_int(vm: &mut Vm, v: &Value, nd: Option<i64>) -> PyResult<Value> {
    let b = crate::ops::num::as_bigint(v).unwrap_or_default();
    let Some(n) = nd.filter(|n| *n < 0) else {
        return Ok(vm.new_int_big(b));
    };
    if (-n) as u64 > b.bits() / 3 + 2 {
        return Ok(Value::Int(0));
    }
    let p = num_traits::pow(BigInt::from(10), (-n) as usize);
    let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
        q + 1
    } else {
        q
    };
    Ok(vm.new_int_big(q * p))
}

fn round_float(vm: &mut Vm, f: f64, nd: Option<i64>) -> PyResult<Value> {
    match nd {
        None => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let r = f.round_ties_even();
            Ok(vm.new_int_big(crate::ops::num::float_to_bigint(r).unwrap_or_default()))
        }
        Some(n) => {
            if !f.is_finite() || f == 0.0 {
                return Ok(Value::Float(f));
            }
            if n > 323 {
                return Ok(Value::Float(f));
            }
            if n >= 0 {
                let s = format!("{:.*}", n as usize, f);
                Ok(Value::Float(s.parse::<f64>().unwrap_or(f)))
            } else {
                if n < -308 {
                    return Ok(Value::Float(0.0f64.copysign(f)));
                }
                // Exact: round m * 2**e to a multiple of 10**-n, half to even.
                let (m, e) = crate::ops::num::float_parts(f);
                let p = num_traits::pow(BigInt::from(10), (-n) as usize);
                let (num, den) = if e >= 0 {
                    (m << e as usize, p.clone())
                } else {
                    (m, &p << (-e) as usize)
                };
                let (q, r) = num_integer::Integer::div_mod_floor(&num, &den);
                let twice: BigInt = r * 2;
                let q = if twice > den || (twice == den && num_integer::Integer::is_odd(&q)) {
                    q + 1
                } else {
                    q
                };
                let v = q * p;
                let r = crate::ops::num::ldexp_big(v.magnitude(), 0);
                if !r.is_finite() {
                    return Err(vm.overflow_error("rounded value too large to represent"));
                }
                Ok(Value::Float(if f < 0.0 { -r } else { r }))
            }
        }
    }
}

/// Parses an int literal as `int(text, base)` does; None when invalid.
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut base = base;
    let lower = s.to_ascii_lowercase();
    let mut digits = s;
    let prefixed = |p: &str| lower.starts_with(p);
    if base == 0 {
        if prefixed("0x") {
            base = 16;
            digits = &s[2..];
        } else if prefixed("0o") {
            base = 8;
            digits = &s[2..];
        } else if prefixed("0b") {
            base = 2;
            digits = &s[2..];
        } else {
            base = 10;
            if s.len() > 1 && s.starts_with('0') && s.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
        }
        if digits.starts_with('_') {
            digits = &digits[1..];
        }
    } else if (base == 16 && prefixed("0x"))
        || (base == 8 && prefixed("0o"))
        || (base == 2 && prefixed("0b"))
    {
        digits = &s[2..];
        if digits.starts_with('_') {
            digits = &digits[1..];
        }
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let mut clean = String::with_capacity(digits.len());
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = if c.is_ascii_alphanumeric() {
            c.to_digit(36)?
        } else {
            unicode_decimal(c)?
        };
        if d >= base {
            return None;
        }
        clean.push(std::char::from_digit(d, 36)?);
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// The value of a Unicode decimal digit (Nd), for `int("٣")`.
pub fn unicode_decimal(c: char) -> Option<u32> {
    // Decimal digit blocks are runs of ten starting at a code point ending in 0 or 6.
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
        0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10, 0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
    ];
    let n = c as u32;
    ZEROS.iter().find(|&&z| n >= z && n < z + 10).map(|z| n - z)
}

fn int_from_value(vm: &mut Vm, x: &Value, base: Option<i64>) -> PyResult<Value> {
    if let Some(base) = base {
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match x.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                String::from_utf8_lossy(&crate::ops::seq::bytes_of(x).unwrap_or_default())
                    .into_owned()
            }
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return parse_int_checked(vm, &text, base as u32, x);
    }
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return float_to_int(vm, *f),
        _ => {}
    }
    let ty = vm.type_of(x).clone();
    if types::is_heap_type(&ty) {
        for name in ["__int__", "__index__"] {
            if let Some(f) = vm.lookup_special(&ty, name) {
                let r = vm.call(&f, [x.clone()])?;
                return match crate::ops::num::as_bigint(&r) {
                    Some(b) => Ok(vm.new_int_big(b)),
                    None => {
                        let tn = vm.type_name(&r);
                        Err(vm.type_error(format!("{name} returned non-int (type {tn})")))
                    }
                };
            }
        }
        if let Some(f) = vm.lookup_special(&ty, "__trunc__") {
            let r = vm.call(&f, [x.clone()])?;
            return int_from_value(vm, &r, None);
        }
    }
    match x.payload() {
        Some(Payload::Int(b)) => Ok(vm.new_int_big(b.clone())),
        Some(Payload::Float(f)) => float_to_int(vm, *f),
        Some(Payload::Str(s)) => {
            let text = s.as_str().to_string();
            parse_int_checked(vm, &text, 10, x)
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let text = String::from_utf8_lossy(&crate::ops::seq::bytes_of(x).unwrap_or_default())
                .into_owned();
            parse_int_checked(vm, &text, 10, x)
        }
        _ => {
            let tn = vm.type_name(x);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
            )))
        }
    }
}

fn parse_int_checked(vm: &mut Vm, text: &str, base: u32, original: &Value) -> PyResult<Value> {
    // The digit limit applies to bases that are not powers of two.
    let body = text.trim_matches(|c: char| c.is_whitespace());
    let body = body.strip_prefix(['+', '-']).unwrap_or(body);
    let lower = body.get(..2).map(str::to_ascii_lowercase);
    let prefixed = matches!(lower.as_deref(), Some("0x" | "0o" | "0b"));
    let real_base = match base {
        0 if prefixed => 16,
        0 => 10,
        b => b,
    };
    let body = if prefixed && (base == 0 || real_base.is_power_of_two()) {
        &body[2..]
    } else {
        body
    };
    let digits = body
        .chars()
        .take_while(|c| *c == '_' || c.is_digit(real_base))
        .filter(|c| *c != '_')
        .count() as i64;
    let limit = crate::builtins::sys::int_max_str_digits();
    if !real_base.is_power_of_two() && limit > 0 && digits > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    match parse_int(text, base) {
        Some(b) => Ok(vm.new_int_big(b)),
        None => {
            let r = match original.payload() {
                Some(Payload::Str(_)) => vm.repr(original)?,
                _ => vm.repr(original)?,
            };
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// `int(f)` for a float.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(vm.new_int_big(crate::ops::num::float_to_bigint(f.trunc()).unwrap_or_default()))
}

fn cls_arg(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("__new__ requires a type")),
    }
}

fn int_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    args.values.remove(0);
    let v = unpack_kw(vm, &args, "int", &["", "base"], 1)?;
    let (x, base) = (v[0].clone(), v[1].clone());
    let v = if x.is_null() {
        if !base.is_null() {
            return Err(vm.type_error("int() missing string argument"));
        }
        Value::Int(0)
    } else {
        let b = if base.is_null() {
            None
        } else {
            Some(vm.index(&base)?)
        };
        int_from_value(vm, &x, b)?
    };
    if cls.is(&vm.t.int) {
        return Ok(v);
    }
    let b = crate::ops::num::as_bigint(&v).unwrap_or_default();
    Ok(Value::Obj(crate::builtins::type_::instance_with(
        vm,
        cls,
        Payload::Int(b),
    )))
}

fn bool_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.values.remove(0);
    let a = args.check(vm, "bool", 0, 1)?;
    match a.first() {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

/// Parses a float literal as `float(text)` does.
pub fn parse_float(text: &str) -> Option<f64> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    if s.is_empty() || s.starts_with('_') || s.ends_with('_') || s.contains("__") {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    if lower.len() - body.len() > 1 {
        return None;
    }
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    // Underscores only between digits.
    let b = lower.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_'
            && !(i > 0 && b[i - 1].is_ascii_digit() && i + 1 < b.len() && b[i + 1].is_ascii_digit())
        {
            return None;
        }
    }
    let clean: String = lower.chars().filter(|c| *c != '_').collect();
    if !clean
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'))
    {
        let converted: Option<String> = clean
            .chars()
            .map(|c| {
                if c.is_ascii() {
                    Some(c)
                } else {
                    unicode_decimal(c).and_then(|d| std::char::from_digit(d, 10))
                }
            })
            .collect();
        return converted?.parse().ok();
    }
    clean.parse().ok()
}

fn float_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    args.values.remove(0);
    let a = args.check(vm, "float", 0, 1)?;
    let f = match a.first() {
        None => 0.0,
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) => match parse_float(s.as_str()) {
                Some(f) => f,
                None => {
                    let r = vm.repr(v)?;
                    return Err(vm.value_error(format!("could not convert string to float: {r}")));
                }
            },
            Some(Payload::Bytes(b)) => match std::str::from_utf8(b).ok().and_then(parse_float) {
                Some(f) => f,
                None => {
                    let r = vm.repr(v)?;
                    return Err(vm.value_error(format!("could not convert string to float: {r}")));
                }
            },
            _ => {
                let is_num = crate::ops::num::as_num(v).is_some()
                    && !matches!(v.payload(), Some(Payload::Complex(..)));
                let ty = vm.type_of(v).clone();
                if !is_num
                    && vm.lookup_special(&ty, "__float__").is_none()
                    && vm.lookup_special(&ty, "__index__").is_none()
                {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!(
                        "float() argument must be a string or a real number, not '{tn}'"
                    )));
                }
                to_f64(vm, v)?
            }
        },
    };
    if cls.is(&vm.t.float) {
        return Ok(vm.float(f));
    }
    Ok(Value::Obj(crate::builtins::type_::instance_with(
        vm,
        cls,
        Payload::Float(f),
    )))
}

fn complex_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    args.values.remove(0);
    let v = unpack_kw(vm, &args, "complex", &["real", "imag"], 0)?;
    let (real, imag) = (v[0].clone(), v[1].clone());
    let (r, i) = if real.is_null() {
        if imag.is_null() {
            (0.0, 0.0)
        } else {
            complex_args(vm, &Value::Int(0), &imag)?
        }
    } else {
        complex_args(vm, &real, &imag)?
    };
    if cls.is(&vm.t.complex) {
        return Ok(vm.new_complex(r, i));
    }
    Ok(Value::Obj(crate::builtins::type_::instance_with(
        vm,
        cls,
        Payload::Complex(r, i),
    )))
}

/// The value of `complex(real, imag)` (imag Null when omitted), as CPython's
/// complex_new computes it.
fn complex_args(vm: &mut Vm, real: &Value, imag: &Value) -> PyResult<(f64, f64)> {
    if let Some(s) = real.as_str() {
        if !imag.is_null() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        if s.contains('_') {
            let mut prev = '\0';
            let mut bad = false;
            for c in s.chars() {
                if (c == '_' && !prev.is_ascii_digit())
                    || (c != '_' && prev == '_' && !c.is_ascii_digit())
                {
                    bad = true;
                }
                prev = c;
            }
            if bad || prev == '_' {
                let r = vm.repr(real)?;
                return Err(vm.value_error(format!("could not convert string to complex: {r}")));
            }
            let clean: String = s.chars().filter(|c| *c != '_').collect();
            return match parse_complex(&clean) {
                Some(c) => Ok(c),
                None => Err(vm.value_error("complex() arg is a malformed string")),
            };
        }
        return match parse_complex(s) {
            Some(c) => Ok(c),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if imag.as_str().is_some() {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    // The real part: __complex__, a complex, or a real number.
    let mut cr = (0.0, 0.0);
    let mut cr_is_complex = false;
    let rty = vm.type_of(real).clone();
    let special =
        if matches!(real.payload(), Some(Payload::Complex(..))) && !types::is_heap_type(&rty) {
            None
        } else {
            vm.lookup_special(&rty, "__complex__")
        };
    if let Some(f) = special {
        let r = vm.call(&f, [real.clone()])?;
        match r.payload() {
            Some(Payload::Complex(a, b)) => {
                cr = (*a, *b);
                cr_is_complex = true;
            }
            _ => {
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("__complex__ returned non-complex (type {tn})")));
            }
        }
    } else if let Some(Payload::Complex(a, b)) = real.payload() {
        cr = (*a, *b);
        cr_is_complex = true;
    } else {
        let ok = crate::ops::num::as_num(real).is_some()
            || vm.lookup_special(&rty, "__float__").is_some()
            || vm.lookup_special(&rty, "__index__").is_some();
        if !ok {
            let tn = vm.type_name(real);
            return Err(vm.type_error(format!(
                "complex() first argument must be a string or a number, not '{tn}'"
            )));
        }
        cr.0 = to_f64(vm, real)?;
    }
    let mut ci = (0.0, 0.0);
    let mut ci_is_complex = false;
    if imag.is_null() {
        ci.0 = cr.1;
    } else if let Some(Payload::Complex(a, b)) = imag.payload() {
        ci = (*a, *b);
        ci_is_complex = true;
    } else {
        let ity = vm.type_of(imag).clone();
        let ok = crate::ops::num::as_num(imag).is_some()
            || vm.lookup_special(&ity, "__float__").is_some()
            || vm.lookup_special(&ity, "__index__").is_some();
        if !ok {
            let tn = vm.type_name(imag);
            return Err(vm.type_error(format!(
                "complex() second argument must be a number, not '{tn}'"
            )));
        }
        ci.0 = to_f64(vm, imag)?;
    }
    if ci_is_complex {
        cr.0 -= ci.1;
    }
    if cr_is_complex && !imag.is_null() {
        ci.0 += cr.1;
    }
    Ok((cr.0, ci.0))
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let s = s.trim();
    let s = s
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(s)
        .trim();
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => {
                let re = parse_float(&body[..i])?;
                let im_s = &body[i..];
                let im = if im_s == "+" {
                    1.0
                } else if im_s == "-" {
                    -1.0
                } else {
                    parse_float(im_s)?
                };
                Some((re, im))
            }
            None => {
                let im = if body.is_empty() || body == "+" {
                    1.0
                } else if body == "-" {
                    -1.0
                } else {
                    parse_float(body)?
                };
                Some((0.0, im))
            }
        };
    }
    Some((parse_float(s)?, 0.0))
}

fn this_int(vm: &mut Vm, args: &Args) -> PyResult<BigInt> {
    match args.values.first().and_then(crate::ops::num::as_bigint) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("descriptor requires an 'int' object")),
    }
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(vm, &args)?;
    Ok(Value::Int(b.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(vm, &args)?;
    Ok(Value::Int(b.magnitude().count_ones() as i64))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(vm, &args)?;
    Ok(vm.new_int_big(b))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(vm, &args)?;
    let v = vm.new_int_big(b);
    Ok(vm.new_pair(v, Value::Int(1)))
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(vm, &args)?;
    let rest = Args {
        values: args.values[1..].iter().cloned().collect(),
        kwnames: args.kwnames.clone(),
    };
    let [length, byteorder, signed] =
        rest.bind(vm, "to_bytes", ["length", "byteorder", "signed"], 0)?;
    let length = if length.is_null() {
        1
    } else {
        vm.index(&length)?
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let order = if byteorder.is_null() {
        "big".to_string()
    } else {
        vm.str(&byteorder)?
    };
    let signed = !signed.is_null() && vm.truthy(&signed)?;
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if b.is_zero() {
        bytes = vec![];
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    if bytes.len() > length as usize {
        // Trim redundant sign bytes.
        while bytes.len() > length as usize
            && bytes.last() == Some(&fill)
            && (!signed || bytes.len() > 1)
        {
            let next_sign = bytes.get(bytes.len() - 2).map_or(0, |x| x & 0x80);
            if signed && (next_sign != 0) != b.is_negative() {
                break;
            }
            bytes.pop();
        }
        if bytes.len() > length as usize {
            return Err(vm.overflow_error("int too big to convert"));
        }
    }
    bytes.resize(length as usize, fill);
    match order.as_str() {
        "big" => bytes.reverse(),
        "little" => {}
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
    Ok(vm.new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = cls_arg(vm, &args)?;
    let rest = Args {
        values: args.values[1..].iter().cloned().collect(),
        kwnames: args.kwnames.clone(),
    };
    let [bytes, byteorder, signed] =
        rest.bind(vm, "from_bytes", ["bytes", "byteorder", "signed"], 1)?;
    let mut data = match crate::ops::seq::bytes_of(&bytes) {
        Some(d) => d,
        None => {
            let items = vm.to_vec(&bytes)?;
            let mut out = Vec::new();
            for i in items {
                out.push(vm.index(&i)? as u8);
            }
            out
        }
    };
    let order = if byteorder.is_null() {
        "big".to_string()
    } else {
        vm.str(&byteorder)?
    };
    let signed = !signed.is_null() && vm.truthy(&signed)?;
    match order.as_str() {
        "big" => data.reverse(),
        "little" => {}
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    let r = vm.new_int_big(v);
    if cls.is(&vm.t.int) {
        Ok(r)
    } else {
        vm.call(&Value::Obj(cls), vec![r])
    }
}

fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(vm, &args)?;
    Ok(vm.new_int_big(b))
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(vm, &args)?;
    Ok(Value::Float(crate::ops::num::int_to_f64(vm, &b)?))
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    let b = this_int(vm, &args)?;
    let nd = args.values.get(1).cloned().unwrap_or(Value::None);
    let _ = v;
    let plain = vm.new_int_big(b);
    round(vm, &plain, &nd)
}

fn int_unary(vm: &mut Vm, args: Args, which: &str) -> PyResult<Value> {
    let b = this_int(vm, &args)?;
    let plain = vm.new_int_big(b);
    vm.unary_op(&plain, which)
}

fn int_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_unary(vm, args, "-")
}

fn int_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_unary(vm, args, "+")
}

fn int_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_unary(vm, args, "~")
}

fn int_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(vm, &args)?;
    Ok(vm.new_int_big(b.abs()))
}

/// `__format__(self, spec)` of the numeric types.
fn num_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.check(vm, "__format__", 2, 2)?.to_vec();
    let Some(spec) = a[1].as_str().map(str::to_string) else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
    };
    crate::format::format_builtin(vm, &a[0], &spec)
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_int(vm, &args)?;
    num_format(vm, &args)
}

fn this_float(vm: &mut Vm, args: &Args) -> PyResult<f64> {
    match args.values.first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Float(_)) => {
            let Payload::Float(f) = o.payload else {
                unreachable!()
            };
            Ok(f)
        }
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_float(vm, &args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_float(vm, &args)?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut num = BigInt::from(mant);
    let mut e = exp - 1075;
    if mant == 0 {
        return Ok(vm.new_pair(Value::Int(0), Value::Int(1)));
    }
    while num_integer::Integer::is_even(&num) && e < 0 {
        num >>= 1;
        e += 1;
    }
    let (num, den) = if e >= 0 {
        (num << e as usize, BigInt::from(1))
    } else {
        (num, BigInt::from(1) << (-e) as usize)
    };
    let num = if f < 0.0 { -num } else { num };
    let n = vm.new_int_big(num);
    let d = vm.new_int_big(den);
    Ok(vm.new_pair(n, d))
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_float(vm, &args)?;
    Ok(vm.new_str(float_to_hex(f)))
}

/// `float.hex()`.
pub fn float_to_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let digits = format!("{mant:013x}");
    let esign = if e >= 0 { "+" } else { "-" };
    format!("{sign}0x{lead}.{digits}p{esign}{}", e.abs())
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "fromhex", 2, 2)?.to_vec();
    let Some(s) = a[1].as_str().map(str::to_string) else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    let f = match parse_hex_float(&s) {
        Ok(f) => f,
        Err(true) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
        Err(false) => return Err(vm.value_error("invalid hexadecimal floating-point string")),
    };
    let cls = cls_arg(vm, &args)?;
    if cls.is(&vm.t.float) {
        Ok(Value::Float(f))
    } else {
        vm.call(&Value::Obj(cls), vec![Value::Float(f)])
    }
}

/// `float.fromhex` parsing; Err(true) on overflow, Err(false) when invalid.
fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let s = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    let sign = |v: f64| if neg { -v } else { v };
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let b = lower.as_bytes();
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && b[1] == b'x' {
        i = 2;
    }
    let mut mant = num_bigint::BigUint::from(0u8);
    let mut ndigits = 0usize;
    let mut exp: i64 = 0;
    let mut seen_point = false;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            mant = mant * 16u8 + d;
            ndigits += 1;
            if seen_point {
                exp -= 4;
            }
        } else {
            break;
        }
        i += 1;
    }
    if ndigits == 0 {
        return Err(false);
    }
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let start = i;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let dstart = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == dstart {
            return Err(false);
        }
        let e: i64 = lower[start..i].parse().unwrap_or(if b[start] == b'-' {
            -(1 << 40)
        } else {
            1 << 40
        });
        exp = exp.saturating_add(e.clamp(-(1 << 40), 1 << 40));
    }
    if i != b.len() {
        return Err(false);
    }
    let f = crate::ops::num::ldexp_big(&mant, exp);
    if f.is_infinite() {
        return Err(true);
    }
    Ok(sign(f))
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this_float(vm, &args)?))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_float(vm, &args)?;
    float_to_int(vm, f)
}

fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this_float(vm, &args)?))
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_float(vm, &args)?;
    float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_float(vm, &args)?;
    float_to_int(vm, f.ceil())
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_float(vm, &args)?;
    let nd = args.values.get(1).cloned().unwrap_or(Value::None);
    round(vm, &Value::Float(f), &nd)
}

fn float_unary(vm: &mut Vm, args: Args, which: &str) -> PyResult<Value> {
    let f = this_float(vm, &args)?;
    match which {
        "-" => Ok(Value::Float(-f)),
        "abs" => Ok(Value::Float(f.abs())),
        _ => Ok(Value::Float(f)),
    }
}

fn float_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_unary(vm, args, "-")
}

fn float_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_unary(vm, args, "+")
}

fn float_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_unary(vm, args, "abs")
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_float(vm, &args)?;
    num_format(vm, &args)
}

fn complex_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !matches!(
        args.values.first().and_then(Value::payload),
        Some(Payload::Complex(..))
    ) {
        return Err(vm.type_error("descriptor '__format__' requires a 'complex' object"));
    }
    num_format(vm, &args)
}

/// Unpacks `args` as a clinic-generated `__new__` does: `names[..posonly]`
/// are positional-only; missing arguments are Null.
fn unpack_kw(
    vm: &mut Vm,
    args: &Args,
    fname: &str,
    names: &[&str],
    posonly: usize,
) -> PyResult<Vec<Value>> {
    let pos = args.pos().to_vec();
    let kw: Vec<(String, Value)> = args
        .kwargs()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let (nargs, nkw, max) = (pos.len(), kw.len(), names.len());
    if nargs + nkw > max {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            if max == 1 { "" } else { "s" },
            nargs + nkw
        )));
    }
    let mut out = vec![Value::Null; max];
    out[..nargs].clone_from_slice(&pos);
    let mut used = 0;
    for i in posonly.max(nargs)..max {
        if let Some((_, v)) = kw.iter().find(|(k, _)| k == names[i]) {
            out[i] = v.clone();
            used += 1;
        }
    }
    if used < nkw {
        for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
            if kw.iter().any(|(k, _)| k == name) {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        if let Some((k, _)) = kw
            .iter()
            .find(|(k, _)| !names[posonly..].contains(&k.as_str()))
        {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(out)
}

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Complex(r, i)) => Ok(vm.new_complex(*r, -i)),
        _ => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

fn complex_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Complex(r, i)) => Ok(Value::Float(r.hypot(*i))),
        _ => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

fn number_neg_generic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    match v.payload() {
        Some(Payload::Complex(r, i)) => Ok(vm.new_complex(-r, -i)),
        _ => vm.unary_op(&v, "-"),
    }
}

/// Installs the numeric types' constructors and methods.
pub fn install(vm: &mut Vm) {
    let int = vm.t.int.clone();
    vm.add_methods(
        &int,
        &[
            ("__new__", int_new, NativeKind::StaticMethod),
            ("bit_length", int_bit_length, NativeKind::Method),
            ("bit_count", int_bit_count, NativeKind::Method),
            ("conjugate", int_conjugate, NativeKind::Method),
            ("as_integer_ratio", int_as_integer_ratio, NativeKind::Method),
            ("to_bytes", int_to_bytes, NativeKind::Method),
            ("from_bytes", int_from_bytes, NativeKind::ClassMethod),
            ("__index__", int_index, NativeKind::Method),
            ("__int__", int_index, NativeKind::Method),
            ("__trunc__", int_index, NativeKind::Method),
            ("__floor__", int_index, NativeKind::Method),
            ("__ceil__", int_index, NativeKind::Method),
            ("__float__", int_float, NativeKind::Method),
            ("__round__", int_round, NativeKind::Method),
            ("__neg__", int_neg, NativeKind::Method),
            ("__pos__", int_pos, NativeKind::Method),
            ("__invert__", int_invert, NativeKind::Method),
            ("__abs__", int_abs, NativeKind::Method),
            ("__format__", int_format, NativeKind::Method),
        ],
    );
    let ops = [
        "__add__",
        "__sub__",
        "__mul__",
        "__truediv__",
        "__floordiv__",
        "__mod__",
        "__pow__",
        "__lshift__",
        "__rshift__",
        "__and__",
        "__or__",
        "__xor__",
    ];
    crate::builtins::slots::install_binops(vm, &int, &ops);
    crate::builtins::slots::install_compare(vm, &int);
    crate::builtins::slots::install_basic(vm, &int, true);
    let b = vm.t.bool.clone();
    vm.add_methods(&b, &[("__new__", bool_new, NativeKind::StaticMethod)]);
    // bool's own repr ("True"): int's prints the number.
    crate::builtins::slots::install_repr(vm, &b);
    let float = vm.t.float.clone();
    vm.add_methods(
        &float,
        &[
            ("__new__", float_new, NativeKind::StaticMethod),
            ("is_integer", float_is_integer, NativeKind::Method),
            (
                "as_integer_ratio",
                float_as_integer_ratio,
                NativeKind::Method,
            ),
            ("hex", float_hex, NativeKind::Method),
            ("fromhex", float_fromhex, NativeKind::ClassMethod),
            ("conjugate", float_conjugate, NativeKind::Method),
            ("__int__", float_int, NativeKind::Method),
            ("__trunc__", float_int, NativeKind::Method),
            ("__float__", float_float, NativeKind::Method),
            ("__floor__", float_floor, NativeKind::Method),
            ("__ceil__", float_ceil, NativeKind::Method),
            ("__round__", float_round, NativeKind::Method),
            ("__neg__", float_neg, NativeKind::Method),
            ("__pos__", float_pos, NativeKind::Method),
            ("__abs__", float_abs, NativeKind::Method),
            ("__format__", float_format, NativeKind::Method),
        ],
    );
    let fops = [
        "__add__",
        "__sub__",
        "__mul__",
        "__truediv__",
        "__floordiv__",
        "__mod__",
        "__pow__",
    ];
    crate::builtins::slots::install_binops(vm, &float, &fops);
    crate::builtins::slots::install_compare(vm, &float);
    crate::builtins::slots::install_basic(vm, &float, true);
    let complex = vm.t.complex.clone();
    vm.add_methods(
        &complex,
        &[
            ("__new__", complex_new, NativeKind::StaticMethod),
            ("conjugate", complex_conjugate, NativeKind::Method),
            ("__abs__", complex_abs, NativeKind::Method),
            ("__neg__", number_neg_generic, NativeKind::Method),
            ("__format__", complex_format, NativeKind::Method),
        ],
    );
    let cops = ["__add__", "__sub__", "__mul__", "__truediv__", "__pow__"];
    crate::builtins::slots::install_binops(vm, &complex, &cops);
    crate::builtins::slots::install_compare(vm, &complex);
    crate::builtins::slots::install_basic(vm, &complex, true);
    install_num_dunders(vm);
    install_num_compares(vm);
}

/// Which built-in numeric type a special method belongs to.
#[derive(Clone, Copy, PartialEq)]
enum NumKind {
    Int,
    Float,
    Complex,
}

impl NumKind {
    fn name(self) -> &'static str {
        match self {
            NumKind::Int => "int",
            NumKind::Float => "float",
            NumKind::Complex => "complex",
        }
    }
}

/// The rank of a built-in number: 0 int, 1 float, 2 complex.
fn num_rank(v: &Value) -> Option<u8> {
    match crate::ops::num::as_num(v)? {
        crate::ops::num::Num::Small(_) | crate::ops::num::Num::Big(_) => Some(0),
        crate::ops::num::Num::Float(_) => Some(1),
        crate::ops::num::Num::Complex(..) => Some(2),
    }
}

/// The plain built-in value of a number (subclass instances unwrapped).
fn plain_num(vm: &mut Vm, v: &Value) -> Value {
    match crate::ops::num::as_num(v) {
        Some(crate::ops::num::Num::Small(i)) => Value::Int(i),
        Some(crate::ops::num::Num::Big(b)) => vm.new_int_big(b),
        Some(crate::ops::num::Num::Float(f)) => Value::Float(f),
        Some(crate::ops::num::Num::Complex(r, i)) => vm.new_complex(r, i),
        None => v.clone(),
    }
}

/// `self` of a numeric special method, checked against its type; the other
/// operand, or None when the method should return NotImplemented.
fn num_operands(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    kind: NumKind,
    max: usize,
) -> PyResult<(Value, Option<Value>)> {
    if args.nkw() > 0 {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.values.len();
    let this = match args.values.first() {
        Some(v)
            if num_rank(v) == Some(kind as u8)
                && !matches!(v, Value::Bool(_) if kind != NumKind::Int) =>
        {
            v.clone()
        }
        Some(v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!(
                "descriptor '{name}' requires a '{}' object but received a '{tn}'",
                kind.name()
            )));
        }
        None => {
            return Err(vm.type_error(format!(
                "descriptor '{name}' of '{}' object needs an argument",
                kind.name()
            )))
        }
    };
    if n < 2 || n > max + 1 {
        return Err(vm.type_error(if max == 1 {
            format!("expected 1 argument, got {}", n - 1)
        } else {
            format!("expected 1 or 2 arguments, got {}", n - 1)
        }));
    }
    let other = &args.values[1];
    let this = plain_num(vm, &this);
    match num_rank(other) {
        Some(r) if r <= kind as u8 => {
            let o = plain_num(vm, other);
            Ok((this, Some(o)))
        }
        _ => Ok((this, None)),
    }
}

fn not_impl(vm: &Vm) -> Value {
    Value::Obj(vm.not_implemented.clone())
}

fn num_binop(
    vm: &mut Vm,
    args: Args,
    name: &str,
    kind: NumKind,
    op: Option<crate::ops::BinOp>,
    reflected: bool,
) -> PyResult<Value> {
    let max = if op == Some(crate::ops::BinOp::Pow) {
        2
    } else {
        1
    };
    let (this, other) = num_operands(vm, &args, name, kind, max)?;
    let Some(other) = other else {
        return Ok(not_impl(vm));
    };
    let (a, b) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    let modulus = args.values.get(2).filter(|m| !m.is_none());
    if let Some(m) = modulus {
        return match kind {
            NumKind::Float => {
                Err(vm
                    .type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
            NumKind::Complex => Err(vm.value_error("complex modulo")),
            NumKind::Int => match (
                crate::ops::num::as_bigint(&a),
                crate::ops::num::as_bigint(&b),
                crate::ops::num::as_bigint(m),
            ) {
                (Some(x), Some(y), Some(z)) => crate::ops::num::int_pow_mod(vm, &x, &y, &z),
                _ => Ok(not_impl(vm)),
            },
        };
    }
    let r = match op {
        Some(op) => crate::ops::num::binary(vm, &a, &b, op).unwrap_or(Ok(Value::Null))?,
        None => crate::ops::num::divmod(vm, &a, &b).unwrap_or(Ok(Value::Null))?,
    };
    Ok(if r.is_null() { not_impl(vm) } else { r })
}

macro_rules! num_dunders {
    ($($f:ident, $kind:ident, $name:literal, $op:expr, $rev:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                num_binop(vm, args, $name, NumKind::$kind, $op, $rev)
            }
        )*
    };
}

use crate::ops::BinOp as B;

num_dunders! {
    int_add_, Int, "__add__", Some(B::Add), false;
    int_radd_, Int, "__radd__", Some(B::Add), true;
    int_sub_, Int, "__sub__", Some(B::Sub), false;
    int_rsub_, Int, "__rsub__", Some(B::Sub), true;
    int_mul_, Int, "__mul__", Some(B::Mul), false;
    int_rmul_, Int, "__rmul__", Some(B::Mul), true;
    int_truediv_, Int, "__truediv__", Some(B::TrueDiv), false;
    int_rtruediv_, Int, "__rtruediv__", Some(B::TrueDiv), true;
    int_floordiv_, Int, "__floordiv__", Some(B::FloorDiv), false;
    int_rfloordiv_, Int, "__rfloordiv__", Some(B::FloorDiv), true;
    int_mod_, Int, "__mod__", Some(B::Mod), false;
    int_rmod_, Int, "__rmod__", Some(B::Mod), true;
    int_divmod_, Int, "__divmod__", None, false;
    int_rdivmod_, Int, "__rdivmod__", None, true;
    int_pow_, Int, "__pow__", Some(B::Pow), false;
    int_rpow_, Int, "__rpow__", Some(B::Pow), true;
    int_lshift_, Int, "__lshift__", Some(B::LShift), false;
    int_rlshift_, Int, "__rlshift__", Some(B::LShift), true;
    int_rshift_, Int, "__rshift__", Some(B::RShift), false;
    int_rrshift_, Int, "__rrshift__", Some(B::RShift), true;
    int_and_, Int, "__and__", Some(B::And), false;
    int_rand_, Int, "__rand__", Some(B::And), true;
    int_or_, Int, "__or__", Some(B::Or), false;
    int_ror_, Int, "__ror__", Some(B::Or), true;
    int_xor_, Int, "__xor__", Some(B::Xor), false;
    int_rxor_, Int, "__rxor__", Some(B::Xor), true;
    float_add_, Float, "__add__", Some(B::Add), false;
    float_radd_, Float, "__radd__", Some(B::Add), true;
    float_sub_, Float, "__sub__", Some(B::Sub), false;
    float_rsub_, Float, "__rsub__", Some(B::Sub), true;
    float_mul_, Float, "__mul__", Some(B::Mul), false;
    float_rmul_, Float, "__rmul__", Some(B::Mul), true;
    float_truediv_, Float, "__truediv__", Some(B::TrueDiv), false;
    float_rtruediv_, Float, "__rtruediv__", Some(B::TrueDiv), true;
    float_floordiv_, Float, "__floordiv__", Some(B::FloorDiv), false;
    float_rfloordiv_, Float, "__rfloordiv__", Some(B::FloorDiv), true;
    float_mod_, Float, "__mod__", Some(B::Mod), false;
    float_rmod_, Float, "__rmod__", Some(B::Mod), true;
    float_divmod_, Float, "__divmod__", None, false;
    float_rdivmod_, Float, "__rdivmod__", None, true;
    float_pow_, Float, "__pow__", Some(B::Pow), false;
    float_rpow_, Float, "__rpow__", Some(B::Pow), true;
    complex_add_, Complex, "__add__", Some(B::Add), false;
    complex_radd_, Complex, "__radd__", Some(B::Add), true;
    complex_sub_, Complex, "__sub__", Some(B::Sub), false;
    complex_rsub_, Complex, "__rsub__", Some(B::Sub), true;
    complex_mul_, Complex, "__mul__", Some(B::Mul), false;
    complex_rmul_, Complex, "__rmul__", Some(B::Mul), true;
    complex_truediv_, Complex, "__truediv__", Some(B::TrueDiv), false;
    complex_rtruediv_, Complex, "__rtruediv__", Some(B::TrueDiv), true;
    complex_pow_, Complex, "__pow__", Some(B::Pow), false;
    complex_rpow_, Complex, "__rpow__", Some(B::Pow), true;
}

/// `bool & bool` etc. stay bool; anything else is int's.
fn bool_bitop(
    vm: &mut Vm,
    args: Args,
    name: &str,
    op: crate::ops::BinOp,
    rev: bool,
) -> PyResult<Value> {
    if let (Some(Value::Bool(a)), Some(Value::Bool(b)), 2) =
        (args.values.first(), args.values.get(1), args.values.len())
    {
        let (a, b) = (*a, *b);
        return Ok(Value::Bool(match op {
            B::And => a & b,
            B::Or => a | b,
            _ => a ^ b,
        }));
    }
    num_binop(vm, args, name, NumKind::Int, Some(op), rev)
}

fn bool_and_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, "__and__", B::And, false)
}
fn bool_rand_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, "__rand__", B::And, true)
}
fn bool_or_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, "__or__", B::Or, false)
}
fn bool_ror_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, "__ror__", B::Or, true)
}
fn bool_xor_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, "__xor__", B::Xor, false)
}
fn bool_rxor_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bool_bitop(vm, args, "__rxor__", B::Xor, true)
}

/// Installs the numeric types' arithmetic special methods (after the
/// generic slots, so these checked versions win).
fn install_num_dunders(vm: &mut Vm) {
    let m = NativeKind::Method;
    let int = vm.t.int.clone();
    vm.add_methods(
        &int,
        &[
            ("__add__", int_add_, m),
            ("__radd__", int_radd_, m),
            ("__sub__", int_sub_, m),
            ("__rsub__", int_rsub_, m),
            ("__mul__", int_mul_, m),
            ("__rmul__", int_rmul_, m),
            ("__truediv__", int_truediv_, m),
            ("__rtruediv__", int_rtruediv_, m),
            ("__floordiv__", int_floordiv_, m),
            ("__rfloordiv__", int_rfloordiv_, m),
            ("__mod__", int_mod_, m),
            ("__rmod__", int_rmod_, m),
            ("__divmod__", int_divmod_, m),
            ("__rdivmod__", int_rdivmod_, m),
            ("__pow__", int_pow_, m),
            ("__rpow__", int_rpow_, m),
            ("__lshift__", int_lshift_, m),
            ("__rlshift__", int_rlshift_, m),
            ("__rshift__", int_rshift_, m),
            ("__rrshift__", int_rrshift_, m),
            ("__and__", int_and_, m),
            ("__rand__", int_rand_, m),
            ("__or__", int_or_, m),
            ("__ror__", int_ror_, m),
            ("__xor__", int_xor_, m),
            ("__rxor__", int_rxor_, m),
        ],
    );
    let b = vm.t.bool.clone();
    vm.add_methods(
        &b,
        &[
            ("__and__", bool_and_, m),
            ("__rand__", bool_rand_, m),
            ("__or__", bool_or_, m),
            ("__ror__", bool_ror_, m),
            ("__xor__", bool_xor_, m),
            ("__rxor__", bool_rxor_, m),
        ],
    );
    let float = vm.t.float.clone();
    vm.add_methods(
        &float,
        &[
            ("__add__", float_add_, m),
            ("__radd__", float_radd_, m),
            ("__sub__", float_sub_, m),
            ("__rsub__", float_rsub_, m),
            ("__mul__", float_mul_, m),
            ("__rmul__", float_rmul_, m),
            ("__truediv__", float_truediv_, m),
            ("__rtruediv__", float_rtruediv_, m),
            ("__floordiv__", float_floordiv_, m),
            ("__rfloordiv__", float_rfloordiv_, m),
            ("__mod__", float_mod_, m),
            ("__rmod__", float_rmod_, m),
            ("__divmod__", float_divmod_, m),
            ("__rdivmod__", float_rdivmod_, m),
            ("__pow__", float_pow_, m),
            ("__rpow__", float_rpow_, m),
        ],
    );
    let complex = vm.t.complex.clone();
    vm.add_methods(
        &complex,
        &[
            ("__add__", complex_add_, m),
            ("__radd__", complex_radd_, m),
            ("__sub__", complex_sub_, m),
            ("__rsub__", complex_rsub_, m),
            ("__mul__", complex_mul_, m),
            ("__rmul__", complex_rmul_, m),
            ("__truediv__", complex_truediv_, m),
            ("__rtruediv__", complex_rtruediv_, m),
            ("__pow__", complex_pow_, m),
            ("__rpow__", complex_rpow_, m),
        ],
    );
}

fn num_compare(
    vm: &mut Vm,
    args: Args,
    name: &str,
    kind: NumKind,
    op: crate::ops::CmpOp,
) -> PyResult<Value> {
    let (this, other) = num_operands(vm, &args, name, kind, 1)?;
    let Some(other) = other else {
        return Ok(not_impl(vm));
    };
    if kind == NumKind::Complex && !matches!(op, crate::ops::CmpOp::Eq | crate::ops::CmpOp::Ne) {
        return Ok(not_impl(vm));
    }
    match crate::ops::seq::native_compare(vm, &this, &other, op)? {
        Some(r) => Ok(Value::Bool(r)),
        None => Ok(not_impl(vm)),
    }
}

macro_rules! num_cmps {
    ($($f:ident, $kind:ident, $name:literal, $op:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                num_compare(vm, args, $name, NumKind::$kind, crate::ops::CmpOp::$op)
            }
        )*
    };
}

num_cmps! {
    int_eq_, Int, "__eq__", Eq;
    int_ne_, Int, "__ne__", Ne;
    int_lt_, Int, "__lt__", Lt;
    int_le_, Int, "__le__", Le;
    int_gt_, Int, "__gt__", Gt;
    int_ge_, Int, "__ge__", Ge;
    float_eq_, Float, "__eq__", Eq;
    float_ne_, Float, "__ne__", Ne;
    float_lt_, Float, "__lt__", Lt;
    float_le_, Float, "__le__", Le;
    float_gt_, Float, "__gt__", Gt;
    float_ge_, Float, "__ge__", Ge;
    complex_eq_, Complex, "__eq__", Eq;
    complex_ne_, Complex, "__ne__", Ne;
    complex_lt_, Complex, "__lt__", Lt;
    complex_le_, Complex, "__le__", Le;
    complex_gt_, Complex, "__gt__", Gt;
    complex_ge_, Complex, "__ge__", Ge;
}

fn install_num_compares(vm: &mut Vm) {
    let m = NativeKind::Method;
    let int = vm.t.int.clone();
    vm.add_methods(
        &int,
        &[
            ("__eq__", int_eq_, m),
            ("__ne__", int_ne_, m),
            ("__lt__", int_lt_, m),
            ("__le__", int_le_, m),
            ("__gt__", int_gt_, m),
            ("__ge__", int_ge_, m),
        ],
    );
    let float = vm.t.float.clone();
    vm.add_methods(
        &float,
        &[
            ("__eq__", float_eq_, m),
            ("__ne__", float_ne_, m),
            ("__lt__", float_lt_, m),
            ("__le__", float_le_, m),
            ("__gt__", float_gt_, m),
            ("__ge__", float_ge_, m),
        ],
    );
    let complex = vm.t.complex.clone();
    vm.add_methods(
        &complex,
        &[
            ("__eq__", complex_eq_, m),
            ("__ne__", complex_ne_, m),
            ("__lt__", complex_lt_, m),
            ("__le__", complex_le_, m),
            ("__gt__", complex_gt_, m),
            ("__ge__", complex_ge_, m),
        ],
    );
}
