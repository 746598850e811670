//! The rest of the `bytes`/`bytearray` method set (searching, splitting,
//! stripping, case mapping, padding, translation, the special methods and
//! bytearray's mutators), with CPython 3.11's messages.

use crate::args::Args;
use crate::builtins::cargs;
use crate::object::ObjRef;
use crate::ops::{BinOp, CmpOp};
use crate::payload::{NativeKind, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// The receiver of a bytes/bytearray method: a copy of its bytes and
/// whether it is a bytearray.
pub fn recv(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Vec<u8>, bool)> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Bytes(b)) => Ok((b.to_vec(), false)),
        Some(Payload::ByteArray(b)) => Ok((b.borrow().clone(), true)),
        _ => Err(cargs::wrong_receiver(vm, args, "bytes", name)),
    }
}

/// ("bytes", name) or ("bytearray", name), for messages.
pub fn qual(ba: bool, name: &str) -> (&'static str, &str) {
    (if ba { "bytearray" } else { "bytes" }, name)
}

/// A new bytes or bytearray.
pub fn mk(vm: &mut Vm, ba: bool, data: Vec<u8>) -> Value {
    if ba {
        Value::Obj(ObjRef::new(
            vm.t.bytearray.clone(),
            Payload::ByteArray(RefCell::new(data)),
        ))
    } else {
        vm.new_bytes(data)
    }
}

/// The result of a method that may return the receiver unchanged (exact bytes only).
fn same_or_new(vm: &mut Vm, args: &Args, ba: bool, data: Vec<u8>) -> Value {
    if !ba {
        if let Some(Value::Obj(o)) = args.values.first() {
            if o.ty().is(&vm.t.bytes) {
                if let Payload::Bytes(b) = &o.payload {
                    if **b == *data {
                        return args.values[0].clone();
                    }
                }
            }
        }
    }
    mk(vm, ba, data)
}

/// A bytes-like argument ("a bytes-like object is required, not 'T'").
pub fn buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match crate::ops::seq::bytes_of(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// Python's bytes whitespace (`Py_ISSPACE`).
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The first index of `needle` in `hay`.
pub fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return hay.iter().position(|&b| b == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The last index of `needle` in `hay`.
pub fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn count_sub(hay: &[u8], needle: &[u8], max: usize) -> usize {
    if needle.is_empty() {
        return (hay.len() + 1).min(max);
    }
    let mut n = 0;
    let mut i = 0;
    while n < max {
        match find_sub(&hay[i..], needle) {
            Some(j) => {
                n += 1;
                i += j + needle.len();
            }
            None => break,
        }
    }
    n
}

fn split_sep<'a>(s: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    while out.len() < max {
        match find_sub(&s[i..], sep) {
            Some(j) => {
                out.push(&s[i..i + j]);
                i += j + sep.len();
            }
            None => break,
        }
    }
    out.push(&s[i..]);
    out
}

fn rsplit_sep<'a>(s: &'a [u8], sep: &[u8], max: usize) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut end = s.len();
    while out.len() < max {
        match rfind_sub(&s[..end], sep) {
            Some(j) => {
                out.push(&s[j + sep.len()..end]);
                end = j;
            }
            None => break,
        }
    }
    out.push(&s[..end]);
    out.reverse();
    out
}

fn split_ws(s: &[u8], max: usize) -> Vec<&[u8]> {
    split_ws_by(s, is_space, max)
}

fn rsplit_ws(s: &[u8], max: usize) -> Vec<&[u8]> {
    rsplit_ws_by(s, is_space, max)
}

/// Splits on runs of bytes matching `is_space` (CPython's split_whitespace).
pub fn split_ws_by(s: &[u8], is_space: impl Fn(u8) -> bool, max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    for_each_ws_piece(s, is_space, max, |p| out.push(p));
    out
}

