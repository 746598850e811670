//! `io.BufferedReader`, `io.BufferedWriter` and `io.BufferedRandom`: a
//! read-ahead buffer and a write buffer over a raw stream, with CPython's
//! observable behaviour (positions, flushes, messages). At most one of
//! the two buffers holds data: reading flushes pending writes, and
//! writing rewinds the raw stream over unread read-ahead. Pending writes
//! reach a native FileIO even when the object dies unclosed.

use super::fileio;
use super::{bytes_arg, method, new_class, opt_size, this_value, unsupported};
use crate::native::{self, receiver};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeKind, Payload};
use pvm_vm::{types, ObjRef, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

/// Which of the three classes a buffered object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Reader,
    Writer,
    Random,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Reader => "BufferedReader",
            Kind::Writer => "BufferedWriter",
            Kind::Random => "BufferedRandom",
        }
    }

    fn reads(self) -> bool {
        self != Kind::Writer
    }

    fn writes(self) -> bool {
        self != Kind::Reader
    }
}

/// The state of a buffered stream.
pub(super) struct Buffered {
    kind: Kind,
    /// The raw stream; Null once detached (or before `__init__`).
    raw: RefCell<Value>,
    size: Cell<usize>,
    /// Read-ahead bytes and how many of them were consumed.
    rbuf: RefCell<Vec<u8>>,
    rpos: Cell<usize>,
    /// Bytes written but not yet passed to the raw stream.
    wbuf: RefCell<Vec<u8>>,
}

impl Extension for Buffered {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.raw.borrow());
    }

    fn next_item(&self, vm: &mut Vm, _this: &Value) -> Option<PyResult<Option<Value>>> {
        Some(self.next_line(vm))
    }
}

impl Drop for Buffered {
    fn drop(&mut self) {
        // CPython flushes a dying buffered writer (its close() runs); a
        // native raw file can be written without the VM.
        let data = std::mem::take(self.wbuf.get_mut());
        if data.is_empty() {
            return;
        }
        if let Some(f) = fileio::native_state(self.raw.get_mut()) {
            f.write_all_quietly(&data);
        }
    }
}

/// Registers the three classes in `module`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef, base: &ObjRef) {
    let common: &native::Methods = &[
        method("__init__", init_method),
        method("close", close),
        method("detach", detach),
        method("fileno", fileno),
        method("isatty", isatty),
        method("seekable", seekable),
        method("seek", seek),
        method("tell", tell),
        method("truncate", truncate),
        method("flush", flush),
        method("__repr__", repr),
    ];
    let reading: &native::Methods = &[
        method("read", read),
        method("read1", read1),
        method("readinto", readinto),
        method("readinto1", readinto1),
        method("readline", readline),
        method("peek", peek),
        method("readable", readable),
        method("__next__", next),
    ];
    let writing: &native::Methods = &[method("write", write), method("writable", writable)];
    let news: [(Kind, pvm_vm::payload::NativeFn); 3] = [
        (Kind::Reader, new_reader),
        (Kind::Writer, new_writer),
        (Kind::Random, new_random),
    ];
    for (kind, new) in news {
        let mut methods: Vec<_> = vec![("__new__", new, NativeKind::StaticMethod)];
        methods.extend_from_slice(common);
        if kind.reads() {
            methods.extend_from_slice(reading);
        }
        if kind.writes() {
            methods.extend_from_slice(writing);
        }
        let ty = new_class(vm, module, kind.name(), Some(base), &methods);
        let td = types::data(&ty);
        td.flags.set(td.flags.get() | types::INSTANCE_DICT);
        native::add_getters(
            vm,
            &ty,
            &[
                ("raw", raw_get),
                ("closed", closed_get),
                ("name", name_get),
                ("mode", mode_get),
            ],
        );
    }
}

