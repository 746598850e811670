//! The `array` module: `array.array`, a sequence of machine values of one
//! C type (typecodes b B u h H i I l L q Q f d, with the sizes of CPython
//! on 64-bit Linux), and its iterator, with CPython 3.11's messages.
//!
//! The items live as raw native-endian bytes, so `tobytes`, `frombytes`,
//! `byteswap` and slicing are byte copies; an item becomes a Python value
//! only when read. Converting a value to an item may run Python code
//! (`__index__`, `__float__`), so it always happens before the bytes are
//! borrowed.

use crate::native::{self, receiver};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::ops::CmpOp;
use pvm_vm::payload::{Extension, NativeKind, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

/// CPython's name of the class in messages.
const CLASS: &str = "array.array";

/// The typecodes, in the order `array.typecodes` lists them.
const TYPECODES: &str = "bBuhHiIlLqQfd";

/// `array.array.__doc__` (every class has one in CPython).
const DOC: &str = "array(typecode [, initializer]) -> array\n\n\
An array of machine values, all of the C type that typecode names\n\
(see array.typecodes), filled from the optional initializer: a list,\n\
a bytes-like object, a str for 'u' arrays, or any iterable.";

/// Bytes written per `write` call by `tofile` (CPython's BLOCKSIZE).
const BLOCK: usize = 64 * 1024;

/// Fills in the `array` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    let methods: &native::Methods = &[
        ("__new__", array_new, NativeKind::StaticMethod),
        ("append", append, NativeKind::Method),
        ("buffer_info", buffer_info, NativeKind::Method),
        ("byteswap", byteswap, NativeKind::Method),
        ("count", count, NativeKind::Method),
        ("extend", extend, NativeKind::Method),
        ("frombytes", frombytes, NativeKind::Method),
        ("fromfile", fromfile, NativeKind::Method),
        ("fromlist", fromlist, NativeKind::Method),
        ("fromunicode", fromunicode, NativeKind::Method),
        ("index", index, NativeKind::Method),
        ("insert", insert, NativeKind::Method),
        ("pop", pop, NativeKind::Method),
        ("remove", remove, NativeKind::Method),
        ("reverse", reverse, NativeKind::Method),
        ("tobytes", tobytes, NativeKind::Method),
        ("tofile", tofile, NativeKind::Method),
        ("tolist", tolist, NativeKind::Method),
        ("tounicode", tounicode, NativeKind::Method),
        ("__copy__", copy, NativeKind::Method),
        ("__deepcopy__", deepcopy, NativeKind::Method),
        ("__bytes__", tobytes, NativeKind::Method),
        ("__len__", len, NativeKind::Method),
        ("__getitem__", getitem, NativeKind::Method),
        ("__setitem__", setitem, NativeKind::Method),
        ("__delitem__", delitem, NativeKind::Method),
        ("__contains__", contains, NativeKind::Method),
        ("__iter__", iter, NativeKind::Method),
        ("__repr__", repr, NativeKind::Method),
        ("__add__", add, NativeKind::Method),
        ("__iadd__", iadd, NativeKind::Method),
        ("__mul__", mul, NativeKind::Method),
        ("__rmul__", mul, NativeKind::Method),
        ("__imul__", imul, NativeKind::Method),
        ("__eq__", eq, NativeKind::Method),
        ("__ne__", ne, NativeKind::Method),
        ("__lt__", lt, NativeKind::Method),
        ("__le__", le, NativeKind::Method),
        ("__gt__", gt, NativeKind::Method),
        ("__ge__", ge, NativeKind::Method),
        ("__class_getitem__", class_getitem, NativeKind::ClassMethod),
    ];
    let ty = native::new_type(vm, module, "array", "array", methods, false);
    vm.set_type_attr(&ty, "__hash__", Value::None);
    let doc = vm.new_str(DOC);
    vm.set_type_attr(&ty, "__doc__", doc);
    native::add_property(vm, &ty, "typecode", typecode_get, typecode_set);
    native::add_property(vm, &ty, "itemsize", itemsize_get, itemsize_set);
    // `match` takes an array for a sequence (Py_TPFLAGS_SEQUENCE).
    let td = pvm_vm::types::data(&ty);
    td.flags.set(td.flags.get() | pvm_vm::types::SEQUENCE);
    vm.set_attr_direct(module, "ArrayType", Value::Obj(ty.clone()));
    // As CPython's module does: arrays are MutableSequences.
    let abc = pvm_vm::import::import_full(vm, "_collections_abc")?;
    let seq = vm.get_attr_str(&abc, "MutableSequence")?;
    let register = vm.get_attr_str(&seq, "register")?;
    vm.call(&register, [Value::Obj(ty)])?;
    let codes = vm.new_str(TYPECODES);
    vm.set_attr_direct(module, "typecodes", codes);
    // Not a name of CPython's module: `iter()` finds the class here.
    let it = vm.new_extension_type("arrayiterator", "array", vec![], ITER_METHODS);
    let td = pvm_vm::types::data(&it);
    td.flags.set(td.flags.get() & !pvm_vm::types::BASETYPE);
    vm.set_type_attr(&it, "__doc__", Value::None);
    vm.set_attr_direct(module, "_arrayiterator", Value::Obj(it));
    Ok(())
}

/// The C type behind a typecode.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// An integer of `size` bytes.
    Int { signed: bool, size: usize },
    /// A C float (4 bytes).
    F32,
    /// A C double.
    F64,
    /// A wchar_t (UCS-4 on Linux).
    Char,
}

