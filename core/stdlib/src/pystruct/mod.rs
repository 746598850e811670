//! The `_struct` module behind `struct` (python/struct.py): pack,
//! unpack, calcsize, pack_into, unpack_from, iter_unpack, the `Struct`
//! class and `struct.error`, with CPython 3.11's sizes, alignment and
//! messages.

mod codec;
mod layout;

use crate::modutil::{add_exception, buffer_arg, module_error};
use crate::native::{self, new_class};
use layout::Layout;
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeFn, NativeKind, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Fills in the `_struct` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    const FUNCTIONS: &[(&str, NativeFn)] = &[
        ("pack", pack),
        ("pack_into", pack_into),
        ("unpack", unpack),
        ("unpack_from", unpack_from),
        ("iter_unpack", iter_unpack),
        ("calcsize", calcsize),
        ("_clearcache", clearcache),
    ];
    vm.add_functions(module, FUNCTIONS);
    let exception = Value::Obj(vm.exc_type("Exception"));
    add_exception(vm, module, "error", "struct.error", &exception)?;
    let methods: &[(&'static str, NativeFn, NativeKind)] = &[
        ("__new__", struct_new, NativeKind::StaticMethod),
        ("__init__", struct_init, NativeKind::Method),
        ("pack", struct_pack, NativeKind::Method),
        ("pack_into", struct_pack_into, NativeKind::Method),
        ("unpack", struct_unpack, NativeKind::Method),
        ("unpack_from", struct_unpack_from, NativeKind::Method),
        ("iter_unpack", struct_iter_unpack, NativeKind::Method),
        ("__sizeof__", struct_sizeof, NativeKind::Method),
    ];
    let ty = native::new_type(vm, module, "Struct", "_struct", methods, false);
    let doc = vm.new_str("Struct(fmt) --> compiled struct object\n\n");
    vm.set_type_attr(&ty, "__doc__", doc);
    native::add_property(vm, &ty, "format", struct_format, set_format);
    native::add_property(vm, &ty, "size", struct_size, set_size);
    let methods: &[(&'static str, NativeFn, NativeKind)] = &[
        ("__new__", iterator_new, NativeKind::StaticMethod),
        ("__iter__", iterator_iter, NativeKind::Method),
        ("__next__", iterator_next, NativeKind::Method),
        ("__length_hint__", iterator_length_hint, NativeKind::Method),
    ];
    // Not a public attribute in CPython: kept under a private name.
    let it = vm.new_extension_type("unpack_iterator", "_struct", vec![], methods);
    let td = pvm_vm::types::data(&it);
    td.flags.set(td.flags.get() & !pvm_vm::types::BASETYPE);
    vm.set_attr_direct(module, "_unpack_iterator", Value::Obj(it));
    let doc = vm.new_str(
        "Functions to convert between Python values and C structs.\n\
         Python bytes objects are used to hold the data representing the C struct\n\
         and also as format strings (explained below) to describe the layout of data\n\
         in the C struct.\n",
    );
    vm.set_attr_direct(module, "__doc__", doc);
    Ok(())
}

/// A `struct.error` with message `msg`.
pub(crate) fn struct_error(vm: &mut Vm, msg: &str) -> ObjRef {
    module_error(vm, "_struct", "error", msg)
}

/// A compiled format: its text and layout.
struct Compiled {
    format: String,
    layout: Layout,
}

/// Compiles a format given as str or bytes.
fn compile(vm: &mut Vm, format: &Value) -> PyResult<Rc<Compiled>> {
    let bytes = match format.payload() {
        Some(Payload::Str(s)) => {
            let text = s.as_str();
            if let Some((pos, c)) = text.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
                let ch = vm.repr(&vm.new_str(c.to_string()))?;
                return Err(vm.new_error(
                    "UnicodeEncodeError",
                    format!(
                        "'ascii' codec can't encode character {ch} in position {pos}: ordinal not in range(128)"
                    ),
                ));
            }
            text.as_bytes().to_vec()
        }
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => {
            let tn = vm.type_name(format);
            return Err(vm.type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {tn}"
            )));
        }
    };
    match layout::parse(&bytes) {
        Ok(layout) => Ok(Rc::new(Compiled {
            format: String::from_utf8_lossy(&bytes).into_owned(),
            layout,
        })),
        Err(e) => Err(struct_error(vm, e.message())),
    }
}

