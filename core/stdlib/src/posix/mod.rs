//! The `posix` module that `os` is built on, as CPython's posixmodule.c
//! behaves on Linux: the file-system calls (stat, listdir, mkdir, rename,
//! ...) with CPython's argument errors and OSError messages, the
//! process's environment (`environ` as bytes, `putenv`/`unsetenv`),
//! descriptors, and the struct sequences `os.stat_result`,
//! `posix.uname_result` and `os.terminal_size`. `scandir` and `DirEntry`
//! are in scandir.rs, `stat` and its result in stat.rs.

pub(crate) mod path;
mod scandir;
mod stat;

use crate::native;
use crate::oserror::{errno_of, last_errno, os_error};
use path::{path_arg, Accept, PathArg, PATH, PATH_OR_FD};
use pvm_vm::args::Args;
use pvm_vm::import::import_full;
use pvm_vm::payload::NativeFn;
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

/// Fills in the `posix` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    let funcs: &[(&str, NativeFn)] = &[
        ("getcwd", getcwd),
        ("getcwdb", getcwdb),
        ("chdir", chdir),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("replace", replace),
        ("access", access),
        ("chmod", chmod),
        ("readlink", readlink),
        ("symlink", symlink),
        ("link", link),
        ("truncate", truncate),
        ("utime", utime),
        ("open", open),
        ("close", close),
        ("read", read),
        ("write", write),
        ("lseek", lseek),
        ("fsync", fsync),
        ("ftruncate", ftruncate),
        ("isatty", isatty),
        ("getpid", getpid),
        ("getppid", getppid),
        ("getuid", getuid),
        ("geteuid", geteuid),
        ("getgid", getgid),
        ("getegid", getegid),
        ("umask", umask),
        ("urandom", urandom),
        ("cpu_count", cpu_count),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("strerror", strerror),
        ("fspath", fspath),
        ("uname", uname),
        ("get_terminal_size", get_terminal_size),
        ("device_encoding", device_encoding),
        ("_exit", exit_now),
    ];
    vm.add_functions(module, funcs);
    stat::init(vm, module)?;
    scandir::init(vm, module);
    let os_error = Value::Obj(vm.exc_type("OSError"));
    vm.set_attr_direct(module, "error", os_error);
    for (name, value) in CONSTANTS {
        vm.set_attr_direct(module, name, Value::Int(i64::from(*value)));
    }
    let environ = environ(vm)?;
    vm.set_attr_direct(module, "environ", environ);
    let structseq = import_full(vm, "_structseq")?;
    let make = vm.get_attr_str(&structseq, "make_type")?;
    for (module_name, name, fields, doc) in [
        ("posix", "uname_result", &UNAME_FIELDS[..], UNAME_DOC),
        ("os", "terminal_size", &TERMINAL_FIELDS[..], TERMINAL_DOC),
    ] {
        let fields: Vec<Value> = fields
            .iter()
            .map(|(n, d)| {
                let pair = vec![vm.new_str(*n), vm.new_str(*d)];
                vm.new_tuple(pair)
            })
            .collect();
        let n = fields.len() as i64;
        let args = vec![
            vm.new_str(module_name),
            vm.new_str(name),
            vm.new_list(fields),
            Value::Int(n),
            vm.new_str(doc),
        ];
        let cls = vm.call(&make, args)?;
        vm.set_attr_direct(module, name, cls);
    }
    Ok(())
}

/// The integer constants of the module (Linux values).
const CONSTANTS: &[(&str, i32)] = &[
    ("F_OK", libc::F_OK),
    ("R_OK", libc::R_OK),
    ("W_OK", libc::W_OK),
    ("X_OK", libc::X_OK),
    ("O_RDONLY", libc::O_RDONLY),
    ("O_WRONLY", libc::O_WRONLY),
    ("O_RDWR", libc::O_RDWR),
    ("O_APPEND", libc::O_APPEND),
    ("O_CREAT", libc::O_CREAT),
    ("O_EXCL", libc::O_EXCL),
    ("O_TRUNC", libc::O_TRUNC),
    ("O_CLOEXEC", libc::O_CLOEXEC),
    ("O_NONBLOCK", libc::O_NONBLOCK),
    ("O_NOFOLLOW", libc::O_NOFOLLOW),
    ("O_DIRECTORY", libc::O_DIRECTORY),
    ("O_SYNC", libc::O_SYNC),
    ("O_ACCMODE", libc::O_ACCMODE),
    ("SEEK_SET", libc::SEEK_SET),
    ("SEEK_CUR", libc::SEEK_CUR),
    ("SEEK_END", libc::SEEK_END),
    ("SEEK_DATA", libc::SEEK_DATA),
    ("SEEK_HOLE", libc::SEEK_HOLE),
    ("EX_OK", 0),
    ("WNOHANG", libc::WNOHANG),
];