/// The kind of typecode `c`, None for an unknown code.
fn kind_of(c: char) -> Option<Kind> {
    let int = |signed, size| Some(Kind::Int { signed, size });
    match c {
        'b' => int(true, 1),
        'B' => int(false, 1),
        'h' => int(true, 2),
        'H' => int(false, 2),
        'i' => int(true, 4),
        'I' => int(false, 4),
        'l' | 'q' => int(true, 8),
        'L' | 'Q' => int(false, 8),
        'f' => Some(Kind::F32),
        'd' => Some(Kind::F64),
        'u' => Some(Kind::Char),
        _ => None,
    }
}

impl Kind {
    /// Bytes per item.
    fn size(self) -> usize {
        match self {
            Kind::Int { size, .. } => size,
            Kind::F32 | Kind::Char => 4,
            Kind::F64 => 8,
        }
    }
}

/// One item, decoded.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Item {
    Int(i128),
    Float(f64),
    Char(u32),
}

/// The state of an array: its typecode and the items' bytes.
struct Array {
    code: char,
    kind: Kind,
    data: RefCell<Vec<u8>>,
}

impl Extension for Array {}

impl Array {
    fn new(code: char, kind: Kind, data: Vec<u8>) -> Array {
        Array {
            code,
            kind,
            data: RefCell::new(data),
        }
    }

    fn itemsize(&self) -> usize {
        self.kind.size()
    }

    fn len(&self) -> usize {
        self.data.borrow().len() / self.itemsize()
    }

    /// The item at index `i` (which must be in range).
    fn get(&self, i: usize) -> Item {
        let n = self.itemsize();
        let data = self.data.borrow();
        decode(self.kind, &data[i * n..(i + 1) * n])
    }

    /// Every item.
    fn items(&self) -> Vec<Item> {
        let n = self.itemsize();
        let data = self.data.borrow();
        data.chunks_exact(n).map(|b| decode(self.kind, b)).collect()
    }
}

/// Decodes one item from its native-endian bytes.
fn decode(kind: Kind, b: &[u8]) -> Item {
    match kind {
        Kind::Int { signed, size } => {
            let mut le = [0u8; 16];
            le[..size].copy_from_slice(b);
            if signed && b[size - 1] & 0x80 != 0 {
                le[size..].fill(0xff);
            }
            Item::Int(i128::from_le_bytes(le))
        }
        Kind::F32 => Item::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        Kind::F64 => {
            let mut a = [0u8; 8];
            a.copy_from_slice(b);
            Item::Float(f64::from_ne_bytes(a))
        }
        Kind::Char => Item::Char(u32::from_ne_bytes([b[0], b[1], b[2], b[3]])),
    }
}

/// Appends the bytes of `item` (already range-checked) to `out`.
fn encode(kind: Kind, item: Item, out: &mut Vec<u8>) {
    match (kind, item) {
        (Kind::Int { size, .. }, Item::Int(x)) => out.extend_from_slice(&x.to_le_bytes()[..size]),
        (Kind::F32, Item::Float(f)) => out.extend_from_slice(&(f as f32).to_ne_bytes()),
        (Kind::F64, Item::Float(f)) => out.extend_from_slice(&f.to_ne_bytes()),
        (Kind::Char, Item::Char(c)) => out.extend_from_slice(&c.to_ne_bytes()),
        // Never produced: `convert` gives the item its kind's shape.
        _ => out.extend(std::iter::repeat_n(0, kind.size())),
    }
}

/// An int argument's value: exact within i128, else only its sign.
enum IntVal {
    Small(i128),
    Huge { negative: bool },
}

/// The integer value of `v` (`__index__`), or "'T' object cannot be
/// interpreted as an integer".
fn int_value(vm: &mut Vm, v: &Value) -> PyResult<IntVal> {
    let i = vm.index_value(v)?;
    Ok(match &i {
        Value::Int(x) => IntVal::Small(*x as i128),
        Value::Bool(b) => IntVal::Small(*b as i128),
        _ => match i.payload() {
            Some(Payload::Int(b)) => match b.to_i128() {
                Some(x) => IntVal::Small(x),
                None => IntVal::Huge {
                    negative: b.is_negative(),
                },
            },
            _ => IntVal::Small(0),
        },
    })
}

