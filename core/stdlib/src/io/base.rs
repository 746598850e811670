//! The abstract bases `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and
//! `_TextIOBase`: the generic methods Python subclasses inherit (context
//! manager, iteration, `readline` over `read`/`peek`, `readlines`,
//! `writelines`, `read` over `readinto`), written as CPython's iobase.c
//! writes them, in terms of the object's own methods.

use super::{closed_error, method, new_class, size_arg, this_value, unsupported, BUFFER_SIZE};
use crate::native;
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeKind, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::Cell;

/// The base classes, for the concrete classes to derive from.
pub(super) struct Bases {
    /// `_RawIOBase`.
    pub raw: ObjRef,
    /// `_BufferedIOBase`.
    pub buffered: ObjRef,
    /// `_TextIOBase`.
    pub text: ObjRef,
}

/// The state of an instance of a Python subclass of a base class: only
/// whether `close()` ran (CPython's `__IOBase_closed`).
struct Base {
    closed: Cell<bool>,
}

impl Extension for Base {}

/// Registers the base classes in `module`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef) -> Bases {
    let methods: &native::Methods = &[
        ("__new__", base_new, NativeKind::StaticMethod),
        method("seek", seek),
        method("tell", tell),
        method("truncate", truncate),
        method("flush", flush),
        method("close", close),
        method("seekable", false_after_nothing),
        method("readable", false_after_nothing),
        method("writable", false_after_nothing),
        method("_checkClosed", check_closed_method),
        method("_checkSeekable", check_seekable),
        method("_checkReadable", check_readable),
        method("_checkWritable", check_writable),
        method("fileno", fileno),
        method("isatty", isatty),
        method("__enter__", enter),
        method("__exit__", exit),
        method("readline", readline),
        method("readlines", readlines),
        method("writelines", writelines),
        method("__iter__", iter),
        method("__next__", next),
    ];
    let io_base = new_class(vm, module, "_IOBase", None, methods);
    native::add_getters(vm, &io_base, &[("closed", closed_get)]);
    let raw_methods: &native::Methods = &[
        method("read", raw_read),
        method("readall", raw_readall),
        method("readinto", not_implemented),
        method("write", not_implemented),
    ];
    let raw = new_class(vm, module, "_RawIOBase", Some(&io_base), raw_methods);
    let buffered_methods: &native::Methods = &[
        method("read", buffered_read),
        method("read1", buffered_read1),
        method("write", buffered_write),
        method("detach", detach),
        method("readinto", readinto),
        method("readinto1", readinto),
    ];
    let buffered = new_class(
        vm,
        module,
        "_BufferedIOBase",
        Some(&io_base),
        buffered_methods,
    );
    let text_methods: &native::Methods = &[
        method("read", text_read),
        method("readline", text_readline),
        method("write", text_write),
        method("detach", detach),
    ];
    let text = new_class(vm, module, "_TextIOBase", Some(&io_base), text_methods);
    native::add_getters(
        vm,
        &text,
        &[
            ("encoding", none_get),
            ("newlines", none_get),
            ("errors", none_get),
        ],
    );
    Bases {
        raw,
        buffered,
        text,
    }
}

/// `_IOBase.__new__(cls)`: an open stream.
fn base_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "_IOBase")?;
    let state = Base {
        closed: Cell::new(false),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `self.closed`, looked up as an attribute (subclasses define it).
pub(super) fn is_closed(vm: &mut Vm, this: &Value) -> PyResult<bool> {
    let c = vm.get_attr_str(this, "closed")?;
    vm.truthy(&c)
}

/// Raises "I/O operation on closed file." when `self.closed`.
pub(super) fn check_closed(vm: &mut Vm, this: &Value) -> PyResult<()> {
    if is_closed(vm, this)? {
        return Err(closed_error(vm, true));
    }
    Ok(())
}

/// The `closed` property of the bases.
fn closed_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let closed = args
        .values
        .first()
        .and_then(pvm_vm::extension::state::<Base>)
        .is_some_and(|b| b.closed.get());
    Ok(Value::Bool(closed))
}

/// A property that is None (`_TextIOBase.encoding`, ...).
fn none_get(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `seek()`: not supported by the base.
fn seek(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "seek"))
}

/// `tell()`: `self.seek(0, 1)`.
fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_value(&args);
    vm.call_method(&this, "seek", vec![Value::Int(0), Value::Int(1)])
}

/// `truncate()`: not supported by the base.
fn truncate(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "truncate"))
}

/// `fileno()`: not supported by the base.
fn fileno(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "fileno"))
}