/// The fields of `uname_result`.
const UNAME_FIELDS: [(&str, &str); 5] = [
    ("sysname", "operating system name"),
    (
        "nodename",
        "name of machine on network (implementation-defined)",
    ),
    ("release", "operating system release"),
    ("version", "operating system version"),
    ("machine", "hardware identifier"),
];

/// The doc of `uname_result`.
const UNAME_DOC: &str = "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.";

/// The fields of `terminal_size`.
const TERMINAL_FIELDS: [(&str, &str); 2] = [
    ("columns", "width of the terminal window in characters"),
    ("lines", "height of the terminal window in characters"),
];

/// The doc of `terminal_size`.
const TERMINAL_DOC: &str = "A tuple of (columns, lines) for holding terminal window size";

/// The arguments of a function as (name, required) keywords: Argument
/// Clinic parsing with no receiver.
fn params<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    names: [&str; N],
    required: usize,
) -> PyResult<[Value; N]> {
    native::keywords(vm, args, name, names, 0, required)
}

/// Rejects a `dir_fd` other than None (PVM has no *at() calls).
fn no_dir_fd(vm: &mut Vm, v: &Value, func: &str) -> PyResult<()> {
    if v.is_null() || v.is_none() {
        return Ok(());
    }
    Err(vm.new_error(
        "NotImplementedError",
        format!("{func}: dir_fd unavailable on this platform"),
    ))
}

/// An int argument (`__index__`).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    vm.index(v)
}

/// A C int argument.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = int_arg(vm, v)?;
    i32::try_from(n).map_err(|_| {
        let msg = if n < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        };
        vm.overflow_error(msg)
    })
}

/// The result of a libc call returning -1 on failure, as OSError with
/// the path.
fn check(vm: &mut Vm, r: i32, p: Option<&PathArg>) -> PyResult<Value> {
    if r != 0 {
        return Err(os_error(vm, last_errno(), p.map(|p| &p.object), None));
    }
    Ok(Value::None)
}

/// The result of a `std::fs` call, as OSError with the paths.
fn fs<T>(vm: &mut Vm, r: std::io::Result<T>, p: &PathArg, p2: Option<&PathArg>) -> PyResult<T> {
    r.map_err(|e| os_error(vm, errno_of(&e), Some(&p.object), p2.map(|p| &p.object)))
}

/// The current directory's bytes.
fn cwd_bytes(vm: &mut Vm) -> PyResult<Vec<u8>> {
    match std::env::current_dir() {
        Ok(p) => Ok(p.as_os_str().as_bytes().to_vec()),
        Err(e) => Err(os_error(vm, errno_of(&e), None, None)),
    }
}

/// `getcwd()`.
fn getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getcwd", 0, 0)?;
    let b = cwd_bytes(vm)?;
    Ok(vm.new_str(pvm_vm::surrogates::decode_utf8_escaped(&b)))
}

/// `getcwdb()`.
fn getcwdb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "getcwdb", 0, 0)?;
    let b = cwd_bytes(vm)?;
    Ok(vm.new_bytes(b))
}

/// `chdir(path)`.
fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p] = params(vm, &args, "chdir", ["path"], 1)?;
    let p = path_arg(vm, &p, "chdir", "path", PATH_OR_FD)?;
    if let Some(fd) = p.fd {
        // SAFETY: fchdir on a caller's descriptor.
        let r = unsafe { libc::fchdir(fd) };
        return check(vm, r, Some(&p));
    }
    let r = std::env::set_current_dir(p.path());
    fs(vm, r, &p, None)?;
    Ok(Value::None)
}

