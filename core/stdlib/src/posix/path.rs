//! Path arguments as CPython's `path_converter` takes them: str, bytes,
//! os.PathLike (through `__fspath__`), and for some functions a file
//! descriptor or None, with the messages naming the function and the
//! argument. str paths are UTF-8 on the file system.

use pvm_vm::payload::Payload;
use pvm_vm::{PyResult, Value, Vm};
use std::ffi::{CString, OsStr};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

/// `os.fspath(v)`: str and bytes as they are, else `type(v).__fspath__(v)`
/// (which must return str or bytes).
pub(crate) fn fspath(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if matches!(v.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
        return Ok(Some(v.clone()));
    }
    let ty = vm.type_of(v).clone();
    let Some(f) = vm.lookup_special(&ty, "__fspath__") else {
        return Ok(None);
    };
    let r = vm.call(&f, [v.clone()])?;
    if matches!(r.payload(), Some(Payload::Str(_) | Payload::Bytes(_))) {
        return Ok(Some(r));
    }
    let (tn, rn) = (vm.type_name(v), vm.type_name(&r));
    Err(vm.type_error(format!(
        "expected {tn}.__fspath__() to return str or bytes, not {rn}"
    )))
}

/// `os.fspath` with its TypeError for other objects.
pub(crate) fn fspath_or_error(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match fspath(vm, v)? {
        Some(p) => Ok(p),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {tn}"
            )))
        }
    }
}

/// A converted path argument.
pub(crate) struct PathArg {
    /// The file-system bytes (empty for a descriptor or None).
    pub bytes: Vec<u8>,
    /// Whether the path was given as bytes (results are then bytes).
    pub is_bytes: bool,
    /// A file descriptor given instead of a path.
    pub fd: Option<i32>,
    /// The argument (after `__fspath__`), for errors (`filename`).
    pub object: Value,
}

impl PathArg {
    /// The path for `std::fs`.
    pub fn path(&self) -> PathBuf {
        PathBuf::from(OsStr::from_bytes(&self.bytes))
    }

    /// The path for the C library.
    pub fn c_path(&self) -> CString {
        // Converted paths never hold NUL bytes.
        CString::new(self.bytes.clone()).unwrap_or_default()
    }

    /// A path result (a name from a listing, a link target) in the type
    /// of this argument: bytes for bytes, else str.
    pub fn result(&self, vm: &mut Vm, b: &[u8]) -> Value {
        if self.is_bytes {
            vm.new_bytes(b.to_vec())
        } else {
            vm.new_str(pvm_vm::surrogates::decode_utf8_escaped(b))
        }
    }
}

/// What a function accepts besides paths.
#[derive(Clone, Copy)]
pub(crate) struct Accept {
    /// A file descriptor.
    pub fd: bool,
    /// None (meaning the current directory).
    pub none: bool,
}

/// Only paths.
pub(crate) const PATH: Accept = Accept {
    fd: false,
    none: false,
};

/// Paths or a descriptor.
pub(crate) const PATH_OR_FD: Accept = Accept {
    fd: true,
    none: false,
};

/// Converts argument `arg` of `func`.
pub(crate) fn path_arg(
    vm: &mut Vm,
    v: &Value,
    func: &str,
    arg: &str,
    accept: Accept,
) -> PyResult<PathArg> {
    let made = |bytes: Vec<u8>, is_bytes, fd, object: &Value| PathArg {
        bytes,
        is_bytes,
        fd,
        object: object.clone(),
    };
    if accept.none && v.is_none() {
        return Ok(made(b".".to_vec(), false, None, v));
    }
    if accept.fd && pvm_vm::builtins::cargs::has_index(vm, v) && !matches!(v, Value::Float(_)) {
        let fd = vm.index(v)?;
        let fd = i32::try_from(fd).map_err(|_| {
            let msg = if fd < 0 {
                "fd is less than minimum"
            } else {
                "fd is greater than maximum"
            };
            vm.overflow_error(msg)
        })?;
        return Ok(made(Vec::new(), false, Some(fd), v));
    }
    let Some(p) = fspath(vm, v)? else {
        let kinds = match (accept.fd, accept.none) {
            (true, true) => "string, bytes, os.PathLike, integer or None",
            (true, false) => "string, bytes, os.PathLike or integer",
            (false, true) => "string, bytes, os.PathLike or None",
            (false, false) => "string, bytes or os.PathLike",
        };
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("{func}: {arg} should be {kinds}, not {tn}")));
    };
    if let Some(s) = p.as_str() {
        if s.contains('\0') {
            return Err(vm.value_error("embedded null byte"));
        }
        // File names encode with surrogateescape, as os.fsencode does.
        let bytes = if pvm_vm::surrogates::contains(s) {
            pvm_vm::builtins::codecs::encode(vm, s, "utf-8", "surrogateescape")?
        } else {
            s.as_bytes().to_vec()
        };
        return Ok(made(bytes, false, None, &p));
    }
    let b = pvm_vm::ops::seq::bytes_of(&p).unwrap_or_default();
    if b.contains(&0) {
        return Err(vm.value_error(format!("{func}: embedded null character in {arg}")));
    }
    Ok(made(b, true, None, &p))
}
