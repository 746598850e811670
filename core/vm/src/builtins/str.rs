//! `str`: constructor, searching, splitting, stripping, joining,
//! formatting, encoding and the special methods. Case mapping, the
//! predicates, padding, partitioning and translation live in `str_methods`.

use crate::args::Args;
use crate::builtins::cargs;
use crate::builtins::str_methods::is_space;
use crate::ops::{BinOp, CmpOp};
use crate::payload::{NativeKind, Payload};
use crate::str::PyStr;
use crate::value::Value;
use crate::{PyResult, Vm};

/// The error for a str method called on something else.
fn not_str(vm: &mut Vm, args: &Args, name: &str) -> crate::object::ObjRef {
    crate::builtins::cargs::wrong_receiver(vm, args, "str", name)
}

/// The receiver (`self`) of a str method.
pub fn recv<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a PyStr> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Str(s)) => Ok(s),
        _ => Err(not_str(vm, args, name)),
    }
}

/// The text of the receiver (`self`) of a str method.
pub fn text(vm: &mut Vm, args: &Args, name: &str) -> PyResult<String> {
    Ok(recv(vm, args, name)?.as_str().to_string())
}

/// A str argument of a method (TypeError "{what} must be str, not T" otherwise).
pub fn str_arg<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.as_str() {
        Some(s) => Ok(s),
        None => {
            let tn = crate::builtins::str_methods::clinic_type_name(vm, v);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

/// The char index of byte offset `b` in `s`.
pub fn char_index(s: &PyStr, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s.as_str()[..b].chars().count()
    }
}

/// CPython's ADJUST_INDICES: clamps optional start/end to `0..=len`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("str.__new__(X): X is not a type object")),
    };
    let [object, encoding, errors] =
        cargs::keywords(vm, &args, "str", ["object", "encoding", "errors"], 0, 0)?;
    for (v, what) in [(&encoding, "encoding"), (&errors, "errors")] {
        if !v.is_null() && v.as_str().is_none() {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("str() argument '{what}' must be str, not {tn}")));
        }
    }
    let s = if object.is_null() {
        String::new()
    } else if !encoding.is_null() || !errors.is_null() {
        match crate::ops::seq::bytes_of(&object) {
            Some(b) => {
                let enc = encoding.as_str().unwrap_or("utf-8").to_string();
                let errs = errors.as_str().unwrap_or("strict").to_string();
                crate::builtins::codecs::decode_value(vm, &b, &object, &enc, &errs)?
            }
            None if object.as_str().is_some() => {
                return Err(vm.type_error("decoding str is not supported"))
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
    Ok(Value::Obj(crate::builtins::type_::instance_with(
        vm,
        cls,
        Payload::Str(PyStr::new(s)),
    )))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = recv(vm, &args, "join")?.as_str();
    let iterable = cargs::one(vm, &args, "str.join")?;
    if let Some(joined) = join_sequence(sep, &iterable) {
        return Ok(vm.new_str(joined));
    }
    let it = match vm.iter(&iterable) {
        Ok(it) => it,
        Err(e) => {
            if vm.error_is(&e, "TypeError") {
                return Err(vm.type_error("can only join an iterable"));
            }
            return Err(e);
        }
    };
    let mut out = String::new();
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        if i > 0 {
            out.push_str(sep);
        }
        match item.as_str() {
            Some(s) => out.push_str(s),
            None => {
                let tn = vm.type_name(&item);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        }
        i += 1;
    }
    Ok(vm.new_str(out))
}

/// `sep.join(seq)` for a list or tuple of str, in one exactly sized
/// allocation; `None` when `seq` is anything else or holds a non-str (the
/// general loop then runs and reports it).
fn join_sequence(sep: &str, seq: &Value) -> Option<String> {
    let list;
    let items: &[Value] = match seq.payload()? {
        Payload::Tuple(items) => items,
        Payload::List(items) => {
            list = items.borrow();
            &list
        }
        _ => return None,
    };
    let mut len = sep.len() * items.len().saturating_sub(1);
    for item in items {
        len += item.as_str()?.len();
    }
    let mut out = String::with_capacity(len);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_str()?);
    }
    Some(out)
}