/// [`split_ws_by`] handing each piece to `emit`, left to right, instead of
/// collecting them (str.split makes its strs straight from them).
pub fn for_each_ws_piece<'a>(
    s: &'a [u8],
    is_space: impl Fn(u8) -> bool,
    max: usize,
    mut emit: impl FnMut(&'a [u8]),
) {
    let n = s.len();
    let mut i = 0;
    let mut count = max;
    while count > 0 {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        let j = i;
        i += 1;
        while i < n && !is_space(s[i]) {
            i += 1;
        }
        emit(&s[j..i]);
        count -= 1;
    }
    if i < n {
        while i < n && is_space(s[i]) {
            i += 1;
        }
        if i != n {
            emit(&s[i..]);
        }
    }
}

/// Splits on runs of bytes matching `is_space` from the right.
pub fn rsplit_ws_by(s: &[u8], is_space: impl Fn(u8) -> bool, max: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = s.len() as isize - 1;
    let mut count = max;
    while count > 0 {
        while i >= 0 && is_space(s[i as usize]) {
            i -= 1;
        }
        if i < 0 {
            break;
        }
        let j = i;
        i -= 1;
        while i >= 0 && !is_space(s[i as usize]) {
            i -= 1;
        }
        out.push(&s[(i + 1) as usize..(j + 1) as usize]);
        count -= 1;
    }
    if i >= 0 {
        while i >= 0 && is_space(s[i as usize]) {
            i -= 1;
        }
        if i >= 0 {
            out.push(&s[..(i + 1) as usize]);
        }
    }
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let (s, ba) = recv(vm, &args, name)?;
    let [sep, maxsplit] = cargs::keywords(vm, &args, name, ["sep", "maxsplit"], 0, 0)?;
    let max = if maxsplit.is_null() {
        -1
    } else {
        cargs::ssize(vm, &maxsplit)?
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let parts: Vec<&[u8]> = if sep.is_null() || sep.is_none() {
        if right {
            rsplit_ws(&s, max)
        } else {
            split_ws(&s, max)
        }
    } else {
        let sep = buffer(vm, &sep)?;
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        if right {
            rsplit_sep(&s, &sep, max)
        } else {
            split_sep(&s, &sep, max)
        }
    };
    let items = parts.into_iter().map(|p| mk(vm, ba, p.to_vec())).collect();
    Ok(vm.new_list(items))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, false)
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, true)
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, name)?;
    let a = cargs::positional(vm, &args, qual(ba, name), 0, 1)?;
    let set: Option<Vec<u8>> = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer(vm, v)?),
    };
    let strip = |b: u8| match &set {
        None => is_space(b),
        Some(set) => set.contains(&b),
    };
    let mut i = 0;
    let mut j = s.len();
    if left {
        while i < j && strip(s[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(s[j - 1]) {
            j -= 1;
        }
    }
    let r = s[i..j].to_vec();
    Ok(same_or_new(vm, &args, ba, r))
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

/// find-style arguments: (receiver, bytearray?, sub, start, end).
/// find-style arguments: receiver, bytearray?, sub, start, end.
type FindArgs = (Vec<u8>, bool, Vec<u8>, i64, i64);

fn find_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<FindArgs> {
    let (s, ba) = recv(vm, args, name)?;
    let a = cargs::varargs(vm, args, qual(ba, name), 1, 3)?;
    let sub = match crate::ops::seq::bytes_of(&a[0]) {
        Some(b) => b,
        None => {
            let intlike = matches!(a[0], Value::Int(_) | Value::Bool(_))
                || matches!(a[0].payload(), Some(Payload::Int(_)))
                || {
                    let ty = vm.type_of(&a[0]).clone();
                    vm.lookup_special(&ty, "__index__").is_some()
                };
            if !intlike {
                let tn = vm.type_name(&a[0]);
                return Err(vm.type_error(format!(
                    "argument should be integer or bytes-like object, not '{tn}'"
                )));
            }
            vec![byte_value(vm, &a[0])?]
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
    let (start, end) = crate::builtins::str::adjust_indices(start, end, s.len());
    Ok((s, ba, sub, start, end))
}

/// An int in range(256) ("byte must be in range(0, 256)").
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match vm.index(v) {
        Ok(n) => n,
        Err(e) => {
            if vm.error_is(&e, "IndexError") {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            return Err(e);
        }
    };
    if !(0..256).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let (s, _, sub, start, end) = find_args(vm, &args, name)?;
    let found = if end - start < sub.len() as i64 {
        None
    } else {
        let hay = &s[start as usize..end as usize];
        let pos = if right {
            rfind_sub(hay, &sub)
        } else {
            find_sub(hay, &sub)
        };
        pos.map(|p| p as i64 + start)
    };
    match found {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(vm.value_error("subsection not found")),
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
    let (s, _, sub, start, end) = find_args(vm, &args, "count")?;
    if end - start < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    let hay = &s[start as usize..end as usize];
    Ok(Value::Int(count_sub(hay, &sub, usize::MAX) as i64))
}

fn affix(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, name)?;
    let a = cargs::varargs(vm, &args, qual(ba, name), 1, 3)?;
    let start = match a.get(1) {
        Some(v) => cargs::slice_index(vm, v)?,
        None => None,
    };
    let end = match a.get(2) {
        Some(v) => cargs::slice_index(vm, v)?,
        None => None,
    };
    let (start, end) = crate::builtins::str::adjust_indices(start, end, s.len());
    let test = |p: &[u8]| -> bool {
        let plen = p.len() as i64;
        if end - plen < start {
            return false;
        }
        let hay = &s[start as usize..end as usize];
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match a[0].payload() {
        Some(Payload::Tuple(t)) => {
            for p in t.iter() {
                let p = buffer(vm, p)?;
                if test(&p) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => match crate::ops::seq::bytes_of(&a[0]) {
            Some(p) => Ok(Value::Bool(test(&p))),
            None => {
                let tn = vm.type_name(&a[0]);
                Err(vm.type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {tn}"
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
    let (s, ba) = recv(vm, &args, "replace")?;
    let a = cargs::positional(vm, &args, qual(ba, "replace"), 2, 3)?;
    let old = buffer(vm, &a[0])?;
    let new = buffer(vm, &a[1])?;
    let count = match a.get(2) {
        Some(v) => cargs::ssize(vm, v)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(s.len());
    if old.is_empty() {
        let mut n = 0;
        for &b in &s {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
        }
        if n < limit {
            out.extend_from_slice(&new);
        }
    } else {
        let mut i = 0;
        let mut n = 0;
        while n < limit {
            match find_sub(&s[i..], &old) {
                Some(j) => {
                    out.extend_from_slice(&s[i..i + j]);
                    out.extend_from_slice(&new);
                    i += j + old.len();
                    n += 1;
                }
                None => break,
            }
        }
        out.extend_from_slice(&s[i..]);
    }
    Ok(same_or_new(vm, &args, ba, out))
}

fn title_bytes(s: &[u8]) -> Vec<u8> {
    let mut prev = false;
    s.iter()
        .map(|&b| {
            let r = if prev {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn capitalize_bytes(s: &[u8]) -> Vec<u8> {
    s.iter()
        .enumerate()
        .map(|(i, &b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swapcase_bytes(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

macro_rules! byte_maps {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (s, ba) = recv(vm, &args, stringify!($name))?;
                cargs::noargs(vm, &args, qual(ba, stringify!($name)))?;
                let f: fn(&[u8]) -> Vec<u8> = $f;
                let r = f(&s);
                Ok(mk(vm, ba, r))
            }
        )*
    };
}

byte_maps! {
    upper => |s| s.to_ascii_uppercase();
    lower => |s| s.to_ascii_lowercase();
    title => title_bytes;
    capitalize => capitalize_bytes;
    swapcase => swapcase_bytes;
}

fn bytes_istitle(s: &[u8]) -> bool {
    let mut cased = false;
    let mut prev = false;
    for &b in s {
        if b.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

macro_rules! byte_predicates {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (s, ba) = recv(vm, &args, stringify!($name))?;
                cargs::noargs(vm, &args, qual(ba, stringify!($name)))?;
                let f: fn(&[u8]) -> bool = $f;
                Ok(Value::Bool(f(&s)))
            }
        )*
    };
}

byte_predicates! {
    isalpha => |s| !s.is_empty() && s.iter().all(u8::is_ascii_alphabetic);
    isdigit => |s| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
    isalnum => |s| !s.is_empty() && s.iter().all(u8::is_ascii_alphanumeric);
    isspace => |s| !s.is_empty() && s.iter().all(|&b| is_space(b));
    islower => |s| s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase);
    isupper => |s| s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase);
    istitle => bytes_istitle;
    isascii => |s| s.is_ascii();
}

fn justify(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, name)?;
    let a = cargs::positional(vm, &args, qual(ba, name), 1, 2)?;
    let width = cargs::ssize(vm, &a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(v) => match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => b[0],
            Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => b.borrow()[0],
            _ => {
                let tn = crate::builtins::str_methods::clinic_type_name(vm, v);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {tn}"
                )));
            }
        },
    };
    let len = s.len() as i64;
    let marg = width - len;
    if marg <= 0 {
        return Ok(same_or_new(vm, &args, ba, s));
    }
    let (left, right) = match name {
        "center" => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
        "ljust" => (0, marg),
        _ => (marg, 0),
    };
    let mut out = vec![fill; left as usize];
    out.extend_from_slice(&s);
    out.extend(std::iter::repeat_n(fill, right as usize));
    Ok(mk(vm, ba, out))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, args, "center")
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, args, "ljust")
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, args, "rjust")
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, "zfill")?;
    let w = cargs::one(vm, &args, qual(ba, "zfill"))?;
    let width = cargs::ssize(vm, &w)?;
    if s.len() as i64 >= width {
        return Ok(same_or_new(vm, &args, ba, s));
    }
    let fill = (width - s.len() as i64) as usize;
    let mut out = Vec::with_capacity(width as usize);
    let rest = match s.first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c);
            &s[1..]
        }
        _ => &s[..],
    };
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Ok(mk(vm, ba, out))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, "expandtabs")?;
    let tabsize = crate::builtins::str_methods::tabsize_arg(vm, &args)?;
    let out = crate::builtins::str_methods::expand_tabs(
        s.iter().copied(),
        b'\t',
        b'\n',
        b'\r',
        b' ',
        tabsize,
    );
    Ok(same_or_new(vm, &args, ba, out))
}

fn partition_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let (s, ba) = recv(vm, &args, name)?;
    let sep = cargs::one(vm, &args, qual(ba, name))?;
    let sep = buffer(vm, &sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right {
        rfind_sub(&s, &sep)
    } else {
        find_sub(&s, &sep)
    };
    let parts: [Vec<u8>; 3] = match found {
        Some(i) => [s[..i].to_vec(), sep.clone(), s[i + sep.len()..].to_vec()],
        None if right => [Vec::new(), Vec::new(), s.clone()],
        None => [s.clone(), Vec::new(), Vec::new()],
    };
    let mut items = Vec::new();
    for (k, p) in parts.into_iter().enumerate() {
        let whole = (right && k == 2 || !right && k == 0) && found.is_none();
        items.push(if whole {
            same_or_new(vm, &args, ba, p)
        } else {
            mk(vm, ba, p)
        });
    }
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, "splitlines")?;
    let keepends = crate::builtins::str_methods::keepends_arg(vm, &args)?;
    let n = s.len();
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n {
        while i < n && s[i] != b'\n' && s[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if s[i] == b'\r' && i + 1 < n && s[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(mk(vm, ba, s[j..eol].to_vec()));
        j = i;
    }
    Ok(vm.new_list(out))
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, "translate")?;
    let [table, delete] = cargs::keywords(vm, &args, "translate", ["table", "delete"], 1, 1)?;
    let table = if table.is_none() {
        None
    } else {
        let t = buffer(vm, &table)?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = if delete.is_null() {
        Vec::new()
    } else {
        buffer(vm, &delete)?
    };
    let mut del = [false; 256];
    for &d in &delete {
        del[d as usize] = true;
    }
    let out: Vec<u8> = s
        .iter()
        .filter(|&&b| !del[b as usize])
        .map(|&b| match &table {
            Some(t) => t[b as usize],
            None => b,
        })
        .collect();
    Ok(same_or_new(vm, &args, ba, out))
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut full = Args {
        values: args.values.clone(),
        kwnames: args.kwnames.clone(),
    };
    full.prepend(Value::None);
    let a = cargs::positional(vm, &full, "bytes.maketrans", 2, 2)?;
    let frm = buffer(vm, &a[0])?;
    let to = buffer(vm, &a[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (f, t2) in frm.iter().zip(&to) {
        t[*f as usize] = *t2;
    }
    Ok(vm.new_bytes(t))
}

fn affix_remove(vm: &mut Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let (s, ba) = recv(vm, &args, name)?;
    let a = cargs::one(vm, &args, qual(ba, name))?;
    let p = buffer(vm, &a)?;
    let r = if prefix {
        s.strip_prefix(&p[..])
    } else {
        s.strip_suffix(&p[..])
    };
    let r = r.unwrap_or(&s).to_vec();
    Ok(same_or_new(vm, &args, ba, r))
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removeprefix", true)
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, args, "removesuffix", false)
}

fn type_label(ba: bool) -> &'static str {
    if ba {
        "bytearray"
    } else {
        "bytes"
    }
}

fn dunder_recv(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Vec<u8>, bool, Value)> {
    let (s, ba) = recv(vm, args, name)?;
    let other = cargs::wrapper_one(vm, args, name)?;
    Ok((s, ba, other))
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (mut s, ba, other) = dunder_recv(vm, &args, "__add__")?;
    match crate::ops::seq::bytes_of(&other) {
        Some(b) => {
            s.extend(b);
            Ok(mk(vm, ba, s))
        }
        None if cargs::defer_to_class(vm, &other) => Ok(Value::Obj(vm.not_implemented.clone())),
        None => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("can't concat {tn} to {}", type_label(ba))))
        }
    }
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba, other) = dunder_recv(vm, &args, "__mul__")?;
    if cargs::defer_to_class(vm, &other) && !cargs::has_index(vm, &other) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let n = cargs::ssize(vm, &other)?;
    let v = mk(vm, ba, s);
    vm.native_binary(&v, &Value::Int(n), BinOp::Mul)
}