/// `listdir(path=None)`: the names in the directory (bytes for a bytes
/// path), in the order the file system gives them.
fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p] = params(vm, &args, "listdir", ["path"], 0)?;
    let p = if p.is_null() { Value::None } else { p };
    let accept = Accept {
        fd: true,
        none: true,
    };
    let p = path_arg(vm, &p, "listdir", "path", accept)?;
    let dir = match p.fd {
        Some(fd) => std::path::PathBuf::from(format!("/proc/self/fd/{fd}")),
        None => p.path(),
    };
    let entries = fs(vm, std::fs::read_dir(dir), &p, None)?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = fs(vm, entry, &p, None)?;
        let name = entry.file_name();
        names.push(p.result(vm, name.as_bytes()));
    }
    Ok(vm.new_list(names))
}

/// `mkdir(path, mode=0o777, *, dir_fd=None)`.
fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p, mode, dir_fd] = params(vm, &args, "mkdir", ["path", "mode", "dir_fd"], 1)?;
    let p = path_arg(vm, &p, "mkdir", "path", PATH)?;
    let mode = if mode.is_null() {
        0o777
    } else {
        c_int(vm, &mode)?
    };
    no_dir_fd(vm, &dir_fd, "mkdir")?;
    let c = p.c_path();
    // SAFETY: `c` is a NUL-terminated path.
    let r = unsafe { libc::mkdir(c.as_ptr(), mode as libc::mode_t) };
    check(vm, r, Some(&p))
}

/// Runs a one-path libc call on `path` (rmdir, unlink).
fn path_call(
    vm: &mut Vm,
    args: &Args,
    func: &str,
    call: unsafe extern "C" fn(*const libc::c_char) -> i32,
) -> PyResult<Value> {
    let [p, dir_fd] = params(vm, args, func, ["path", "dir_fd"], 1)?;
    let p = path_arg(vm, &p, func, "path", PATH)?;
    no_dir_fd(vm, &dir_fd, func)?;
    let c = p.c_path();
    // SAFETY: `c` is a NUL-terminated path.
    let r = unsafe { call(c.as_ptr()) };
    check(vm, r, Some(&p))
}

/// `rmdir(path, *, dir_fd=None)`.
fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    path_call(vm, &args, "rmdir", libc::rmdir)
}

/// `remove(path, *, dir_fd=None)` and `unlink`.
fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    path_call(vm, &args, "remove", libc::unlink)
}

/// `rename`/`replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`:
/// rename(2), which replaces an existing file.
fn rename_as(vm: &mut Vm, args: &Args, func: &str) -> PyResult<Value> {
    let [src, dst, sfd, dfd] = params(
        vm,
        args,
        func,
        ["src", "dst", "src_dir_fd", "dst_dir_fd"],
        2,
    )?;
    let src = path_arg(vm, &src, func, "src", PATH)?;
    let dst = path_arg(vm, &dst, func, "dst", PATH)?;
    no_dir_fd(vm, &sfd, func)?;
    no_dir_fd(vm, &dfd, func)?;
    if src.is_bytes != dst.is_bytes {
        return Err(vm.type_error(format!("{func}: src and dst must be the same type")));
    }
    let r = std::fs::rename(src.path(), dst.path());
    fs(vm, r, &src, Some(&dst))?;
    Ok(Value::None)
}

/// `rename(src, dst)`.
fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_as(vm, &args, "rename")
}

/// `replace(src, dst)`.
fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_as(vm, &args, "replace")
}

/// `access(path, mode, *, dir_fd=None, effective_ids=False,
/// follow_symlinks=True)`: whether access(2) allows it.
fn access(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p, mode, dir_fd, _eff, _follow] = params(
        vm,
        &args,
        "access",
        ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
    )?;
    let p = path_arg(vm, &p, "access", "path", PATH)?;
    let mode = c_int(vm, &mode)?;
    no_dir_fd(vm, &dir_fd, "access")?;
    let c = p.c_path();
    // SAFETY: `c` is a NUL-terminated path.
    Ok(Value::Bool(unsafe { libc::access(c.as_ptr(), mode) } == 0))
}

/// `chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`.
fn chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p, mode, dir_fd, _follow] = params(
        vm,
        &args,
        "chmod",
        ["path", "mode", "dir_fd", "follow_symlinks"],
        2,
    )?;
    let p = path_arg(vm, &p, "chmod", "path", PATH_OR_FD)?;
    let mode = c_int(vm, &mode)? as libc::mode_t;
    no_dir_fd(vm, &dir_fd, "chmod")?;
    let r = match p.fd {
        // SAFETY: fchmod on a caller's descriptor.
        Some(fd) => unsafe { libc::fchmod(fd, mode) },
        None => {
            let c = p.c_path();
            // SAFETY: `c` is a NUL-terminated path.
            unsafe { libc::chmod(c.as_ptr(), mode) }
        }
    };
    check(vm, r, Some(&p))
}

