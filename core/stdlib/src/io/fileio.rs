//! `io.FileIO`: raw, unbuffered I/O on a file descriptor with the C
//! library's calls, as CPython's fileio.c does it (modes, `closefd`,
//! `opener`, directories refused, EINTR retried, errors as OSError with
//! the file name). The descriptor is closed when the object dies.

use super::{bytes_arg, method, new_class, opt_size, unsupported};
use crate::native::{self, receiver};
use crate::oserror::{last_errno, os_error};
use crate::posix::path::{path_arg, PATH};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeKind};
use pvm_vm::{types, ObjRef, PyResult, Value, Vm};
use std::cell::Cell;

/// The class name in descriptor errors.
const CLASS: &str = "_io.FileIO";

/// The state of a FileIO.
pub(super) struct FileIo {
    /// The descriptor; -1 once closed.
    fd: Cell<i32>,
    readable: Cell<bool>,
    writable: Cell<bool>,
    appending: Cell<bool>,
    created: Cell<bool>,
    closefd: Cell<bool>,
    /// Whether lseek works: unknown (None) until asked.
    seekable: Cell<Option<bool>>,
    blksize: Cell<i64>,
}

impl Extension for FileIo {}

impl Drop for FileIo {
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 && self.closefd.get() {
            // SAFETY: the descriptor is ours to close.
            unsafe { libc::close(fd) };
        }
    }
}

/// Registers `FileIO` in `module`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef, base: &ObjRef) {
    let methods: &native::Methods = &[
        ("__new__", new, NativeKind::StaticMethod),
        method("__init__", init_method),
        method("read", read),
        method("readall", readall),
        method("readinto", readinto),
        method("write", write),
        method("seek", seek),
        method("tell", tell),
        method("truncate", truncate),
        method("fileno", fileno),
        method("isatty", isatty),
        method("readable", readable),
        method("writable", writable),
        method("seekable", seekable),
        method("close", close),
        method("__repr__", repr),
    ];
    let ty = new_class(vm, module, "FileIO", Some(base), methods);
    // Like CPython's, instances keep `name` in their __dict__.
    let td = types::data(&ty);
    td.flags.set(td.flags.get() | types::INSTANCE_DICT);
    native::add_getters(
        vm,
        &ty,
        &[
            ("closed", closed_get),
            ("closefd", closefd_get),
            ("mode", mode_get),
            ("_blksize", blksize_get),
        ],
    );
}

/// Runs a system call until it is not interrupted; Err(errno) on failure.
fn retry(mut call: impl FnMut() -> isize) -> Result<usize, i32> {
    loop {
        let r = call();
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(e);
        }
    }
}

impl FileIo {
    /// The open descriptor, or "I/O operation on closed file".
    fn open_fd(&self, vm: &mut Vm) -> PyResult<i32> {
        match self.fd.get() {
            fd if fd >= 0 => Ok(fd),
            _ => Err(super::closed_error(vm, false)),
        }
    }