fn rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba, other) = dunder_recv(vm, &args, "__rmul__")?;
    if cargs::defer_to_class(vm, &other) && !cargs::has_index(vm, &other) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let n = cargs::ssize(vm, &other)?;
    let v = mk(vm, ba, s);
    vm.native_binary(&v, &Value::Int(n), BinOp::Mul)
}

fn modulo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, ba, other) = dunder_recv(vm, &args, "__mod__")?;
    let r = crate::format::percent_format_bytes(vm, &s, &other)?;
    Ok(mk(vm, ba, r))
}

fn rmodulo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _, other) = dunder_recv(vm, &args, "__rmod__")?;
    let (fmt, ba) = match other.payload() {
        Some(Payload::Bytes(b)) => (b.to_vec(), false),
        Some(Payload::ByteArray(b)) => (b.borrow().clone(), true),
        _ => return Ok(Value::Obj(vm.not_implemented.clone())),
    };
    let r = crate::format::percent_format_bytes(vm, &fmt, &args.values[0])?;
    Ok(mk(vm, ba, r))
}

macro_rules! bytes_cmp {
    ($($name:ident, $dunder:literal, $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (s, _, other) = dunder_recv(vm, &args, $dunder)?;
                match crate::ops::seq::bytes_of(&other) {
                    Some(o) => Ok(Value::Bool($op.test(s.as_slice().cmp(o.as_slice())))),
                    None => Ok(Value::Obj(vm.not_implemented.clone())),
                }
            }
        )*
    };
}

