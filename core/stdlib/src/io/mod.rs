//! The `_io` module: the classes behind `open()` and `io` (CPython's C
//! `_io`): the abstract bases with their generic methods (base.rs),
//! `FileIO` over a file descriptor (fileio.rs), the buffered layer
//! `BufferedReader`/`BufferedWriter`/`BufferedRandom` (buffered.rs),
//! `TextIOWrapper` (textio.rs) with its codecs and newline handling
//! (text.rs), the in-memory `StringIO` and `BytesIO`, and `open()`
//! (open.rs). The `io` module (python/io.py) adds the ABCs on top.
//!
//! Each layer talks to the one below through its methods, as CPython's
//! do, so Python classes can stand anywhere in the stack; when the object
//! below is exactly one of these native classes the call goes straight to
//! its Rust state instead. No state borrow is held while Python code runs.

mod base;
mod buffered;
mod bytesio;
mod fileio;
mod open;
mod stringio;
mod text;
mod textio;

use crate::native;
use pvm_vm::args::Args;
use pvm_vm::payload::NativeKind;
use pvm_vm::{types, ObjRef, PyErr, PyResult, Value, Vm};

/// `io.DEFAULT_BUFFER_SIZE`, also the text layer's chunk size.
pub(crate) const BUFFER_SIZE: usize = 8192;

/// Fills in the `_io` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    vm.set_attr_direct(
        module,
        "DEFAULT_BUFFER_SIZE",
        Value::Int(BUFFER_SIZE as i64),
    );
    let os_error = Value::Obj(vm.exc_type("OSError"));
    let value_error = Value::Obj(vm.exc_type("ValueError"));
    let ns = vm.new_dict();
    let key = vm.new_str("__module__");
    let io_name = vm.new_str("io");
    vm.dict_set(&ns, key, io_name)?;
    let name = vm.new_str("UnsupportedOperation");
    let bases = vm.new_pair(os_error, value_error);
    let type_ = Value::Obj(vm.type_.clone());
    let unsupported = vm.call(&type_, [name, bases, Value::Obj(ns)])?;
    vm.set_attr_direct(module, "UnsupportedOperation", unsupported);
    let bases = base::init(vm, module);
    fileio::init(vm, module, &bases.raw);
    buffered::init(vm, module, &bases.buffered);
    bytesio::init(vm, module, &bases.buffered);
    stringio::init(vm, module, &bases.text);
    textio::init(vm, module, &bases.text);
    open::init(vm, module);
    vm.exit_hooks.push(flush_open_files);
    Ok(())
}

/// At the end of the program, what was written to files still open
/// reaches them (CPython closes them as it tears the interpreter down):
/// text wrappers pass their pending text to their buffers, then buffers
/// write theirs. Errors are ignored, as at CPython's shutdown.
fn flush_open_files(vm: &mut Vm) {
    use pvm_vm::gc::heap;
    let all: Vec<Value> = (0..=heap::FROZEN)
        .flat_map(heap::objects_in)
        .map(Value::Obj)
        .collect();
    for v in &all {
        if let Some(t) = pvm_vm::extension::state::<textio::TextIo>(v) {
            t.flush_at_exit(vm);
        }
    }
    for v in &all {
        if let Some(b) = pvm_vm::extension::state::<buffered::Buffered>(v) {
            b.flush_at_exit(vm);
        }
    }
}

/// A class `_io.name` deriving from `base` (object when None).
fn new_class(
    vm: &mut Vm,
    module: &ObjRef,
    name: &'static str,
    base: Option<&ObjRef>,
    methods: &native::Methods,
) -> ObjRef {
    let bases = base.into_iter().cloned().collect();
    let ty = vm.new_extension_type(name, "_io", bases, methods);
    vm.set_type_attr(&ty, "__doc__", Value::None);
    vm.set_attr_direct(module, name, Value::Obj(ty.clone()));
    ty
}

/// The class `_io.name`.
fn io_class(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let module = pvm_vm::import::import_full(vm, "_io")?;
    vm.get_attr_str(&module, name)
}

/// `io.UnsupportedOperation(msg)`.
fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let made = (|| {
        let cls = io_class(vm, "UnsupportedOperation")?;
        let msg = vm.new_str(msg);
        let exc = vm.call(&cls, [msg])?;
        vm.make_exception(exc)
    })();
    match made {
        Ok(e) | Err(e) => e,
    }
}

/// The ValueError of an operation on a closed file; CPython's layers
/// differ on the final period.
fn closed_error(vm: &mut Vm, period: bool) -> PyErr {
    let msg = if period {
        "I/O operation on closed file."
    } else {
        "I/O operation on closed file"
    };
    vm.value_error(msg)
}