/// `__new__` of each class: a stream without a raw one until `__init__`.
fn new_kind(vm: &mut Vm, args: &Args, kind: Kind) -> PyResult<Value> {
    let cls = native::new_class(vm, args, kind.name())?;
    let state = Buffered {
        kind,
        raw: RefCell::new(Value::Null),
        size: Cell::new(super::BUFFER_SIZE),
        rbuf: RefCell::new(Vec::new()),
        rpos: Cell::new(0),
        wbuf: RefCell::new(Vec::new()),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `BufferedReader.__new__`.
fn new_reader(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_kind(vm, &args, Kind::Reader)
}

/// `BufferedWriter.__new__`.
fn new_writer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_kind(vm, &args, Kind::Writer)
}

/// `BufferedRandom.__new__`.
fn new_random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    new_kind(vm, &args, Kind::Random)
}

impl super::fileio::FileIo {
    /// Writes all of `data`, ignoring errors (for a dying buffer).
    pub fn write_all_quietly(&self, data: &[u8]) {
        let mut rest = data;
        while !rest.is_empty() {
            match self.write_raw(rest) {
                Some(n) if n > 0 => rest = &rest[n..],
                _ => return,
            }
        }
    }
}

impl Buffered {
    /// The raw stream, or "raw stream has been detached".
    fn raw(&self, vm: &mut Vm) -> PyResult<Value> {
        let raw = self.raw.borrow().clone();
        if raw.is_null() {
            return Err(vm.value_error("raw stream has been detached"));
        }
        Ok(raw)
    }

    /// Unread read-ahead bytes.
    fn readahead(&self) -> usize {
        self.rbuf.borrow().len() - self.rpos.get()
    }

    /// Whether the raw stream is closed.
    fn raw_closed(&self, vm: &mut Vm) -> PyResult<bool> {
        let raw = self.raw(vm)?;
        if let Some(f) = fileio::native_state(&raw) {
            return Ok(f.is_closed());
        }
        super::base::is_closed(vm, &raw)
    }

    /// ValueError(`msg`) when the raw stream is closed and nothing is
    /// buffered to read (CPython's CHECK_CLOSED).
    fn check_closed(&self, vm: &mut Vm, msg: &str) -> PyResult<()> {
        if self.raw_closed(vm)? && self.readahead() == 0 {
            return Err(vm.value_error(msg));
        }
        Ok(())
    }

    /// One read of up to `n` bytes from the raw stream (None: it would
    /// block).
    fn raw_read(&self, vm: &mut Vm, n: usize) -> PyResult<Option<Vec<u8>>> {
        let raw = self.raw(vm)?;
        if let Some(f) = fileio::native_state(&raw) {
            return f.read(vm, n).map(Some);
        }
        let zeros = crate::oserror::zeroed(vm, n)?;
        let buf = Value::Obj(ObjRef::new(
            vm.t.bytearray.clone(),
            Payload::ByteArray(RefCell::new(zeros)),
        ));
        let got = vm.call_method(&raw, "readinto", vec![buf.clone()])?;
        if got.is_none() {
            return Ok(None);
        }
        let got = vm.index(&got)?;
        if got < 0 || got as usize > n {
            return Err(vm.new_error(
                "OSError",
                format!("raw readinto() returned invalid length {got} (should have been between 0 and {n})"),
            ));
        }
        let data = match buf.payload() {
            Some(Payload::ByteArray(b)) => b.borrow()[..got as usize].to_vec(),
            _ => Vec::new(),
        };
        Ok(Some(data))
    }

