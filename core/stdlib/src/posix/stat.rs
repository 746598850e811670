//! `stat`, `lstat` and `fstat`, and their result `os.stat_result`: a
//! struct sequence of ten items (the three times as ints, unnamed) whose
//! attributes add the float and nanosecond times, the block size, the
//! blocks and the device (Linux's fields, in CPython's order).

use super::path::{path_arg, PathArg, PATH_OR_FD};
use super::{c_int, no_dir_fd, params};
use crate::oserror::{last_errno, os_error};
use pvm_vm::args::Args;
use pvm_vm::import::import_full;
use pvm_vm::payload::NativeFn;
use pvm_vm::{ObjRef, PyResult, Value, Vm};

/// The fields of `stat_result` (None: an unnamed item).
const FIELDS: [(Option<&str>, &str); 19] = [
    (Some("st_mode"), "protection bits"),
    (Some("st_ino"), "inode"),
    (Some("st_dev"), "device"),
    (Some("st_nlink"), "number of hard links"),
    (Some("st_uid"), "user ID of owner"),
    (Some("st_gid"), "group ID of owner"),
    (Some("st_size"), "total size, in bytes"),
    (None, "integer time of last access"),
    (None, "integer time of last modification"),
    (None, "integer time of last change"),
    (Some("st_atime"), "time of last access"),
    (Some("st_mtime"), "time of last modification"),
    (Some("st_ctime"), "time of last change"),
    (Some("st_atime_ns"), "time of last access in nanoseconds"),
    (
        Some("st_mtime_ns"),
        "time of last modification in nanoseconds",
    ),
    (Some("st_ctime_ns"), "time of last change in nanoseconds"),
    (Some("st_blksize"), "blocksize for filesystem I/O"),
    (Some("st_blocks"), "number of blocks allocated"),
    (Some("st_rdev"), "device type (if inode device)"),
];

/// The doc of `stat_result`.
const DOC: &str = "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.";

/// Registers `stat_result`, `stat`, `lstat` and `fstat`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    let funcs: &[(&str, NativeFn)] = &[("stat", stat), ("lstat", lstat), ("fstat", fstat)];
    vm.add_functions(module, funcs);
    let structseq = import_full(vm, "_structseq")?;
    let make = vm.get_attr_str(&structseq, "make_type")?;
    let fields: Vec<Value> = FIELDS
        .iter()
        .map(|(n, d)| {
            let name = n.map_or(Value::None, |n| vm.new_str(n));
            let pair = vec![name, vm.new_str(*d)];
            vm.new_tuple(pair)
        })
        .collect();
    let args = vec![
        vm.new_str("os"),
        vm.new_str("stat_result"),
        vm.new_list(fields),
        Value::Int(10),
        vm.new_str(DOC),
    ];
    let cls = vm.call(&make, args)?;
    vm.set_attr_direct(module, "stat_result", cls);
    Ok(())
}

/// stat(2), lstat(2) or fstat(2) of a path argument; Err(errno).
pub(super) fn raw_stat(p: &PathArg, follow: bool) -> Result<libc::stat, i32> {
    // SAFETY: a plain C struct the call fills.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let r = match p.fd {
        // SAFETY: fstat on a caller's descriptor.
        Some(fd) => unsafe { libc::fstat(fd, &mut st) },
        None => {
            let c = p.c_path();
            if follow {
                // SAFETY: `c` is a NUL-terminated path.
                unsafe { libc::stat(c.as_ptr(), &mut st) }
            } else {
                // SAFETY: as above.
                unsafe { libc::lstat(c.as_ptr(), &mut st) }
            }
        }
    };
    if r != 0 {
        return Err(last_errno());
    }
    Ok(st)
}

/// An `os.stat_result` of `st`.
pub(super) fn stat_value(vm: &mut Vm, st: &libc::stat) -> PyResult<Value> {
    let time = |vm: &mut Vm, s: i64, ns: i64| -> [Value; 3] {
        let total = i128::from(s) * 1_000_000_000 + i128::from(ns);
        [
            Value::Int(s),
            vm.float(s as f64 + ns as f64 * 1e-9),
            vm.int_value(total),
        ]
    };
    let [ai, af, an] = time(vm, st.st_atime, st.st_atime_nsec);
    let [mi, mf, mn] = time(vm, st.st_mtime, st.st_mtime_nsec);
    let [ci, cf, cn] = time(vm, st.st_ctime, st.st_ctime_nsec);
    let items = vec![
        Value::Int(i64::from(st.st_mode)),
        vm.int_value(i128::from(st.st_ino)),
        vm.int_value(i128::from(st.st_dev)),
        Value::Int(st.st_nlink as i64),
        Value::Int(i64::from(st.st_uid)),
        Value::Int(i64::from(st.st_gid)),
        Value::Int(st.st_size),
        ai,
        mi,
        ci,
        af,
        mf,
        cf,
        an,
        mn,
        cn,
        Value::Int(st.st_blksize),
        Value::Int(st.st_blocks),
        vm.int_value(i128::from(st.st_rdev)),
    ];
    let module = import_full(vm, "posix")?;
    let cls = vm.get_attr_str(&module, "stat_result")?;
    let t = vm.new_tuple(items);
    vm.call(&cls, [t])
}

/// `stat` and `lstat` of a path argument.
fn stat_path(vm: &mut Vm, p: &PathArg, follow: bool) -> PyResult<Value> {
    match raw_stat(p, follow) {
        Ok(st) => stat_value(vm, &st),
        Err(e) => Err(os_error(vm, e, Some(&p.object), None)),
    }
}

/// `stat(path, *, dir_fd=None, follow_symlinks=True)`.
fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p, dir_fd, follow] = params(vm, &args, "stat", ["path", "dir_fd", "follow_symlinks"], 1)?;
    let p = path_arg(vm, &p, "stat", "path", PATH_OR_FD)?;
    no_dir_fd(vm, &dir_fd, "stat")?;
    let follow = follow.is_null() || vm.truthy(&follow)?;
    stat_path(vm, &p, follow)
}

/// `lstat(path, *, dir_fd=None)`.
fn lstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p, dir_fd] = params(vm, &args, "lstat", ["path", "dir_fd"], 1)?;
    let p = path_arg(vm, &p, "lstat", "path", super::path::PATH)?;
    no_dir_fd(vm, &dir_fd, "lstat")?;
    stat_path(vm, &p, false)
}

/// `fstat(fd)`.
fn fstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd] = params(vm, &args, "fstat", ["fd"], 1)?;
    let fd = c_int(vm, &fd)?;
    let p = PathArg {
        bytes: Vec::new(),
        is_bytes: false,
        fd: Some(fd),
        object: Value::None,
    };
    match raw_stat(&p, true) {
        Ok(st) => stat_value(vm, &st),
        Err(e) => Err(os_error(vm, e, None, None)),
    }
}