    /// The `mode` attribute.
    fn mode(&self) -> &'static str {
        let (r, w) = (self.readable.get(), self.writable.get());
        if self.created.get() {
            if r {
                "xb+"
            } else {
                "xb"
            }
        } else if self.appending.get() {
            if r {
                "ab+"
            } else {
                "ab"
            }
        } else if r {
            if w {
                "rb+"
            } else {
                "rb"
            }
        } else {
            "wb"
        }
    }

    /// Checks the descriptor is open and readable.
    fn readable_fd(&self, vm: &mut Vm) -> PyResult<i32> {
        let fd = self.open_fd(vm)?;
        if !self.readable.get() {
            return Err(unsupported(vm, "File not open for reading"));
        }
        Ok(fd)
    }

    /// Checks the descriptor is open and writable.
    fn writable_fd(&self, vm: &mut Vm) -> PyResult<i32> {
        let fd = self.open_fd(vm)?;
        if !self.writable.get() {
            return Err(unsupported(vm, "File not open for writing"));
        }
        Ok(fd)
    }

    /// Reads up to `n` bytes.
    pub fn read(&self, vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
        let fd = self.readable_fd(vm)?;
        crate::oserror::read_fd(vm, fd, n)
    }

    /// Reads to the end of the file.
    pub fn readall(&self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        let fd = self.readable_fd(vm)?;
        let mut out = Vec::new();
        // A regular file's size says how much to expect.
        let hint = {
            // SAFETY: `st` is a plain C struct filled by fstat.
            let mut st: libc::stat = unsafe { std::mem::zeroed() };
            // SAFETY: as above.
            let ok = unsafe { libc::fstat(fd, &mut st) } == 0;
            // SAFETY: lseek on our descriptor.
            let pos = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) };
            if ok && pos >= 0 && st.st_size >= pos {
                (st.st_size - pos) as usize + 1
            } else {
                super::BUFFER_SIZE
            }
        };
        out.reserve(hint);
        loop {
            let start = out.len();
            let room = (out.capacity() - start).max(super::BUFFER_SIZE);
            out.resize(start + room, 0);
            // SAFETY: `out` has `room` bytes past `start`.
            let got = retry(|| unsafe { libc::read(fd, out.as_mut_ptr().add(start).cast(), room) });
            match got {
                Ok(n) => {
                    out.truncate(start + n);
                    if n == 0 {
                        return Ok(out);
                    }
                }
                Err(e) => return Err(os_error(vm, e, None, None)),
            }
        }
    }

    /// Writes `data` (once: the count may be short).
    pub fn write(&self, vm: &mut Vm, data: &[u8]) -> PyResult<usize> {
        let fd = self.writable_fd(vm)?;
        self.write_fd(fd, data)
            .map_err(|e| os_error(vm, e, None, None))
    }

    /// One write(2) of `data` on `fd`; Err(errno) on failure.
    fn write_fd(&self, fd: i32, data: &[u8]) -> Result<usize, i32> {
        // SAFETY: `data` is valid for its length.
        retry(|| unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) })
    }

    /// Writes `data` without the VM (for a buffer dying unflushed); None
    /// when the file is closed, not writable or the write failed.
    pub fn write_raw(&self, data: &[u8]) -> Option<usize> {
        let fd = self.fd.get();
        if fd < 0 || !self.writable.get() {
            return None;
        }
        self.write_fd(fd, data).ok()
    }

    /// Moves the position; the new one.
    pub fn seek(&self, vm: &mut Vm, pos: i64, whence: i32) -> PyResult<i64> {
        let fd = self.open_fd(vm)?;
        // SAFETY: lseek on our descriptor.
        let r = unsafe { libc::lseek(fd, pos, whence) };
        if r < 0 {
            return Err(os_error(vm, last_errno(), None, None));
        }
        Ok(r)
    }

    /// Cuts (or extends) the file to `size` bytes.
    pub fn truncate(&self, vm: &mut Vm, size: i64) -> PyResult<()> {
        let fd = self.writable_fd(vm)?;
        // SAFETY: ftruncate on our descriptor.
        if unsafe { libc::ftruncate(fd, size) } != 0 {
            return Err(os_error(vm, last_errno(), None, None));
        }
        Ok(())
    }

    /// Closes the descriptor (when it is ours to close).
    pub fn close_fd(&self, vm: &mut Vm) -> PyResult<()> {
        let fd = self.fd.replace(-1);
        // SAFETY: the descriptor is ours to close.
        if fd >= 0 && self.closefd.get() && unsafe { libc::close(fd) } != 0 {
            return Err(os_error(vm, last_errno(), None, None));
        }
        Ok(())
    }

    /// Whether the file is closed.
    pub fn is_closed(&self) -> bool {
        self.fd.get() < 0
    }

    /// Whether the file can seek (asked once).
    pub fn can_seek(&self, vm: &mut Vm) -> PyResult<bool> {
        let fd = self.open_fd(vm)?;
        if let Some(s) = self.seekable.get() {
            return Ok(s);
        }
        // SAFETY: lseek on our descriptor.
        let s = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) } >= 0;
        self.seekable.set(Some(s));
        Ok(s)
    }

    /// Whether the descriptor is a terminal.
    pub fn isatty(&self, vm: &mut Vm) -> PyResult<bool> {
        let fd = self.open_fd(vm)?;
        // SAFETY: isatty on our descriptor.
        Ok(unsafe { libc::isatty(fd) } == 1)
    }

    /// The descriptor's preferred block size.
    pub fn blksize(&self) -> i64 {
        self.blksize.get()
    }
}

