//! The `sys` module (what the core language needs: argv, exit, streams,
//! recursion limit, exception state) and the standard streams.

use crate::args::Args;
use crate::object::ObjRef;
use crate::payload::{NativeKind, Payload, StreamKind};
use crate::value::Value;
use crate::{PyResult, Vm};

/// Creates `sys` and `builtins` and registers them in `sys.modules`.
pub fn install(vm: &mut Vm) {
    let builtins = crate::import::new_module(vm, "builtins");
    *builtins.dict.borrow_mut() = Some(vm.builtins.clone());
    let sys = crate::import::new_module(vm, "sys");
    let text_io = vm.t.text_io.clone();
    vm.add_methods(
        &text_io,
        &[
            ("write", stream_write, NativeKind::Method),
            ("flush", stream_flush, NativeKind::Method),
            ("readline", stream_readline, NativeKind::Method),
            ("read", stream_read, NativeKind::Method),
            ("isatty", stream_isatty, NativeKind::Method),
            ("writelines", stream_writelines, NativeKind::Method),
            ("readlines", stream_readlines, NativeKind::Method),
            ("__iter__", stream_iter, NativeKind::Method),
            ("__next__", stream_next, NativeKind::Method),
            ("__enter__", stream_enter, NativeKind::Method),
            ("__exit__", stream_exit, NativeKind::Method),
        ],
    );
    for (name, kind) in [
        ("stdout", StreamKind::Stdout),
        ("stderr", StreamKind::Stderr),
        ("stdin", StreamKind::Stdin),
    ] {
        let s = Value::Obj(ObjRef::new(text_io.clone(), Payload::Stream(kind)));
        vm.set_attr_direct(&sys, name, s.clone());
        vm.set_attr_direct(&sys, &format!("__{name}__"), s);
    }
    let funcs: &[(&'static str, crate::payload::NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("exc_info", exc_info),
        ("exception", exception),
        ("intern", intern),
        ("getsizeof", getsizeof),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("getrefcount", getrefcount),
        ("getallocatedblocks", getallocatedblocks),
        ("call_tracing", call_tracing),
        ("is_finalizing", is_finalizing),
        ("getdlopenflags", getdlopenflags),
    ];
    for &(name, f) in funcs {
        let nf = vm.new_native(name, f, NativeKind::Function, None);
        vm.set_attr_direct(&sys, name, Value::Obj(nf));
    }
    let display = Value::Obj(vm.new_native("displayhook", displayhook, NativeKind::Function, None));
    vm.set_attr_direct(&sys, "displayhook", display.clone());
    vm.set_attr_direct(&sys, "__displayhook__", display);
    install_stateful(vm, &sys);
    let hook = Value::Obj(vm.new_native("excepthook", excepthook, NativeKind::Function, None));
    vm.set_attr_direct(&sys, "excepthook", hook.clone());
    vm.set_attr_direct(&sys, "__excepthook__", hook);
    let argv = vm.argv.clone();
    let argv: Vec<Value> = argv.iter().map(|a| vm.new_str(a.as_str())).collect();
    let argv = vm.new_list(argv);
    vm.set_attr_direct(&sys, "argv", argv);
    vm.set_attr_direct(&sys, "maxsize", Value::Int(i64::MAX));
    // CPython's layout ("X.Y.Z (build) [compiler]"), which platform's
    // version parser reads.
    let s = vm.new_str(concat!(
        "3.11.7 (pvm ",
        env!("CARGO_PKG_VERSION"),
        ") [rustc]"
    ));
    vm.set_attr_direct(&sys, "version", s);
    let vi = vm.new_tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        vm.new_str("final"),
        Value::Int(0),
    ]);
    vm.set_attr_direct(&sys, "version_info", vi);
    let p = vm.new_str("linux");
    vm.set_attr_direct(&sys, "platform", p);
    let b = vm.new_str("little");
    vm.set_attr_direct(&sys, "byteorder", b);
    let modules = Value::Obj(vm.modules.clone());
    vm.set_attr_direct(&sys, "modules", modules);
    let path = vm.new_list(Vec::new());
    vm.set_attr_direct(&sys, "path", path);
    let exe = executable();
    let e = vm.new_str(exe.as_str());
    vm.set_attr_direct(&sys, "executable", e.clone());
    vm.set_attr_direct(&sys, "_base_executable", e);
    // The installation prefix: the folder above the one holding the binary
    // (`/usr` for `/usr/bin/pvm`), as CPython's prefix is for its own.
    let prefix = std::path::Path::new(&exe)
        .parent()
        .and_then(std::path::Path::parent)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        let p = vm.new_str(prefix.as_str());
        vm.set_attr_direct(&sys, name, p);
    }
    let orig: Vec<Value> = std::env::args_os()
        .map(|a| vm.new_str(a.to_string_lossy().as_ref()))
        .collect();
    let orig = vm.new_list(orig);
    vm.set_attr_direct(&sys, "orig_argv", orig);
    let doc = vm.new_str(SYS_DOC);
    vm.set_attr_direct(&sys, "__doc__", doc);
    let package = vm.new_str("");
    vm.set_attr_direct(&sys, "__package__", package);
    let copyright = vm.new_str(COPYRIGHT);
    vm.set_attr_direct(&sys, "copyright", copyright);
    let xoptions = Value::Obj(vm.new_dict());
    vm.set_attr_direct(&sys, "_xoptions", xoptions);
    vm.set_attr_direct(&sys, "pycache_prefix", Value::None);
    // The import system is not made of finders and hooks; the lists exist
    // (empty) for code that inspects or extends them.
    for name in ["meta_path", "path_hooks"] {
        let l = vm.new_list(Vec::new());
        vm.set_attr_direct(&sys, name, l);
    }
    let cache = Value::Obj(vm.new_dict());
    vm.set_attr_direct(&sys, "path_importer_cache", cache);
    let names: Vec<Value> = ["builtins", "sys"].iter().map(|n| vm.new_str(*n)).collect();
    let names = vm.new_tuple(names);
    vm.set_attr_direct(&sys, "builtin_module_names", names);
}