bytes_cmp! {
    eq, "__eq__", CmpOp::Eq;
    ne, "__ne__", CmpOp::Ne;
    lt, "__lt__", CmpOp::Lt;
    le, "__le__", CmpOp::Le;
    gt, "__gt__", CmpOp::Gt;
    ge, "__ge__", CmpOp::Ge;
}

/// The bytearray receiver (for the mutators).
pub(crate) fn bytearray_of<'a>(
    vm: &mut Vm,
    args: &'a Args,
    name: &str,
) -> PyResult<&'a RefCell<Vec<u8>>> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(cargs::wrong_receiver(vm, args, "bytearray", name)),
    }
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytearray_of(vm, &args, "insert")?;
    let a = cargs::positional(vm, &args, "bytearray.insert", 2, 2)?;
    let i = cargs::ssize(vm, &a[0])?;
    let v = byte_value(vm, &a[1])?;
    let len = b.borrow().len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    b.borrow_mut().insert(at as usize, v);
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytearray_of(vm, &args, "remove")?;
    let v = cargs::one(vm, &args, "bytearray.remove")?;
    let v = byte_value(vm, &v)?;
    let pos = b.borrow().iter().position(|&x| x == v);
    match pos {
        Some(i) => {
            b.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytearray_of(vm, &args, "reverse")?;
    cargs::noargs(vm, &args, "bytearray.reverse")?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytearray_of(vm, &args, "clear")?;
    cargs::noargs(vm, &args, "bytearray.clear")?;
    b.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytearray_of(vm, &args, "copy")?;
    cargs::noargs(vm, &args, "bytearray.copy")?;
    let data = b.borrow().clone();
    Ok(mk(vm, true, data))
}

fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytearray_of(vm, &args, "__iadd__")?;
    let other = cargs::wrapper_one(vm, &args, "__iadd__")?;
    match crate::ops::seq::bytes_of(&other) {
        Some(extra) => {
            b.borrow_mut().extend(extra);
            Ok(args.values[0].clone())
        }
        None => {
            let tn = vm.type_name(&other);
            Err(vm.type_error(format!("can't concat {tn} to bytearray")))
        }
    }
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytearray_of(vm, &args, "__imul__")?;
    let other = cargs::wrapper_one(vm, &args, "__imul__")?;
    let n = cargs::ssize(vm, &other)?;
    let data = b.borrow().clone();
    let n = n.max(0) as usize;
    vm.check_alloc(data.len().saturating_mul(n), 1)?;
    *b.borrow_mut() = data.repeat(n);
    Ok(args.values[0].clone())
}

