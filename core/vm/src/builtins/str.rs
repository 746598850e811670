//! `str`: constructor and methods.

use crate::args::Args;
use crate::object::ObjRef;
use crate::payload::{NativeKind, Payload};
use crate::str::PyStr;
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

/// The text of the receiver (`self`) of a str method.
pub fn text(vm: &mut Vm, args: &Args, name: &str) -> PyResult<String> {
    match args.values.first().and_then(|v| v.as_str()) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = args
                .values
                .first()
                .map(|v| vm.type_name(v))
                .unwrap_or_default();
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

/// A str argument of a method (TypeError naming the method otherwise).
pub fn str_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

fn str_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("str.__new__(X): X is not a type object")),
    };
    args.values.remove(0);
    let [object, encoding, errors] = args.bind(vm, "str", ["object", "encoding", "errors"], 0)?;
    let s = if object.is_null() {
        String::new()
    } else if !encoding.is_null() || !errors.is_null() {
        match crate::ops::seq::bytes_of(&object) {
            Some(b) => {
                let enc = if encoding.is_null() {
                    "utf-8".to_string()
                } else {
                    vm.str(&encoding)?
                };
                let errs = if errors.is_null() {
                    "strict".to_string()
                } else {
                    vm.str(&errors)?
                };
                crate::builtins::bytes::decode(vm, &b, &enc, &errs)?
            }
            None => {
                let tn = vm.type_name(&object);
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {tn} found"
                )));
            }
        }
    } else {
        vm.str(&object)?
    };
    if cls.is(&vm.t.str) {
        return Ok(vm.new_str(s));
    }
    let dict = if types::data(&cls).has(types::INSTANCE_DICT) {
        Some(vm.new_dict())
    } else {
        None
    };
    Ok(Value::Obj(ObjRef::with_dict(
        cls,
        Payload::Str(PyStr::new(s)),
        dict,
    )))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = text(vm, &args, "join")?;
    let a = args.check(vm, "join", 2, 2)?.to_vec();
    let items = vm.to_vec(&a[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match item.as_str() {
            Some(s) => out.push_str(s),
            None => {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        }
    }
    Ok(vm.new_str(out))
}

fn split_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let s = text(vm, &args, name)?;
    let rest = Args {
        values: args.values[1..].iter().cloned().collect(),
        kwnames: args.kwnames.clone(),
    };
    let [sep, maxsplit] = rest.bind(vm, name, ["sep", "maxsplit"], 0)?;
    let max = if maxsplit.is_null() {
        -1
    } else {
        vm.index(&maxsplit)?
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let parts: Vec<String> = if sep.is_null() || sep.is_none() {
        let mut parts = Vec::new();
        if right {
            let mut rest = s.trim_end();
            while !rest.is_empty() {
                if parts.len() == max {
                    parts.push(rest.to_string());
                    break;
                }
                match rest.rfind(char::is_whitespace) {
                    Some(i) => {
                        let c = rest[i..].chars().next().map_or(1, char::len_utf8);
                        parts.push(rest[i + c..].to_string());
                        rest = rest[..i].trim_end();
                    }
                    None => {
                        parts.push(rest.to_string());
                        break;
                    }
                }
            }
            parts.reverse();
        } else {
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if parts.len() == max {
                    parts.push(rest.to_string());
                    break;
                }
                match rest.find(char::is_whitespace) {
                    Some(i) => {
                        parts.push(rest[..i].to_string());
                        rest = rest[i..].trim_start();
                    }
                    None => {
                        parts.push(rest.to_string());
                        break;
                    }
                }
            }
        }
        parts
    } else {
        let sep = str_arg(vm, &sep, "must be str or None, not").map_err(|_| {
            vm.type_error(format!("must be str or None, not {}", vm.type_name(&sep)))
        })?;
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        if right {
            let mut v: Vec<String> = s
                .rsplitn(max.saturating_add(1), sep.as_str())
                .map(str::to_string)
                .collect();
            v.reverse();
            v
        } else {
            s.splitn(max.saturating_add(1), sep.as_str())
                .map(str::to_string)
                .collect()
        }
    };
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, false)
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, true)
}