/// Updates `sys.argv`.
pub fn set_argv(vm: &mut Vm, argv: &[String]) {
    vm.argv = argv.to_vec();
    let items: Vec<Value> = argv.iter().map(|a| vm.new_str(a.as_str())).collect();
    let l = vm.new_list(items);
    let modules = vm.modules.clone();
    let key = vm.intern("sys");
    if let Some(Value::Obj(sys)) = vm.dict_get_str(&modules, &key) {
        vm.set_attr_direct(&sys, "argv", l);
    }
}

fn stream_of(args: &Args) -> Option<StreamKind> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Stream(k)) => Some(*k),
        _ => None,
    }
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let kind = stream_of(&args);
    let Some(text) = args
        .values
        .get(1)
        .and_then(|v| v.as_str().map(str::to_string))
    else {
        let tn = args
            .values
            .get(1)
            .map(|v| vm.type_name(v))
            .unwrap_or_default();
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    match kind {
        Some(StreamKind::Stdout) => crate::builtins::functions::write_stdout(vm, &text)?,
        Some(StreamKind::Stderr) => vm.stdout.write_stderr(&text),
        _ => return Err(vm.new_error("OSError", "not writable")),
    }
    Ok(Value::Int(text.chars().count() as i64))
}

fn stream_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lines = args.values.get(1).cloned().unwrap_or(Value::None);
    let items = vm.to_vec(&lines)?;
    for item in items {
        let a = Args::new(vec![args.values[0].clone(), item]);
        stream_write(vm, a)?;
    }
    Ok(Value::None)
}

fn stream_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stream_no_args(vm, &args, "flush")?;
    vm.stdout.flush();
    Ok(Value::None)
}

/// `isatty()`: whether the stream's descriptor is a terminal.
fn stream_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    stream_no_args(vm, &args, "isatty")?;
    Ok(Value::Bool(match stream_of(&args) {
        Some(StreamKind::Stdin) => std::io::stdin().is_terminal(),
        Some(StreamKind::Stdout) => std::io::stdout().is_terminal(),
        Some(StreamKind::Stderr) => std::io::stderr().is_terminal(),
        None => false,
    }))
}

/// `readline(size=-1)`: the next line of stdin ('' at its end).
fn stream_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_text(vm, &args, "readline", true)
}

