//! `scandir()`: the `posix.ScandirIterator` over a directory (a context
//! manager) and its `posix.DirEntry` objects, which answer `is_dir()`,
//! `is_file()` and `is_symlink()` from the directory listing's file type
//! when they can and cache their `stat()` results, as CPython's do.

use super::path::{path_arg, Accept, PathArg};
use super::stat::{raw_stat, stat_value};
use crate::native::{self, receiver};
use crate::oserror::{errno_of, os_error};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::import::import_full;
use pvm_vm::payload::{Extension, NativeKind};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::RefCell;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::DirEntryExt;

/// Registers `scandir`, `ScandirIterator` and `DirEntry`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef) {
    vm.add_functions(module, &[("scandir", scandir)]);
    let iter_methods: &native::Methods = &[
        ("__new__", no_new, NativeKind::StaticMethod),
        ("__iter__", iter_self, NativeKind::Method),
        ("__next__", iter_next, NativeKind::Method),
        ("close", iter_close, NativeKind::Method),
        ("__enter__", iter_self, NativeKind::Method),
        ("__exit__", iter_close, NativeKind::Method),
    ];
    native::new_type(vm, module, "ScandirIterator", "posix", iter_methods, true);
    let entry_methods: &native::Methods = &[
        ("__new__", no_new, NativeKind::StaticMethod),
        ("is_dir", is_dir, NativeKind::Method),
        ("is_file", is_file, NativeKind::Method),
        ("is_symlink", is_symlink, NativeKind::Method),
        ("stat", entry_stat, NativeKind::Method),
        ("inode", inode, NativeKind::Method),
        ("__fspath__", path_get, NativeKind::Method),
        ("__repr__", entry_repr, NativeKind::Method),
    ];
    let ty = native::new_type(vm, module, "DirEntry", "posix", entry_methods, true);
    native::add_getters(vm, &ty, &[("name", name_get), ("path", path_get)]);
}

/// `__new__` of both classes: they cannot be made from Python.
fn no_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.values.first().and_then(Value::as_obj) {
        Some(t) => pvm_vm::types::name(t),
        None => "DirEntry".to_string(),
    };
    Err(vm.type_error(format!("cannot create 'posix.{name}' instances")))
}

/// The state of a ScandirIterator: the listing (None once closed), and
/// the directory as given (its type decides str or bytes results).
struct Scandir {
    dir: RefCell<Option<std::fs::ReadDir>>,
    base: Vec<u8>,
    is_bytes: bool,
    /// The directory argument, for errors.
    object: RefCell<Value>,
}

impl Extension for Scandir {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.object.borrow());
    }

    fn next_item(&self, vm: &mut Vm, _this: &Value) -> Option<PyResult<Option<Value>>> {
        Some(self.step(vm))
    }
}

impl Scandir {
    /// The next entry (None at the end, which closes the listing).
    fn step(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let next = match self.dir.borrow_mut().as_mut() {
            Some(d) => d.next(),
            None => return Ok(None),
        };
        let entry = match next {
            None => {
                *self.dir.borrow_mut() = None;
                return Ok(None);
            }
            Some(Err(e)) => {
                let object = self.object.borrow().clone();
                return Err(os_error(vm, errno_of(&e), Some(&object), None));
            }
            Some(Ok(e)) => e,
        };
        let name = entry.file_name().as_bytes().to_vec();
        let mut path = self.base.clone();
        if !path.is_empty() && !path.ends_with(b"/") {
            path.push(b'/');
        }
        path.extend_from_slice(&name);
        let state = Entry {
            name,
            path,
            is_bytes: self.is_bytes,
            file_type: entry.file_type().ok(),
            ino: entry.ino(),
            stat: RefCell::new(None),
            lstat: RefCell::new(None),
        };
        let module = import_full(vm, "posix")?;
        let cls = vm.get_attr_str(&module, "DirEntry")?;
        let Value::Obj(cls) = cls else {
            return Err(vm.type_error("posix.DirEntry is missing"));
        };
        Ok(Some(vm.new_extension(&cls, state)))
    }
}