/// The base's own closed flag (for `flush` and `close`).
fn own_closed(args: &Args) -> Option<&Cell<bool>> {
    args.values
        .first()
        .and_then(pvm_vm::extension::state::<Base>)
        .map(|b| &b.closed)
}

/// `flush()`: nothing to do, unless closed (by `close()` of the base; a
/// FileIO's close runs it, a StringIO's does not).
fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let closed = match own_closed(&args) {
        Some(c) => c.get(),
        None => args
            .values
            .first()
            .and_then(super::fileio::native_or_subclass_state)
            .is_some_and(|f| f.is_closed()),
    };
    if closed {
        return Err(closed_error(vm, true));
    }
    Ok(Value::None)
}

/// `close()`: flushes (through `self.flush`) and marks the stream closed,
/// even when the flush fails.
fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_value(&args);
    if is_closed(vm, &this)? {
        return Ok(Value::None);
    }
    let flushed = vm.call_method(&this, "flush", vec![]);
    if let Some(c) = own_closed(&args) {
        c.set(true);
    }
    flushed.map(|_| Value::None)
}

/// `seekable()`, `readable()`, `writable()` of the base: False.
fn false_after_nothing(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

/// `_checkClosed()`.
fn check_closed_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_closed(vm, &this_value(&args))?;
    Ok(Value::None)
}

/// Raises UnsupportedOperation("File or stream is not {what}.") unless
/// `self.{method}()` is true.
fn check_able(vm: &mut Vm, args: &Args, method: &str, what: &str) -> PyResult<Value> {
    let r = vm.call_method(&this_value(args), method, vec![])?;
    if !vm.truthy(&r)? {
        return Err(unsupported(vm, &format!("File or stream is not {what}.")));
    }
    Ok(Value::Bool(true))
}

/// `_checkSeekable()`.
fn check_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_able(vm, &args, "seekable", "seekable")
}

/// `_checkReadable()`.
fn check_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_able(vm, &args, "readable", "readable")
}

/// `_checkWritable()`.
fn check_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_able(vm, &args, "writable", "writable")
}

/// `isatty()`: False, unless closed.
fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_closed(vm, &this_value(&args))?;
    Ok(Value::Bool(false))
}

/// `__enter__()`: the stream itself, unless closed.
fn enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_value(&args);
    check_closed(vm, &this)?;
    Ok(this)
}

/// `__exit__(*exc_info)`: `self.close()`.
fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.call_method(&this_value(&args), "close", vec![])
}

/// `__iter__()`: the stream itself, unless closed.
fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    enter(vm, args)
}

/// Whether a line read by `readline()` is empty (the end of the stream).
fn is_empty_line(vm: &mut Vm, line: &Value) -> PyResult<bool> {
    match line.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().is_empty()),
        Some(Payload::Bytes(b)) => Ok(b.is_empty()),
        _ => Ok(vm.len(line)? == 0),
    }
}

/// `__next__()`: `self.readline()`, StopIteration at the end.
fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = vm.call_method(&this_value(&args), "readline", vec![])?;
    if is_empty_line(vm, &line)? {
        return Err(native::stop(vm));
    }
    Ok(line)
}

/// `readline(size=-1)` over `read()` (and `peek()` when there is one, to
/// read up to the newline at once).
fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = cargs::positional(vm, &args, ("_IOBase", "readline"), 0, 1)?;
    let this = this_value(&args);
    let limit = match a.first() {
        Some(v) => size_arg(vm, v)?,
        None => -1,
    };
    let peek_name = vm.intern("peek");
    let peek = vm.get_attr_opt(&this, &peek_name)?;
    let mut line: Vec<u8> = Vec::new();
    while limit < 0 || (line.len() as i64) < limit {
        let mut want: i64 = 1;
        if let Some(peek) = &peek {
            let ahead = vm.call(peek, [Value::Int(1)])?;
            let Some(Payload::Bytes(ahead)) = ahead.payload() else {
                let tn = vm.type_name(&ahead);
                return Err(vm.new_error(
                    "OSError",
                    format!("peek() should have returned a bytes object, not '{tn}'"),
                ));
            };
            if !ahead.is_empty() {
                want = match ahead.iter().position(|&c| c == b'\n') {
                    Some(i) => i as i64 + 1,
                    None => ahead.len() as i64,
                };
                if limit >= 0 {
                    want = want.min(limit - line.len() as i64);
                }
            }
        }
        let got = vm.call_method(&this, "read", vec![Value::Int(want)])?;
        let chunk = match got.payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            _ => {
                let tn = vm.type_name(&got);
                return Err(vm.new_error(
                    "OSError",
                    format!("read() should have returned a bytes object, not '{tn}'"),
                ));
            }
        };
        if chunk.is_empty() {
            break;
        }
        line.extend_from_slice(&chunk);
        if line.ends_with(b"\n") {
            break;
        }
    }
    Ok(vm.new_bytes(line))
}