/// The OverflowError of an int item out of `code`'s range, if it is.
fn int_range_error(code: char, v: &IntVal) -> Option<&'static str> {
    const LONG: &str = "Python int too large to convert to C long";
    const ULONG: &str = "Python int too large to convert to C unsigned long";
    const NEG_UINT: &str = "can't convert negative value to unsigned int";
    let x = match *v {
        IntVal::Small(x) => x,
        IntVal::Huge { negative } => {
            return Some(match code {
                'I' | 'L' if negative => NEG_UINT,
                'I' | 'L' => ULONG,
                'q' => "int too big to convert",
                'Q' if negative => "can't convert negative int to unsigned",
                'Q' => "int too big to convert",
                _ => LONG,
            });
        }
    };
    let in_long = i64::try_from(x).is_ok();
    let named = |lo: i128, hi: i128, less: &'static str, greater: &'static str| {
        if !in_long {
            Some(LONG)
        } else if x < lo {
            Some(less)
        } else if x > hi {
            Some(greater)
        } else {
            None
        }
    };
    let short_error = || {
        named(
            -32768,
            32767,
            "signed short integer is less than minimum",
            "signed short integer is greater than maximum",
        )
    };
    let int_error = || {
        named(
            i32::MIN as i128,
            i32::MAX as i128,
            "signed integer is less than minimum",
            "signed integer is greater than maximum",
        )
    };
    match code {
        // 'b' is parsed as a C short first, 'H' as a C int: their
        // messages past those ranges name the wider type.
        'b' if !(-32768..=32767).contains(&x) => short_error(),
        'b' => named(
            -128,
            127,
            "signed char is less than minimum",
            "signed char is greater than maximum",
        ),
        'B' => named(
            0,
            255,
            "unsigned byte integer is less than minimum",
            "unsigned byte integer is greater than maximum",
        ),
        'h' => short_error(),
        'H' if in_long && !(i32::MIN as i128..=i32::MAX as i128).contains(&x) => int_error(),
        'H' => named(
            0,
            65535,
            "unsigned short is less than minimum",
            "unsigned short is greater than maximum",
        ),
        'i' => int_error(),
        'I' if x < 0 => Some(NEG_UINT),
        'I' if x > u64::MAX as i128 => Some(ULONG),
        'I' if x > u32::MAX as i128 => Some("unsigned int is greater than maximum"),
        'L' if x < 0 => Some(NEG_UINT),
        'L' if x > u64::MAX as i128 => Some(ULONG),
        'l' if !in_long => Some(LONG),
        'q' if !in_long => Some("int too big to convert"),
        'Q' if x < 0 => Some("can't convert negative int to unsigned"),
        'Q' if x > u64::MAX as i128 => Some("int too big to convert"),
        _ => None,
    }
}

/// Converts `v` to an item of the array's type, with CPython's errors.
fn convert(vm: &mut Vm, code: char, kind: Kind, v: &Value) -> PyResult<Item> {
    match kind {
        Kind::Int { .. } => {
            let x = int_value(vm, v)?;
            if let Some(msg) = int_range_error(code, &x) {
                return Err(vm.overflow_error(msg));
            }
            match x {
                IntVal::Small(x) => Ok(Item::Int(x)),
                IntVal::Huge { .. } => Err(vm.overflow_error("int too big to convert")),
            }
        }
        Kind::F32 | Kind::F64 => {
            let f = pvm_vm::builtins::numbers::to_f64(vm, v)?;
            Ok(Item::Float(f))
        }
        Kind::Char => {
            let c = v.as_str().and_then(|s| {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Some(pvm_vm::surrogates::code_point(c)),
                    _ => None,
                }
            });
            match c {
                Some(c) => Ok(Item::Char(c)),
                None => Err(vm.type_error("array item must be unicode character")),
            }
        }
    }
}

/// The Python value of an item.
fn item_value(vm: &mut Vm, item: Item) -> PyResult<Value> {
    Ok(match item {
        Item::Int(x) => match i64::try_from(x) {
            Ok(i) => Value::Int(i),
            Err(_) => vm.new_int_big(BigInt::from(x)),
        },
        Item::Float(f) => Value::Float(f),
        Item::Char(c) => match wide_char(c) {
            Some(ch) => vm.new_str(ch.to_string()),
            None => return Err(vm.value_error("chr() arg not in range(0x110000)")),
        },
    })
}

/// The character of a wchar_t item: None past U+10FFFF; a lone
/// surrogate becomes its stand-in (pvm_vm::surrogates).
fn wide_char(c: u32) -> Option<char> {
    pvm_vm::surrogates::char_of(c)
}

/// The array state of a value, if it is an array.
fn array_of(v: &Value) -> Option<&Array> {
    pvm_vm::extension::state::<Array>(v)
}

/// The array state of a method's receiver.
fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a Array> {
    receiver::<Array>(vm, args, CLASS, method)
}

/// `array.array` itself (the class of new arrays made by slicing, `+`
/// and `*`, as in CPython, even for subclasses).
fn array_class(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    let ty = vm.type_of(v).clone();
    if pvm_vm::types::data(&ty).has(pvm_vm::types::IMMUTABLE) {
        return Ok(ty);
    }
    let mro = pvm_vm::types::data(&ty).mro.borrow().clone();
    for t in mro {
        if pvm_vm::types::data(&t).has(pvm_vm::types::IMMUTABLE)
            && pvm_vm::types::name(&t) == "array"
        {
            return Ok(t);
        }
    }
    Err(vm.type_error("array type missing"))
}

/// A new `array.array` like `like`'s with `data`.
fn new_like(vm: &mut Vm, like: &Value, me: &Array, data: Vec<u8>) -> PyResult<Value> {
    let cls = array_class(vm, like)?;
    Ok(vm.new_extension(&cls, Array::new(me.code, me.kind, data)))
}

// ---------------------------------------------------------------------------
// Construction