/// Splits on runs of whitespace (CPython's split_whitespace), at most `max` times.
pub fn split_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let idx: Vec<(usize, char)> = s.char_indices().collect();
    let n = idx.len();
    let at = |k: usize| if k < n { idx[k].0 } else { s.len() };
    let mut i = 0;
    let mut count = max;
    while count > 0 {
        while i < n && is_space(idx[i].1) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !is_space(idx[i].1) {
            i += 1;
        }
        parts.push(&s[at(j)..at(i)]);
        count -= 1;
    }
    if i < n {
        while i < n && is_space(idx[i].1) {
            i += 1;
        }
        if i != n {
            parts.push(&s[at(i)..]);
        }
    }
    parts
}

/// Splits on runs of whitespace from the right (CPython's rsplit_whitespace).
pub fn rsplit_whitespace(s: &str, max: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let idx: Vec<(usize, char)> = s.char_indices().collect();
    let end_of = |k: usize| idx[k].0 + idx[k].1.len_utf8();
    let mut i = idx.len() as isize - 1;
    let mut count = max;
    while count > 0 {
        while i >= 0 && is_space(idx[i as usize].1) {
            i -= 1;
        }
        if i < 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i >= 0 && !is_space(idx[i as usize].1) {
            i -= 1;
        }
        let from = if i < 0 { 0 } else { end_of(i as usize) };
        parts.push(&s[from..end_of(j as usize)]);
        count -= 1;
    }
    if i >= 0 {
        while i >= 0 && is_space(idx[i as usize].1) {
            i -= 1;
        }
        if i >= 0 {
            parts.push(&s[..end_of(i as usize)]);
        }
    }
    parts.reverse();
    parts
}

