//! `io.BytesIO`: an in-memory binary stream, with CPython's clamping of
//! relative seeks, zero padding of writes past the end, and messages.

use super::{bytes_arg, method, new_class, opt_size, this_value, whence_arg};
use crate::native::{self, receiver};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeKind};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

/// The class name in descriptor errors.
const CLASS: &str = "_io.BytesIO";

/// The state of a BytesIO.
struct BytesIo {
    buf: RefCell<Vec<u8>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
}

impl Extension for BytesIo {
    fn next_item(&self, vm: &mut Vm, _this: &Value) -> Option<PyResult<Option<Value>>> {
        Some(self.next_line(vm))
    }
}

/// Registers `BytesIO` in `module`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef, base: &ObjRef) {
    let methods: &native::Methods = &[
        ("__new__", new, NativeKind::StaticMethod),
        method("__init__", init_method),
        method("read", read),
        method("read1", read),
        method("readinto", readinto),
        method("readline", readline),
        method("readlines", readlines),
        method("write", write),
        method("writelines", writelines),
        method("seek", seek),
        method("tell", tell),
        method("truncate", truncate),
        method("getvalue", getvalue),
        method("close", close),
        method("flush", flush),
        method("isatty", isatty),
        method("readable", able),
        method("writable", able),
        method("seekable", able),
        method("__iter__", iter),
        method("__next__", next),
    ];
    let ty = new_class(vm, module, "BytesIO", Some(base), methods);
    native::add_getters(vm, &ty, &[("closed", closed_get)]);
}

impl BytesIo {
    /// ValueError unless open.
    fn check_open(&self, vm: &mut Vm) -> PyResult<()> {
        if self.closed.get() {
            return Err(super::closed_error(vm, true));
        }
        Ok(())
    }

    /// Takes up to `n` bytes (all when negative) from the position.
    fn take(&self, n: i64) -> Vec<u8> {
        let buf = self.buf.borrow();
        let pos = self.pos.get().min(buf.len());
        let avail = buf.len() - pos;
        let n = if n < 0 { avail } else { avail.min(n as usize) };
        if n > 0 {
            // A position past the end stays where it is.
            self.pos.set(pos + n);
        }
        buf[pos..pos + n].to_vec()
    }

    /// The next line, up to `limit` bytes when not negative.
    fn line(&self, limit: i64) -> Vec<u8> {
        let n = {
            let buf = self.buf.borrow();
            let rest = &buf[self.pos.get().min(buf.len())..];
            let end = rest
                .iter()
                .position(|&c| c == b'\n')
                .map_or(rest.len(), |i| i + 1);
            if limit >= 0 {
                end.min(limit as usize)
            } else {
                end
            }
        };
        self.take(n as i64)
    }

    /// The next line for iteration (None at the end).
    fn next_line(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.check_open(vm)?;
        let line = self.line(-1);
        Ok((!line.is_empty()).then(|| vm.new_bytes(line)))
    }

    /// Writes at the position, padding with zeros past the end
    /// (MemoryError when that is too much).
    fn put(&self, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        let pos = self.pos.get();
        let mut buf = self.buf.borrow_mut();
        let needed = pos.saturating_add(data.len()).saturating_sub(buf.len());
        if buf.try_reserve(needed).is_err() {
            drop(buf);
            return Err(crate::oserror::memory_error(vm));
        }
        if pos > buf.len() {
            buf.resize(pos, 0);
        }
        let overlap = (buf.len() - pos).min(data.len());
        buf[pos..pos + overlap].copy_from_slice(&data[..overlap]);
        buf.extend_from_slice(&data[overlap..]);
        self.pos.set(pos + data.len());
        Ok(())
    }
}

/// The BytesIO state of a method's receiver.
fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a BytesIo> {
    receiver::<BytesIo>(vm, args, CLASS, method)
}

/// The state of an open BytesIO receiver.
fn open_this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a BytesIo> {
    let me = this(vm, args, method)?;
    me.check_open(vm)?;
    Ok(me)
}

/// `BytesIO.__new__(cls, *args, **kwargs)`: an empty stream.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "BytesIO")?;
    let state = BytesIo {
        buf: RefCell::new(Vec::new()),
        pos: Cell::new(0),
        closed: Cell::new(false),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `BytesIO(initial_bytes=b'')`.
fn init_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__init__")?;
    let [initial] = cargs::keywords(vm, &args, "BytesIO", ["initial_bytes"], 0, 0)?;
    let data = if initial.is_null() || initial.is_none() {
        Vec::new()
    } else {
        bytes_arg(vm, &initial)?
    };
    *me.buf.borrow_mut() = data;
    me.pos.set(0);
    me.closed.set(false);
    Ok(Value::None)
}

