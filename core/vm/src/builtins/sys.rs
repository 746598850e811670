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
    ];
    for &(name, f) in funcs {
        let nf = vm.new_native(name, f, NativeKind::Function, None);
        vm.set_attr_direct(&sys, name, Value::Obj(nf));
    }
    let hook = Value::Obj(vm.new_native("excepthook", excepthook, NativeKind::Function, None));
    vm.set_attr_direct(&sys, "excepthook", hook.clone());
    vm.set_attr_direct(&sys, "__excepthook__", hook);
    let argv = vm.argv.clone();
    let argv: Vec<Value> = argv.iter().map(|a| vm.new_str(a.as_str())).collect();
    let argv = vm.new_list(argv);
    vm.set_attr_direct(&sys, "argv", argv);
    vm.set_attr_direct(&sys, "maxsize", Value::Int(i64::MAX));
    let s = vm.new_str("3.11.7 (PVM)");
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
    let e = vm.new_str("pvm");
    vm.set_attr_direct(&sys, "executable", e);
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
        Some(StreamKind::Stdout) => vm.stdout.write(&text),
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

fn stream_flush(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.stdout.flush();
    Ok(Value::None)
}

fn stream_isatty(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stream_readline(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.stdout.flush();
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    Ok(vm.new_str(line))
}

fn stream_read(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    use std::io::Read;
    vm.stdout.flush();
    let mut s = String::new();
    let _ = std::io::stdin().read_to_string(&mut s);
    Ok(vm.new_str(s))
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

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.take_checked(vm, "setrecursionlimit", 1, 1)?;
    let n = match &a[0] {
        Value::Int(n) => *n,
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

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
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

fn exception(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let h = vm.handled.clone();
    Ok(if h.is_null() { Value::None } else { h })
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.take_checked(vm, "intern", 1, 1)?;
    match a[0].as_str() {
        Some(s) => {
            let s = s.to_string();
            Ok(Value::Obj(vm.intern(&s)))
        }
        None => Err(vm.type_error("intern() argument must be str")),
    }
}

/// `sys.getsizeof(obj[, default])`: the size CPython 3.11 (64-bit) reports
/// for the same object, so programs that print it agree.
fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.take_checked(vm, "getsizeof", 1, 2)?;
    Ok(Value::Int(cpython_size(&a[0]) as i64))
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

fn get_int_max_str_digits(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
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
    let a = args.take_checked(vm, "getrefcount", 1, 1)?;
    Ok(Value::Int(match &a[0] {
        Value::Obj(o) => o.refcount() as i64,
        _ => 1_000_000_000,
    }))
}

/// `sys.getallocatedblocks()`: the objects alive now.
fn getallocatedblocks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.take_checked(vm, "getallocatedblocks", 0, 0)?;
    Ok(Value::Int(crate::gc::heap::live_objects() as i64))
}