/// `read(size=-1)`: up to `size` characters of stdin (all when negative).
fn stream_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_text(vm, &args, "read", false)
}

/// `read` or (`line`) `readline` of `sys.stdin`, with their size argument.
fn read_text(vm: &mut Vm, args: &Args, name: &str, line: bool) -> PyResult<Value> {
    reading(vm, args)?;
    let [_, size] = args.bind(vm, name, ["self", "size"], 1)?;
    // read() also takes None; readline() wants an integer.
    let limit = size_arg(vm, &size, !line)?;
    vm.stdout.flush();
    let bytes = read_stdin(vm, limit, line, true);
    Ok(vm.new_str(String::from_utf8_lossy(&bytes).as_ref()))
}

/// `readlines(hint=-1)`: the remaining lines of stdin, stopping once
/// `hint` characters were read when it is positive.
fn stream_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    reading(vm, &args)?;
    let [_, hint] = args.bind(vm, "readlines", ["self", "hint"], 1)?;
    let hint = size_arg(vm, &hint, false)?;
    vm.stdout.flush();
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let bytes = read_stdin(vm, None, true, true);
        if bytes.is_empty() {
            break;
        }
        let line = String::from_utf8_lossy(&bytes).into_owned();
        total += line.chars().count();
        lines.push(vm.new_str(line));
        if hint.is_some_and(|h| h > 0 && total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

/// `iter(stream)`: the stream itself (only stdin can be read).
fn stream_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    reading(vm, &args)?;
    Ok(args.values[0].clone())
}

/// `next(sys.stdin)`: the next line; StopIteration at the end.
fn stream_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    reading(vm, &args)?;
    vm.stdout.flush();
    let bytes = read_stdin(vm, None, true, true);
    if bytes.is_empty() {
        let ty = vm.exc_type("StopIteration");
        return Err(crate::exceptions::new_exception(vm, &ty, vec![]));
    }
    Ok(vm.new_str(String::from_utf8_lossy(&bytes).as_ref()))
}

/// `with stream:` gives the stream itself.
fn stream_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values.first().cloned().unwrap_or(Value::None))
}

/// The end of `with stream:` flushes it. CPython closes the stream; the
/// process's standard streams stay open here, so later output still
/// appears (where CPython would raise "I/O operation on closed file").
fn stream_exit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.stdout.flush();
    Ok(Value::None)
}

/// Errors unless the receiver is stdin (the output streams are not readable).
fn reading(vm: &mut Vm, args: &Args) -> PyResult<()> {
    match stream_of(args) {
        Some(StreamKind::Stdin) => Ok(()),
        _ => Err(vm.new_error("OSError", "not readable")),
    }
}

/// A `size` argument: None when absent, None or negative (reading all);
/// `none_ok` picks the message CPython gives for other types.
fn size_arg(vm: &mut Vm, v: &Value, none_ok: bool) -> PyResult<Option<usize>> {
    match v {
        Value::Null | Value::None => Ok(None),
        Value::Int(n) => Ok(usize::try_from(*n).ok()),
        Value::Bool(b) => Ok(Some(usize::from(*b))),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(if none_ok {
                format!("argument should be integer or None, not '{tn}'")
            } else {
                format!("'{tn}' object cannot be interpreted as an integer")
            }))
        }
    }
}

/// Reads from the process's stdin through std's buffer (which `input()`
/// shares, so the two interleave): at most `limit` characters (bytes
/// when `!text`), stopping after a newline when `line`. Undecodable input
/// is left to the caller; the end of input or an error ends the read.
/// A program whose output is captured (run by the language server) has
/// no stdin: it reads end of input.
pub fn read_stdin(vm: &Vm, limit: Option<usize>, line: bool, text: bool) -> Vec<u8> {
    use std::io::BufRead;
    let mut out = Vec::new();
    if limit == Some(0) || vm.stdout.is_captured() {
        return out;
    }
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    let mut count = 0usize;
    loop {
        let buf = match lock.fill_buf() {
            Ok([]) => break,
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        };
        let mut used = 0;
        let mut done = false;
        for &b in buf {
            // A character starts at any byte but a UTF-8 continuation byte.
            if !text || b & 0xc0 != 0x80 {
                if limit.is_some_and(|n| count >= n) {
                    done = true;
                    break;
                }
                count += 1;
            }
            out.push(b);
            used += 1;
            if line && b == b'\n' {
                done = true;
                break;
            }
        }
        lock.consume(used);
        // Stop without waiting for more input once the last character is whole.
        if done || (limit.is_some_and(|n| count >= n) && (!text || last_char_complete(&out))) {
            break;
        }
    }
    out
}