/// `read(size=-1)` and `read1(size=-1)`.
fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "read")?;
    let n = opt_size(vm, &args, ("BytesIO", "read"))?;
    let data = me.take(n);
    Ok(vm.new_bytes(data))
}

/// `readinto(buffer)`: the bytes copied.
fn readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "readinto")?;
    let target = cargs::one(vm, &args, ("BytesIO", "readinto"))?;
    let n = super::buffer_len(vm, &target)?;
    let data = me.take(n as i64);
    let copied = super::fill_buffer(vm, &target, &data)?;
    Ok(Value::Int(copied as i64))
}

/// `readline(size=-1)`.
fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "readline")?;
    let limit = opt_size(vm, &args, ("BytesIO", "readline"))?;
    let line = me.line(limit);
    Ok(vm.new_bytes(line))
}

/// `readlines(hint=None)`: the lines, stopping once `hint` bytes were
/// read.
fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "readlines")?;
    let hint = opt_size(vm, &args, ("BytesIO", "readlines"))?;
    let mut lines = Vec::new();
    let mut total = 0i64;
    loop {
        let line = me.line(-1);
        if line.is_empty() {
            break;
        }
        total += line.len() as i64;
        lines.push(vm.new_bytes(line));
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

/// `write(b)`: the bytes written.
fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "write")?;
    let b = cargs::one(vm, &args, ("BytesIO", "write"))?;
    me.check_open(vm)?;
    let data = bytes_arg(vm, &b)?;
    if !data.is_empty() {
        me.put(vm, &data)?;
    }
    Ok(Value::Int(data.len() as i64))
}

/// `writelines(lines)`.
fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "writelines")?;
    let lines = cargs::one(vm, &args, ("BytesIO", "writelines"))?;
    let it = vm.iter(&lines)?;
    while let Some(line) = vm.next(&it)? {
        let data = bytes_arg(vm, &line)?;
        me.put(vm, &data)?;
    }
    Ok(Value::None)
}

/// `seek(pos, whence=0)`: relative positions below 0 become 0.
fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "seek")?;
    let a = cargs::positional(vm, &args, ("BytesIO", "seek"), 1, 2)?;
    let pos = cargs::ssize(vm, &a[0])?;
    let whence = whence_arg(vm, a.get(1))?;
    me.check_open(vm)?;
    if pos < 0 && whence == 0 {
        return Err(vm.value_error(format!("negative seek value {pos}")));
    }
    let base = match whence {
        0 => 0,
        1 => me.pos.get() as i64,
        2 => me.buf.borrow().len() as i64,
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let new = base.saturating_add(pos).max(0);
    me.pos.set(new as usize);
    Ok(Value::Int(new))
}

/// `tell()`.
fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "tell")?;
    Ok(Value::Int(me.pos.get() as i64))
}

/// `truncate(size=None)`: the new size; the position stays.
fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "truncate")?;
    let a = cargs::positional(vm, &args, ("BytesIO", "truncate"), 0, 1)?;
    let size = match a.first() {
        Some(v) if !v.is_none() => cargs::ssize(vm, v)?,
        _ => me.pos.get() as i64,
    };
    if size < 0 {
        return Err(vm.value_error(format!("negative size value {size}")));
    }
    me.buf.borrow_mut().truncate(size as usize);
    Ok(Value::Int(size))
}

/// `getvalue()`: all the bytes.
fn getvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "getvalue")?;
    let data = me.buf.borrow().clone();
    Ok(vm.new_bytes(data))
}

/// `close()`: frees the bytes.
fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "close")?;
    me.closed.set(true);
    *me.buf.borrow_mut() = Vec::new();
    Ok(Value::None)
}

/// `flush()`: nothing to do while open.
fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_this(vm, &args, "flush")?;
    Ok(Value::None)
}

/// `isatty()`: False while open.
fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_this(vm, &args, "isatty")?;
    Ok(Value::Bool(false))
}

/// `readable()`, `writable()`, `seekable()`: True while open.
fn able(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_this(vm, &args, "readable")?;
    Ok(Value::Bool(true))
}

/// `__iter__()`: the stream, while open.
fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_this(vm, &args, "__iter__")?;
    Ok(this_value(&args))
}

/// `__next__()`: the next line.
fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__next__")?;
    let line = me.next_line(vm)?;
    line.ok_or_else(|| native::stop(vm))
}

/// `closed`.
fn closed_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, &args, "closed")?.closed.get()))
}