/// `readlink(path, *, dir_fd=None)`.
fn readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p, dir_fd] = params(vm, &args, "readlink", ["path", "dir_fd"], 1)?;
    let p = path_arg(vm, &p, "readlink", "path", PATH)?;
    no_dir_fd(vm, &dir_fd, "readlink")?;
    let target = fs(vm, std::fs::read_link(p.path()), &p, None)?;
    Ok(p.result(vm, target.as_os_str().as_bytes()))
}

/// `symlink(src, dst, target_is_directory=False, *, dir_fd=None)`.
fn symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [src, dst, _dir, dir_fd] = params(
        vm,
        &args,
        "symlink",
        ["src", "dst", "target_is_directory", "dir_fd"],
        2,
    )?;
    let src = path_arg(vm, &src, "symlink", "src", PATH)?;
    let dst = path_arg(vm, &dst, "symlink", "dst", PATH)?;
    no_dir_fd(vm, &dir_fd, "symlink")?;
    let r = std::os::unix::fs::symlink(src.path(), dst.path());
    fs(vm, r, &src, Some(&dst))?;
    Ok(Value::None)
}

/// `link(src, dst, *, src_dir_fd=None, dst_dir_fd=None,
/// follow_symlinks=True)`.
fn link(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [src, dst, sfd, dfd, _follow] = params(
        vm,
        &args,
        "link",
        ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
        2,
    )?;
    let src = path_arg(vm, &src, "link", "src", PATH)?;
    let dst = path_arg(vm, &dst, "link", "dst", PATH)?;
    no_dir_fd(vm, &sfd, "link")?;
    no_dir_fd(vm, &dfd, "link")?;
    let r = std::fs::hard_link(src.path(), dst.path());
    fs(vm, r, &src, Some(&dst))?;
    Ok(Value::None)
}

/// `truncate(path, length)`.
fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p, length] = params(vm, &args, "truncate", ["path", "length"], 2)?;
    let p = path_arg(vm, &p, "truncate", "path", PATH_OR_FD)?;
    let length = int_arg(vm, &length)?;
    let r = match p.fd {
        // SAFETY: ftruncate on a caller's descriptor.
        Some(fd) => unsafe { libc::ftruncate(fd, length) },
        None => {
            let c = p.c_path();
            // SAFETY: `c` is a NUL-terminated path.
            unsafe { libc::truncate(c.as_ptr(), length) }
        }
    };
    check(vm, r, Some(&p))
}

/// A (seconds, nanoseconds) time from an int or float of seconds.
fn timespec(vm: &mut Vm, v: &Value) -> PyResult<libc::timespec> {
    let secs = match v {
        Value::Float(f) => *f,
        other => int_arg(vm, other)? as f64,
    };
    let whole = secs.floor();
    Ok(libc::timespec {
        tv_sec: whole as libc::time_t,
        tv_nsec: ((secs - whole) * 1e9).round().min(999_999_999.0) as libc::c_long,
    })
}