/// Whether `v` is an instance of one of this module's classes itself (not
/// of a Python subclass, whose methods may be overridden), so its Rust
/// state can be used directly.
fn is_native(v: &Value) -> bool {
    match v {
        Value::Obj(o) => types::data(o.ty()).has(types::IMMUTABLE),
        _ => false,
    }
}

/// `getattr(v, name)`, None when missing (an AttributeError, or a
/// ValueError when `or_value_error`: a detached stream's name).
fn lookup_attr(
    vm: &mut Vm,
    v: &Value,
    name: &str,
    or_value_error: bool,
) -> PyResult<Option<Value>> {
    match vm.get_attr_str(v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if vm.error_is(&e, "AttributeError") => Ok(None),
        Err(e) if or_value_error && vm.error_is(&e, "ValueError") => Ok(None),
        Err(e) => Err(e),
    }
}

/// A size argument (`_Py_convert_optional_to_ssize_t`): None (or no
/// argument) is -1.
fn size_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if v.is_null() || v.is_none() {
        return Ok(-1);
    }
    if !pvm_vm::builtins::cargs::has_index(vm, v) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("argument should be integer or None, not '{tn}'")));
    }
    pvm_vm::builtins::cargs::ssize(vm, v)
}

/// The optional `size` argument of a method (`qual` names it in errors).
fn opt_size(vm: &mut Vm, args: &Args, qual: (&str, &str)) -> PyResult<i64> {
    let a = pvm_vm::builtins::cargs::positional(vm, args, qual, 0, 1)?;
    match a.first() {
        Some(v) => size_arg(vm, v),
        None => Ok(-1),
    }
}

/// The `whence` argument of a seek: an int.
fn whence_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(0),
        Some(v) => {
            if matches!(v, Value::Float(_)) {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            vm.index(v)
        }
    }
}

/// `self` for methods that return it (`__iter__`, `__enter__`).
fn this_value(args: &Args) -> Value {
    args.values.first().cloned().unwrap_or(Value::None)
}

/// Bytes of a bytes-like argument, or CPython's TypeError.
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match pvm_vm::ops::seq::bytes_of(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// Copies `data` into the writable buffer `target` (a bytearray) from its
/// start, for `readinto`; returns the bytes copied.
fn fill_buffer(vm: &mut Vm, target: &Value, data: &[u8]) -> PyResult<usize> {
    match target.payload() {
        Some(pvm_vm::payload::Payload::ByteArray(b)) => {
            let mut b = b.borrow_mut();
            let n = data.len().min(b.len());
            b[..n].copy_from_slice(&data[..n]);
            Ok(n)
        }
        _ => {
            let tn = vm.type_name(target);
            Err(vm.type_error(format!(
                "readinto() argument must be read-write bytes-like object, not {tn}"
            )))
        }
    }
}

/// The length of a writable buffer argument (a bytearray).
fn buffer_len(vm: &mut Vm, target: &Value) -> PyResult<usize> {
    match target.payload() {
        Some(pvm_vm::payload::Payload::ByteArray(b)) => Ok(b.borrow().len()),
        _ => {
            let tn = vm.type_name(target);
            Err(vm.type_error(format!(
                "readinto() argument must be read-write bytes-like object, not {tn}"
            )))
        }
    }
}

/// A native method entry.
const fn method(
    name: &'static str,
    f: pvm_vm::payload::NativeFn,
) -> (&'static str, pvm_vm::payload::NativeFn, NativeKind) {
    (name, f, NativeKind::Method)
}

#[cfg(test)]
mod tests {
    /// Text and bytes written to files left open reach them when the
    /// program ends, as in CPython.
    #[test]
    fn open_files_are_flushed_at_exit() {
        let dir = std::env::temp_dir().join(format!("pvm_io_exit_{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temporary directory");
        let text = dir.join("text.txt");
        let data = dir.join("data.bin");
        let source = format!(
            "f = open({:?}, 'w')\nf.write('kept\\n')\ng = open({:?}, 'wb')\ng.write(b'bytes')\n",
            text.to_string_lossy(),
            data.to_string_lossy()
        );
        let mut vm = crate::new_vm();
        assert_eq!(pvm_vm::run::run_source(&mut vm, &source, "<test>"), 0);
        assert_eq!(
            std::fs::read_to_string(&text).ok().as_deref(),
            Some("kept\n")
        );
        assert_eq!(std::fs::read(&data).ok().as_deref(), Some(&b"bytes"[..]));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