/// The format of a module-level function: its first argument.
fn format_arg(vm: &mut Vm, args: &Args) -> PyResult<Rc<Compiled>> {
    match args.values.first() {
        Some(f) => compile(vm, f),
        None => Err(vm.type_error("missing format argument")),
    }
}

impl Compiled {
    /// Packs `values` into `out` (zeroed first, `layout.size` bytes).
    fn pack(&self, vm: &mut Vm, values: &[Value], out: &mut [u8]) -> PyResult<()> {
        out.fill(0);
        let layout = &self.layout;
        let mut values = values.iter();
        for code in &layout.codes {
            for k in 0..code.count {
                let start = code.offset + k * code.size;
                let Some(v) = values.next() else {
                    return Ok(());
                };
                codec::pack_item(
                    vm,
                    layout.order,
                    code.kind,
                    v,
                    &mut out[start..start + code.size],
                )?;
            }
        }
        Ok(())
    }

    /// The values packed in `data` (exactly `layout.size` bytes).
    fn unpack(&self, vm: &mut Vm, data: &[u8]) -> Value {
        let layout = &self.layout;
        let mut items = Vec::with_capacity(layout.len);
        for code in &layout.codes {
            for k in 0..code.count {
                let start = code.offset + k * code.size;
                let item = codec::unpack_item(
                    vm,
                    layout.order,
                    code.kind,
                    &data[start..start + code.size],
                );
                items.push(item);
            }
        }
        vm.new_tuple(items)
    }

    /// "`what` expected N items for packing (got M)" unless `n` is right.
    fn check_count(&self, vm: &mut Vm, what: &str, n: usize) -> PyResult<()> {
        if n != self.layout.len {
            let msg = format!(
                "{what} expected {} items for packing (got {n})",
                self.layout.len
            );
            return Err(struct_error(vm, &msg));
        }
        Ok(())
    }

    /// `pack(*values)` -> bytes.
    fn pack_bytes(&self, vm: &mut Vm, values: &[Value]) -> PyResult<Value> {
        self.check_count(vm, "pack", values.len())?;
        let mut out = crate::modutil::zeroed(vm, self.layout.size)?;
        self.pack(vm, values, &mut out)?;
        Ok(vm.new_bytes(out))
    }

    /// `pack_into(buffer, offset, *values)`; `args` starts at the buffer.
    fn pack_into(&self, vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
        let size = self.layout.size;
        if args.len() != self.layout.len + 2 {
            let msg = match args.len() {
                0 => "pack_into expected buffer argument".to_string(),
                1 => "pack_into expected offset argument".to_string(),
                n => format!(
                    "pack_into expected {} items for packing (got {})",
                    self.layout.len,
                    n - 2
                ),
            };
            return Err(struct_error(vm, &msg));
        }
        let Some(Payload::ByteArray(buf)) = args[0].payload() else {
            let tn = vm.type_name(&args[0]);
            return Err(vm.type_error(format!(
                "argument must be read-write bytes-like object, not {tn}"
            )));
        };
        let mut offset = cargs::ssize(vm, &args[1])?;
        let len = buf.borrow().len() as i64;
        if offset < 0 {
            if offset + size as i64 > 0 {
                let msg = format!("no space to pack {size} bytes at offset {offset}");
                return Err(struct_error(vm, &msg));
            }
            if offset + len < 0 {
                let msg = format!("offset {offset} out of range for {len}-byte buffer");
                return Err(struct_error(vm, &msg));
            }
            offset += len;
        }
        if len - offset < size as i64 {
            let msg = format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {offset} (actual buffer size is {len})",
                size as i64 + offset
            );
            return Err(struct_error(vm, &msg));
        }
        let mut out = vec![0; size];
        self.pack(vm, &args[2..], &mut out)?;
        // Packing may have run Python code that resized the buffer.
        let start = offset as usize;
        let mut b = buf.borrow_mut();
        if let Some(dst) = b.get_mut(start..start + size) {
            dst.copy_from_slice(&out);
        }
        Ok(Value::None)
    }

    /// `unpack(buffer)`.
    fn unpack_buffer(&self, vm: &mut Vm, buffer: &Value) -> PyResult<Value> {
        let data = buffer_arg(vm, buffer)?;
        if data.len() != self.layout.size {
            let msg = format!("unpack requires a buffer of {} bytes", self.layout.size);
            return Err(struct_error(vm, &msg));
        }
        Ok(self.unpack(vm, &data))
    }

    /// `unpack_from(buffer, offset)`.
    fn unpack_from(&self, vm: &mut Vm, buffer: &Value, offset: &Value) -> PyResult<Value> {
        let data = buffer_arg(vm, buffer)?;
        let mut offset = if offset.is_null() {
            0
        } else {
            cargs::ssize(vm, offset)?
        };
        let size = self.layout.size;
        let len = data.len() as i64;
        if offset < 0 {
            if offset + size as i64 > 0 {
                let msg = format!("not enough data to unpack {size} bytes at offset {offset}");
                return Err(struct_error(vm, &msg));
            }
            if offset + len < 0 {
                let msg = format!("offset {offset} out of range for {len}-byte buffer");
                return Err(struct_error(vm, &msg));
            }
            offset += len;
        }
        if len - offset < size as i64 {
            let msg = format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len})",
                size as i64 + offset
            );
            return Err(struct_error(vm, &msg));
        }
        let start = offset as usize;
        Ok(self.unpack(vm, &data[start..start + size]))
    }

    /// `iter_unpack(buffer)`: an iterator over the buffer's records.
    fn iter_unpack(self: &Rc<Self>, vm: &mut Vm, buffer: &Value) -> PyResult<Value> {
        let size = self.layout.size;
        if size == 0 {
            return Err(struct_error(
                vm,
                "cannot iteratively unpack with a struct of length 0",
            ));
        }
        let data = buffer_arg(vm, buffer)?;
        if data.len() % size != 0 {
            let msg =
                format!("iterative unpacking requires a buffer of a multiple of {size} bytes");
            return Err(struct_error(vm, &msg));
        }
        let it_cls = iterator_class(vm)?;
        let state = UnpackIter {
            compiled: self.clone(),
            data,
            pos: Cell::new(0),
        };
        Ok(vm.new_extension(&it_cls, state))
    }
}

