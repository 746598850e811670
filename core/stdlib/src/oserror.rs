//! OSError and its subclasses as CPython raises them for a failed system
//! call: `OSError(errno, strerror(errno), filename[, None, filename2])`,
//! which picks the subclass for the errno (FileNotFoundError, ...) and
//! prints "[Errno 2] No such file or directory: 'x'"; and the MemoryError
//! of a buffer too large to allocate, instead of aborting.

use pvm_vm::{PyErr, PyResult, Value, Vm};

/// The OSError (subclass) for `errno`, naming `filename` and `filename2`
/// when given.
pub(crate) fn os_error(
    vm: &mut Vm,
    errno: i32,
    filename: Option<&Value>,
    filename2: Option<&Value>,
) -> PyErr {
    let cls = Value::Obj(vm.exc_type("OSError"));
    let msg = vm.new_str(crate::time::strerror(errno));
    let mut args = vec![Value::Int(i64::from(errno)), msg];
    if let Some(f) = filename {
        args.push(f.clone());
        if let Some(f2) = filename2 {
            args.push(Value::None);
            args.push(f2.clone());
        }
    }
    match vm.call(&cls, args) {
        Ok(Value::Obj(e)) => e,
        Ok(_) => vm.new_error("OSError", crate::time::strerror(errno)),
        Err(e) => e,
    }
}

/// The errno of a failed `std` I/O operation (EIO when it has none).
pub(crate) fn errno_of(e: &std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(libc::EIO)
}

/// The errno the last failed C library call left.
pub(crate) fn last_errno() -> i32 {
    errno_of(&std::io::Error::last_os_error())
}

/// `MemoryError()`.
pub(crate) fn memory_error(vm: &mut Vm) -> PyErr {
    let ty = vm.exc_type("MemoryError");
    pvm_vm::exceptions::new_exception(vm, &ty, vec![])
}

/// An empty vector with room for `n` bytes, or MemoryError.
pub(crate) fn with_room(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Err(memory_error(vm));
    }
    Ok(v)
}

/// `n` zero bytes, or MemoryError.
pub(crate) fn zeroed(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v = with_room(vm, n)?;
    v.resize(n, 0);
    Ok(v)
}

/// One read(2) of up to `n` bytes from `fd` (retried when interrupted),
/// or MemoryError / OSError.
pub(crate) fn read_fd(vm: &mut Vm, fd: i32, n: usize) -> PyResult<Vec<u8>> {
    let mut buf = with_room(vm, n)?;
    loop {
        // SAFETY: `buf` has room for `n` bytes; read(2) writes at most n.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) };
        if r >= 0 {
            // SAFETY: read(2) initialised the first `r` bytes.
            unsafe { buf.set_len(r as usize) };
            return Ok(buf);
        }
        let e = last_errno();
        if e != libc::EINTR {
            return Err(os_error(vm, e, None, None));
        }
    }
}