    /// Reads the raw stream to its end.
    fn raw_readall(&self, vm: &mut Vm) -> PyResult<Option<Vec<u8>>> {
        let raw = self.raw(vm)?;
        if let Some(f) = fileio::native_state(&raw) {
            return f.readall(vm).map(Some);
        }
        let key = vm.intern("readall");
        if let Some(readall) = vm.get_attr_opt(&raw, &key)? {
            let r = vm.call(&readall, [])?;
            if r.is_none() {
                return Ok(None);
            }
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(Some(b.to_vec())),
                _ => Err(vm.type_error("readall() should return bytes")),
            };
        }
        let mut out = Vec::new();
        loop {
            match self.raw_read(vm, self.size.get())? {
                None if out.is_empty() => return Ok(None),
                None => return Ok(Some(out)),
                Some(d) if d.is_empty() => return Ok(Some(out)),
                Some(d) => out.extend_from_slice(&d),
            }
        }
    }

    /// Writes all of `data` to the raw stream.
    fn raw_write_all(&self, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        let raw = self.raw(vm)?;
        let mut rest = data;
        while !rest.is_empty() {
            let n = if let Some(f) = fileio::native_state(&raw) {
                f.write(vm, rest)?
            } else {
                let b = vm.new_bytes(rest.to_vec());
                let r = vm.call_method(&raw, "write", vec![b])?;
                if r.is_none() {
                    return Err(vm.new_error(
                        "BlockingIOError",
                        "write could not complete without blocking",
                    ));
                }
                let n = vm.index(&r)?;
                if n < 0 || n as usize > rest.len() {
                    return Err(vm.new_error(
                        "OSError",
                        format!(
                            "raw write() returned invalid length {n} (should have been between 0 and {})",
                            rest.len()
                        ),
                    ));
                }
                n as usize
            };
            rest = &rest[n..];
        }
        Ok(())
    }

    /// `raw.seek(pos, whence)`.
    fn raw_seek(&self, vm: &mut Vm, pos: i64, whence: i64) -> PyResult<i64> {
        let raw = self.raw(vm)?;
        let n = if let Some(f) = fileio::native_state(&raw) {
            f.seek(vm, pos, whence as i32)?
        } else {
            let r = vm.call_method(&raw, "seek", vec![Value::Int(pos), Value::Int(whence)])?;
            vm.index(&r)?
        };
        if n < 0 {
            return Err(vm.new_error(
                "OSError",
                format!("Raw stream returned invalid position {n}"),
            ));
        }
        Ok(n)
    }

    /// `raw.tell()`.
    fn raw_tell(&self, vm: &mut Vm) -> PyResult<i64> {
        let raw = self.raw(vm)?;
        let n = if let Some(f) = fileio::native_state(&raw) {
            f.seek(vm, 0, libc::SEEK_CUR)?
        } else {
            let r = vm.call_method(&raw, "tell", vec![])?;
            vm.index(&r)?
        };
        if n < 0 {
            return Err(vm.new_error(
                "OSError",
                format!("Raw stream returned invalid position {n}"),
            ));
        }
        Ok(n)
    }

    /// Passes pending writes to the raw stream.
    fn flush_writes(&self, vm: &mut Vm) -> PyResult<()> {
        let data = std::mem::take(&mut *self.wbuf.borrow_mut());
        if data.is_empty() {
            return Ok(());
        }
        let r = self.raw_write_all(vm, &data);
        if r.is_err() {
            // What was not written stays pending, as in CPython.
            let mut w = self.wbuf.borrow_mut();
            if w.is_empty() {
                *w = data;
            }
        }
        r
    }

    /// Drops the read-ahead, moving the raw stream back over it.
    fn rewind_readahead(&self, vm: &mut Vm) -> PyResult<()> {
        let ahead = self.readahead();
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
        if ahead > 0 {
            self.raw_seek(vm, -(ahead as i64), 1)?;
        }
        Ok(())
    }

    /// Takes up to `n` bytes of read-ahead.
    fn take(&self, n: usize) -> Vec<u8> {
        let rbuf = self.rbuf.borrow();
        let pos = self.rpos.get();
        let n = n.min(rbuf.len() - pos);
        self.rpos.set(pos + n);
        rbuf[pos..pos + n].to_vec()
    }

    /// Refills the read-ahead with one raw read; false at the end (or
    /// when the read would block).
    fn fill(&self, vm: &mut Vm) -> PyResult<bool> {
        let data = self.raw_read(vm, self.size.get())?;
        let data = data.unwrap_or_default();
        let got = !data.is_empty();
        *self.rbuf.borrow_mut() = data;
        self.rpos.set(0);
        Ok(got)
    }

    /// `read(n)` (all when n is negative); None when the raw stream would
    /// block before anything was read.
    pub fn read(&self, vm: &mut Vm, n: i64) -> PyResult<Option<Vec<u8>>> {
        self.flush_writes(vm)?;
        if n < 0 {
            let mut out = self.take(usize::MAX);
            return match self.raw_readall(vm)? {
                Some(rest) => {
                    out.extend_from_slice(&rest);
                    Ok(Some(out))
                }
                None if out.is_empty() => Ok(None),
                None => Ok(Some(out)),
            };
        }
        let n = n as usize;
        let mut out = self.take(n);
        while out.len() < n {
            let want = (n - out.len()).max(self.size.get());
            match self.raw_read(vm, want)? {
                None if out.is_empty() => return Ok(None),
                None => break,
                Some(d) if d.is_empty() => break,
                Some(d) => {
                    let need = n - out.len();
                    if d.len() <= need {
                        out.extend_from_slice(&d);
                    } else {
                        out.extend_from_slice(&d[..need]);
                        *self.rbuf.borrow_mut() = d;
                        self.rpos.set(need);
                    }
                }
            }
        }
        Ok(Some(out))
    }

    /// `read1(n)`: buffered bytes if any, else one raw read.
    pub fn read1(&self, vm: &mut Vm, n: i64) -> PyResult<Vec<u8>> {
        let n = if n < 0 { self.size.get() } else { n as usize };
        if n == 0 {
            return Ok(Vec::new());
        }
        if self.readahead() > 0 {
            return Ok(self.take(n));
        }
        // CPython 3.11's read1 leaves pending writes where they are: they
        // reach the file later, wherever the raw stream then is.
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
        Ok(self.raw_read(vm, n)?.unwrap_or_default())
    }

    /// The next line, up to `limit` bytes when not negative.
    fn read_line(&self, vm: &mut Vm, limit: i64) -> PyResult<Vec<u8>> {
        self.flush_writes(vm)?;
        let limit = if limit < 0 {
            usize::MAX
        } else {
            limit as usize
        };
        let mut out = Vec::new();
        loop {
            let found = {
                let rbuf = self.rbuf.borrow();
                let rest = &rbuf[self.rpos.get()..];
                let room = limit - out.len();
                let window = &rest[..rest.len().min(room)];
                match window.iter().position(|&c| c == b'\n') {
                    Some(i) => Some(i + 1),
                    None => {
                        out.extend_from_slice(window);
                        self.rpos.set(self.rpos.get() + window.len());
                        None
                    }
                }
            };
            if let Some(n) = found {
                out.extend(self.take(n));
                return Ok(out);
            }
            if out.len() >= limit || !self.fill(vm)? {
                return Ok(out);
            }
        }
    }

    /// The next line for iteration (None at the end).
    fn next_line(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.check_closed(vm, "readline of closed file")?;
        let line = self.read_line(vm, -1)?;
        Ok((!line.is_empty()).then(|| vm.new_bytes(line)))
    }

    /// `write(data)`: buffered; flushed once the buffer is full.
    pub fn write(&self, vm: &mut Vm, data: &[u8]) -> PyResult<usize> {
        if self.readahead() > 0 || !self.rbuf.borrow().is_empty() {
            self.rewind_readahead(vm)?;
        }
        let full = {
            let mut w = self.wbuf.borrow_mut();
            w.extend_from_slice(data);
            w.len() > self.size.get()
        };
        if full {
            self.flush_writes(vm)?;
        }
        Ok(data.len())
    }

    /// `flush()` of a writing stream: pending writes go out, and the raw
    /// stream is moved back over the read-ahead.
    pub fn flush(&self, vm: &mut Vm) -> PyResult<()> {
        if self.raw_closed(vm)? {
            return Err(vm.value_error("flush of closed file"));
        }
        self.flush_writes(vm)?;
        if self.kind.reads() {
            self.rewind_readahead(vm)?;
        }
        Ok(())
    }

    /// `tell()`: the logical position.
    pub fn tell(&self, vm: &mut Vm) -> PyResult<i64> {
        let raw = self.raw_tell(vm)?;
        let pos = raw - self.readahead() as i64 + self.wbuf.borrow().len() as i64;
        Ok(pos.max(0))
    }

    /// `seek(pos, whence)`: the new position.
    pub fn seek(&self, vm: &mut Vm, pos: i64, whence: i64) -> PyResult<i64> {
        let avail = self.readahead() as i64;
        if (whence == 0 || whence == 1) && avail > 0 && self.wbuf.borrow().is_empty() {
            // A target inside the read-ahead moves within it (as CPython
            // does), keeping what was read.
            let raw = self.raw_tell(vm)?;
            let current = raw - avail;
            let offset = if whence == 0 { pos - current } else { pos };
            let consumed = self.rpos.get() as i64;
            if offset >= -consumed && offset <= avail {
                self.rpos.set((consumed + offset) as usize);
                return Ok(current + offset);
            }
        }
        self.flush_writes(vm)?;
        let pos = if whence == 1 {
            pos - self.readahead() as i64
        } else {
            pos
        };
        let r = self.raw_seek(vm, pos, whence)?;
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
        Ok(r)
    }

    /// Whether the stream is closed (the raw stream's `closed`).
    pub fn is_closed(&self, vm: &mut Vm) -> PyResult<bool> {
        self.raw_closed(vm)
    }

    /// `close()`: flush (through `flush` of `this`), then close the raw
    /// stream, even when the flush failed.
    fn close(&self, vm: &mut Vm, this: &Value) -> PyResult<()> {
        if self.raw_closed(vm)? {
            return Ok(());
        }
        let flushed = if super::is_native(this) {
            self.flush_method(vm)
        } else {
            vm.call_method(this, "flush", vec![]).map(|_| ())
        };
        let raw = self.raw(vm)?;
        let closed = match fileio::native_state(&raw) {
            Some(f) => f.close_fd(vm),
            None => vm.call_method(&raw, "close", vec![]).map(|_| ()),
        };
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
        match (flushed, closed) {
            (Err(e), _) | (Ok(()), Err(e)) => Err(e),
            _ => Ok(()),
        }
    }

    /// Writes the pending bytes to an open raw stream (at the program's
    /// end).
    pub fn flush_at_exit(&self, vm: &mut Vm) {
        if self.wbuf.borrow().is_empty() || self.raw.borrow().is_null() {
            return;
        }
        if let Ok(false) = self.raw_closed(vm) {
            let _ = self.flush_writes(vm);
        }
    }

    /// Adds bytes to the write buffer without writing (a dying text
    /// wrapper's pending text, written when this object dies).
    pub fn push_pending(&self, data: &[u8]) {
        self.wbuf.borrow_mut().extend_from_slice(data);
    }

    /// The `flush` method: a writing stream's flush, or the raw stream's.
    pub fn flush_method(&self, vm: &mut Vm) -> PyResult<()> {
        if self.kind.writes() {
            return self.flush(vm);
        }
        let raw = self.raw(vm)?;
        vm.call_method(&raw, "flush", vec![])?;
        Ok(())
    }
}

