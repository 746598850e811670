//! `bytes` and `bytearray`: constructors, codecs and methods.

use crate::args::Args;
use crate::builtins::bytes_methods::{qual, recv};
use crate::payload::{NativeKind, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

/// Decodes bytes with a codec and error handler (see `codecs`).
pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    crate::builtins::codecs::decode(vm, b, encoding, errors)
}

/// Encodes text with a codec and error handler (see `codecs`).
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    crate::builtins::codecs::encode(vm, s, encoding, errors)
}

impl Vm {
    /// The bytes of a bytes-like value or an iterable of ints.
    pub fn bytes_from(&mut self, v: &Value) -> PyResult<Vec<u8>> {
        if let Some(b) = crate::ops::seq::bytes_of(v) {
            return Ok(b);
        }
        if v.as_str().is_some() {
            return Err(self.type_error("string argument without an encoding"));
        }
        if let Value::Int(n) = v {
            if *n < 0 {
                return Err(self.value_error("negative count"));
            }
            self.check_alloc(*n as usize, 1)?;
            return Ok(vec![0; *n as usize]);
        }
        let items = match self.to_vec(v) {
            Ok(items) => items,
            Err(_) => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("cannot convert '{tn}' object to bytes")));
            }
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let i = self.index(&item)?;
            if !(0..256).contains(&i) {
                return Err(self.value_error("bytes must be in range(0, 256)"));
            }
            out.push(i as u8);
        }
        Ok(out)
    }
}

fn is_intlike(vm: &mut Vm, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_))) || {
        let ty = vm.type_of(v).clone();
        vm.lookup_special(&ty, "__index__").is_some()
    }
}

/// Items of an iterable of ints as bytes (`_getbytevalue` for each).
fn bytes_from_iterable(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) => {
            if vm.error_is(&e, "TypeError") {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("cannot convert '{tn}' object to {what}")));
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        let i = match vm.index(&item) {
            Ok(i) => i,
            Err(e) => {
                if vm.error_is(&e, "IndexError") {
                    -1
                } else {
                    return Err(e);
                }
            }
        };
        if !(0..256).contains(&i) {
            let msg = if what == "bytes" {
                "bytes must be in range(0, 256)"
            } else {
                "byte must be in range(0, 256)"
            };
            return Err(vm.value_error(msg));
        }
        out.push(i as u8);
    }
    Ok(out)
}

/// The data of `bytes(...)` / `bytearray(...)` from the bound arguments.
fn construct_data(
    vm: &mut Vm,
    name: &str,
    source: &Value,
    encoding: &Value,
    errors: &Value,
) -> PyResult<Vec<u8>> {
    for (v, what) in [(encoding, "encoding"), (errors, "errors")] {
        if !v.is_null() && v.as_str().is_none() {
            let tn = crate::builtins::str_methods::clinic_type_name(vm, v);
            return Err(vm.type_error(format!("{name}() argument '{what}' must be str, not {tn}")));
        }
    }
    if source.is_null() {
        if !encoding.is_null() || !errors.is_null() {
            let msg = if !encoding.is_null() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            };
            return Err(vm.type_error(msg));
        }
        return Ok(Vec::new());
    }
    if let Some(s) = source.as_str() {
        if encoding.is_null() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let s = s.to_string();
        let enc = encoding.as_str().unwrap_or("utf-8").to_string();
        let errs = errors.as_str().unwrap_or("strict").to_string();
        return encode(vm, &s, &enc, &errs);
    }
    if !encoding.is_null() || !errors.is_null() {
        return Err(vm.type_error(if !encoding.is_null() {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        }));
    }
    if name == "bytes" {
        let ty = vm.type_of(source).clone();
        if let Some(f) = vm.lookup_special(&ty, "__bytes__") {
            let r = vm.call(&f, [source.clone()])?;
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => {
                    let tn = vm.type_name(&r);
                    Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")))
                }
            };
        }
    }
    if is_intlike(vm, source) {
        let n = match crate::builtins::cargs::ssize(vm, source) {
            Ok(n) => n,
            Err(e) => {
                if vm.error_is(&e, "OverflowError") {
                    let tn = vm.type_name(source);
                    return Err(
                        vm.overflow_error(format!("cannot fit '{tn}' into an index-sized integer"))
                    );
                }
                return Err(e);
            }
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n >= 1 << 35 {
            let ty = vm.exc_type("MemoryError");
            return Err(crate::exceptions::new_exception(vm, &ty, vec![]));
        }
        return Ok(vec![0; n as usize]);
    }
    if let Some(b) = crate::ops::seq::bytes_of(source) {
        return Ok(b);
    }
    bytes_from_iterable(vm, source, name)
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("bytes.__new__(X): X is not a type object")),
    };
    let [source, encoding, errors] = crate::builtins::cargs::keywords(
        vm,
        &args,
        "bytes",
        ["source", "encoding", "errors"],
        0,
        0,
    )?;
    let data = construct_data(vm, "bytes", &source, &encoding, &errors)?;
    if cls.is(&vm.t.bytes) {
        return Ok(vm.new_bytes(data));
    }
    Ok(Value::Obj(crate::builtins::type_::instance_with(
        vm,
        cls,
        Payload::Bytes(data.into_boxed_slice()),
    )))
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Obj(o)) => o.clone(),
        _ => return Err(vm.type_error("bytearray.__new__(X): X is not a type object")),
    };
    Ok(Value::Obj(crate::builtins::type_::new_instance(vm, &cls)))
}

fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.values[0].clone();
    let [source, encoding, errors] = crate::builtins::cargs::keywords(
        vm,
        &args,
        "bytearray",
        ["source", "encoding", "errors"],
        0,
        0,
    )?;
    let data = construct_data(vm, "bytearray", &source, &encoding, &errors)?;
    if let Some(Payload::ByteArray(b)) = me.payload() {
        *b.borrow_mut() = data;
    }
    Ok(Value::None)
}

fn bytes_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = recv(vm, &args, "decode")?;
    let [encoding, errors] =
        crate::builtins::cargs::keywords(vm, &args, "decode", ["encoding", "errors"], 0, 0)?;
    let enc = crate::builtins::str::opt_str_kw(vm, &encoding, "decode", "encoding", "utf-8")?;
    let errs = crate::builtins::str::opt_str_kw(vm, &errors, "decode", "errors", "strict")?;
    let me = args.values[0].clone();
    let s = crate::builtins::codecs::decode_value(vm, &b, &me, &enc, &errs)?;
    Ok(vm.new_str(s))
}

/// `bytes.hex(sep, bytes_per_sep)` of some data.
pub fn hex_with_sep(vm: &mut Vm, b: &[u8], sep: &Value, per: &Value) -> PyResult<String> {
    let sep = if sep.is_null() {
        None
    } else {
        let c = match sep.payload() {
            Some(Payload::Str(s)) => {
                if s.char_len() != 1 {
                    return Err(vm.value_error("sep must be length 1."));
                }
                let c = s.as_str().chars().next().unwrap_or(' ');
                if !c.is_ascii() {
                    return Err(vm.value_error("sep must be ASCII."));
                }
                c
            }
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                let d = crate::ops::seq::bytes_of(sep).unwrap_or_default();
                if d.len() != 1 {
                    return Err(vm.value_error("sep must be length 1."));
                }
                if !d[0].is_ascii() {
                    return Err(vm.value_error("sep must be ASCII."));
                }
                d[0] as char
            }
            _ => {
                let tn = vm.type_name(sep);
                if vm.len(sep).is_err() {
                    return Err(vm.type_error(format!("object of type '{tn}' has no len()")));
                }
                return Err(vm.type_error("sep must be str or bytes."));
            }
        };
        Some(c)
    };
    let per = if per.is_null() {
        1
    } else {
        crate::builtins::cargs::ssize(vm, per)?
    };
    let hex = |x: &u8| format!("{x:02x}");
    let Some(sep) = sep.filter(|_| per != 0 && !b.is_empty()) else {
        return Ok(b.iter().map(hex).collect());
    };
    let group = per.unsigned_abs() as usize;
    let mut chunks: Vec<&[u8]> = Vec::new();
    if per < 0 {
        chunks.extend(b.chunks(group));
    } else {
        let first = match b.len() % group {
            0 => group,
            r => r,
        };
        chunks.push(&b[..first.min(b.len())]);
        chunks.extend(b[first.min(b.len())..].chunks(group));
    }
    let parts: Vec<String> = chunks.iter().map(|c| c.iter().map(hex).collect()).collect();
    Ok(parts.join(&sep.to_string()))
}

fn bytes_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = recv(vm, &args, "hex")?;
    let [sep, per] =
        crate::builtins::cargs::keywords(vm, &args, "hex", ["sep", "bytes_per_sep"], 0, 0)?;
    let s = hex_with_sep(vm, &b, &sep, &per)?;
    Ok(vm.new_str(s))
}

fn bytes_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values[0].clone();
    let is_ba = cls
        .as_obj()
        .is_some_and(|c| types::is_subtype(c, &vm.t.bytearray));
    let arg = crate::builtins::cargs::one(vm, &args, qual(is_ba, "fromhex"))?;
    let Some(s) = arg.as_str().map(str::to_string) else {
        let tn = crate::builtins::str_methods::clinic_type_name(vm, &arg);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let digit = |c: Option<&char>| c.and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && crate::builtins::bytes_methods::is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let Some(hi) = digit(chars.get(i)) else {
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            )));
        };
        let Some(lo) = digit(chars.get(i + 1)) else {
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let Some(cls_obj) = cls
        .as_obj()
        .filter(|c| matches!(c.payload, Payload::Type(_)))
    else {
        return Ok(vm.new_bytes(out));
    };
    let cls_obj = cls_obj.clone();
    if cls_obj.is(&vm.t.bytes) {
        return Ok(vm.new_bytes(out));
    }
    if cls_obj.is(&vm.t.bytearray) {
        return Ok(crate::builtins::bytes_methods::mk(vm, true, out));
    }
    let base = if types::is_subtype(&cls_obj, &vm.t.bytearray) {
        crate::builtins::bytes_methods::mk(vm, true, out)
    } else {
        vm.new_bytes(out)
    };
    vm.call(&cls, [base])
}