/// `array.__new__(cls, typecode[, initializer])`.
fn array_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "array")?;
    if args.nkw() > 0 && pvm_vm::types::data(&cls).has(pvm_vm::types::IMMUTABLE) {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let npos = args.values.len() - 1 - args.nkw();
    let pos = &args.values[1..1 + npos];
    if pos.is_empty() {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let code = match pos[0].as_str() {
        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or('\0'),
        _ => {
            let tn = native::arg_type_name(vm, &pos[0]);
            return Err(vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {tn}"
            )));
        }
    };
    let init = pos.get(1).cloned();
    if let (Some(init), true) = (&init, code != 'u') {
        if init.as_str().is_some() {
            return Err(vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{code}'"
            )));
        }
        if array_of(init).is_some_and(|a| a.code == 'u') {
            return Err(vm.type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{code}'"
            )));
        }
    }
    // CPython asks for an iterator before it looks the typecode up.
    let direct = init.as_ref().is_none_or(|v| {
        matches!(
            v.payload(),
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_))
        ) || (code == 'u' && v.as_str().is_some())
            || array_of(v).is_some_and(|a| a.code == code)
    });
    let iterator = match (&init, direct) {
        (Some(v), false) => Some(vm.iter(v)?),
        _ => None,
    };
    let Some(kind) = kind_of(code) else {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    };
    let new = vm.new_extension(&cls, Array::new(code, kind, Vec::new()));
    let Some(init) = init else {
        return Ok(new);
    };
    if let Some(it) = iterator {
        extend_iter(vm, &new, &it)?;
        return Ok(new);
    }
    let items: Option<Vec<Value>> = match init.payload() {
        Some(Payload::List(l)) => Some(l.borrow().clone()),
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    };
    let me = array_of(&new).ok_or_else(|| vm.type_error("array expected"))?;
    if let Some(items) = items {
        let mut buf = Vec::with_capacity(items.len() * kind.size());
        for v in &items {
            let item = convert(vm, code, kind, v)?;
            encode(kind, item, &mut buf);
        }
        me.data.borrow_mut().extend_from_slice(&buf);
    } else if let Some(bytes) = pvm_vm::ops::seq::bytes_of(&init) {
        append_bytes(vm, me, &bytes)?;
    } else if let Some(s) = init.as_str() {
        let mut buf = Vec::with_capacity(s.len() * 4);
        for c in s.chars() {
            encode(
                kind,
                Item::Char(pvm_vm::surrogates::code_point(c)),
                &mut buf,
            );
        }
        me.data.borrow_mut().extend_from_slice(&buf);
    } else if let Some(other) = array_of(&init) {
        let bytes = other.data.borrow().clone();
        me.data.borrow_mut().extend_from_slice(&bytes);
    }
    Ok(new)
}

/// Appends each item of the iterator `it` to the array `a` (the items
/// before a failing one stay, as in CPython).
fn extend_iter(vm: &mut Vm, a: &Value, it: &Value) -> PyResult<()> {
    while let Some(v) = vm.next(it)? {
        let Some(me) = array_of(a) else {
            break;
        };
        let item = convert(vm, me.code, me.kind, &v)?;
        encode(me.kind, item, &mut me.data.borrow_mut());
    }
    Ok(())
}

/// Appends raw bytes (a whole number of items) to `me`.
fn append_bytes(vm: &mut Vm, me: &Array, bytes: &[u8]) -> PyResult<()> {
    if !bytes.len().is_multiple_of(me.itemsize()) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    me.data.borrow_mut().extend_from_slice(bytes);
    Ok(())
}

// ---------------------------------------------------------------------------
// Methods

/// `append(v)`.
fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "append")?;
    let v = cargs::one(vm, &args, ("array", "append"))?;
    let item = convert(vm, me.code, me.kind, &v)?;
    encode(me.kind, item, &mut me.data.borrow_mut());
    Ok(Value::None)
}

/// `buffer_info()`: (address, length).
fn buffer_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "buffer_info")?;
    cargs::noargs(vm, &args, ("array", "buffer_info"))?;
    let addr = me.data.borrow().as_ptr() as usize as i64;
    let n = me.len() as i64;
    Ok(vm.new_pair(Value::Int(addr), Value::Int(n)))
}

/// `byteswap()`: reverses the bytes of every item.
fn byteswap(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "byteswap")?;
    cargs::noargs(vm, &args, ("array", "byteswap"))?;
    let n = me.itemsize();
    me.data
        .borrow_mut()
        .chunks_exact_mut(n)
        .for_each(|c| c.reverse());
    Ok(Value::None)
}

/// Whether item `item` equals the value `v`: ints and floats natively,
/// anything else through `==`.
fn item_eq(vm: &mut Vm, item: Item, v: &Value) -> PyResult<bool> {
    match (item, v) {
        (Item::Int(x), Value::Int(y)) => Ok(x == *y as i128),
        (Item::Float(x), Value::Float(y)) => Ok(x == *y),
        (Item::Int(x), Value::Float(y)) if x.unsigned_abs() < (1u128 << 53) => Ok(x as f64 == *y),
        _ => {
            let iv = item_value(vm, item)?;
            vm.eq(&iv, v)
        }
    }
}

/// The index of the first item from `start` to `stop` equal to `v`.
fn find(vm: &mut Vm, me: &Array, v: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(me.len()) {
        let item = me.get(i);
        if item_eq(vm, item, v)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `count(v)`.
fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "count")?;
    let v = cargs::one(vm, &args, ("array", "count"))?;
    let mut n = 0;
    let mut i = 0;
    while i < me.len() {
        let item = me.get(i);
        if item_eq(vm, item, &v)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// `extend(iterable)`: an array of the same typecode, or any iterable.
fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "extend")?;
    let v = cargs::one(vm, &args, ("array", "extend"))?;
    extend_with(vm, &args.values[0], me, &v)?;
    Ok(Value::None)
}

/// Extends `a` (state `me`) with the array or iterable `v`.
fn extend_with(vm: &mut Vm, a: &Value, me: &Array, v: &Value) -> PyResult<()> {
    if let Some(other) = array_of(v) {
        if other.code != me.code {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        let bytes = other.data.borrow().clone();
        me.data.borrow_mut().extend_from_slice(&bytes);
        return Ok(());
    }
    let it = vm.iter(v)?;
    extend_iter(vm, a, &it)
}

/// `frombytes(buffer)`.
fn frombytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "frombytes")?;
    let v = cargs::one(vm, &args, ("array", "frombytes"))?;
    let bytes = buffer_of(vm, &v)?;
    append_bytes(vm, me, &bytes)?;
    Ok(Value::None)
}