/// The buffered state of `v` when it is one of the three classes itself.
pub(super) fn native_state(v: &Value) -> Option<&Buffered> {
    if super::is_native(v) {
        pvm_vm::extension::state::<Buffered>(v)
    } else {
        None
    }
}

/// The state of a method's receiver (any of the three classes).
fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a Buffered> {
    receiver::<Buffered>(vm, args, "_io._Buffered", method)
}

/// The state of a receiver whose raw stream is attached.
fn attached<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a Buffered> {
    let me = this(vm, args, method)?;
    me.raw(vm)?;
    Ok(me)
}

/// Raises UnsupportedOperation("File or stream is not {what}.") unless
/// `raw.{what}()` is true.
fn require(vm: &mut Vm, raw: &Value, what: &str) -> PyResult<()> {
    let r = vm.call_method(raw, what, vec![])?;
    if !vm.truthy(&r)? {
        return Err(unsupported(vm, &format!("File or stream is not {what}.")));
    }
    Ok(())
}

/// `__init__(raw, buffer_size=DEFAULT_BUFFER_SIZE)`.
fn init_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__init__")?;
    let [raw, size] = cargs::keywords(vm, &args, me.kind.name(), ["raw", "buffer_size"], 0, 1)?;
    if me.kind == Kind::Random {
        require(vm, &raw, "seekable")?;
    }
    if me.kind.reads() {
        require(vm, &raw, "readable")?;
    }
    if me.kind.writes() {
        require(vm, &raw, "writable")?;
    }
    let size = if size.is_null() {
        super::BUFFER_SIZE as i64
    } else {
        cargs::ssize(vm, &size)?
    };
    if size <= 0 {
        return Err(vm.value_error("buffer size must be strictly positive"));
    }
    me.size.set(size as usize);
    let old = me.raw.replace(raw);
    drop(old);
    me.rbuf.borrow_mut().clear();
    me.rpos.set(0);
    me.wbuf.borrow_mut().clear();
    Ok(Value::None)
}