/// `scandir(path=None)`.
fn scandir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [p] = native::keywords(vm, &args, "scandir", ["path"], 0, 0)?;
    let p = if p.is_null() { Value::None } else { p };
    let accept = Accept {
        fd: true,
        none: true,
    };
    let p: PathArg = path_arg(vm, &p, "scandir", "path", accept)?;
    let dir = match p.fd {
        Some(fd) => std::path::PathBuf::from(format!("/proc/self/fd/{fd}")),
        None => p.path(),
    };
    let listing = match std::fs::read_dir(dir) {
        Ok(d) => d,
        Err(e) => return Err(os_error(vm, errno_of(&e), Some(&p.object), None)),
    };
    let state = Scandir {
        dir: RefCell::new(Some(listing)),
        base: if p.fd.is_some() {
            Vec::new()
        } else {
            p.bytes.clone()
        },
        is_bytes: p.is_bytes,
        object: RefCell::new(p.object.clone()),
    };
    let module = import_full(vm, "posix")?;
    let cls = vm.get_attr_str(&module, "ScandirIterator")?;
    let Value::Obj(cls) = cls else {
        return Err(vm.type_error("posix.ScandirIterator is missing"));
    };
    Ok(vm.new_extension(&cls, state))
}

/// The iterator state of a method's receiver.
fn listing<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a Scandir> {
    receiver::<Scandir>(vm, args, "posix.ScandirIterator", method)
}

/// `__iter__` and `__enter__`: the iterator itself.
fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    listing(vm, &args, "__iter__")?;
    Ok(args.values[0].clone())
}

/// `__next__`.
fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = listing(vm, &args, "__next__")?;
    match me.step(vm)? {
        Some(v) => Ok(v),
        None => Err(native::stop(vm)),
    }
}

/// `close()` and `__exit__`: ends the listing.
fn iter_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = listing(vm, &args, "close")?;
    *me.dir.borrow_mut() = None;
    Ok(Value::None)
}

/// The state of a DirEntry.
struct Entry {
    name: Vec<u8>,
    path: Vec<u8>,
    is_bytes: bool,
    /// The type from the listing (None if it could not be had).
    file_type: Option<std::fs::FileType>,
    ino: u64,
    /// `stat()` results, following links and not, once asked.
    stat: RefCell<Option<Value>>,
    lstat: RefCell<Option<Value>>,
}

impl Extension for Entry {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(v) = self.stat.borrow().as_ref() {
            visit(v);
        }
        if let Some(v) = self.lstat.borrow().as_ref() {
            visit(v);
        }
    }
}

impl Entry {
    /// A path-like result (str or bytes as the directory was given).
    fn text(&self, vm: &mut Vm, b: &[u8]) -> Value {
        if self.is_bytes {
            vm.new_bytes(b.to_vec())
        } else {
            vm.new_str(pvm_vm::surrogates::decode_utf8_escaped(b))
        }
    }

    /// Whether the entry is a symbolic link.
    fn is_link(&self) -> bool {
        self.file_type.is_some_and(|t| t.is_symlink())
    }

    /// The entry's path as an argument of the stat calls.
    fn path_arg(&self, vm: &mut Vm) -> PathArg {
        PathArg {
            bytes: self.path.clone(),
            is_bytes: self.is_bytes,
            fd: None,
            object: self.text(vm, &self.path),
        }
    }

    /// `stat(follow_symlinks)`, cached.
    fn stat(&self, vm: &mut Vm, follow: bool) -> PyResult<Value> {
        let follow = follow && self.is_link();
        let slot = if follow { &self.stat } else { &self.lstat };
        if let Some(v) = slot.borrow().clone() {
            return Ok(v);
        }
        let p = self.path_arg(vm);
        let v = match raw_stat(&p, follow) {
            Ok(st) => stat_value(vm, &st)?,
            Err(e) => return Err(os_error(vm, e, Some(&p.object), None)),
        };
        *slot.borrow_mut() = Some(v.clone());
        Ok(v)
    }