/// The bytes of a bytes-like argument (arrays included).
fn buffer_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = pvm_vm::ops::seq::bytes_of(v) {
        return Ok(b);
    }
    if let Some(a) = array_of(v) {
        return Ok(a.data.borrow().clone());
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
}

/// `fromfile(f, n)`: reads n items with `f.read`.
fn fromfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "fromfile")?;
    let v = cargs::positional(vm, &args, ("array", "fromfile"), 2, 2)?;
    let n = cargs::ssize(vm, &v[1])?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let size = me.itemsize() as i64;
    if n > i64::MAX / size {
        let ty = vm.exc_type("MemoryError");
        return Err(pvm_vm::exceptions::new_exception(vm, &ty, vec![]));
    }
    let want = (n * size) as usize;
    let read = vm.get_attr_str(&v[0], "read")?;
    let got = vm.call(&read, [Value::Int(want as i64)])?;
    let Some(Payload::Bytes(bytes)) = got.payload() else {
        return Err(vm.type_error("read() didn't return bytes"));
    };
    let bytes = bytes.to_vec();
    append_bytes(vm, me, &bytes)?;
    if bytes.len() != want {
        return Err(vm.new_error("EOFError", "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

/// `fromlist(list)`: all items or none.
fn fromlist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "fromlist")?;
    let v = cargs::one(vm, &args, ("array", "fromlist"))?;
    let Some(Payload::List(l)) = v.payload() else {
        return Err(vm.type_error("arg must be list"));
    };
    let items = l.borrow().clone();
    let mut buf = Vec::with_capacity(items.len() * me.itemsize());
    for x in &items {
        let item = convert(vm, me.code, me.kind, x)?;
        encode(me.kind, item, &mut buf);
    }
    me.data.borrow_mut().extend_from_slice(&buf);
    Ok(Value::None)
}

/// `fromunicode(s)`: for 'u' arrays.
fn fromunicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "fromunicode")?;
    let v = cargs::one(vm, &args, ("array", "fromunicode"))?;
    let Some(s) = v.as_str() else {
        let tn = native::arg_type_name(vm, &v);
        return Err(vm.type_error(format!("fromunicode() argument must be str, not {tn}")));
    };
    if me.code != 'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let mut data = me.data.borrow_mut();
    for c in s.chars() {
        data.extend_from_slice(&pvm_vm::surrogates::code_point(c).to_ne_bytes());
    }
    Ok(Value::None)
}

/// A start or stop of `index`: clamped like a slice bound.
fn bound(vm: &mut Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default);
    };
    let i = cargs::slice_index(vm, v)?.unwrap_or(0);
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

/// `index(v[, start[, stop]])`.
fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "index")?;
    let v = cargs::positional(vm, &args, ("array", "index"), 1, 3)?;
    let len = me.len();
    let start = bound(vm, v.get(1), len, 0)?;
    let stop = bound(vm, v.get(2), len, len)?;
    match find(vm, me, &v[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

/// `insert(i, v)`: before position i, clamped to the ends.
fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "insert")?;
    let v = cargs::positional(vm, &args, ("array", "insert"), 2, 2)?;
    let i = cargs::ssize(vm, &v[0])?;
    let item = convert(vm, me.code, me.kind, &v[1])?;
    let len = me.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let mut bytes = Vec::with_capacity(me.itemsize());
    encode(me.kind, item, &mut bytes);
    let n = me.itemsize();
    let mut data = me.data.borrow_mut();
    let at = (at * n).min(data.len());
    data.splice(at..at, bytes);
    Ok(Value::None)
}

/// `pop([i])`.
fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "pop")?;
    let v = cargs::positional(vm, &args, ("array", "pop"), 0, 1)?;
    let i = match v.first() {
        Some(i) => cargs::ssize(vm, i)?,
        None => -1,
    };
    let len = me.len();
    if len == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let Some(at) = pvm_vm::ops::seq::norm_index(i, len) else {
        return Err(vm.index_error("pop index out of range"));
    };
    let item = me.get(at);
    let n = me.itemsize();
    me.data.borrow_mut().drain(at * n..(at + 1) * n);
    item_value(vm, item)
}

/// `remove(v)`: deletes the first item equal to v.
fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "remove")?;
    let v = cargs::one(vm, &args, ("array", "remove"))?;
    match find(vm, me, &v, 0, me.len())? {
        Some(i) => {
            let n = me.itemsize();
            let mut data = me.data.borrow_mut();
            if (i + 1) * n <= data.len() {
                data.drain(i * n..(i + 1) * n);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

/// `reverse()`, in place.
fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "reverse")?;
    cargs::noargs(vm, &args, ("array", "reverse"))?;
    let n = me.itemsize();
    let mut data = me.data.borrow_mut();
    // Reversing all bytes, then each item's bytes back, reverses the items.
    data.reverse();
    data.chunks_exact_mut(n).for_each(|c| c.reverse());
    Ok(Value::None)
}

/// `tobytes()` (and `bytes(a)`).
fn tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "tobytes")?;
    cargs::noargs(vm, &args, ("array", "tobytes"))?;
    let bytes = me.data.borrow().clone();
    Ok(vm.new_bytes(bytes))
}