fn bytes_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, ba) = recv(vm, &args, "join")?;
    let iterable = crate::builtins::cargs::one(vm, &args, qual(ba, "join"))?;
    let it = match vm.iter(&iterable) {
        Ok(it) => it,
        Err(e) => {
            if vm.error_is(&e, "TypeError") {
                return Err(vm.type_error("can only join an iterable"));
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match crate::ops::seq::bytes_of(&item) {
            Some(b) => out.extend(b),
            None => {
                let tn = vm.type_name(&item);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {tn} found"
                )));
            }
        }
        i += 1;
    }
    Ok(crate::builtins::bytes_methods::mk(vm, ba, out))
}

fn bytearray_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = crate::builtins::bytes_methods::bytearray_of(vm, &args, "append")?;
    let v = crate::builtins::cargs::one(vm, &args, "bytearray.append")?;
    let v = crate::builtins::bytes_methods::byte_value(vm, &v)?;
    b.borrow_mut().push(v);
    Ok(Value::None)
}

fn bytearray_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = crate::builtins::bytes_methods::bytearray_of(vm, &args, "extend")?;
    let v = crate::builtins::cargs::one(vm, &args, "bytearray.extend")?;
    let data = match crate::ops::seq::bytes_of(&v) {
        Some(d) => d,
        None => {
            let it = match vm.iter(&v) {
                Ok(it) => it,
                Err(e) => {
                    if vm.error_is(&e, "TypeError") {
                        let tn = vm.type_name(&v);
                        return Err(vm.type_error(format!("can't extend bytearray with {tn}")));
                    }
                    return Err(e);
                }
            };
            let mut d = Vec::new();
            while let Some(item) = vm.next(&it)? {
                d.push(crate::builtins::bytes_methods::byte_value(vm, &item)?);
            }
            d
        }
    };
    b.borrow_mut().extend(data);
    Ok(Value::None)
}

fn bytearray_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = crate::builtins::bytes_methods::bytearray_of(vm, &args, "pop")?;
    let a = crate::builtins::cargs::positional(vm, &args, "bytearray.pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => crate::builtins::cargs::ssize(vm, v)?,
        None => -1,
    };
    let len = b.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    match crate::ops::seq::norm_index(i, len) {
        Some(j) => Ok(Value::Int(b.borrow_mut().remove(j) as i64)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn bytes_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = recv(vm, &args, "__bytes__")?;
    crate::builtins::cargs::noargs(vm, &args, "bytes.__bytes__")?;
    if args.values[0]
        .as_obj()
        .is_some_and(|o| o.ty().is(&vm.t.bytes))
    {
        return Ok(args.values[0].clone());
    }
    Ok(vm.new_bytes(b))
}

fn bytes_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = recv(vm, &args, "__getnewargs__")?;
    crate::builtins::cargs::noargs(vm, &args, "bytes.__getnewargs__")?;
    let v = vm.new_bytes(b);
    Ok(vm.new_tuple(vec![v]))
}

/// Installs `bytes` and `bytearray` methods.
pub fn install(vm: &mut Vm) {
    let bytes = vm.t.bytes.clone();
    let ba = vm.t.bytearray.clone();
    for (ty, hashable, mutable) in [(bytes.clone(), true, false), (ba.clone(), false, true)] {
        crate::builtins::slots::install_compare(vm, &ty);
        crate::builtins::slots::install_basic(vm, &ty, hashable);
        crate::builtins::slots::install_container(vm, &ty, mutable);
    }
    let common: &[(&'static str, crate::payload::NativeFn, NativeKind)] = &[
        ("decode", bytes_decode, NativeKind::Method),
        ("hex", bytes_hex, NativeKind::Method),
        ("fromhex", bytes_fromhex, NativeKind::ClassMethod),
        ("join", bytes_join, NativeKind::Method),
    ];
    vm.add_methods(&bytes, common);
    vm.add_methods(&ba, common);
    vm.add_methods(
        &bytes,
        &[
            ("__new__", bytes_new, NativeKind::StaticMethod),
            ("__bytes__", bytes_bytes, NativeKind::Method),
            ("__getnewargs__", bytes_getnewargs, NativeKind::Method),
        ],
    );
    vm.add_methods(
        &ba,
        &[
            ("__new__", bytearray_new, NativeKind::StaticMethod),
            ("__init__", bytearray_init, NativeKind::Method),
            ("append", bytearray_append, NativeKind::Method),
            ("extend", bytearray_extend, NativeKind::Method),
            ("pop", bytearray_pop, NativeKind::Method),
        ],
    );
    crate::builtins::bytes_methods::install(vm, &bytes, &ba);
    crate::builtins::codecs::install(vm);
}