/// Whether `bytes` ends with a complete UTF-8 sequence (or a stray byte).
fn last_char_complete(bytes: &[u8]) -> bool {
    let Some(start) = bytes.iter().rposition(|b| b & 0xc0 != 0x80) else {
        return true;
    };
    let need = match bytes[start] {
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xff => 4,
        _ => 1,
    };
    bytes.len() - start >= need
}

/// Errors when a stream method that takes no arguments gets some.
fn stream_no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    let n = args.values.len().saturating_sub(1);
    if n != 0 || args.nkw() > 0 {
        return Err(vm.type_error(format!(
            "TextIOWrapper.{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

/// `sys.excepthook(type, value, traceback)`: prints the report of an
/// exception to `sys.stderr`, as the interpreter does for an uncaught one.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "excepthook")?;
    let [_, value, tb] = args.values.as_slice() else {
        let n = args.values.len();
        return Err(vm.type_error(format!("excepthook expected 3 arguments, got {n}")));
    };
    let text = match value {
        Value::Obj(e) if crate::exceptions::data(e).is_some() => {
            // The traceback given is shown when the exception has none.
            if let (Some(d), Some(Payload::Traceback(_))) =
                (crate::exceptions::data(e), tb.payload())
            {
                let mut d = d.borrow_mut();
                if d.traceback.is_none() {
                    d.traceback = tb.clone();
                }
            }
            crate::traceback::format_exception(vm, e)
        }
        other => {
            let tn = vm.type_name(other);
            format!("TypeError: print_exception(): Exception expected for value, {tn} found\n")
        }
    };
    write_stderr(vm, &text);
    Ok(Value::None)
}

/// Writes to `sys.stderr`, whatever object it is now (the process's
/// stderr when it is the original stream).
pub fn write_stderr(vm: &mut Vm, text: &str) {
    match super::sys_attr(vm, "stderr") {
        Some(Value::Obj(s)) if !matches!(s.payload, Payload::Stream(StreamKind::Stderr)) => {
            let t = vm.new_str(text);
            let _ = vm.call_method(&Value::Obj(s), "write", vec![t]);
        }
        Some(Value::None) => {}
        _ => vm.stdout.write_stderr(text),
    }
}

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut a = args.check(vm, "exit", 0, 1)?.to_vec();
    if a.first().is_some_and(Value::is_none) {
        a.clear();
    } else if let Some(Payload::Tuple(t)) = a.first().and_then(Value::payload) {
        a = t.to_vec();
    }
    let ty = vm.exc_type("SystemExit");
    Err(crate::exceptions::new_exception(vm, &ty, a))
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, 0, "getrecursionlimit")?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "setrecursionlimit", 1, 1)?;
    let n = match &a[0] {
        Value::Int(n) if i32::try_from(*n).is_ok() => *n,
        Value::Int(_) => {
            return Err(vm.new_error("OverflowError", "Python int too large to convert to C int"))
        }
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            return Err(vm.new_error("OverflowError", "Python int too large to convert to C int"))
        }
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.frames.len() {
        return Err(vm.new_error(
            "RecursionError",
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                vm.frames.len()
            ),
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, 0, "exc_info")?;
    let h = vm.handled.clone();
    if h.is_none() || h.is_null() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let ty = Value::Obj(vm.type_of(&h).clone());
    let tb = match h.as_obj().and_then(crate::exceptions::data) {
        Some(d) => d.borrow().traceback.clone(),
        None => Value::None,
    };
    Ok(vm.new_tuple(vec![ty, h, tb]))
}

fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, 0, "exception")?;
    let h = vm.handled.clone();
    Ok(if h.is_null() { Value::None } else { h })
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = exactly_one(vm, &args, "intern")?;
    match a.as_str() {
        Some(s) => {
            let s = s.to_string();
            Ok(Value::Obj(vm.intern(&s)))
        }
        None => {
            let tn = vm.type_name(&a);
            Err(vm.type_error(format!("intern() argument must be str, not {tn}")))
        }
    }
}