/// `tofile(f)`: writes the bytes with `f.write`, in blocks.
fn tofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "tofile")?;
    let f = cargs::one(vm, &args, ("array", "tofile"))?;
    let bytes = me.data.borrow().clone();
    if bytes.is_empty() {
        return Ok(Value::None);
    }
    let write = vm.get_attr_str(&f, "write")?;
    for block in bytes.chunks(BLOCK) {
        let b = vm.new_bytes(block.to_vec());
        vm.call(&write, [b])?;
    }
    Ok(Value::None)
}

/// `tolist()`.
fn tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "tolist")?;
    cargs::noargs(vm, &args, ("array", "tolist"))?;
    let items = me.items();
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(item_value(vm, item)?);
    }
    Ok(vm.new_list(out))
}

/// The text of a 'u' array.
fn text_of(vm: &mut Vm, me: &Array) -> PyResult<String> {
    let mut s = String::with_capacity(me.len());
    for item in me.items() {
        if let Item::Char(c) = item {
            match wide_char(c) {
                Some(ch) => s.push(ch),
                None => {
                    return Err(vm.value_error(format!(
                        "character U+{c:x} is not in range [U+0000; U+10ffff]"
                    )))
                }
            }
        }
    }
    Ok(s)
}

/// `tounicode()`: for 'u' arrays.
fn tounicode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "tounicode")?;
    cargs::noargs(vm, &args, ("array", "tounicode"))?;
    if me.code != 'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s = text_of(vm, me)?;
    Ok(vm.new_str(s))
}

/// `__copy__()`.
fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__copy__")?;
    cargs::noargs(vm, &args, ("array", "__copy__"))?;
    let bytes = me.data.borrow().clone();
    new_like(vm, &args.values[0], me, bytes)
}

/// `__deepcopy__(memo)`: the items are immutable, so a copy.
fn deepcopy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__deepcopy__")?;
    cargs::one(vm, &args, ("array", "__deepcopy__"))?;
    let bytes = me.data.borrow().clone();
    new_like(vm, &args.values[0], me, bytes)
}

// ---------------------------------------------------------------------------
// The sequence protocol

/// `len(a)`.
fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__len__")?;
    Ok(Value::Int(me.len() as i64))
}

/// The start, step and count of a slice key over `len` items, if `key`
/// is a slice.
fn slice_of(vm: &mut Vm, key: &Value, len: usize) -> PyResult<Option<(i64, i64, usize)>> {
    match key.payload() {
        Some(Payload::Slice(s)) => {
            let s = (**s).clone();
            let (start, _, step, n) = pvm_vm::ops::seq::slice_indices(vm, &s, len)?;
            Ok(Some((start, step, n)))
        }
        _ => Ok(None),
    }
}

/// The index an int key names (None when out of range), or "array
/// indices must be integers".
fn int_key(vm: &mut Vm, key: &Value, me: &Array) -> PyResult<Option<usize>> {
    if !cargs::has_index(vm, key) {
        return Err(vm.type_error("array indices must be integers"));
    }
    let i = cargs::ssize(vm, key)?;
    // The length after `__index__`, which may have changed it.
    Ok(pvm_vm::ops::seq::norm_index(i, me.len()))
}

/// `a[i]` and `a[i:j:k]`.
fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__getitem__")?;
    let key = cargs::wrapper_one(vm, &args, "__getitem__")?;
    let len = me.len();
    if let Some((start, step, n)) = slice_of(vm, &key, len)? {
        let size = me.itemsize();
        let bytes = {
            let data = me.data.borrow();
            if step == 1 {
                let at = start as usize * size;
                data.get(at..at + n * size).unwrap_or(&[]).to_vec()
            } else {
                let mut out = Vec::with_capacity(n * size);
                for k in 0..n {
                    let i = (start + k as i64 * step) as usize;
                    out.extend_from_slice(data.get(i * size..(i + 1) * size).unwrap_or(&[]));
                }
                out
            }
        };
        return new_like(vm, &args.values[0], me, bytes);
    }
    match int_key(vm, &key, me)? {
        Some(i) if i < me.len() => {
            let item = me.get(i);
            item_value(vm, item)
        }
        _ => Err(vm.index_error("array index out of range")),
    }
}

/// The positions of a slice's items, ascending.
fn slice_positions(start: i64, step: i64, n: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
    if step < 0 {
        v.reverse();
    }
    v
}

/// Removes the `n` items of the extended slice (start, step) from `data`.
fn delete_positions(data: &mut Vec<u8>, size: usize, start: i64, step: i64, n: usize) {
    let gone = slice_positions(start, step, n);
    let mut keep = Vec::with_capacity(data.len().saturating_sub(n * size));
    let mut g = gone.iter().peekable();
    for (i, chunk) in data.chunks_exact(size).enumerate() {
        if g.peek() == Some(&&i) {
            g.next();
        } else {
            keep.extend_from_slice(chunk);
        }
    }
    *data = keep;
}