fn split_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let s = recv(vm, &args, name)?;
    let [sep, maxsplit] = cargs::keywords(vm, &args, name, ["sep", "maxsplit"], 0, 0)?;
    let max = if maxsplit.is_null() {
        -1
    } else {
        cargs::ssize(vm, &maxsplit)?
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let s = s.as_str();
    let parts: Vec<&str> = if sep.is_null() || sep.is_none() {
        // A piece of ASCII text is a byte range of `s`: no second UTF-8 check.
        let piece = |p: &[u8]| {
            let start = p.as_ptr() as usize - s.as_ptr() as usize;
            &s[start..start + p.len()]
        };
        let sp = |b: u8| is_space(b as char);
        if s.is_ascii() && !right {
            // The commonest split: the list is built as the words are
            // found, with no vector of pieces first (that cost 7% of a
            // `split()` loop).
            // Room for 12 words first, as CPython's split preallocates.
            let mut items = Vec::with_capacity(12);
            crate::builtins::bytes_methods::for_each_ws_piece(s.as_bytes(), sp, max, |p| {
                items.push(vm.new_str(piece(p)));
            });
            return Ok(vm.new_list(items));
        } else if s.is_ascii() {
            crate::builtins::bytes_methods::rsplit_ws_by(s.as_bytes(), sp, max)
                .into_iter()
                .map(piece)
                .collect()
        } else if right {
            rsplit_whitespace(s, max)
        } else {
            split_whitespace(s, max)
        }
    } else {
        let Some(sep) = sep.as_str() else {
            let tn = vm.type_name(&sep);
            return Err(vm.type_error(format!("must be str or None, not {tn}")));
        };
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        if right {
            let mut v: Vec<&str> = s.rsplitn(max.saturating_add(1), sep).collect();
            v.reverse();
            v
        } else {
            s.splitn(max.saturating_add(1), sep).collect()
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

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = recv(vm, &args, name)?.as_str();
    let a = cargs::positional(vm, &args, ("str", name), 0, 1)?;
    let r = match a.first() {
        None | Some(Value::None) => {
            let mut r = s;
            if left {
                r = r.trim_start_matches(is_space);
            }
            if right {
                r = r.trim_end_matches(is_space);
            }
            r
        }
        Some(v) => {
            let Some(chars) = v.as_str() else {
                return Err(vm.type_error(format!("{name} arg must be None or str")));
            };
            let set: Vec<char> = chars.chars().collect();
            let mut r = s;
            if left {
                r = r.trim_start_matches(|c| set.contains(&c));
            }
            if right {
                r = r.trim_end_matches(|c| set.contains(&c));
            }
            r
        }
    };
    if r.len() == s.len()
        && args.values[0]
            .as_obj()
            .is_some_and(|o| o.ty().is(&vm.t.str))
    {
        return Ok(args.values[0].clone());
    }
    Ok(vm.new_str(r))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

/// The text between char indices `start..end` (both within `0..=len`).
fn char_slice(s: &PyStr, start: usize, end: usize) -> &str {
    if s.is_ascii() {
        &s.as_str()[start..end]
    } else {
        let a = s.byte_offset(start);
        let b = s.byte_offset(end);
        &s.as_str()[a..b]
    }
}

fn affix(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult<Value> {
    let s = recv(vm, &args, name)?;
    let a = cargs::varargs(vm, &args, ("str", name), 1, 3)?;
    let start = match a.get(1) {
        Some(v) => cargs::slice_index(vm, v)?,
        None => None,
    };
    let end = match a.get(2) {
        Some(v) => cargs::slice_index(vm, v)?,
        None => None,
    };
    let (start, end) = adjust_indices(start, end, s.char_len());
    let test = |p: &PyStr| -> bool {
        let plen = p.char_len() as i64;
        if end - plen < start {
            return false;
        }
        if plen == 0 {
            return true;
        }
        let hay = char_slice(s, start as usize, end as usize);
        if ends {
            hay.ends_with(p.as_str())
        } else {
            hay.starts_with(p.as_str())
        }
    };
    match a[0].payload() {
        Some(Payload::Tuple(t)) => {
            for p in t.iter() {
                match p.payload() {
                    Some(Payload::Str(p)) => {
                        if test(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    _ => {
                        let tn = vm.type_name(p);
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {tn}"
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        Some(Payload::Str(p)) => Ok(Value::Bool(test(p))),
        _ => {
            let tn = vm.type_name(&a[0]);
            Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {tn}"
            )))
        }
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv(vm, &args, "replace")?.as_str();
    let a = cargs::positional(vm, &args, "str.replace", 2, 3)?;
    let old = str_arg(vm, &a[0], "replace() argument 1")?;
    let new = str_arg(vm, &a[1], "replace() argument 2")?;
    let count = match a.get(2) {
        Some(v) => cargs::ssize(vm, v)?,
        None => -1,
    };
    let unchanged = !old.is_empty() && !s.contains(old) || count == 0;
    if unchanged
        && args.values[0]
            .as_obj()
            .is_some_and(|o| o.ty().is(&vm.t.str))
    {
        return Ok(args.values[0].clone());
    }
    let r = if old.is_empty() {
        let limit = if count < 0 {
            usize::MAX
        } else {
            count as usize
        };
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < limit {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.push_str(new);
        }
        out
    } else if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    };
    Ok(vm.new_str(r))
}

/// find/rfind/index/rindex/count: the receiver, the substring and the
/// adjusted char range.
fn find_args<'a>(
    vm: &mut Vm,
    args: &'a Args,
    name: &str,
) -> PyResult<(&'a PyStr, &'a str, i64, i64)> {
    let s = recv(vm, args, name)?;
    let a = cargs::varargs(vm, args, ("str", name), 1, 3)?;
    let sub = match a[0].as_str() {
        Some(x) => x,
        None => {
            let tn = vm.type_name(&a[0]);
            return Err(vm.type_error(format!("must be str, not {tn}")));
        }
    };
    let start = match a.get(1) {
        Some(v) => cargs::slice_index(vm, v)?,
        None => None,
    };
    let end = match a.get(2) {
        Some(v) => cargs::slice_index(vm, v)?,
        None => None,
    };
    let (start, end) = adjust_indices(start, end, s.char_len());
    Ok((s, sub, start, end))
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &args, name)?;
    let sublen = if sub.is_ascii() {
        sub.len()
    } else {
        sub.chars().count()
    } as i64;
    let found = if end - start < sublen {
        None
    } else {
        let hay = char_slice(s, start as usize, end as usize);
        let pos = if right { hay.rfind(sub) } else { hay.find(sub) };
        pos.map(|b| {
            let n = if s.is_ascii() {
                b
            } else {
                hay[..b].chars().count()
            };
            n as i64 + start
        })
    };
    match found {
        Some(i) => Ok(Value::Int(i)),
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
    let (s, sub, start, end) = find_args(vm, &args, "count")?;
    let sublen = sub.chars().count() as i64;
    if end - start < sublen {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    let hay = char_slice(s, start as usize, end as usize);
    Ok(Value::Int(hay.matches(sub).count() as i64))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv(vm, &args, "format")?.as_str();
    let r = crate::format::str_format(vm, s, &args.pos()[1..], &args.kwargs())?;
    Ok(vm.new_str(r))
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv(vm, &args, "format_map")?.as_str();
    let m = cargs::one(vm, &args, "str.format_map")?;
    let r = crate::format::str_format_map(vm, s, &m)?;
    Ok(vm.new_str(r))
}

/// An optional str argument of a Clinic signature ("f() argument 'x' must be str, not T").
pub fn opt_str_kw(vm: &mut Vm, v: &Value, fname: &str, what: &str, dflt: &str) -> PyResult<String> {
    if v.is_null() {
        return Ok(dflt.to_string());
    }
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = crate::builtins::str_methods::clinic_type_name(vm, v);
            Err(vm.type_error(format!("{fname}() argument '{what}' must be str, not {tn}")))
        }
    }
}

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv(vm, &args, "encode")?.as_str().to_string();
    let [encoding, errors] = cargs::keywords(vm, &args, "encode", ["encoding", "errors"], 0, 0)?;
    let enc = opt_str_kw(vm, &encoding, "encode", "encoding", "utf-8")?;
    let errs = opt_str_kw(vm, &errors, "encode", "errors", "strict")?;
    let b = crate::builtins::codecs::encode(vm, &s, &enc, &errs)?;
    Ok(vm.new_bytes(b))
}

fn str_format_dunder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args, "__format__")?;
    let spec = cargs::one(vm, &args, "str.__format__")?;
    if spec.as_str().is_none() {
        let tn = vm.type_name(&spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
    }
    let v = vm.new_str(s);
    vm.format(&v, &spec)
}

fn dunder_recv(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Value)> {
    let me = match args.values.first() {
        Some(v) if v.as_str().is_some() => v.clone(),
        Some(v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!(
                "descriptor '{name}' requires a 'str' object but received a '{tn}'"
            )));
        }
        None => {
            return Err(vm.type_error(format!(
                "descriptor '{name}' of 'str' object needs an argument"
            )))
        }
    };
    let other = cargs::wrapper_one(vm, args, name)?;
    Ok((me, other))
}

fn str_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = dunder_recv(vm, &args, "__add__")?;
    match b.as_str() {
        Some(y) => {
            let mut s = a.as_str().unwrap_or("").to_string();
            s.push_str(y);
            Ok(vm.new_str(s))
        }
        None if cargs::defer_to_class(vm, &b) => Ok(Value::Obj(vm.not_implemented.clone())),
        None => {
            let tn = vm.type_name(&b);
            Err(vm.type_error(format!("can only concatenate str (not \"{tn}\") to str")))
        }
    }
}