fn alloc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = bytearray_of(vm, &args, "__alloc__")?;
    cargs::noargs(vm, &args, "bytearray.__alloc__")?;
    let n = b.borrow().len() as i64;
    Ok(Value::Int(n + 1))
}

/// Installs the methods of this module on `bytes` and `bytearray`.
pub fn install(vm: &mut Vm, bytes: &ObjRef, bytearray: &ObjRef) {
    let common: &[(&'static str, crate::payload::NativeFn, NativeKind)] = &[
        ("split", split, NativeKind::Method),
        ("rsplit", rsplit, NativeKind::Method),
        ("strip", strip, NativeKind::Method),
        ("lstrip", lstrip, NativeKind::Method),
        ("rstrip", rstrip, NativeKind::Method),
        ("startswith", startswith, NativeKind::Method),
        ("endswith", endswith, NativeKind::Method),
        ("find", find, NativeKind::Method),
        ("rfind", rfind, NativeKind::Method),
        ("index", index, NativeKind::Method),
        ("rindex", rindex, NativeKind::Method),
        ("count", count, NativeKind::Method),
        ("replace", replace, NativeKind::Method),
        ("upper", upper, NativeKind::Method),
        ("lower", lower, NativeKind::Method),
        ("title", title, NativeKind::Method),
        ("capitalize", capitalize, NativeKind::Method),
        ("swapcase", swapcase, NativeKind::Method),
        ("isalpha", isalpha, NativeKind::Method),
        ("isdigit", isdigit, NativeKind::Method),
        ("isalnum", isalnum, NativeKind::Method),
        ("isspace", isspace, NativeKind::Method),
        ("islower", islower, NativeKind::Method),
        ("isupper", isupper, NativeKind::Method),
        ("istitle", istitle, NativeKind::Method),
        ("isascii", isascii, NativeKind::Method),
        ("center", center, NativeKind::Method),
        ("ljust", ljust, NativeKind::Method),
        ("rjust", rjust, NativeKind::Method),
        ("zfill", zfill, NativeKind::Method),
        ("expandtabs", expandtabs, NativeKind::Method),
        ("partition", partition, NativeKind::Method),
        ("rpartition", rpartition, NativeKind::Method),
        ("splitlines", splitlines, NativeKind::Method),
        ("translate", translate, NativeKind::Method),
        ("maketrans", maketrans, NativeKind::StaticMethod),
        ("removeprefix", removeprefix, NativeKind::Method),
        ("removesuffix", removesuffix, NativeKind::Method),
        ("__add__", add, NativeKind::Method),
        ("__mul__", mul, NativeKind::Method),
        ("__rmul__", rmul, NativeKind::Method),
        ("__mod__", modulo, NativeKind::Method),
        ("__rmod__", rmodulo, NativeKind::Method),
        ("__eq__", eq, NativeKind::Method),
        ("__ne__", ne, NativeKind::Method),
        ("__lt__", lt, NativeKind::Method),
        ("__le__", le, NativeKind::Method),
        ("__gt__", gt, NativeKind::Method),
        ("__ge__", ge, NativeKind::Method),
    ];
    vm.add_methods(bytes, common);
    vm.add_methods(bytearray, common);
    vm.add_methods(
        bytearray,
        &[
            ("insert", insert, NativeKind::Method),
            ("remove", remove, NativeKind::Method),
            ("reverse", reverse, NativeKind::Method),
            ("clear", clear, NativeKind::Method),
            ("copy", copy, NativeKind::Method),
            ("__iadd__", iadd, NativeKind::Method),
            ("__imul__", imul, NativeKind::Method),
            ("__alloc__", alloc, NativeKind::Method),
        ],
    );
}

/// `ba[slice] = value` (or `del ba[slice]` when `value` is Null) with
/// CPython's semantics, including extended slices. For `ops::seq` to call.
pub fn bytearray_set_slice(
    vm: &mut Vm,
    b: &RefCell<Vec<u8>>,
    slice: &[Value; 3],
    value: &Value,
) -> PyResult<()> {
    let items = if value.is_null() {
        None
    } else if let Some(d) = crate::ops::seq::bytes_of(value) {
        Some(d)
    } else {
        let numberish = matches!(value, Value::Int(_) | Value::Bool(_) | Value::Float(_))
            || matches!(
                value.payload(),
                Some(Payload::Int(_) | Payload::Float(_) | Payload::Complex(..))
            );
        if numberish {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        let vals = vm.to_vec(value)?;
        let mut d = Vec::with_capacity(vals.len());
        for v in &vals {
            d.push(byte_value(vm, v)?);
        }
        Some(d)
    };
    let len = b.borrow().len();
    let (start, stop, step, count) = crate::ops::seq::slice_indices(vm, slice, len)?;
    match items {
        None => {
            if step == 1 {
                if stop > start {
                    b.borrow_mut().drain(start as usize..stop as usize);
                }
                return Ok(());
            }
            let mut del = vec![false; len];
            for k in 0..count {
                del[(start + k as i64 * step) as usize] = true;
            }
            let mut i = 0;
            b.borrow_mut().retain(|_| {
                let keep = !del[i];
                i += 1;
                keep
            });
        }
        Some(items) => {
            if step == 1 {
                let stop = stop.max(start);
                b.borrow_mut().splice(start as usize..stop as usize, items);
                return Ok(());
            }
            if items.len() != count {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {count}",
                    items.len()
                )));
            }
            let mut data = b.borrow_mut();
            for (k, v) in items.into_iter().enumerate() {
                data[(start + k as i64 * step) as usize] = v;
            }
        }
    }
    Ok(())
}
