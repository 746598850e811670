//! `memoryview`: a view of the bytes of a `bytes` or `bytearray`, sharing
//! them (writes through a view of a bytearray change the bytearray, and
//! the view sees later changes). One-dimensional, with the one-byte
//! formats `B`, `b` and `c`.

use crate::args::Args;
use crate::object::ObjRef;
use crate::ops::seq::with_bytes;
use crate::payload::{NativeKind, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::Cell;

/// The state of a memoryview.
pub struct MemoryView {
    /// The object whose bytes are viewed (a bytes or bytearray: views of
    /// views point at the original).
    pub obj: ObjRef,
    /// The byte offset of element 0.
    pub start: usize,
    /// The distance between elements, in bytes (negative for reversed slices).
    pub step: isize,
    /// The number of elements.
    pub len: usize,
    /// Whether writes are refused (views of bytes, `toreadonly()`).
    pub readonly: bool,
    /// The element format: `B` (unsigned), `b` (signed) or `c` (bytes of one).
    pub format: u8,
    /// Set by `release()`: every later use is an error.
    pub released: Cell<bool>,
}

impl MemoryView {
    /// The byte offsets of the elements, in order.
    fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(|i| (self.start as isize + i as isize * self.step) as usize)
    }

    /// The viewed bytes, copied (bytes missing from a shrunken bytearray
    /// read as nothing).
    pub fn bytes(&self) -> Vec<u8> {
        with_bytes(&self.obj.payload, |data| {
            self.offsets()
                .filter_map(|o| data.get(o).copied())
                .collect()
        })
    }
}

/// The view a method was called on, checked not released.
fn me<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<&'a MemoryView> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::MemoryView(m)) if m.released.get() => Err(released(vm)),
        Some(Payload::MemoryView(m)) => Ok(m),
        _ => Err(vm.type_error("descriptor requires a 'memoryview' object")),
    }
}

fn released(vm: &mut Vm) -> crate::object::ObjRef {
    vm.value_error("operation forbidden on released memoryview object")
}

/// A new view object.
fn new_view(vm: &mut Vm, view: MemoryView) -> Value {
    Value::Obj(ObjRef::new(
        vm.t.memoryview.clone(),
        Payload::MemoryView(Box::new(view)),
    ))
}

/// The Python value of one element.
fn element(vm: &mut Vm, format: u8, byte: u8) -> Value {
    match format {
        b'b' => Value::Int(byte as i8 as i64),
        b'c' => vm.new_bytes(vec![byte]),
        _ => Value::Int(byte as i64),
    }
}

/// `memoryview(obj)`.
fn memoryview_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "memoryview", 2, 2)?;
    let source = &a[1];
    let view = match source.payload() {
        Some(Payload::Bytes(b)) => MemoryView {
            obj: source.as_obj().cloned().expect("an object"),
            start: 0,
            step: 1,
            len: b.len(),
            readonly: true,
            format: b'B',
            released: Cell::new(false),
        },
        Some(Payload::ByteArray(b)) => MemoryView {
            obj: source.as_obj().cloned().expect("an object"),
            start: 0,
            step: 1,
            len: b.borrow().len(),
            readonly: false,
            format: b'B',
            released: Cell::new(false),
        },
        Some(Payload::MemoryView(m)) => {
            if m.released.get() {
                return Err(released(vm));
            }
            MemoryView {
                obj: m.obj.clone(),
                released: Cell::new(false),
                ..**m
            }
        }
        _ => {
            let tn = vm.type_name(source);
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{tn}'"
            )));
        }
    };
    Ok(new_view(vm, view))
}

fn mv_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(me(vm, &args)?.len as i64))
}