/// `utime(path, times=None, *, ns=None, dir_fd=None,
/// follow_symlinks=True)`: sets the access and modification times (now
/// when neither is given).
fn utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p, times, ns, dir_fd, follow] = params(
        vm,
        &args,
        "utime",
        ["path", "times", "ns", "dir_fd", "follow_symlinks"],
        1,
    )?;
    let p = path_arg(vm, &p, "utime", "path", PATH_OR_FD)?;
    no_dir_fd(vm, &dir_fd, "utime")?;
    let given = |v: &Value| !v.is_null() && !v.is_none();
    if given(&times) && !ns.is_null() {
        return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let pair = |vm: &mut Vm, v: &Value, what: &str| -> PyResult<(Value, Value)> {
        match v.payload() {
            Some(pvm_vm::payload::Payload::Tuple(t)) if t.len() == 2 => {
                Ok((t[0].clone(), t[1].clone()))
            }
            _ => Err(vm.type_error(format!("utime: '{what}' must be a tuple of two ints"))),
        }
    };
    let now = libc::timespec {
        tv_sec: 0,
        tv_nsec: libc::UTIME_NOW,
    };
    let ts: [libc::timespec; 2] = if given(&times) {
        let (a, m) = match pair(vm, &times, "times") {
            Ok(x) => x,
            Err(_) => {
                return Err(
                    vm.type_error("utime: 'times' must be either a tuple of two ints or None")
                )
            }
        };
        [timespec(vm, &a)?, timespec(vm, &m)?]
    } else if !ns.is_null() {
        let (a, m) = pair(vm, &ns, "ns")?;
        let split = |vm: &mut Vm, v: &Value| -> PyResult<libc::timespec> {
            let n = int_arg(vm, v)?;
            Ok(libc::timespec {
                tv_sec: n.div_euclid(1_000_000_000) as libc::time_t,
                tv_nsec: n.rem_euclid(1_000_000_000) as libc::c_long,
            })
        };
        [split(vm, &a)?, split(vm, &m)?]
    } else {
        [now, now]
    };
    let nofollow = !follow.is_null() && !vm.truthy(&follow)?;
    let r = match p.fd {
        // SAFETY: futimens on a caller's descriptor with two timespecs.
        Some(fd) => unsafe { libc::futimens(fd, ts.as_ptr()) },
        None => {
            let c = p.c_path();
            let flags = if nofollow {
                libc::AT_SYMLINK_NOFOLLOW
            } else {
                0
            };
            // SAFETY: `c` is a NUL-terminated path; two timespecs.
            unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), ts.as_ptr(), flags) }
        }
    };
    check(vm, r, Some(&p))
}

/// `open(path, flags, mode=0o777, *, dir_fd=None)`: a descriptor.
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p, flags, mode, dir_fd] =
        params(vm, &args, "open", ["path", "flags", "mode", "dir_fd"], 2)?;
    let p = path_arg(vm, &p, "open", "path", PATH)?;
    let flags = c_int(vm, &flags)?;
    let mode = if mode.is_null() {
        0o777
    } else {
        c_int(vm, &mode)?
    };
    no_dir_fd(vm, &dir_fd, "open")?;
    let c = p.c_path();
    // SAFETY: `c` is a NUL-terminated path.
    let fd = unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) };
    if fd < 0 {
        return Err(os_error(vm, last_errno(), Some(&p.object), None));
    }
    Ok(Value::Int(i64::from(fd)))
}

/// A descriptor argument.
fn fd_arg(vm: &mut Vm, args: &Args, func: &str, names: usize) -> PyResult<(i32, Vec<Value>)> {
    let a = crate::native::positional(vm, args, func, names, names)?;
    let fd = c_int(vm, &a[0])?;
    Ok((fd, a[1..].to_vec()))
}

/// The result of an fd call returning -1 on failure.
fn fd_result(vm: &mut Vm, r: i64) -> PyResult<i64> {
    if r < 0 {
        return Err(os_error(vm, last_errno(), None, None));
    }
    Ok(r)
}

/// `close(fd)`.
fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd] = params(vm, &args, "close", ["fd"], 1)?;
    let fd = c_int(vm, &fd)?;
    // SAFETY: closing a caller's descriptor.
    fd_result(vm, i64::from(unsafe { libc::close(fd) }))?;
    Ok(Value::None)
}

/// `read(fd, length)`.
fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, rest) = fd_arg(vm, &args, "read", 2)?;
    let n = int_arg(vm, &rest[0])?;
    if n < 0 {
        return Err(os_error(vm, libc::EINVAL, None, None));
    }
    let buf = crate::oserror::read_fd(vm, fd, n as usize)?;
    Ok(vm.new_bytes(buf))
}

/// `write(fd, data)`: the bytes written.
fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, rest) = fd_arg(vm, &args, "write", 2)?;
    let Some(data) = pvm_vm::ops::seq::bytes_of(&rest[0]) else {
        let tn = vm.type_name(&rest[0]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    // SAFETY: `data` is valid for its length.
    let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    Ok(Value::Int(fd_result(vm, n as i64)?))
}

/// `lseek(fd, position, whence)`.
fn lseek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, rest) = fd_arg(vm, &args, "lseek", 3)?;
    let pos = int_arg(vm, &rest[0])?;
    let how = c_int(vm, &rest[1])?;
    // SAFETY: lseek on a caller's descriptor.
    let r = unsafe { libc::lseek(fd, pos, how) };
    Ok(Value::Int(fd_result(vm, r)?))
}