/// `a[i] = v` and `a[i:j:k] = array`.
fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__setitem__")?;
    let v = cargs::positional(vm, &args, ("array", "__setitem__"), 2, 2)?;
    let (key, value) = (&v[0], &v[1]);
    let len = me.len();
    let size = me.itemsize();
    if let Some((start, step, n)) = slice_of(vm, key, len)? {
        let Some(other) = array_of(value) else {
            let tn = vm.type_name(value);
            return Err(vm.type_error(format!(
                "can only assign array (not \"{tn}\") to array slice"
            )));
        };
        if other.code != me.code {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
        let new = other.data.borrow().clone();
        let mut data = me.data.borrow_mut();
        if step == 1 {
            let at = (start as usize * size).min(data.len());
            let end = (at + n * size).min(data.len());
            data.splice(at..end, new);
            return Ok(Value::None);
        }
        let m = new.len() / size;
        if m == 0 {
            // An empty array deletes the extended slice, as in CPython.
            delete_positions(&mut data, size, start, step, n);
            return Ok(Value::None);
        }
        if m != n {
            drop(data);
            return Err(vm.value_error(format!(
                "attempt to assign array of size {m} to extended slice of size {n}"
            )));
        }
        for k in 0..n {
            let i = (start + k as i64 * step) as usize;
            if let Some(dst) = data.get_mut(i * size..(i + 1) * size) {
                dst.copy_from_slice(&new[k * size..(k + 1) * size]);
            }
        }
        return Ok(Value::None);
    }
    let Some(i) = int_key(vm, key, me)? else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    let item = convert(vm, me.code, me.kind, value)?;
    let mut bytes = Vec::with_capacity(size);
    encode(me.kind, item, &mut bytes);
    if let Some(dst) = me.data.borrow_mut().get_mut(i * size..(i + 1) * size) {
        dst.copy_from_slice(&bytes);
    }
    Ok(Value::None)
}

/// `del a[i]` and `del a[i:j:k]`.
fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__delitem__")?;
    let key = cargs::wrapper_one(vm, &args, "__delitem__")?;
    let len = me.len();
    let size = me.itemsize();
    if let Some((start, step, n)) = slice_of(vm, &key, len)? {
        let mut data = me.data.borrow_mut();
        if step == 1 {
            let at = (start as usize * size).min(data.len());
            let end = (at + n * size).min(data.len());
            data.drain(at..end);
            return Ok(Value::None);
        }
        delete_positions(&mut data, size, start, step, n);
        return Ok(Value::None);
    }
    let Some(i) = int_key(vm, &key, me)? else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    // `__index__` may have shortened the array meanwhile.
    let mut data = me.data.borrow_mut();
    if (i + 1) * size <= data.len() {
        data.drain(i * size..(i + 1) * size);
    }
    Ok(Value::None)
}

/// `v in a`.
fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__contains__")?;
    let v = cargs::wrapper_one(vm, &args, "__contains__")?;
    let found = find(vm, me, &v, 0, me.len())?;
    Ok(Value::Bool(found.is_some()))
}

/// `repr(a)`: `array('i', [1, 2])`, `array('u', 'text')`, `array('d')`.
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__repr__")?;
    let ty = vm.type_of(&args.values[0]).clone();
    let name = pvm_vm::types::name(&ty).to_string();
    let code = me.code;
    if me.len() == 0 {
        return Ok(vm.new_str(format!("{name}('{code}')")));
    }
    let body = if code == 'u' {
        let s = text_of(vm, me)?;
        let v = vm.new_str(s);
        vm.repr(&v)?
    } else {
        let mut parts = Vec::with_capacity(me.len());
        for item in me.items() {
            match item {
                Item::Int(x) => parts.push(x.to_string()),
                _ => {
                    let v = item_value(vm, item)?;
                    parts.push(vm.repr(&v)?);
                }
            }
        }
        format!("[{}]", parts.join(", "))
    };
    Ok(vm.new_str(format!("{name}('{code}', {body})")))
}

/// `a + b`: a new array; both must have the same typecode.
fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__add__")?;
    let other = cargs::wrapper_one(vm, &args, "__add__")?;
    let Some(them) = array_of(&other) else {
        if cargs::defer_to_class(vm, &other) {
            return Ok(Value::Obj(vm.not_implemented.clone()));
        }
        let tn = vm.type_name(&other);
        return Err(vm.type_error(format!("can only append array (not \"{tn}\") to array")));
    };
    if them.code != me.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let mut bytes = me.data.borrow().clone();
    bytes.extend_from_slice(&them.data.borrow());
    new_like(vm, &args.values[0], me, bytes)
}

/// `a += b`.
fn iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__iadd__")?;
    let other = cargs::wrapper_one(vm, &args, "__iadd__")?;
    let Some(them) = array_of(&other) else {
        if cargs::defer_to_class(vm, &other) {
            return Ok(Value::Obj(vm.not_implemented.clone()));
        }
        let tn = vm.type_name(&other);
        return Err(vm.type_error(format!("can only extend array with array (not \"{tn}\")")));
    };
    if them.code != me.code {
        return Err(vm.type_error("can only extend with array of same kind"));
    }
    let bytes = them.data.borrow().clone();
    me.data.borrow_mut().extend_from_slice(&bytes);
    Ok(args.values[0].clone())
}

/// The repeat count of `a * n`: None lets a Python class's `__rmul__`
/// answer; other operands get the sequence-repeat error.
fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if !cargs::has_index(vm, v) {
        if cargs::defer_to_class(vm, v) {
            return Ok(None);
        }
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    }
    Ok(Some(cargs::ssize(vm, v)?))
}