/// `sys.getsizeof(obj[, default])`: the size CPython 3.11 (64-bit) reports
/// for the same object, so programs that print it agree. A class written
/// in Python that defines `__sizeof__` reports what it returns plus the
/// collector's header; `default` replaces a TypeError, as in CPython.
fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [obj, default] = args.bind(vm, "getsizeof", ["object", "default"], 1)?;
    match class_sizeof(vm, &obj) {
        Ok(Some(n)) => Ok(Value::Int(n)),
        Ok(None) => Ok(Value::Int(cpython_size(&obj) as i64)),
        Err(e) if !default.is_null() && vm.error_is(&e, "TypeError") => Ok(default),
        Err(e) => Err(e),
    }
}

/// The size of an instance of a class written in Python (None for other
/// objects): its own `__sizeof__` when it has one, else CPython's layout
/// (header, slots, weak reference list), plus the bytes CPython keeps
/// before the object (the collector's header, and the managed dict's
/// pointers when instances have a `__dict__`).
fn class_sizeof(vm: &mut Vm, obj: &Value) -> PyResult<Option<i64>> {
    let ty = vm.type_of(obj).clone();
    if !crate::types::is_heap_type(&ty) {
        return Ok(None);
    }
    let has_dict = crate::types::data(&ty).has(crate::types::INSTANCE_DICT);
    let presize = if has_dict { 32 } else { 16 };
    let key = vm.intern("__sizeof__");
    let hash = match &key.payload {
        Payload::Str(s) => s.hash(),
        _ => 0,
    };
    match crate::types::lookup_with_owner(&ty, "__sizeof__", hash) {
        Some((_, owner)) if crate::types::is_heap_type(&owner) => {
            let r = vm.call_method(obj, "__sizeof__", vec![])?;
            let n = match r {
                Value::Int(n) => n,
                Value::Bool(b) => i64::from(b),
                Value::Obj(ref o) if matches!(o.payload, Payload::Int(_)) => vm.index(&r)?,
                _ => return Err(vm.type_error("an integer is required")),
            };
            if n < 0 {
                return Err(vm.value_error("__sizeof__() should return >= 0"));
            }
            Ok(Some(n + presize))
        }
        _ if matches!(obj.payload(), Some(Payload::Object | Payload::Slots(_))) => {
            let slots = crate::types::slot_count(&ty) as i64;
            // The weak reference list: a class without __slots__ adds
            // one, as does a __slots__ naming __weakref__.
            let mro = crate::types::data(&ty).mro.borrow().clone();
            let weak = mro
                .iter()
                .filter(|t| crate::types::is_heap_type(t))
                .any(|t| match crate::types::data(t).slots.as_ref() {
                    None => true,
                    Some(names) => names.iter().any(|n| n == "__weakref__"),
                });
            let weaklist = if weak { 8 } else { 0 };
            Ok(Some(16 + 8 * slots + weaklist + presize))
        }
        _ => Ok(None),
    }
}