fn strip_chars(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(String, Option<Vec<char>>)> {
    let s = text(vm, args, name)?;
    let a = args.check(vm, name, 1, 2)?.to_vec();
    let chars = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(vm, v, &format!("{name} arg"))?.chars().collect()),
    };
    Ok((s, chars))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, chars) = strip_chars(vm, &args, "strip")?;
    let r = match chars {
        None => s.trim().to_string(),
        Some(c) => s.trim_matches(|x| c.contains(&x)).to_string(),
    };
    Ok(vm.new_str(r))
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, chars) = strip_chars(vm, &args, "lstrip")?;
    let r = match chars {
        None => s.trim_start().to_string(),
        Some(c) => s.trim_start_matches(|x| c.contains(&x)).to_string(),
    };
    Ok(vm.new_str(r))
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, chars) = strip_chars(vm, &args, "rstrip")?;
    let r = match chars {
        None => s.trim_end().to_string(),
        Some(c) => s.trim_end_matches(|x| c.contains(&x)).to_string(),
    };
    Ok(vm.new_str(r))
}

fn affix(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult<Value> {
    let s = text(vm, &args, name)?;
    let a = args.check(vm, name, 2, 4)?.to_vec();
    let chars: Vec<char> = s.chars().collect();
    let len = chars.len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let start = match a.get(2) {
        Some(Value::None) | None => 0,
        Some(v) => norm(vm.index(v)?),
    };
    let end = match a.get(3) {
        Some(Value::None) | None => chars.len(),
        Some(v) => norm(vm.index(v)?),
    };
    let hay: String = if start <= end {
        chars[start..end].iter().collect()
    } else {
        String::new()
    };
    let test = |p: &str| {
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    if start > end {
        return Ok(Value::Bool(false));
    }
    match a[1].payload() {
        Some(Payload::Tuple(t)) => {
            for p in t.iter() {
                match p.as_str() {
                    Some(p) => {
                        if test(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => {
                        let tn = vm.type_name(p);
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {tn}"
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => match a[1].as_str() {
            Some(p) => Ok(Value::Bool(test(p))),
            None => {
                let tn = vm.type_name(&a[1]);
                Err(vm.type_error(format!(
                    "{name} first arg must be str or a tuple of str, not {tn}"
                )))
            }
        },
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "replace")?;
    let a = args.check(vm, "replace", 3, 4)?.to_vec();
    let old = str_arg(vm, &a[1], "replace() argument 1")?;
    let new = str_arg(vm, &a[2], "replace() argument 2")?;
    let count = match a.get(3) {
        Some(v) => vm.index(v)?,
        None => -1,
    };
    let r = if count < 0 {
        s.replace(&old, &new)
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(&new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(&new);
        }
        out
    } else {
        s.replacen(&old, &new, count as usize)
    };
    Ok(vm.new_str(r))
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "upper")?;
    Ok(vm.new_str(s.to_uppercase()))
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "lower")?;
    Ok(vm.new_str(s.to_lowercase()))
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let s = text(vm, &args, name)?;
    let a = args.check(vm, name, 2, 4)?.to_vec();
    let sub = str_arg(vm, &a[1], &format!("{name}() argument 1"))
        .map_err(|_| vm.type_error(format!("must be str, not {}", vm.type_name(&a[1]))))?;
    let chars: Vec<char> = s.chars().collect();
    let len = chars.len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let start = match a.get(2) {
        Some(Value::None) | None => 0,
        Some(v) => norm(vm.index(v)?),
    };
    let end = match a.get(3) {
        Some(Value::None) | None => chars.len(),
        Some(v) => norm(vm.index(v)?),
    };
    let found = if start > end {
        None
    } else {
        let hay: String = chars[start..end].iter().collect();
        let pos = if right {
            hay.rfind(&sub)
        } else {
            hay.find(&sub)
        };
        pos.map(|b| hay[..b].chars().count() + start)
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "find", false, false)
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true, false)
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "index", false, true)
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rindex", true, true)
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "count")?;
    let a = args.check(vm, "count", 2, 4)?.to_vec();
    let sub = str_arg(vm, &a[1], "count() argument 1")?;
    let chars: Vec<char> = s.chars().collect();
    let len = chars.len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let start = match a.get(2) {
        Some(Value::None) | None => 0,
        Some(v) => norm(vm.index(v)?),
    };
    let end = match a.get(3) {
        Some(Value::None) | None => chars.len(),
        Some(v) => norm(vm.index(v)?),
    };
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay: String = chars[start..end].iter().collect();
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(&sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "format")?;
    let pos = args.pos()[1..].to_vec();
    let kw: Vec<(String, Value)> = args
        .kwargs()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let r = crate::format::str_format(vm, &s, &pos, &kw)?;
    Ok(vm.new_str(r))
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "format_map")?;
    let a = args.check(vm, "format_map", 2, 2)?.to_vec();
    let r = crate::format::str_format_map(vm, &s, &a[1])?;
    Ok(vm.new_str(r))
}

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "encode")?;
    let rest = Args {
        values: args.values[1..].iter().cloned().collect(),
        kwnames: args.kwnames.clone(),
    };
    let [encoding, errors] = rest.bind(vm, "encode", ["encoding", "errors"], 0)?;
    let enc = if encoding.is_null() {
        "utf-8".to_string()
    } else {
        vm.str(&encoding)?
    };
    let errs = if errors.is_null() {
        "strict".to_string()
    } else {
        vm.str(&errors)?
    };
    let b = crate::builtins::bytes::encode(vm, &s, &enc, &errs)?;
    Ok(vm.new_bytes(b))
}