/// `read(size=-1)`.
fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "read")?;
    let n = opt_size(vm, &args, (me.kind.name(), "read"))?;
    if n < -1 {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    me.check_closed(vm, "read of closed file")?;
    Ok(match me.read(vm, n)? {
        Some(d) => vm.new_bytes(d),
        None => Value::None,
    })
}

/// `read1(size=-1)`.
fn read1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "read1")?;
    let n = opt_size(vm, &args, (me.kind.name(), "read1"))?;
    me.check_closed(vm, "read of closed file")?;
    let data = me.read1(vm, n)?;
    Ok(vm.new_bytes(data))
}

/// `readinto(b)` and `readinto1(b)`: `read`/`read1` copied into `b`.
fn readinto_with(vm: &mut Vm, args: &Args, one: bool) -> PyResult<Value> {
    let name = if one { "readinto1" } else { "readinto" };
    let me = attached(vm, args, name)?;
    let target = cargs::one(vm, args, (me.kind.name(), name))?;
    let n = super::buffer_len(vm, &target)?;
    me.check_closed(vm, "readinto of closed file")?;
    let data = if one {
        me.read1(vm, n as i64)?
    } else {
        me.read(vm, n as i64)?.unwrap_or_default()
    };
    let copied = super::fill_buffer(vm, &target, &data)?;
    Ok(Value::Int(copied as i64))
}