/// The bytes CPython uses for an object like `v` (GC header included).
fn cpython_size(v: &Value) -> usize {
    // 30-bit digits, at least one (even for 0).
    let int_size = |bits: u64| 24 + 4 * bits.div_ceil(30).max(1) as usize;
    match v {
        Value::None | Value::Null => 16,
        Value::Bool(b) => int_size(*b as u64),
        Value::Int(i) => int_size(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Float(_) => 24,
        Value::Obj(o) => match &o.payload {
            Payload::Object => 16,
            Payload::Native(_) => 72,
            Payload::Int(b) => int_size(b.bits()),
            Payload::Float(_) => 24,
            Payload::Complex(..) => 32,
            Payload::Str(s) => {
                let text = s.as_str();
                let n = text.chars().count();
                match text.chars().map(|c| c as u32).max().unwrap_or(0) {
                    0..=0x7f => 49 + n,
                    0x80..=0xff => 73 + n,
                    0x100..=0xffff => 74 + 2 * n,
                    _ => 76 + 4 * n,
                }
            }
            Payload::Bytes(b) => 33 + b.len(),
            Payload::ByteArray(b) => match b.borrow().len() {
                0 => 56,
                n => 57 + n,
            },
            Payload::Tuple(t) => 40 + 8 * t.len(),
            Payload::List(l) => {
                let l = l.borrow();
                // Exactly sized (a literal), or grown by appends as CPython grows lists.
                let allocated = if l.capacity() == l.len() {
                    l.len()
                } else {
                    let mut alloc = 0;
                    for size in 1..=l.len() {
                        if size > alloc {
                            alloc = (size + (size >> 3) + 6) & !3;
                        }
                    }
                    alloc
                };
                56 + 8 * allocated
            }
            Payload::Dict(d) => {
                let d = d.borrow();
                let n = d.len();
                if n == 0 {
                    return 64;
                }
                let str_keys = d.iter().all(|e| e.key.as_str().is_some());
                let mut size = 8;
                while size * 2 / 3 < n {
                    size *= 2;
                }
                let entry = if str_keys { 16 } else { 24 };
                let index_bytes = size
                    * if size <= 0xff {
                        1
                    } else if size <= 0xffff {
                        2
                    } else {
                        4
                    };
                48 + 32 + index_bytes + (size * 2 / 3) * entry + 16
            }
            Payload::Set(s) => match s.borrow().capacity() {
                0..=8 => 216,
                t => 216 + 16 * t,
            },
            Payload::Range(_) => 48,
            Payload::Function(_) => 152,
            Payload::Module(_) => 72,
            Payload::Type(_) => 1072,
            _ => 56,
        },
    }
}

thread_local! {
    static MAX_STR_DIGITS: std::cell::Cell<i64> = const { std::cell::Cell::new(4300) };
}

/// `sys.get_int_max_str_digits()`.
pub fn int_max_str_digits() -> i64 {
    MAX_STR_DIGITS.with(|c| c.get())
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, 0, "get_int_max_str_digits")?;
    Ok(Value::Int(int_max_str_digits()))
}

fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n] = args.bind(vm, "set_int_max_str_digits", ["maxdigits"], 1)?;
    let n = vm.index(&n)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    MAX_STR_DIGITS.with(|c| c.set(n));
    Ok(Value::None)
}

/// `sys.getrefcount(obj)`: the count, including the argument's own
/// reference (as in CPython); immediate values count as immortal.
fn getrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // The argument is read in place: a copy would add to its count.
    if args.values.len() != 1 || args.nkw() > 0 {
        exactly_one(vm, &args, "getrefcount")?;
    }
    Ok(Value::Int(match args.values.first() {
        Some(Value::Obj(o)) => o.refcount() as i64,
        _ => 1_000_000_000,
    }))
}

/// `sys.getallocatedblocks()`: the objects alive now.
fn getallocatedblocks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, 0, "getallocatedblocks")?;
    Ok(Value::Int(crate::gc::heap::live_objects() as i64))
}

/// `sys.executable`: this binary's absolute path ('' when unknown, as in CPython).
fn executable() -> String {
    std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `sys.__doc__` (short: what the module is).
const SYS_DOC: &str = "This module provides access to some objects used or maintained by the\n\
interpreter and to functions that interact strongly with the interpreter.";

/// `sys.copyright`.
const COPYRIGHT: &str = "PVM: a Python 3.11 toolchain in Rust.\n\
Python is Copyright (c) 2001-2023 Python Software Foundation.\n\
All Rights Reserved.";

/// `sys.displayhook(value)`: prints `repr(value)` to `sys.stdout` and
/// keeps it in `builtins._` (None is neither printed nor kept).
fn displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() != 1 || args.nkw() > 0 {
        let n = args.values.len();
        return Err(vm.type_error(format!(
            "sys.displayhook() takes exactly one argument ({n} given)"
        )));
    }
    let value = args.values[0].clone();
    if value.is_none() {
        return Ok(Value::None);
    }
    let builtins = vm.builtins.clone();
    let key = vm.intern("_");
    // `_` is cleared first so the repr cannot see the old value.
    vm.dict_set_str(&builtins, key.clone(), Value::None);
    let text = vm.repr(&value)?;
    let out = match super::sys_attr(vm, "stdout") {
        Some(o) if !o.is_none() => o,
        _ => return Err(vm.new_error("RuntimeError", "lost sys.stdout")),
    };
    super::functions::write_to(vm, &out, &format!("{text}\n"))?;
    vm.dict_set_str(&builtins, key, value);
    Ok(Value::None)
}