fn str_format_dunder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "__format__")?;
    let spec = args.values.get(1).cloned().unwrap_or(Value::None);
    let v = vm.new_str(s);
    vm.format(&v, &spec)
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = text(vm, &args, name)?;
    Ok(Value::Bool(f(&s)))
}

macro_rules! predicates {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                predicate(vm, args, stringify!($name), $f)
            }
        )*
    };
}

predicates! {
    isdigit => |s| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || crate::builtins::numbers::unicode_decimal(c).is_some() || "²³¹⁰⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉".contains(c));
    isdecimal => |s| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || crate::builtins::numbers::unicode_decimal(c).is_some());
    isnumeric => |s| !s.is_empty() && s.chars().all(|c| c.is_numeric());
    isalpha => |s| !s.is_empty() && s.chars().all(char::is_alphabetic);
    isalnum => |s| !s.is_empty() && s.chars().all(char::is_alphanumeric);
    isspace => |s| !s.is_empty() && s.chars().all(char::is_whitespace);
    isascii => |s| s.is_ascii();
    islower => |s| s.chars().any(char::is_lowercase) && !s.chars().any(|c| c.is_uppercase() || is_titlecase(c));
    isupper => |s| s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase);
    isidentifier => is_identifier;
    isprintable => |s| s.chars().all(pvm_syntax::pyrepr::is_printable);
    istitle => is_title;
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {
            chars.all(unicode_ident::is_xid_continue)
        }
        _ => false,
    }
}

fn is_titlecase(c: char) -> bool {
    matches!(c, '\u{01C5}' | '\u{01C8}' | '\u{01CB}' | '\u{01F2}')
}

fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// Installs `str`'s methods (the rest of the method set lives in `str_methods`).
pub fn install(vm: &mut Vm) {
    let s = vm.t.str.clone();
    vm.add_methods(
        &s,
        &[
            ("__new__", str_new, NativeKind::StaticMethod),
            ("join", join, NativeKind::Method),
            ("split", split, NativeKind::Method),
            ("rsplit", rsplit, NativeKind::Method),
            ("strip", strip, NativeKind::Method),
            ("lstrip", lstrip, NativeKind::Method),
            ("rstrip", rstrip, NativeKind::Method),
            ("startswith", startswith, NativeKind::Method),
            ("endswith", endswith, NativeKind::Method),
            ("replace", replace, NativeKind::Method),
            ("upper", upper, NativeKind::Method),
            ("lower", lower, NativeKind::Method),
            ("find", find, NativeKind::Method),
            ("rfind", rfind, NativeKind::Method),
            ("index", index, NativeKind::Method),
            ("rindex", rindex, NativeKind::Method),
            ("count", count, NativeKind::Method),
            ("format", format, NativeKind::Method),
            ("format_map", format_map, NativeKind::Method),
            ("encode", encode, NativeKind::Method),
            ("__format__", str_format_dunder, NativeKind::Method),
            ("isdigit", isdigit, NativeKind::Method),
            ("isdecimal", isdecimal, NativeKind::Method),
            ("isnumeric", isnumeric, NativeKind::Method),
            ("isalpha", isalpha, NativeKind::Method),
            ("isalnum", isalnum, NativeKind::Method),
            ("isspace", isspace, NativeKind::Method),
            ("isascii", isascii, NativeKind::Method),
            ("islower", islower, NativeKind::Method),
            ("isupper", isupper, NativeKind::Method),
            ("isidentifier", isidentifier, NativeKind::Method),
            ("isprintable", isprintable, NativeKind::Method),
            ("istitle", istitle, NativeKind::Method),
        ],
    );
    crate::builtins::str_methods::install(vm, &s);
    crate::builtins::slots::install_binops(vm, &s, &["__add__", "__mul__", "__mod__"]);
    crate::builtins::slots::install_compare(vm, &s);
    crate::builtins::slots::install_basic(vm, &s, true);
    crate::builtins::slots::install_container(vm, &s, false);
}