/// An element index, checked against the view's length.
fn element_index(vm: &mut Vm, m: &MemoryView, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(_) | Value::Bool(_) => vm.index(key)?,
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => vm.index(key)?,
        _ => return Err(vm.type_error("memoryview: invalid slice key")),
    };
    let n = m.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_error("IndexError", "index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// The sub-view a slice selects.
fn sliced(vm: &mut Vm, m: &MemoryView, slice: &[Value; 3]) -> PyResult<MemoryView> {
    let (start, _, step, count) = crate::ops::seq::slice_indices(vm, slice, m.len)?;
    Ok(MemoryView {
        obj: m.obj.clone(),
        start: (m.start as isize + start as isize * m.step) as usize,
        step: m.step * step as isize,
        len: count,
        readonly: m.readonly,
        format: m.format,
        released: Cell::new(false),
    })
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let key = args.values.get(1).cloned().unwrap_or(Value::None);
    if let Some(Payload::Slice(s)) = key.payload() {
        let view = sliced(vm, m, s)?;
        return Ok(new_view(vm, view));
    }
    let i = element_index(vm, m, &key)?;
    let offset = m.offsets().nth(i).unwrap_or(0);
    let byte = with_bytes(&m.obj.payload, |d| d.get(offset).copied());
    match byte {
        Some(b) => Ok(element(vm, m.format, b)),
        None => Err(vm.new_error("IndexError", "index out of bounds on dimension 1")),
    }
}

/// The byte that stores `value` in format `format`.
fn element_byte(vm: &mut Vm, format: u8, value: &Value) -> PyResult<u8> {
    let fmt = format as char;
    if format == b'c' {
        return match value.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b[0]),
            _ => Err(vm.value_error(format!("memoryview: invalid value for format '{fmt}'"))),
        };
    }
    let n = match value {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => i64::MAX,
        _ => return Err(vm.type_error(format!("memoryview: invalid type for format '{fmt}'"))),
    };
    let range = if format == b'b' { -128..=127 } else { 0..=255 };
    if !range.contains(&n) {
        return Err(vm.value_error(format!("memoryview: invalid value for format '{fmt}'")));
    }
    Ok(n as u8)
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = me(vm, &args)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let key = args.values.get(1).cloned().unwrap_or(Value::None);
    let value = args.values.get(2).cloned().unwrap_or(Value::None);
    let (offsets, bytes): (Vec<usize>, Vec<u8>) = if let Some(Payload::Slice(s)) = key.payload() {
        let target = sliced(vm, m, s)?;
        let Some(src) = crate::ops::seq::bytes_of(&value) else {
            let tn = vm.type_name(&value);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        };
        if src.len() != target.len {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        (target.offsets().collect(), src)
    } else {
        let i = element_index(vm, m, &key)?;
        let byte = element_byte(vm, m.format, &value)?;
        (m.offsets().skip(i).take(1).collect(), vec![byte])
    };
    if let Payload::ByteArray(data) = &m.obj.payload {
        let mut data = data.borrow_mut();
        for (o, b) in offsets.into_iter().zip(bytes) {
            if let Some(slot) = data.get_mut(o) {
                *slot = b;
            }
        }
    }
    Ok(Value::None)
}

fn mv_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = me(vm, &args)?;
    Err(if m.readonly {
        vm.type_error("cannot modify read-only memory")
    } else {
        vm.type_error("cannot delete memory")
    })
}

fn mv_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = me(vm, &args)?.bytes();
    Ok(vm.new_bytes(data))
}

fn mv_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let (format, data) = (m.format, m.bytes());
    let items = data.into_iter().map(|b| element(vm, format, b)).collect();
    Ok(vm.new_list(items))
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = mv_tolist(vm, args)?;
    vm.iter(&list)
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = me(vm, &args)?.bytes();
    let [sep, per] =
        crate::builtins::cargs::keywords(vm, &args, "hex", ["sep", "bytes_per_sep"], 0, 0)?;
    let s = crate::builtins::bytes::hex_with_sep(vm, &data, &sep, &per)?;
    Ok(vm.new_str(s))
}

fn mv_release(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Payload::MemoryView(m)) = args.values.first().and_then(Value::payload) {
        m.released.set(true);
    }
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    me(vm, &args)?;
    Ok(args.values[0].clone())
}

fn mv_toreadonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let view = MemoryView {
        obj: m.obj.clone(),
        readonly: true,
        released: Cell::new(false),
        ..*m
    };
    Ok(new_view(vm, view))
}