fn repeat(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (a, b) = dunder_recv(vm, &args, name)?;
    if cargs::defer_to_class(vm, &b) && !cargs::has_index(vm, &b) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let n = cargs::ssize(vm, &b)?;
    let plain = vm.new_str(a.as_str().unwrap_or(""));
    vm.native_binary(&plain, &Value::Int(n), BinOp::Mul)
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repeat(vm, args, "__mul__")
}

fn str_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repeat(vm, args, "__rmul__")
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = dunder_recv(vm, &args, "__mod__")?;
    let fmt = a.as_str().unwrap_or("").to_string();
    let r = crate::format::percent_format(vm, &fmt, &b)?;
    Ok(vm.new_str(r))
}

fn str_rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = dunder_recv(vm, &args, "__rmod__")?;
    let Some(fmt) = b.as_str().map(str::to_string) else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let r = crate::format::percent_format(vm, &fmt, &a)?;
    Ok(vm.new_str(r))
}

macro_rules! str_cmp {
    ($($name:ident, $dunder:literal, $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = dunder_recv(vm, &args, $dunder)?;
                match (a.payload(), b.payload()) {
                    (Some(Payload::Str(x)), Some(Payload::Str(y))) => {
                        Ok(Value::Bool($op.test(crate::surrogates::compare_strs(x, y))))
                    }
                    _ => Ok(Value::Obj(vm.not_implemented.clone())),
                }
            }
        )*
    };
}