/// `readinto(b)`.
fn readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    readinto_with(vm, &args, false)
}

/// `readinto1(b)`.
fn readinto1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    readinto_with(vm, &args, true)
}

/// `readline(size=-1)`.
fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "readline")?;
    let limit = opt_size(vm, &args, (me.kind.name(), "readline"))?;
    me.check_closed(vm, "readline of closed file")?;
    let line = me.read_line(vm, limit)?;
    Ok(vm.new_bytes(line))
}

/// `peek(size=0)`: the read-ahead (refilled when empty), not consumed.
fn peek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "peek")?;
    cargs::positional(vm, &args, (me.kind.name(), "peek"), 0, 1)?;
    me.check_closed(vm, "peek of closed file")?;
    me.flush_writes(vm)?;
    if me.readahead() == 0 {
        me.fill(vm)?;
    }
    let data = me.rbuf.borrow()[me.rpos.get()..].to_vec();
    Ok(vm.new_bytes(data))
}

/// `write(b)`.
fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "write")?;
    let b = cargs::one(vm, &args, (me.kind.name(), "write"))?;
    let data = bytes_arg(vm, &b)?;
    if me.raw_closed(vm)? {
        return Err(vm.value_error("write to closed file"));
    }
    let n = me.write(vm, &data)?;
    Ok(Value::Int(n as i64))
}

/// `flush()`.
fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "flush")?;
    me.flush_method(vm)?;
    Ok(Value::None)
}