/// The FileIO state of `v` when it is a FileIO itself (not a subclass
/// instance, whose methods may be overridden).
pub(super) fn native_state(v: &Value) -> Option<&FileIo> {
    if super::is_native(v) {
        pvm_vm::extension::state::<FileIo>(v)
    } else {
        None
    }
}

/// The FileIO state of `v`, a FileIO or an instance of a subclass.
pub(super) fn native_or_subclass_state(v: &Value) -> Option<&FileIo> {
    pvm_vm::extension::state::<FileIo>(v)
}

/// The FileIO state of a method's receiver.
fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a FileIo> {
    receiver::<FileIo>(vm, args, CLASS, method)
}

/// `FileIO.__new__(cls, *args, **kwargs)`: a closed file until `__init__`.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "FileIO")?;
    let state = FileIo {
        fd: Cell::new(-1),
        readable: Cell::new(false),
        writable: Cell::new(false),
        appending: Cell::new(false),
        created: Cell::new(false),
        closefd: Cell::new(true),
        seekable: Cell::new(None),
        blksize: Cell::new(super::BUFFER_SIZE as i64),
    };
    Ok(vm.new_extension(&cls, state))
}

/// The open(2) flags and the FileIO flags (readable, writable,
/// appending, created) for a mode string, or CPython's ValueError.
fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<(i32, [bool; 4])> {
    let bad = |vm: &mut Vm| {
        vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        )
    };
    let (mut rwa, mut plus) = (false, false);
    let (mut r, mut w, mut a, mut x) = (false, false, false, false);
    let mut flags = 0;
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(bad(vm));
                }
                rwa = true;
                match c {
                    'x' => {
                        x = true;
                        w = true;
                        flags |= libc::O_EXCL | libc::O_CREAT;
                    }
                    'r' => r = true,
                    'w' => {
                        w = true;
                        flags |= libc::O_CREAT | libc::O_TRUNC;
                    }
                    _ => {
                        w = true;
                        a = true;
                        flags |= libc::O_APPEND | libc::O_CREAT;
                    }
                }
            }
            'b' => {}
            '+' => {
                if plus {
                    return Err(bad(vm));
                }
                r = true;
                w = true;
                plus = true;
            }
            _ => return Err(vm.value_error(format!("invalid mode: {mode}"))),
        }
    }
    if !rwa {
        return Err(bad(vm));
    }
    flags |= match (r, w) {
        (true, true) => libc::O_RDWR,
        (true, false) => libc::O_RDONLY,
        _ => libc::O_WRONLY,
    };
    Ok((flags | libc::O_CLOEXEC, [r, w, a, x]))
}