/// `sys.call_tracing(func, args)`: `func(*args)`.
fn call_tracing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.values.clone();
    if a.len() != 2 || args.nkw() > 0 {
        return Err(vm.type_error(format!(
            "call_tracing expected 2 arguments, got {}",
            a.len()
        )));
    }
    let Some(Payload::Tuple(t)) = a[1].payload() else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!("call_tracing() argument 2 must be tuple, not {tn}")));
    };
    let items = t.to_vec();
    vm.call(&a[0], items)
}

/// `sys.is_finalizing()`: False (code runs before the end of the program).
fn is_finalizing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, 0, "is_finalizing")?;
    Ok(Value::Bool(false))
}

/// `sys.getdlopenflags()`: RTLD_NOW, CPython's default.
fn getdlopenflags(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, 0, "getdlopenflags")?;
    Ok(Value::Int(2))
}

/// Errors unless `args` has nothing after its first `skip` values
/// (a state receiver), with CPython's message for `sys.NAME()`.
fn no_args(vm: &mut Vm, args: &Args, skip: usize, name: &str) -> PyResult<()> {
    let n = args.values.len().saturating_sub(skip);
    if n != 0 || args.nkw() > 0 {
        return Err(vm.type_error(format!("sys.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// The one argument of `sys.NAME(arg)`, with CPython's message.
fn exactly_one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let n = args.values.len();
    if n != 1 || args.nkw() > 0 {
        return Err(vm.type_error(format!(
            "sys.{name}() takes exactly one argument ({n} given)"
        )));
    }
    Ok(args.values[0].clone())
}

/// The one argument after a state receiver, with CPython's message.
fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let n = args.values.len().saturating_sub(1);
    if n != 1 || args.nkw() > 0 {
        return Err(vm.type_error(format!(
            "sys.{name}() takes exactly one argument ({n} given)"
        )));
    }
    Ok(args.values[1].clone())
}

/// Functions that remember a setting between calls share one dict (their
/// bound receiver): the trace and profile functions, the switch interval,
/// the audit hooks and the coroutine origin tracking depth.
fn install_stateful(vm: &mut Vm, sys: &ObjRef) {
    let state = vm.new_dict();
    let hooks = vm.new_list(Vec::new());
    for (k, v) in [
        ("trace", Value::None),
        ("profile", Value::None),
        ("switch", vm.float(0.005)),
        ("audit", hooks),
        ("depth", Value::Int(0)),
    ] {
        let key = vm.intern(k);
        vm.dict_set_str(&state, key, v);
    }
    let funcs: &[(&'static str, crate::payload::NativeFn)] = &[
        ("settrace", settrace),
        ("gettrace", gettrace),
        ("setprofile", setprofile),
        ("getprofile", getprofile),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("audit", audit),
        ("addaudithook", addaudithook),
        (
            "get_coroutine_origin_tracking_depth",
            get_coroutine_origin_tracking_depth,
        ),
        (
            "set_coroutine_origin_tracking_depth",
            set_coroutine_origin_tracking_depth,
        ),
    ];
    for &(name, func) in funcs {
        let f = ObjRef::new(
            vm.t.builtin_function.clone(),
            Payload::Native(Box::new(crate::payload::NativeFunction {
                name,
                func,
                kind: NativeKind::Function,
                receiver: Value::Obj(state.clone()),
                owner: None,
            })),
        );
        vm.set_attr_direct(sys, name, Value::Obj(f));
    }
}

/// A setting in the state dict a stateful function is bound to.
fn state_get(vm: &mut Vm, args: &Args, key: &str) -> Value {
    let Some(Value::Obj(d)) = args.values.first() else {
        return Value::None;
    };
    let k = vm.intern(key);
    vm.dict_get_str(d, &k).unwrap_or(Value::None)
}

/// Changes a setting in the state dict.
fn state_set(vm: &mut Vm, args: &Args, key: &str, v: Value) {
    if let Some(Value::Obj(d)) = args.values.first() {
        let k = vm.intern(key);
        vm.dict_set_str(d, k, v);
    }
}

/// `sys.settrace(func)`: kept for `gettrace` (PVM does not call trace
/// functions; the interpreter has no per-line events).
fn settrace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = one_arg(vm, &args, "settrace")?;
    state_set(vm, &args, "trace", f);
    Ok(Value::None)
}

/// `sys.gettrace()`.
fn gettrace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, 1, "gettrace")?;
    Ok(state_get(vm, &args, "trace"))
}

/// `sys.setprofile(func)`: kept for `getprofile` (not called, as with settrace).
fn setprofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = one_arg(vm, &args, "setprofile")?;
    state_set(vm, &args, "profile", f);
    Ok(Value::None)
}