/// `fsync(fd)` (or an object with `fileno()`).
fn fsync(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [f] = params(vm, &args, "fsync", ["fd"], 1)?;
    let fd = if pvm_vm::builtins::cargs::has_index(vm, &f) {
        c_int(vm, &f)?
    } else {
        let n = vm.call_method(&f, "fileno", vec![])?;
        c_int(vm, &n)?
    };
    // SAFETY: fsync on a caller's descriptor.
    fd_result(vm, i64::from(unsafe { libc::fsync(fd) }))?;
    Ok(Value::None)
}

/// `ftruncate(fd, length)`.
fn ftruncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, rest) = fd_arg(vm, &args, "ftruncate", 2)?;
    let length = int_arg(vm, &rest[0])?;
    // SAFETY: ftruncate on a caller's descriptor.
    fd_result(vm, i64::from(unsafe { libc::ftruncate(fd, length) }))?;
    Ok(Value::None)
}

/// `isatty(fd)`.
fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, _) = fd_arg(vm, &args, "isatty", 1)?;
    // SAFETY: isatty on any descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

/// A function of no arguments returning an id of the process.
fn id_of(vm: &mut Vm, args: &Args, name: &str, id: i64) -> PyResult<Value> {
    args.check(vm, name, 0, 0)?;
    Ok(Value::Int(id))
}

/// `getpid()`.
fn getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    id_of(vm, &args, "getpid", i64::from(std::process::id()))
}

/// `getppid()`.
fn getppid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // SAFETY: getppid cannot fail.
    id_of(vm, &args, "getppid", i64::from(unsafe { libc::getppid() }))
}

/// `getuid()`.
fn getuid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // SAFETY: getuid cannot fail.
    id_of(vm, &args, "getuid", i64::from(unsafe { libc::getuid() }))
}

/// `geteuid()`.
fn geteuid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // SAFETY: geteuid cannot fail.
    id_of(vm, &args, "geteuid", i64::from(unsafe { libc::geteuid() }))
}

/// `getgid()`.
fn getgid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // SAFETY: getgid cannot fail.
    id_of(vm, &args, "getgid", i64::from(unsafe { libc::getgid() }))
}

/// `getegid()`.
fn getegid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // SAFETY: getegid cannot fail.
    id_of(vm, &args, "getegid", i64::from(unsafe { libc::getegid() }))
}

/// `umask(mask)`: the previous mask.
fn umask(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::native::positional(vm, &args, "umask", 1, 1)?;
    let mask = c_int(vm, &a[0])?;
    // SAFETY: umask cannot fail.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(Value::Int(i64::from(old)))
}

/// `urandom(size)`: random bytes from the kernel.
fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::native::positional(vm, &args, "urandom", 1, 1)?;
    let n = int_arg(vm, &a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = crate::oserror::zeroed(vm, n as usize)?;
    let mut filled = 0;
    while filled < buf.len() {
        // SAFETY: the rest of `buf` is writable.
        let r =
            unsafe { libc::getrandom(buf.as_mut_ptr().add(filled).cast(), buf.len() - filled, 0) };
        if r < 0 {
            let e = last_errno();
            if e == libc::EINTR {
                continue;
            }
            return Err(os_error(vm, e, None, None));
        }
        filled += r as usize;
    }
    Ok(vm.new_bytes(buf))
}

/// `cpu_count()`: the processors online (None if unknown).
fn cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "cpu_count", 0, 0)?;
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 {
        Value::None
    } else {
        Value::Int(n as i64)
    })
}

/// An environment name or value argument (`PyUnicode_FSConverter`): str,
/// bytes or os.PathLike, as bytes.
fn env_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    let p = path::fspath_or_error(vm, v)?;
    let b = match p.as_str() {
        // Lone surrogates encode with surrogateescape (PyUnicode_FSConverter).
        Some(s) if pvm_vm::surrogates::contains(s) => {
            pvm_vm::builtins::codecs::encode(vm, s, "utf-8", "surrogateescape")?
        }
        Some(s) => s.as_bytes().to_vec(),
        None => pvm_vm::ops::seq::bytes_of(&p).unwrap_or_default(),
    };
    if b.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(b)
}

