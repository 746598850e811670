//! `bytes` and `bytearray`: constructors, codecs and methods.

use crate::args::Args;
use crate::object::ObjRef;
use crate::payload::{NativeKind, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

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

fn construct(vm: &mut Vm, mut args: Args, name: &str) -> PyResult<(ObjRef, Vec<u8>)> {
    let cls = match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error(format!("{name}.__new__(X): X is not a type object"))),
    };
    args.values.remove(0);
    let [source, encoding, errors] = args.bind(vm, name, ["source", "encoding", "errors"], 0)?;
    let data = if source.is_null() {
        Vec::new()
    } else if let Some(s) = source.as_str() {
        if encoding.is_null() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let s = s.to_string();
        let enc = vm.str(&encoding)?;
        let errs = if errors.is_null() {
            "strict".to_string()
        } else {
            vm.str(&errors)?
        };
        encode(vm, &s, &enc, &errs)?
    } else {
        let ty = vm.type_of(&source).clone();
        if types::is_heap_type(&ty) {
            if let Some(f) = vm.lookup_special(&ty, "__bytes__") {
                let r = vm.call(&f, vec![source.clone()])?;
                return Ok((cls, crate::ops::seq::bytes_of(&r).unwrap_or_default()));
            }
        }
        vm.bytes_from(&source)?
    };
    Ok((cls, data))
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (cls, data) = construct(vm, args, "bytes")?;
    if cls.is(&vm.t.bytes) {
        return Ok(vm.new_bytes(data));
    }
    Ok(Value::Obj(ObjRef::with_dict(
        cls,
        Payload::Bytes(data.into_boxed_slice()),
        None,
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
    let mut rest = Args {
        values: args.values.clone(),
        kwnames: args.kwnames.clone(),
    };
    rest.values[0] = Value::Obj(vm.t.bytearray.clone());
    let (_, data) = construct(vm, rest, "bytearray")?;
    if let Some(Payload::ByteArray(b)) = me.payload() {
        *b.borrow_mut() = data;
    }
    Ok(Value::None)
}

fn data_of(vm: &mut Vm, args: &Args) -> PyResult<Vec<u8>> {
    match args.values.first().and_then(crate::ops::seq::bytes_of) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

fn same_kind(vm: &mut Vm, args: &Args, data: Vec<u8>) -> Value {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::ByteArray(_)) => Value::Obj(ObjRef::new(
            vm.t.bytearray.clone(),
            Payload::ByteArray(RefCell::new(data)),
        )),
        _ => vm.new_bytes(data),
    }
}

fn bytes_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = data_of(vm, &args)?;
    let rest = Args {
        values: args.values[1..].iter().cloned().collect(),
        kwnames: args.kwnames.clone(),
    };
    let [encoding, errors] = rest.bind(vm, "decode", ["encoding", "errors"], 0)?;
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
    let s = decode(vm, &b, &enc, &errs)?;
    Ok(vm.new_str(s))
}

fn bytes_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = data_of(vm, &args)?;
    let sep = args
        .values
        .get(1)
        .and_then(|v| v.as_str().map(str::to_string));
    let parts: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    Ok(vm.new_str(match sep {
        Some(s) => parts.join(&s),
        None => parts.concat(),
    }))
}

fn bytes_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values[0].clone();
    let s = args
        .values
        .get(1)
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let at = if hi.is_none() { i } else { i + 1 };
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {at}"
                )));
            }
        }
        i += 2;
    }
    if matches!(cls.payload(), Some(Payload::Type(_)))
        && cls.as_obj().is_some_and(|c| c.is(&vm.t.bytearray))
    {
        return Ok(Value::Obj(ObjRef::new(
            vm.t.bytearray.clone(),
            Payload::ByteArray(RefCell::new(out)),
        )));
    }
    Ok(vm.new_bytes(out))
}

fn bytes_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = data_of(vm, &args)?;
    let items = vm.to_vec(&args.values[1].clone())?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match crate::ops::seq::bytes_of(item) {
            Some(b) => out.extend(b),
            None => {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {tn} found"
                )));
            }
        }
    }
    Ok(same_kind(vm, &args, out))
}

fn bytearray_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "append", 2, 2)?.to_vec();
    let v = vm.index(&a[1])?;
    if !(0..256).contains(&v) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    if let Some(Payload::ByteArray(b)) = a[0].payload() {
        b.borrow_mut().push(v as u8);
    }
    Ok(Value::None)
}

fn bytearray_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "extend", 2, 2)?.to_vec();
    let data = vm.bytes_from(&a[1])?;
    if let Some(Payload::ByteArray(b)) = a[0].payload() {
        b.borrow_mut().extend(data);
    }
    Ok(Value::None)
}

fn bytearray_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "pop", 1, 2)?.to_vec();
    let Some(Payload::ByteArray(b)) = a[0].payload() else {
        return Err(vm.type_error("pop"));
    };
    let len = b.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = if a.len() == 2 { vm.index(&a[1])? } else { -1 };
    match crate::ops::seq::norm_index(i, len) {
        Some(j) => Ok(Value::Int(b.borrow_mut().remove(j) as i64)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

/// Installs `bytes` and `bytearray` methods.
pub fn install(vm: &mut Vm) {
    let bytes = vm.t.bytes.clone();
    let ba = vm.t.bytearray.clone();
    let common: &[(&'static str, crate::payload::NativeFn, NativeKind)] = &[
        ("decode", bytes_decode, NativeKind::Method),
        ("hex", bytes_hex, NativeKind::Method),
        ("fromhex", bytes_fromhex, NativeKind::ClassMethod),
        ("join", bytes_join, NativeKind::Method),
    ];
    vm.add_methods(&bytes, common);
    vm.add_methods(&ba, common);
    vm.add_methods(&bytes, &[("__new__", bytes_new, NativeKind::StaticMethod)]);
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
    for (ty, hashable, mutable) in [(bytes, true, false), (ba, false, true)] {
        crate::builtins::slots::install_binops(vm, &ty, &["__add__", "__mul__", "__mod__"]);
        crate::builtins::slots::install_compare(vm, &ty);
        crate::builtins::slots::install_basic(vm, &ty, hashable);
        crate::builtins::slots::install_container(vm, &ty, mutable);
    }
}