/// `seek(target, whence=0)`.
fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "seek")?;
    let a = cargs::positional(vm, &args, (me.kind.name(), "seek"), 1, 2)?;
    let whence = super::whence_arg(vm, a.get(1))?;
    me.check_closed(vm, "seek of closed file")?;
    if !(0..=4).contains(&whence) {
        return Err(vm.value_error(format!("whence value {whence} unsupported")));
    }
    let raw = me.raw(vm)?;
    require(vm, &raw, "seekable")?;
    let target = vm.index(&a[0])?;
    let r = me.seek(vm, target, whence)?;
    Ok(Value::Int(r))
}

/// `tell()`.
fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "tell")?;
    Ok(Value::Int(me.tell(vm)?))
}

/// `truncate(pos=None)`: the raw stream's result; the position stays.
fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "truncate")?;
    let a = cargs::positional(vm, &args, (me.kind.name(), "truncate"), 0, 1)?;
    me.check_closed(vm, "truncate of closed file")?;
    if !me.kind.writes() {
        return Err(unsupported(vm, "truncate"));
    }
    me.flush(vm)?;
    let pos = match a.first() {
        Some(v) if !v.is_none() => v.clone(),
        _ => Value::Int(me.tell(vm)?),
    };
    let raw = me.raw(vm)?;
    if let Some(f) = fileio::native_state(&raw) {
        let size = vm.index(&pos)?;
        f.truncate(vm, size)?;
        return Ok(Value::Int(size));
    }
    vm.call_method(&raw, "truncate", vec![pos])
}

/// `close()`.
fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "close")?;
    me.close(vm, &args.values[0])?;
    Ok(Value::None)
}

/// `detach()`: flushes and hands over the raw stream.
fn detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "detach")?;
    vm.call_method(&this_value(&args), "flush", vec![])?;
    Ok(me.raw.replace(Value::Null))
}

/// A method passed on to the raw stream.
fn delegate(vm: &mut Vm, args: &Args, name: &'static str) -> PyResult<Value> {
    let me = attached(vm, args, name)?;
    let raw = me.raw(vm)?;
    vm.call_method(&raw, name, vec![])
}

/// `fileno()`.
fn fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "fileno")
}

/// `isatty()`.
fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "isatty")
}

/// `seekable()`.
fn seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "seekable")
}

/// `readable()`.
fn readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "readable")
}

/// `writable()`.
fn writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "writable")
}

/// `__next__()`: the next line; a subclass's own `readline` is used.
fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "__next__")?;
    let line = if super::is_native(&args.values[0]) {
        me.next_line(vm)?
    } else {
        let line = vm.call_method(&this_value(&args), "readline", vec![])?;
        let Some(Payload::Bytes(b)) = line.payload() else {
            let tn = vm.type_name(&line);
            return Err(vm.new_error(
                "OSError",
                format!("readline() should have returned a bytes object, not '{tn}'"),
            ));
        };
        (!b.is_empty()).then_some(line)
    };
    line.ok_or_else(|| native::stop(vm))
}

/// `repr(f)`: `<_io.BufferedReader name='x'>`.
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__repr__")?;
    let v = &args.values[0];
    let cls = if super::is_native(v) {
        format!("_io.{}", me.kind.name())
    } else {
        vm.type_name(v)
    };
    let name = super::lookup_attr(vm, v, "name", true)?;
    let text = match name {
        Some(n) => format!("<{cls} name={}>", vm.repr(&n)?),
        None => format!("<{cls}>"),
    };
    Ok(vm.new_str(text))
}

/// `raw`.
fn raw_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "raw")?;
    Ok(me.raw.borrow().clone())
}

/// `closed`: the raw stream's.
fn closed_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = attached(vm, &args, "closed")?;
    Ok(Value::Bool(me.raw_closed(vm)?))
}

/// An attribute of the raw stream.
fn raw_attr(vm: &mut Vm, args: &Args, name: &'static str) -> PyResult<Value> {
    let me = attached(vm, args, name)?;
    let raw = me.raw(vm)?;
    vm.get_attr_str(&raw, name)
}

/// `name`: the raw stream's.
fn name_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    raw_attr(vm, &args, "name")
}

/// `mode`: the raw stream's.
fn mode_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    raw_attr(vm, &args, "mode")
}