/// `cast(format)` between the one-byte formats.
fn mv_cast(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = me(vm, &args)?;
    let format = match args.values.get(1).and_then(Value::as_str) {
        Some("B") => b'B',
        Some("b") => b'b',
        Some("c") => b'c',
        Some(other) => {
            let msg = format!("memoryview.cast() to format '{other}'");
            return Err(vm.not_implemented_error(&msg));
        }
        None => return Err(vm.type_error("memoryview: format argument must be a string")),
    };
    if m.step != 1 {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let view = MemoryView {
        obj: m.obj.clone(),
        format,
        released: Cell::new(false),
        ..*m
    };
    Ok(new_view(vm, view))
}

/// `==`: equal to any bytes-like object with the same elements.
fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let other = args.values.get(1).cloned().unwrap_or(Value::None);
    let Some(Payload::MemoryView(m)) = args.values.first().and_then(Value::payload) else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    if let Some(Payload::MemoryView(o)) = other.payload() {
        if m.released.get() || o.released.get() {
            return Ok(Value::Bool(args.values[0].is(&other)));
        }
    }
    if m.released.get() {
        return Ok(Value::Bool(false));
    }
    let other_format = match other.payload() {
        Some(Payload::MemoryView(o)) => o.format,
        _ => b'B',
    };
    match crate::ops::seq::bytes_of(&other) {
        // `c` elements are bytes, `B` and `b` ones ints: they never compare equal.
        Some(data) if (m.format == b'c') == (other_format == b'c') => {
            let signed = |f: u8, b: u8| if f == b'b' { b as i8 as i64 } else { b as i64 };
            let mine = m.bytes();
            let same = mine.len() == data.len()
                && mine
                    .iter()
                    .zip(&data)
                    .all(|(&a, &b)| signed(m.format, a) == signed(other_format, b));
            Ok(Value::Bool(same))
        }
        Some(_) => Ok(Value::Bool(false)),
        None => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn mv_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match mv_eq(vm, args)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

/// `hash(view)`: a read-only view hashes as the bytes it shows.
pub fn hash(vm: &mut Vm, m: &MemoryView) -> PyResult<i64> {
    if m.released.get() {
        return Err(released(vm));
    }
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    Ok(pvm_compiler::pyhash::hash_bytes(&m.bytes()))
}

/// `<memory at 0x...>` (`<released memory at 0x...>`).
pub fn repr(m: &MemoryView, addr: usize) -> String {
    let what = if m.released.get() {
        "released memory"
    } else {
        "memory"
    };
    format!("<{what} at {addr:#x}>")
}

fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::MemoryView(m)) = args.values.first().and_then(Value::payload) else {
        return Err(vm.type_error("descriptor requires a 'memoryview' object"));
    };
    Ok(Value::Int(hash(vm, m)?))
}

fn mv_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::MemoryView(m)) = args.values.first().and_then(Value::payload) else {
        return Err(vm.type_error("descriptor requires a 'memoryview' object"));
    };
    let addr = args.values[0].as_obj().map_or(0, |o| o.addr());
    Ok(vm.new_str(repr(m, addr)))
}

/// The attributes of a view (`obj`, `nbytes`, `format`, ...).
pub fn attr(vm: &mut Vm, m: &MemoryView, name: &str) -> PyResult<Option<Value>> {
    let known = matches!(
        name,
        "obj"
            | "nbytes"
            | "readonly"
            | "itemsize"
            | "format"
            | "ndim"
            | "shape"
            | "strides"
            | "suboffsets"
            | "c_contiguous"
            | "f_contiguous"
            | "contiguous"
    );
    if !known {
        return Ok(None);
    }
    if m.released.get() {
        return Err(released(vm));
    }
    let len = Value::Int(m.len as i64);
    let contiguous = m.step == 1 || m.len <= 1;
    Ok(Some(match name {
        "obj" => Value::Obj(m.obj.clone()),
        "nbytes" => len,
        "readonly" => Value::Bool(m.readonly),
        "itemsize" => Value::Int(1),
        "format" => vm.new_str((m.format as char).to_string()),
        "ndim" => Value::Int(1),
        "shape" => vm.new_tuple(vec![len]),
        "strides" => vm.new_tuple(vec![Value::Int(m.step as i64)]),
        "suboffsets" => vm.new_tuple(vec![]),
        _ => Value::Bool(contiguous),
    }))
}

/// Installs the methods of `memoryview`.
pub fn install(vm: &mut Vm) {
    let mv = vm.t.memoryview.clone();
    vm.add_methods(
        &mv,
        &[
            ("__new__", memoryview_new, NativeKind::StaticMethod),
            ("__len__", mv_len, NativeKind::Method),
            ("__getitem__", mv_getitem, NativeKind::Method),
            ("__setitem__", mv_setitem, NativeKind::Method),
            ("__delitem__", mv_delitem, NativeKind::Method),
            ("__iter__", mv_iter, NativeKind::Method),
            ("__eq__", mv_eq, NativeKind::Method),
            ("__ne__", mv_ne, NativeKind::Method),
            ("__hash__", mv_hash, NativeKind::Method),
            ("__repr__", mv_repr, NativeKind::Method),
            ("__enter__", mv_enter, NativeKind::Method),
            ("__exit__", mv_release, NativeKind::Method),
            ("tobytes", mv_tobytes, NativeKind::Method),
            ("tolist", mv_tolist, NativeKind::Method),
            ("hex", mv_hex, NativeKind::Method),
            ("release", mv_release, NativeKind::Method),
            ("toreadonly", mv_toreadonly, NativeKind::Method),
            ("cast", mv_cast, NativeKind::Method),
        ],
    );
}