/// `FileIO(file, mode='r', closefd=True, opener=None)`.
fn init_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__init__")?;
    let [file, mode, closefd, opener] = cargs::keywords(
        vm,
        &args,
        "FileIO",
        ["file", "mode", "closefd", "opener"],
        0,
        1,
    )?;
    let this_obj = args.values[0].clone();
    if me.fd.get() >= 0 {
        // Re-initialising an open file closes it first.
        me.close_fd(vm)?;
    }
    let mode = if mode.is_null() {
        "r".to_string()
    } else {
        match mode.as_str() {
            Some(s) => s.to_string(),
            None => {
                let tn = native::arg_type_name(vm, &mode);
                return Err(
                    vm.type_error(format!("FileIO() argument 'mode' must be str, not {tn}"))
                );
            }
        }
    };
    let closefd = closefd.is_null() || vm.truthy(&closefd)?;
    let given_fd = match &file {
        Value::Float(_) => None,
        v if matches!(v, Value::Int(_) | Value::Bool(_))
            || matches!(v.payload(), Some(pvm_vm::payload::Payload::Int(_))) =>
        {
            let fd = vm.index(v)?;
            if fd < 0 {
                return Err(vm.value_error("negative file descriptor"));
            }
            Some(i32::try_from(fd).map_err(|_| vm.overflow_error("fd is greater than maximum"))?)
        }
        _ => None,
    };
    let path = match given_fd {
        Some(_) => None,
        None => {
            let p = crate::posix::path::fspath_or_error(vm, &file)?;
            if pvm_vm::ops::seq::bytes_of(&p).is_some_and(|b| b.contains(&0)) {
                return Err(vm.value_error("embedded null byte"));
            }
            Some(path_arg(vm, &p, "FileIO", "file", PATH)?)
        }
    };
    let (flags, [r, w, a, x]) = parse_mode(vm, &mode)?;
    me.readable.set(r);
    me.writable.set(w);
    me.appending.set(a);
    me.created.set(x);
    me.seekable.set(None);
    let fd = match (given_fd, &path) {
        (Some(fd), _) => {
            me.closefd.set(closefd);
            fd
        }
        (None, Some(p)) => {
            if !closefd {
                return Err(vm.value_error("Cannot use closefd=False with file name"));
            }
            me.closefd.set(true);
            if opener.is_null() || opener.is_none() {
                let c = p.c_path();
                // SAFETY: `c` is a NUL-terminated path.
                let r = retry(|| unsafe { libc::open(c.as_ptr(), flags, 0o666) } as isize);
                match r {
                    Ok(fd) => fd as i32,
                    Err(e) => return Err(os_error(vm, e, Some(&file), None)),
                }
            } else {
                let got = vm.call(&opener, [file.clone(), Value::Int(i64::from(flags))])?;
                if !matches!(got, Value::Int(_)) {
                    return Err(vm.type_error("expected integer from opener"));
                }
                let fd = vm.index(&got)?;
                if fd < 0 {
                    return Err(vm.value_error(format!("opener returned {fd}")));
                }
                fd as i32
            }
        }
        (None, None) => return Err(vm.value_error("negative file descriptor")),
    };
    me.fd.set(fd);
    // SAFETY: `st` is a plain C struct filled by fstat.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: as above, on our descriptor.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        let e = last_errno();
        if e == libc::EBADF {
            me.fd.set(-1);
            return Err(os_error(vm, e, None, None));
        }
    } else {
        if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
            let _ = me.close_fd(vm);
            return Err(os_error(vm, libc::EISDIR, Some(&file), None));
        }
        if st.st_blksize > 1 {
            me.blksize.set(st.st_blksize);
        }
    }
    if let Value::Obj(o) = &this_obj {
        vm.set_attr_direct(o, "name", file.clone());
    }
    if a {
        // SAFETY: lseek on our descriptor.
        unsafe { libc::lseek(fd, 0, libc::SEEK_END) };
    }
    Ok(Value::None)
}

/// `read(size=-1)`.
fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "read")?;
    let n = opt_size(vm, &args, ("FileIO", "read"))?;
    let data = if n < 0 {
        me.readall(vm)?
    } else {
        me.read(vm, n as usize)?
    };
    Ok(vm.new_bytes(data))
}

/// `readall()`.
fn readall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "readall")?;
    let data = me.readall(vm)?;
    Ok(vm.new_bytes(data))
}