/// `bytes` repeated `n` times, or MemoryError when that cannot be held.
fn repeated(vm: &mut Vm, bytes: &[u8], n: i64) -> PyResult<Vec<u8>> {
    let n = n.max(0) as usize;
    if bytes.is_empty() {
        return Ok(Vec::new());
    }
    // An allocation that fails is a MemoryError, not an abort.
    let mut out = Vec::new();
    let reserved = bytes
        .len()
        .checked_mul(n)
        .is_some_and(|total| out.try_reserve_exact(total).is_ok());
    if !reserved {
        let ty = vm.exc_type("MemoryError");
        return Err(pvm_vm::exceptions::new_exception(vm, &ty, vec![]));
    }
    for _ in 0..n {
        out.extend_from_slice(bytes);
    }
    Ok(out)
}

/// `a * n` and `n * a`.
fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__mul__")?;
    let n = cargs::wrapper_one(vm, &args, "__mul__")?;
    let Some(n) = repeat_count(vm, &n)? else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let bytes = me.data.borrow().clone();
    let out = repeated(vm, &bytes, n)?;
    new_like(vm, &args.values[0], me, out)
}

/// `a *= n`.
fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__imul__")?;
    let n = cargs::wrapper_one(vm, &args, "__imul__")?;
    let Some(n) = repeat_count(vm, &n)? else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let bytes = me.data.borrow().clone();
    let out = repeated(vm, &bytes, n)?;
    *me.data.borrow_mut() = out;
    Ok(args.values[0].clone())
}

/// Compares two arrays as sequences (CPython's array_richcompare):
/// NotImplemented unless both are arrays.
fn compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let me = this(vm, args, op.dunder())?;
    let other = cargs::wrapper_one(vm, args, op.dunder())?;
    let Some(them) = array_of(&other) else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let (la, lb) = (me.len(), them.len());
    if la != lb && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    let (a, b) = (me.items(), them.items());
    for (x, y) in a.iter().zip(&b) {
        let same = match (x, y) {
            (Item::Int(p), Item::Int(q)) => p == q,
            (Item::Float(p), Item::Float(q)) => p == q,
            (Item::Char(p), Item::Char(q)) => p == q,
            _ => {
                let (xv, yv) = (item_value(vm, *x)?, item_value(vm, *y)?);
                vm.eq(&xv, &yv)?
            }
        };
        if !same {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => {
                    let (xv, yv) = (item_value(vm, *x)?, item_value(vm, *y)?);
                    vm.compare(&xv, &yv, op)
                }
            };
        }
    }
    Ok(Value::Bool(op.test(la.cmp(&lb))))
}

/// Defines the six comparison methods.
macro_rules! comparisons {
    ($($fname:ident = $op:ident;)*) => {
        $(
            #[doc = concat!("The `", stringify!($op), "` comparison.")]
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                compare(vm, &args, CmpOp::$op)
            }
        )*
    };
}

comparisons! {
    eq = Eq;
    ne = Ne;
    lt = Lt;
    le = Le;
    gt = Gt;
    ge = Ge;
}

/// `array[T]`.
fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let item = cargs::one(vm, &args, "array.__class_getitem__")?;
    pvm_vm::builtins::functions::generic_alias(vm, args.values[0].clone(), item)
}

/// `a.typecode`.
fn typecode_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "typecode")?;
    let code = me.code.to_string();
    Ok(vm.new_str(code))
}

/// `a.itemsize`.
fn itemsize_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "itemsize")?;
    Ok(Value::Int(me.itemsize() as i64))
}

crate::modutil::not_writable! {
    typecode_set => "array.array", "typecode";
    itemsize_set => "array.array", "itemsize";
}

// ---------------------------------------------------------------------------
// The iterator

/// The methods of `arrayiterator`.
const ITER_METHODS: &native::Methods = &[
    ("__iter__", iter_self, NativeKind::Method),
    ("__next__", iter_next, NativeKind::Method),
];

/// An iterator over an array: the array and the next position (None
/// once exhausted, so it stays exhausted).
struct ArrayIter {
    array: RefCell<Option<Value>>,
    pos: Cell<usize>,
}

impl Extension for ArrayIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(a) = self.array.borrow().as_ref() {
            visit(a);
        }
    }

    fn next_item(&self, vm: &mut Vm, _this: &Value) -> Option<PyResult<Option<Value>>> {
        Some(self.step(vm))
    }
}

impl ArrayIter {
    /// The next item, None at the end.
    fn step(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let item = {
            let a = self.array.borrow();
            let Some(me) = a.as_ref().and_then(array_of) else {
                return Ok(None);
            };
            let i = self.pos.get();
            (i < me.len()).then(|| me.get(i))
        };
        match item {
            Some(item) => {
                self.pos.set(self.pos.get() + 1);
                item_value(vm, item).map(Some)
            }
            None => {
                let old = self.array.borrow_mut().take();
                drop(old);
                Ok(None)
            }
        }
    }
}

/// `iter(a)`.
fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    let module = pvm_vm::import::import_full(vm, "array")?;
    let Value::Obj(ty) = vm.get_attr_str(&module, "_arrayiterator")? else {
        return Err(vm.type_error("array iterator type missing"));
    };
    let state = ArrayIter {
        array: RefCell::new(Some(args.values[0].clone())),
        pos: Cell::new(0),
    };
    Ok(vm.new_extension(&ty, state))
}

/// The iterator state of a method's receiver.
fn iter_state<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<&'a ArrayIter> {
    receiver::<ArrayIter>(vm, args, "array.arrayiterator", "__next__")
}

/// `iter(it)`: the iterator itself.
fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iter_state(vm, &args)?;
    Ok(args.values[0].clone())
}

/// `next(it)`.
fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = iter_state(vm, &args)?;
    match it.step(vm)? {
        Some(v) => Ok(v),
        None => Err(native::stop(vm)),
    }
}