/// `readlines(hint=-1)`: the lines, stopping once more than `hint`
/// characters were read.
pub(super) fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = cargs::positional(vm, &args, ("_IOBase", "readlines"), 0, 1)?;
    let this = this_value(&args);
    let hint = match a.first() {
        Some(v) => size_arg(vm, v)?,
        None => -1,
    };
    let it = vm.iter(&this)?;
    let mut lines = Vec::new();
    let mut total: i64 = 0;
    while let Some(line) = vm.next(&it)? {
        let n = vm.len(&line)? as i64;
        lines.push(line);
        if hint > 0 {
            if n > hint - total {
                break;
            }
            total += n;
        }
    }
    Ok(vm.new_list(lines))
}

/// `writelines(lines)`: `self.write(line)` for each.
fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line_list = cargs::one(vm, &args, ("_IOBase", "writelines"))?;
    let this = this_value(&args);
    check_closed(vm, &this)?;
    let it = vm.iter(&line_list)?;
    while let Some(line) = vm.next(&it)? {
        vm.call_method(&this, "write", vec![line])?;
    }
    Ok(Value::None)
}

/// `_RawIOBase.read(size=-1)`: `readall()`, or `readinto` a new buffer.
fn raw_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = cargs::positional(vm, &args, ("_RawIOBase", "read"), 0, 1)?;
    let this = this_value(&args);
    let n = match a.first() {
        Some(v) => size_arg(vm, v)?,
        None => -1,
    };
    if n < 0 {
        return vm.call_method(&this, "readall", vec![]);
    }
    let zeros = crate::oserror::zeroed(vm, n as usize)?;
    let buf = Value::Obj(ObjRef::new(
        vm.t.bytearray.clone(),
        Payload::ByteArray(std::cell::RefCell::new(zeros)),
    ));
    let got = vm.call_method(&this, "readinto", vec![buf.clone()])?;
    if got.is_none() {
        return Ok(Value::None);
    }
    let got = vm.index(&got)?.max(0) as usize;
    let data = match buf.payload() {
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow();
            b[..got.min(b.len())].to_vec()
        }
        _ => Vec::new(),
    };
    Ok(vm.new_bytes(data))
}

/// `_RawIOBase.readall()`: `read(DEFAULT_BUFFER_SIZE)` until the end.
fn raw_readall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_value(&args);
    let mut all = Vec::new();
    let mut got_any = false;
    loop {
        let chunk = vm.call_method(&this, "read", vec![Value::Int(BUFFER_SIZE as i64)])?;
        if chunk.is_none() {
            if !got_any {
                return Ok(Value::None);
            }
            break;
        }
        let Some(Payload::Bytes(b)) = chunk.payload() else {
            return Err(vm.type_error("read() should return bytes"));
        };
        if b.is_empty() {
            break;
        }
        got_any = true;
        all.extend_from_slice(b);
    }
    Ok(vm.new_bytes(all))
}

/// `_RawIOBase.readinto()` and `write()`: for subclasses to define.
fn not_implemented(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let ty = vm.exc_type("NotImplementedError");
    Err(pvm_vm::exceptions::new_exception(vm, &ty, vec![]))
}

/// `_BufferedIOBase.read()`: not supported by the base.
fn buffered_read(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

/// `_BufferedIOBase.read1()`: not supported by the base.
fn buffered_read1(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read1"))
}

/// `_BufferedIOBase.write()`: not supported by the base.
fn buffered_write(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}

/// `detach()`: not supported by the bases.
fn detach(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

/// `_BufferedIOBase.readinto(b)`: `self.read(len(b))` copied into `b`.
fn readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let target = cargs::one(vm, &args, ("_BufferedIOBase", "readinto"))?;
    let n = super::buffer_len(vm, &target)?;
    let data = vm.call_method(&this_value(&args), "read", vec![Value::Int(n as i64)])?;
    let data = super::bytes_arg(vm, &data)?;
    let copied = super::fill_buffer(vm, &target, &data)?;
    Ok(Value::Int(copied as i64))
}

/// `_TextIOBase.read()`: not supported by the base.
fn text_read(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

/// `_TextIOBase.readline()`: not supported by the base.
fn text_readline(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "readline"))
}

/// `_TextIOBase.write()`: not supported by the base.
fn text_write(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}