/// `readinto(buffer)`.
fn readinto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "readinto")?;
    let target = cargs::one(vm, &args, ("FileIO", "readinto"))?;
    let n = super::buffer_len(vm, &target)?;
    let data = me.read(vm, n)?;
    let copied = super::fill_buffer(vm, &target, &data)?;
    Ok(Value::Int(copied as i64))
}

/// `write(b)`: the bytes written.
fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "write")?;
    let b = cargs::one(vm, &args, ("FileIO", "write"))?;
    me.writable_fd(vm)?;
    let data = bytes_arg(vm, &b)?;
    let n = me.write(vm, &data)?;
    Ok(Value::Int(n as i64))
}

/// A seek position argument: an int (floats refused).
pub(super) fn pos_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("an integer is required"));
    }
    vm.index(v)
}

/// `seek(pos, whence=0)`: the new position.
fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "seek")?;
    let a = cargs::positional(vm, &args, ("FileIO", "seek"), 1, 2)?;
    me.open_fd(vm)?;
    let pos = pos_arg(vm, &a[0])?;
    let whence = super::whence_arg(vm, a.get(1))?;
    let whence = i32::try_from(whence).unwrap_or(-1);
    let r = me.seek(vm, pos, whence)?;
    Ok(Value::Int(r))
}

/// `tell()`.
fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "tell")?;
    let r = me.seek(vm, 0, libc::SEEK_CUR)?;
    Ok(Value::Int(r))
}

/// `truncate(size=None)`: the new size (the position when None).
fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "truncate")?;
    let a = cargs::positional(vm, &args, ("FileIO", "truncate"), 0, 1)?;
    me.writable_fd(vm)?;
    let size = match a.first() {
        Some(v) if !v.is_none() => vm.index(v)?,
        _ => me.seek(vm, 0, libc::SEEK_CUR)?,
    };
    me.truncate(vm, size)?;
    Ok(Value::Int(size))
}

/// `fileno()`.
fn fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "fileno")?;
    Ok(Value::Int(i64::from(me.open_fd(vm)?)))
}

/// `isatty()`.
fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "isatty")?;
    Ok(Value::Bool(me.isatty(vm)?))
}

/// `readable()`.
fn readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "readable")?;
    me.open_fd(vm)?;
    Ok(Value::Bool(me.readable.get()))
}

/// `writable()`.
fn writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "writable")?;
    me.open_fd(vm)?;
    Ok(Value::Bool(me.writable.get()))
}

/// `seekable()`.
fn seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "seekable")?;
    Ok(Value::Bool(me.can_seek(vm)?))
}

/// `close()`: closes the descriptor (once).
fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "close")?;
    me.close_fd(vm)?;
    Ok(Value::None)
}

/// `repr(f)`: `<_io.FileIO name='x' mode='rb' closefd=True>`.
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__repr__")?;
    let v = &args.values[0];
    let cls = if super::is_native(v) {
        "_io.FileIO".to_string()
    } else {
        vm.type_name(v)
    };
    if me.is_closed() {
        return Ok(vm.new_str(format!("<{cls} [closed]>")));
    }
    let closefd = if me.closefd.get() { "True" } else { "False" };
    let name = super::lookup_attr(vm, v, "name", true)?;
    let text = match name {
        Some(n) => {
            let n = vm.repr(&n)?;
            format!("<{cls} name={n} mode='{}' closefd={closefd}>", me.mode())
        }
        None => format!(
            "<{cls} fd={} mode='{}' closefd={closefd}>",
            me.fd.get(),
            me.mode()
        ),
    };
    Ok(vm.new_str(text))
}

/// `closed`.
fn closed_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, &args, "closed")?.is_closed()))
}

/// `closefd`.
fn closefd_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, &args, "closefd")?.closefd.get()))
}

/// `mode`.
fn mode_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mode = this(vm, &args, "mode")?.mode();
    Ok(vm.new_str(mode))
}

/// `_blksize`.
fn blksize_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(vm, &args, "_blksize")?.blksize()))
}