str_cmp! {
    str_eq, "__eq__", CmpOp::Eq;
    str_ne, "__ne__", CmpOp::Ne;
    str_lt, "__lt__", CmpOp::Lt;
    str_le, "__le__", CmpOp::Le;
    str_gt, "__gt__", CmpOp::Gt;
    str_ge, "__ge__", CmpOp::Ge;
}

fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv(vm, &args, "__str__")?;
    cargs::noargs(vm, &args, "str.__str__")?;
    if args.values[0]
        .as_obj()
        .is_some_and(|o| o.ty().is(&vm.t.str))
    {
        return Ok(args.values[0].clone());
    }
    Ok(vm.new_str(s.as_str()))
}

fn str_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv(vm, &args, "__sizeof__")?;
    cargs::noargs(vm, &args, "str.__sizeof__")?;
    let max = s
        .as_str()
        .chars()
        .map(crate::surrogates::code_point)
        .max()
        .unwrap_or(0);
    let (width, base) = if max < 0x80 {
        (1, 49)
    } else if max < 0x100 {
        (1, 73)
    } else if max < 0x10000 {
        (2, 74)
    } else {
        (4, 76)
    };
    Ok(Value::Int((base + width * s.char_len()) as i64))
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = recv(vm, &args, "__getnewargs__")?;
    cargs::noargs(vm, &args, "str.__getnewargs__")?;
    let v = vm.new_str(s.as_str());
    Ok(vm.new_tuple(vec![v]))
}

/// Installs `str`'s methods (the rest of the method set lives in `str_methods`).
pub fn install(vm: &mut Vm) {
    let s = vm.t.str.clone();
    crate::builtins::slots::install_compare(vm, &s);
    crate::builtins::slots::install_basic(vm, &s, true);
    crate::builtins::slots::install_container(vm, &s, false);
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
            ("find", find, NativeKind::Method),
            ("rfind", rfind, NativeKind::Method),
            ("index", index, NativeKind::Method),
            ("rindex", rindex, NativeKind::Method),
            ("count", count, NativeKind::Method),
            ("format", format, NativeKind::Method),
            ("format_map", format_map, NativeKind::Method),
            ("encode", encode, NativeKind::Method),
            ("__format__", str_format_dunder, NativeKind::Method),
            ("__add__", str_add, NativeKind::Method),
            ("__mul__", str_mul, NativeKind::Method),
            ("__rmul__", str_rmul, NativeKind::Method),
            ("__mod__", str_mod, NativeKind::Method),
            ("__rmod__", str_rmod, NativeKind::Method),
            ("__eq__", str_eq, NativeKind::Method),
            ("__ne__", str_ne, NativeKind::Method),
            ("__lt__", str_lt, NativeKind::Method),
            ("__le__", str_le, NativeKind::Method),
            ("__gt__", str_gt, NativeKind::Method),
            ("__ge__", str_ge, NativeKind::Method),
            ("__str__", str_str, NativeKind::Method),
            ("__sizeof__", str_sizeof, NativeKind::Method),
            ("__getnewargs__", str_getnewargs, NativeKind::Method),
        ],
    );
    crate::builtins::str_methods::install(vm, &s);
}