    /// Whether the entry's type (after links when `follow`) is `kind`;
    /// False when a followed link is broken.
    fn test_mode(&self, vm: &mut Vm, follow: bool, kind: libc::mode_t) -> PyResult<bool> {
        match self.file_type {
            Some(t) if !(follow && t.is_symlink()) => {
                return Ok(if kind == libc::S_IFDIR {
                    t.is_dir()
                } else {
                    t.is_file()
                });
            }
            _ => {}
        }
        match self.stat(vm, follow) {
            Ok(st) => {
                let mode = vm.get_attr_str(&st, "st_mode")?;
                let mode = vm.index(&mode)? as libc::mode_t;
                Ok(mode & libc::S_IFMT == kind)
            }
            Err(e) if vm.error_is(&e, "FileNotFoundError") => Ok(false),
            Err(e) => Err(e),
        }
    }
}

/// The entry state of a method's receiver.
fn entry<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a Entry> {
    receiver::<Entry>(vm, args, "posix.DirEntry", method)
}

/// The keyword-only `follow_symlinks=True` argument.
fn follow_arg(vm: &mut Vm, args: &Args, method: &str) -> PyResult<bool> {
    if args.pos().len() > 1 {
        return Err(vm.type_error(format!(
            "{method}() takes 0 positional arguments but {} were given",
            args.pos().len() - 1
        )));
    }
    let [follow] = cargs::keywords(vm, args, method, ["follow_symlinks"], 0, 0)?;
    if follow.is_null() {
        return Ok(true);
    }
    vm.truthy(&follow)
}

/// `is_dir(*, follow_symlinks=True)`.
fn is_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = entry(vm, &args, "is_dir")?;
    let follow = follow_arg(vm, &args, "is_dir")?;
    Ok(Value::Bool(me.test_mode(vm, follow, libc::S_IFDIR)?))
}

/// `is_file(*, follow_symlinks=True)`.
fn is_file(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = entry(vm, &args, "is_file")?;
    let follow = follow_arg(vm, &args, "is_file")?;
    Ok(Value::Bool(me.test_mode(vm, follow, libc::S_IFREG)?))
}

/// `is_symlink()`.
fn is_symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = entry(vm, &args, "is_symlink")?;
    cargs::noargs(vm, &args, ("DirEntry", "is_symlink"))?;
    if me.file_type.is_some() {
        return Ok(Value::Bool(me.is_link()));
    }
    let st = me.stat(vm, false)?;
    let mode = vm.get_attr_str(&st, "st_mode")?;
    let mode = vm.index(&mode)? as libc::mode_t;
    Ok(Value::Bool(mode & libc::S_IFMT == libc::S_IFLNK))
}

/// `stat(*, follow_symlinks=True)`.
fn entry_stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = entry(vm, &args, "stat")?;
    let follow = follow_arg(vm, &args, "stat")?;
    me.stat(vm, follow)
}

/// `inode()`.
fn inode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = entry(vm, &args, "inode")?;
    Ok(vm.int_value(i128::from(me.ino)))
}

/// `name`.
fn name_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = entry(vm, &args, "name")?;
    Ok(me.text(vm, &me.name))
}

/// `path` and `__fspath__()`.
fn path_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = entry(vm, &args, "path")?;
    Ok(me.text(vm, &me.path))
}

/// `repr(entry)`: `<DirEntry 'name'>`.
fn entry_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = entry(vm, &args, "__repr__")?;
    let name = me.text(vm, &me.name);
    let r = vm.repr(&name)?;
    Ok(vm.new_str(format!("<DirEntry {r}>")))
}