/// `pack(format, *values)`.
fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    native::no_kwargs(vm, &args, "pack")?;
    let c = format_arg(vm, &args)?;
    c.pack_bytes(vm, &args.values[1..])
}

/// `pack_into(format, buffer, offset, *values)`.
fn pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    native::no_kwargs(vm, &args, "pack_into")?;
    let c = format_arg(vm, &args)?;
    c.pack_into(vm, &args.values[1..])
}

/// `unpack(format, buffer, /)`.
fn unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = native::positional(vm, &args, "unpack", 2, 2)?;
    let c = compile(vm, &v[0])?;
    c.unpack_buffer(vm, &v[1])
}

/// `unpack_from(format, /, buffer, offset=0)`.
fn unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [format, buffer, offset] = native::keywords(
        vm,
        &args,
        "unpack_from",
        ["format", "buffer", "offset"],
        1,
        2,
    )?;
    let c = compile(vm, &format)?;
    c.unpack_from(vm, &buffer, &offset)
}

/// `iter_unpack(format, buffer, /)`.
fn iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = native::positional(vm, &args, "iter_unpack", 2, 2)?;
    let c = compile(vm, &v[0])?;
    c.iter_unpack(vm, &v[1])
}

/// `calcsize(format, /)`.
fn calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = native::one(vm, &args, "calcsize")?;
    let c = compile(vm, v)?;
    Ok(Value::Int(c.layout.size as i64))
}

/// `_clearcache()`: formats are compiled on every call, so there is no
/// cache to clear.
fn clearcache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "_clearcache", 0, 0)?;
    Ok(Value::None)
}

/// The state of a `Struct`: its compiled format once `__init__` ran.
struct StructState(RefCell<Option<Rc<Compiled>>>);

impl Extension for StructState {}

/// `Struct.__new__(cls, *args, **kwargs)`: an empty struct that
/// `__init__` compiles.
fn struct_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_class(vm, &args, "_struct.Struct")?;
    Ok(vm.new_extension(&cls, StructState(RefCell::new(None))))
}