/// `sys.getprofile()`.
fn getprofile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, 1, "getprofile")?;
    Ok(state_get(vm, &args, "profile"))
}

/// `sys.getswitchinterval()`: 0.005 s unless changed (one thread: unused).
fn getswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, 1, "getswitchinterval")?;
    Ok(state_get(vm, &args, "switch"))
}

/// `sys.setswitchinterval(interval)`: a positive number of seconds.
fn setswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "setswitchinterval")?;
    let f = match &v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Obj(o) if matches!(o.payload, Payload::Float(_)) => match &o.payload {
            Payload::Float(f) => *f,
            _ => 0.0,
        },
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("must be real number, not {tn}")));
        }
    };
    if f <= 0.0 || f.is_nan() {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    let fv = vm.float(f);
    state_set(vm, &args, "switch", fv);
    Ok(Value::None)
}

/// `sys.audit(event, *args)`: calls each hook with the event and the
/// arguments as a tuple (PVM raises no events of its own).
fn audit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.nkw() > 0 {
        return Err(vm.type_error("audit() takes no keyword arguments"));
    }
    let Some(event) = args.values.get(1).cloned() else {
        return Err(vm.type_error("audit() missing 1 required positional argument: 'event'"));
    };
    let hooks = state_get(vm, &args, "audit");
    let hooks = vm.to_vec(&hooks)?;
    if hooks.is_empty() {
        return Ok(Value::None);
    }
    if event.as_str().is_none() {
        let tn = vm.type_name(&event);
        return Err(vm.type_error(format!("expected str for argument 'event', not {tn}")));
    }
    let rest = vm.new_tuple(args.values[2..].to_vec());
    for hook in hooks {
        vm.call(&hook, [event.clone(), rest.clone()])?;
    }
    Ok(Value::None)
}

/// `sys.addaudithook(hook)`.
fn addaudithook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.values.len().saturating_sub(1);
    if n != 1 || args.nkw() > 0 {
        return Err(if n == 0 {
            vm.type_error("addaudithook() missing required argument 'hook' (pos 1)")
        } else {
            vm.type_error(format!(
                "addaudithook() takes at most 1 argument ({n} given)"
            ))
        });
    }
    let hooks = state_get(vm, &args, "audit");
    if let Some(Payload::List(l)) = hooks.payload() {
        l.borrow_mut().push(args.values[1].clone());
    }
    Ok(Value::None)
}

/// `sys.get_coroutine_origin_tracking_depth()`.
fn get_coroutine_origin_tracking_depth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, 1, "get_coroutine_origin_tracking_depth")?;
    Ok(state_get(vm, &args, "depth"))
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`: remembered (coroutines
/// do not record their origin in PVM).
fn set_coroutine_origin_tracking_depth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // The arguments after the state receiver, so messages count from 1.
    let rest = Args {
        values: args.values.iter().skip(1).cloned().collect(),
        kwnames: args.kwnames.clone(),
    };
    let [depth] = rest.bind(vm, "set_coroutine_origin_tracking_depth", ["depth"], 1)?;
    let d = vm.index(&depth)?;
    if d < 0 {
        return Err(vm.value_error("depth must be >= 0"));
    }
    state_set(vm, &args, "depth", Value::Int(d));
    Ok(Value::None)
}
