//! OSError and its subclasses as CPython raises them for a failed system
//! call: `OSError(errno, strerror(errno), filename[, None, filename2])`,
//! which picks the subclass for the errno (FileNotFoundError, ...) and
//! prints "[Errno 2] No such file or directory: 'x'".

use pvm_vm::{PyErr, Value, Vm};

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