/// `putenv(name, value)`: sets a variable of the process's environment.
fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::native::positional(vm, &args, "putenv", 2, 2)?;
    let name = env_arg(vm, &a[0])?;
    let value = env_arg(vm, &a[1])?;
    if name.contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    let (Ok(n), Ok(v)) = (CString::new(name), CString::new(value)) else {
        return Err(vm.value_error("embedded null byte"));
    };
    // SAFETY: both are NUL-terminated; the VM is single-threaded.
    let r = unsafe { libc::setenv(n.as_ptr(), v.as_ptr(), 1) };
    check(vm, r, None)
}

/// `unsetenv(name)`: removes a variable of the process's environment.
fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::native::positional(vm, &args, "unsetenv", 1, 1)?;
    let name = env_arg(vm, &a[0])?;
    let Ok(n) = CString::new(name) else {
        return Err(vm.value_error("embedded null byte"));
    };
    // SAFETY: NUL-terminated; the VM is single-threaded.
    let r = unsafe { libc::unsetenv(n.as_ptr()) };
    check(vm, r, None)
}

/// `environ`: the process's environment at start-up, as a dict of bytes.
fn environ(vm: &mut Vm) -> PyResult<Value> {
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_bytes(k.as_bytes().to_vec());
        let v = vm.new_bytes(v.as_bytes().to_vec());
        vm.dict_set(&d, k, v)?;
    }
    Ok(Value::Obj(d))
}

/// `strerror(code)`.
fn strerror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::native::positional(vm, &args, "strerror", 1, 1)?;
    let code = c_int(vm, &a[0])?;
    Ok(vm.new_str(crate::time::strerror(code)))
}

/// `fspath(path)`.
fn fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p] = params(vm, &args, "fspath", ["path"], 1)?;
    path::fspath_or_error(vm, &p)
}

/// A C string field of `utsname` as str.
fn c_field(vm: &mut Vm, field: &[libc::c_char]) -> Value {
    let bytes: Vec<u8> = field
        .iter()
        .take_while(|&&c| c != 0)
        .map(|&c| c as u8)
        .collect();
    vm.new_str(String::from_utf8_lossy(&bytes).into_owned())
}

/// `uname()`: `posix.uname_result`.
fn uname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check(vm, "uname", 0, 0)?;
    // SAFETY: a plain C struct filled by uname.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(os_error(vm, last_errno(), None, None));
    }
    let items = vec![
        c_field(vm, &u.sysname),
        c_field(vm, &u.nodename),
        c_field(vm, &u.release),
        c_field(vm, &u.version),
        c_field(vm, &u.machine),
    ];
    seq_result(vm, "uname_result", items)
}

/// An instance of the struct sequence `posix.<name>`.
fn seq_result(vm: &mut Vm, name: &str, items: Vec<Value>) -> PyResult<Value> {
    let module = import_full(vm, "posix")?;
    let cls = vm.get_attr_str(&module, name)?;
    let t = vm.new_tuple(items);
    vm.call(&cls, [t])
}

/// `get_terminal_size(fd=1)`: `os.terminal_size`, or OSError when the
/// descriptor is not a terminal.
fn get_terminal_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::native::positional(vm, &args, "get_terminal_size", 0, 1)?;
    let fd = match a.first() {
        Some(v) => c_int(vm, v)?,
        None => 1,
    };
    // SAFETY: a plain C struct filled by the ioctl.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ fills a winsize.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } != 0 {
        return Err(os_error(vm, last_errno(), None, None));
    }
    let items = vec![
        Value::Int(i64::from(w.ws_col)),
        Value::Int(i64::from(w.ws_row)),
    ];
    seq_result(vm, "terminal_size", items)
}

/// `device_encoding(fd)`: the terminal's encoding, None for other files.
fn device_encoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd] = params(vm, &args, "device_encoding", ["fd"], 1)?;
    let fd = c_int(vm, &fd)?;
    // SAFETY: isatty on any descriptor.
    if unsafe { libc::isatty(fd) } == 1 {
        return Ok(vm.new_str("UTF-8"));
    }
    Ok(Value::None)
}

/// `_exit(status)`: ends the process at once.
fn exit_now(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [status] = params(vm, &args, "_exit", ["status"], 1)?;
    let status = c_int(vm, &status)?;
    vm.stdout.flush();
    std::process::exit(status)
}