/// The compiled format of a `Struct` method's receiver (an empty one
/// before `__init__`).
fn this(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<Compiled>> {
    let s = native::receiver::<StructState>(vm, args, "_struct.Struct", method)?;
    let compiled = s.0.borrow().clone();
    match compiled {
        Some(c) => Ok(c),
        None => Ok(Rc::new(Compiled {
            format: String::new(),
            layout: Layout {
                order: layout::Order::Native,
                codes: Vec::new(),
                size: 0,
                len: 0,
            },
        })),
    }
}

/// `Struct.__init__(self, format)`.
fn struct_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    native::receiver::<StructState>(vm, &args, "_struct.Struct", "__init__")?;
    let [format] = cargs::keywords(vm, &args, "Struct", ["format"], 0, 1)?;
    let c = compile(vm, &format)?;
    if let Some(s) = pvm_vm::extension::state::<StructState>(&args.values[0]) {
        *s.0.borrow_mut() = Some(c);
    }
    Ok(Value::None)
}

/// `Struct.pack(*values)`.
fn struct_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "pack")?;
    native::no_kwargs(vm, &args, "Struct.pack")?;
    c.pack_bytes(vm, &args.values[1..])
}

/// `Struct.pack_into(buffer, offset, *values)`.
fn struct_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "pack_into")?;
    native::no_kwargs(vm, &args, "Struct.pack_into")?;
    c.pack_into(vm, &args.values[1..])
}

/// `Struct.unpack(buffer, /)`.
fn struct_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "unpack")?;
    let buffer = cargs::one(vm, &args, "Struct.unpack")?;
    c.unpack_buffer(vm, &buffer)
}

/// `Struct.unpack_from(buffer, offset=0)`.
fn struct_unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "unpack_from")?;
    let [buffer, offset] = cargs::keywords(vm, &args, "unpack_from", ["buffer", "offset"], 0, 1)?;
    c.unpack_from(vm, &buffer, &offset)
}

/// `Struct.iter_unpack(buffer, /)`.
fn struct_iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "iter_unpack")?;
    let buffer = cargs::one(vm, &args, "Struct.iter_unpack")?;
    c.iter_unpack(vm, &buffer)
}

/// `Struct.format`.
fn struct_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "format")?;
    Ok(vm.new_str(c.format.as_str()))
}

/// `Struct.size` (-1 before `__init__`, as CPython reports).
fn struct_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = native::receiver::<StructState>(vm, &args, "_struct.Struct", "size")?;
    let size = s.0.borrow().as_ref().map_or(-1, |c| c.layout.size as i64);
    Ok(Value::Int(size))
}

crate::modutil::not_writable! {
    set_format => "_struct.Struct", "format";
    set_size => "_struct.Struct", "size";
}

/// `Struct.__sizeof__()`: the object and its codes, as CPython counts.
fn struct_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = this(vm, &args, "__sizeof__")?;
    cargs::noargs(vm, &args, "Struct.__sizeof__")?;
    Ok(Value::Int(64 + 32 * (c.layout.codes.len() as i64 + 1)))
}

/// The state of an `unpack_iterator`: the data and the next offset.
struct UnpackIter {
    compiled: Rc<Compiled>,
    data: Vec<u8>,
    pos: Cell<usize>,
}

impl Extension for UnpackIter {}

/// The `unpack_iterator` class.
fn iterator_class(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = pvm_vm::import::import_full(vm, "_struct")?;
    match vm.get_attr_str(&module, "_unpack_iterator")? {
        Value::Obj(o) => Ok(o),
        _ => Err(vm.type_error("unpack_iterator class missing")),
    }
}

/// `unpack_iterator()`: not constructible, with CPython's (odd) message.
fn iterator_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("Cannot create 'unpack_iterator objects"))
}

/// The iterator of a method's receiver.
fn iter_this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a UnpackIter> {
    native::receiver::<UnpackIter>(vm, args, "_struct.unpack_iterator", method)
}

/// `iter(it)` is `it`.
fn iterator_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    iter_this(vm, &args, "__iter__")?;
    Ok(args.values[0].clone())
}

/// The next record, or StopIteration.
fn iterator_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = iter_this(vm, &args, "__next__")?;
    let size = it.compiled.layout.size;
    let pos = it.pos.get();
    if pos + size > it.data.len() {
        return Err(native::stop(vm));
    }
    it.pos.set(pos + size);
    Ok(it.compiled.unpack(vm, &it.data[pos..pos + size]))
}

/// How many records are left.
fn iterator_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = iter_this(vm, &args, "__length_hint__")?;
    let left = (it.data.len() - it.pos.get()) / it.compiled.layout.size;
    Ok(Value::Int(left as i64))
}
