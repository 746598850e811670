//! What the standard library adds to `sys` (the VM makes the module):
//! the struct sequences `sys.flags`, `float_info`, `int_info`,
//! `hash_info` and a named `version_info` (made by python/_structseq.py),
//! `sys.implementation`, the encoding functions, version constants, and
//! the text-stream attributes of `sys.stdout`/`stderr`/`stdin`
//! (`encoding`, `errors`, `name`, `mode`, ...).

use crate::native;
use pvm_vm::args::Args;
use pvm_vm::import::import_full;
use pvm_vm::payload::{NativeFn, NativeKind, Payload, StreamKind};
use pvm_vm::{ObjRef, PyResult, Value, Vm};

/// The version PVM reports (the VM's `sys.version` names 3.11.7).
const VERSION: (i64, i64, i64) = (3, 11, 7);

/// Adds the attributes to `sys` (best effort: a VM without the frozen
/// modules keeps a plain `sys`).
pub fn install(vm: &mut Vm) {
    let modules = vm.modules.clone();
    let key = vm.intern("sys");
    let Some(Value::Obj(sys)) = vm.dict_get_str(&modules, &key) else {
        return;
    };
    let funcs: &[(&str, NativeFn)] = &[
        ("getdefaultencoding", getdefaultencoding),
        ("getfilesystemencoding", getfilesystemencoding),
        ("getfilesystemencodeerrors", getfilesystemencodeerrors),
    ];
    vm.add_functions(&sys, funcs);
    let (major, minor, micro) = VERSION;
    let hexversion = (major << 24) | (minor << 16) | (micro << 8) | 0xf0;
    let ints = [
        ("hexversion", hexversion),
        ("api_version", 1013),
        ("maxunicode", 0x10ffff),
    ];
    for (name, v) in ints {
        vm.set_attr_direct(&sys, name, Value::Int(v));
    }
    for (name, v) in [
        ("float_repr_style", "short"),
        ("abiflags", ""),
        ("platlibdir", "lib"),
    ] {
        let s = vm.new_str(v);
        vm.set_attr_direct(&sys, name, s);
    }
    let dont_write = Value::Bool(!vm.imports.pyc.write_bytecode);
    vm.set_attr_direct(&sys, "dont_write_bytecode", dont_write);
    let warnoptions = vm.new_list(Vec::new());
    vm.set_attr_direct(&sys, "warnoptions", warnoptions);
    for (name, v) in [("_framework", ""), ("_git_branch", "")] {
        let s = vm.new_str(v);
        vm.set_attr_direct(&sys, name, s);
    }
    let git = vec![vm.new_str("PVM"), vm.new_str(""), vm.new_str("")];
    let git = vm.new_tuple(git);
    vm.set_attr_direct(&sys, "_git", git);
    let hook = vm.new_native("unraisablehook", unraisablehook, NativeKind::Function, None);
    vm.set_attr_direct(&sys, "unraisablehook", Value::Obj(hook.clone()));
    vm.set_attr_direct(&sys, "__unraisablehook__", Value::Obj(hook));
    let hook = vm.new_native("breakpointhook", breakpointhook, NativeKind::Function, None);
    vm.set_attr_direct(&sys, "breakpointhook", Value::Obj(hook.clone()));
    vm.set_attr_direct(&sys, "__breakpointhook__", Value::Obj(hook));
    let spec = pvm_vm::import::builtin_spec(vm, "sys");
    vm.set_attr_direct(&sys, "__spec__", spec);
    vm.set_attr_direct(&sys, "__loader__", Value::None);
    stdlib_module_names(vm, &sys);
    stream_attrs(vm, &sys);
    // Without _structseq (a VM without the standard library's Python
    // modules) sys keeps its plain version_info.
    let _ = struct_seqs(vm, &sys, hexversion);
}

/// `sys.getdefaultencoding()`.
fn getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    sys_no_args(vm, &args, "getdefaultencoding")?;
    Ok(vm.new_str("utf-8"))
}

/// `sys.getfilesystemencoding()`.
fn getfilesystemencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    sys_no_args(vm, &args, "getfilesystemencoding")?;
    Ok(vm.new_str("utf-8"))
}

/// CPython's error for arguments given to `sys.NAME()`, which takes none.
fn sys_no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    let n = args.values.len();
    if n != 0 || args.nkw() > 0 {
        return Err(vm.type_error(format!("sys.{name}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// `sys.getfilesystemencodeerrors()`.
fn getfilesystemencodeerrors(vm: &mut Vm, args: Args) -> PyResult<Value> {
    sys_no_args(vm, &args, "getfilesystemencodeerrors")?;
    Ok(vm.new_str("surrogateescape"))
}

/// A struct sequence type `sys.<name>`: (field, doc) pairs, all items.
fn make_type(
    vm: &mut Vm,
    make: &Value,
    name: &str,
    fields: &[(&str, &str)],
    doc: &str,
) -> PyResult<Value> {
    let fields: Vec<Value> = fields
        .iter()
        .map(|(n, d)| {
            let pair = vec![vm.new_str(*n), vm.new_str(*d)];
            vm.new_tuple(pair)
        })
        .collect();
    let n = fields.len() as i64;
    // asyncgen_hooks is a type of builtins in CPython ("sys.X" for the others).
    let module = if name == "asyncgen_hooks" {
        "builtins"
    } else {
        "sys"
    };
    let args = vec![
        vm.new_str(module),
        vm.new_str(name),
        vm.new_list(fields),
        Value::Int(n),
        vm.new_str(doc),
    ];
    vm.call(make, args)
}

/// An instance of a struct sequence type.
fn instance(vm: &mut Vm, cls: &Value, items: Vec<Value>) -> PyResult<Value> {
    let t = vm.new_tuple(items);
    vm.call(cls, [t])
}

/// `flags`, `float_info`, `int_info`, `hash_info`, `version_info` and
/// `implementation`.
fn struct_seqs(vm: &mut Vm, sys: &ObjRef, hexversion: i64) -> PyResult<()> {
    let structseq = import_full(vm, "_structseq")?;
    let make = vm.get_attr_str(&structseq, "make_type")?;
    let int_flag = |b: bool| Value::Int(i64::from(b));
    let hash_seed_zero = std::env::var("PYTHONHASHSEED").is_ok_and(|v| v == "0");
    let flags = [
        ("debug", "-d", Value::Int(0)),
        ("inspect", "-i", Value::Int(0)),
        ("interactive", "-i", Value::Int(0)),
        ("optimize", "-O or -OO", Value::Int(0)),
        (
            "dont_write_bytecode",
            "-B",
            int_flag(!vm.imports.pyc.write_bytecode),
        ),
        ("no_user_site", "-s", Value::Int(0)),
        ("no_site", "-S", Value::Int(0)),
        ("ignore_environment", "-E", Value::Int(0)),
        ("verbose", "-v", Value::Int(0)),
        ("bytes_warning", "-b", Value::Int(0)),
        ("quiet", "-q", Value::Int(0)),
        ("hash_randomization", "-R", int_flag(!hash_seed_zero)),
        ("isolated", "-I", Value::Int(0)),
        ("dev_mode", "-X dev", Value::Bool(false)),
        ("utf8_mode", "-X utf8", Value::Int(0)),
        (
            "warn_default_encoding",
            "-X warn_default_encoding",
            Value::Int(0),
        ),
        ("safe_path", "-P", Value::Bool(false)),
        (
            "int_max_str_digits",
            "-X int_max_str_digits",
            Value::Int(-1),
        ),
    ];
    let fields: Vec<(&str, &str)> = flags.iter().map(|(n, d, _)| (*n, *d)).collect();
    let values: Vec<Value> = flags.iter().map(|(_, _, v)| v.clone()).collect();
    let cls = make_type(
        vm,
        &make,
        "flags",
        &fields,
        "sys.flags\n\nFlags provided through command line arguments or environment vars.",
    )?;
    let v = instance(vm, &cls, values)?;
    vm.set_attr_direct(sys, "flags", v);

    let float_fields = [
        ("max", "DBL_MAX -- maximum representable finite float"),
        ("max_exp", "DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable"),
        ("max_10_exp", "DBL_MAX_10_EXP -- maximum int e such that 10**e is representable"),
        ("min", "DBL_MIN -- Minimum positive normalized float"),
        ("min_exp", "DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float"),
        ("min_10_exp", "DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float"),
        ("dig", "DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float"),
        ("mant_dig", "DBL_MANT_DIG -- mantissa digits"),
        ("epsilon", "DBL_EPSILON -- Difference between 1 and the next representable float"),
        ("radix", "FLT_RADIX -- radix of exponent"),
        ("rounds", "FLT_ROUNDS -- rounding mode used for arithmetic operations"),
    ];
    let cls = make_type(
        vm,
        &make,
        "float_info",
        &float_fields,
        "sys.float_info\n\nA named tuple holding information about the float type.",
    )?;
    let values = vec![
        vm.float(f64::MAX),
        Value::Int(i64::from(f64::MAX_EXP)),
        Value::Int(i64::from(f64::MAX_10_EXP)),
        vm.float(f64::MIN_POSITIVE),
        Value::Int(i64::from(f64::MIN_EXP)),
        Value::Int(i64::from(f64::MIN_10_EXP)),
        Value::Int(i64::from(f64::DIGITS)),
        Value::Int(i64::from(f64::MANTISSA_DIGITS)),
        vm.float(f64::EPSILON),
        Value::Int(i64::from(f64::RADIX)),
        Value::Int(1),
    ];
    let v = instance(vm, &cls, values)?;
    vm.set_attr_direct(sys, "float_info", v);

    let int_fields = [
        ("bits_per_digit", "size of a digit in bits"),
        (
            "sizeof_digit",
            "size in bytes of the C type used to represent a digit",
        ),
        (
            "default_max_str_digits",
            "maximum string conversion digits limitation",
        ),
        (
            "str_digits_check_threshold",
            "minimum positive value for int_max_str_digits",
        ),
    ];
    let cls = make_type(vm, &make, "int_info", &int_fields, "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.")?;
    let values = vec![
        Value::Int(30),
        Value::Int(4),
        Value::Int(4300),
        Value::Int(640),
    ];
    let v = instance(vm, &cls, values)?;
    vm.set_attr_direct(sys, "int_info", v);

    let hash_fields = [
        ("width", "width of the type used for hashing, in bits"),
        (
            "modulus",
            "prime number giving the modulus on which the hash function is based",
        ),
        ("inf", "value to be used for hash of a positive infinity"),
        ("nan", "value to be used for hash of a nan"),
        (
            "imag",
            "multiplier used for the imaginary part of a complex number",
        ),
        (
            "algorithm",
            "name of the algorithm for hashing of str, bytes and memoryviews",
        ),
        ("hash_bits", "internal output size of hash algorithm"),
        ("seed_bits", "seed size of hash algorithm"),
        ("cutoff", "small string optimization cutoff"),
    ];
    let cls = make_type(vm, &make, "hash_info", &hash_fields, "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.")?;
    let values = vec![
        Value::Int(64),
        Value::Int((1 << 61) - 1),
        Value::Int(314159),
        Value::Int(0),
        Value::Int(1000003),
        vm.new_str("siphash13"),
        Value::Int(64),
        Value::Int(128),
        Value::Int(0),
    ];
    let v = instance(vm, &cls, values)?;
    vm.set_attr_direct(sys, "hash_info", v);

    let version_fields = [
        ("major", "Major release number"),
        ("minor", "Minor release number"),
        ("micro", "Patch release number"),
        ("releaselevel", "'alpha', 'beta', 'candidate', or 'final'"),
        ("serial", "Serial release number"),
    ];
    let cls = make_type(
        vm,
        &make,
        "version_info",
        &version_fields,
        "sys.version_info\n\nVersion information as a named tuple.",
    )?;
    let (major, minor, micro) = VERSION;
    let values = vec![
        Value::Int(major),
        Value::Int(minor),
        Value::Int(micro),
        vm.new_str("final"),
        Value::Int(0),
    ];
    let version = instance(vm, &cls, values)?;
    vm.set_attr_direct(sys, "version_info", version.clone());

    // sys.implementation is a types.SimpleNamespace.
    let namespace = vm.get_attr_str(&structseq, "namespace")?;
    let name = vm.new_str("pvm");
    let tag = vm.new_str(format!("pvm-{major}{minor}"));
    let multiarch = vm.new_str("x86_64-linux-gnu");
    let kwnames = ["name", "cache_tag", "version", "hexversion", "_multiarch"];
    let names: Vec<Value> = kwnames.iter().map(|n| vm.new_str(*n)).collect();
    let names = match vm.new_tuple(names) {
        Value::Obj(t) => t,
        _ => return Ok(()),
    };
    let call = Args {
        values: [name, tag, version, Value::Int(hexversion), multiarch]
            .into_iter()
            .collect(),
        kwnames: Some(names),
    };
    let implementation = vm.call_args(&namespace, call)?;
    vm.set_attr_direct(sys, "implementation", implementation);

    let thread_fields = [
        ("name", "name of the thread implementation"),
        ("lock", "name of the lock implementation"),
        ("version", "name and version of the thread library"),
    ];
    let cls = make_type(
        vm,
        &make,
        "thread_info",
        &thread_fields,
        "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
    )?;
    let values = vec![vm.new_str("pthread"), vm.new_str("semaphore"), Value::None];
    let v = instance(vm, &cls, values)?;
    vm.set_attr_direct(sys, "thread_info", v);

    let hook_fields = [
        ("firstiter", "Hook to intercept first iteration"),
        ("finalizer", "Hook to intercept finalization"),
    ];
    let cls = make_type(
        vm,
        &make,
        "asyncgen_hooks",
        &hook_fields,
        "asyncgen_hooks\n\nA named tuple providing information about asynchronous\ngenerators hooks.  The attributes are read only.",
    )?;
    // The hooks live in a list [class, firstiter, finalizer] bound to both
    // functions (PVM's async generators do not call them).
    let state = vm.new_list(vec![cls, Value::None, Value::None]);
    for (name, func) in [
        ("get_asyncgen_hooks", get_asyncgen_hooks as NativeFn),
        ("set_asyncgen_hooks", set_asyncgen_hooks),
    ] {
        let f = vm.new_native(name, func, NativeKind::Function, None);
        let f = rebind(vm, &f, state.clone());
        vm.set_attr_direct(sys, name, f);
    }
    Ok(())
}

/// A copy of native function `f` bound to `receiver` (passed first).
fn rebind(vm: &mut Vm, f: &ObjRef, receiver: Value) -> Value {
    let Payload::Native(n) = &f.payload else {
        return Value::Obj(f.clone());
    };
    let bound = pvm_vm::payload::NativeFunction {
        name: n.name,
        func: n.func,
        kind: n.kind,
        receiver,
        owner: None,
    };
    let _ = vm;
    Value::Obj(ObjRef::new(
        f.ty().clone(),
        Payload::Native(Box::new(bound)),
    ))
}

/// `sys.get_asyncgen_hooks()`: the asyncgen_hooks struct sequence.
fn get_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::List(l)) = args.values.first().and_then(Value::payload) else {
        return Ok(Value::None);
    };
    if args.values.len() > 1 || args.nkw() > 0 {
        let n = args.values.len() - 1;
        return Err(vm.type_error(format!(
            "sys.get_asyncgen_hooks() takes no arguments ({n} given)"
        )));
    }
    let items = l.borrow().clone();
    let [cls, first, fin] = items.as_slice() else {
        return Ok(Value::None);
    };
    let (cls, first, fin) = (cls.clone(), first.clone(), fin.clone());
    instance(vm, &cls, vec![first, fin])
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: each given hook
/// must be callable or None.
fn set_asyncgen_hooks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(state) = args.values.first().cloned() else {
        return Ok(Value::None);
    };
    let rest = Args {
        values: args.values[1..].iter().cloned().collect(),
        kwnames: args.kwnames.clone(),
    };
    let [first, fin] = rest.bind(vm, "set_asyncgen_hooks", ["firstiter", "finalizer"], 0)?;
    for (v, what) in [(&fin, "finalizer"), (&first, "firstiter")] {
        if !v.is_null() && !v.is_none() && !vm.is_callable(v) {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("callable {what} expected, got {tn}")));
        }
    }
    if let Some(Payload::List(l)) = state.payload() {
        let mut l = l.borrow_mut();
        for (i, v) in [(1, first), (2, fin)] {
            if !v.is_null() {
                if let Some(slot) = l.get_mut(i) {
                    *slot = v;
                }
            }
        }
    }
    Ok(Value::None)
}

/// `sys.stdlib_module_names`: the standard library's modules PVM has
/// (the top-level names of the built-in ones).
fn stdlib_module_names(vm: &mut Vm, sys: &ObjRef) {
    let mut names: Vec<&str> = vm
        .imports
        .defs
        .keys()
        .copied()
        .filter(|n| !n.contains('.'))
        .collect();
    names.extend(["sys", "builtins", "gc", "_weakref", "atexit"]);
    names.sort_unstable();
    names.dedup();
    let items: Vec<Value> = names.iter().map(|n| vm.new_str(*n)).collect();
    let list = vm.new_list(items);
    if let Ok(set) = vm.new_set_from(&list, true) {
        vm.set_attr_direct(sys, "stdlib_module_names", set);
    }
}

/// `sys.unraisablehook(unraisable)`: prints an exception that could not be
/// raised (its `err_msg`, or "Exception ignored in", the object and the
/// traceback) to `sys.stderr`.
fn unraisablehook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let arg = native::one(vm, &args, "unraisablehook")?.clone();
    let get = |vm: &mut Vm, n: &str| vm.get_attr_str(&arg, n).unwrap_or(Value::None);
    let msg = get(vm, "err_msg");
    let object = get(vm, "object");
    let value = get(vm, "exc_value");
    let mut text = match msg.as_str() {
        Some(m) => m.to_string(),
        None => "Exception ignored in".to_string(),
    };
    if !object.is_none() {
        let r = vm
            .repr(&object)
            .unwrap_or_else(|_| "<object repr() failed>".into());
        text = format!("{text}: {r}");
    }
    text.push('\n');
    match &value {
        Value::Obj(e) if pvm_vm::exceptions::data(e).is_some() => {
            text.push_str(&pvm_vm::traceback::format_exception(vm, e));
        }
        _ => {
            let ty = get(vm, "exc_type");
            if let Some(Payload::Type(_)) = ty.payload() {
                let n = vm.get_attr_str(&ty, "__name__")?;
                text.push_str(&format!("{}\n", n.as_str().unwrap_or("?")));
            }
        }
    }
    pvm_vm::builtins::sys::write_stderr(vm, &text);
    Ok(Value::None)
}

/// `sys.breakpointhook(*args, **kws)`: calls the function that
/// `PYTHONBREAKPOINT` names (default `pdb.set_trace`; "0" disables), with
/// CPython's RuntimeWarning when it cannot be imported.
fn breakpointhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let env = std::env::var("PYTHONBREAKPOINT").unwrap_or_default();
    let hookname = if env.is_empty() {
        "pdb.set_trace".to_string()
    } else {
        env
    };
    if hookname == "0" {
        return Ok(Value::None);
    }
    let (module, attr) = match hookname.rsplit_once('.') {
        Some((m, a)) => (m.to_string(), a.to_string()),
        None => ("builtins".to_string(), hookname.clone()),
    };
    let found = match import_full(vm, &module) {
        Ok(m) => vm.get_attr_str(&m, &attr).ok(),
        Err(_) => None,
    };
    let Some(hook) = found else {
        let warnings = import_full(vm, "warnings")?;
        let warn = vm.get_attr_str(&warnings, "warn")?;
        let msg = vm.new_str(format!(
            "Ignoring unimportable $PYTHONBREAKPOINT: \"{hookname}\""
        ));
        let cat = Value::Obj(vm.exc_type("RuntimeWarning"));
        vm.call(&warn, [msg, cat])?;
        return Ok(Value::None);
    };
    vm.call_args(&hook, args)
}

/// The attributes of the standard streams' class that CPython's text
/// streams have.
fn stream_attrs(vm: &mut Vm, sys: &ObjRef) {
    let Ok(Value::Obj(out)) = vm.get_attr_str(&Value::Obj(sys.clone()), "__stdout__") else {
        return;
    };
    let ty = out.ty().clone();
    native::add_getters(
        vm,
        &ty,
        &[
            ("encoding", stream_encoding),
            ("errors", stream_errors),
            ("name", stream_name),
            ("mode", stream_mode),
            ("closed", stream_false),
            ("line_buffering", stream_line_buffering),
            ("write_through", stream_false),
            ("newlines", stream_none),
        ],
    );
    std_buffers(vm, &ty);
    vm.add_methods(
        &ty,
        &[
            ("fileno", stream_fileno, NativeKind::Method),
            ("readable", stream_readable, NativeKind::Method),
            ("writable", stream_writable, NativeKind::Method),
            ("seekable", stream_false, NativeKind::Method),
        ],
    );
}

/// Which standard stream a getter's receiver is.
fn stream_kind(args: &Args) -> Option<StreamKind> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Stream(k)) => Some(*k),
        _ => None,
    }
}

/// `encoding`: UTF-8 (as with PYTHONIOENCODING=utf-8).
fn stream_encoding(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

/// `errors`: stderr escapes what it cannot encode.
fn stream_errors(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let e = match stream_kind(&args) {
        Some(StreamKind::Stderr) => "backslashreplace",
        _ => "strict",
    };
    Ok(vm.new_str(e))
}

/// `name`: `<stdout>`, ...
fn stream_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = match stream_kind(&args) {
        Some(StreamKind::Stdout) => "<stdout>",
        Some(StreamKind::Stderr) => "<stderr>",
        _ => "<stdin>",
    };
    Ok(vm.new_str(n))
}

/// `mode`.
fn stream_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = match stream_kind(&args) {
        Some(StreamKind::Stdin) => "r",
        _ => "w",
    };
    Ok(vm.new_str(m))
}

/// `line_buffering`: on for a terminal.
fn stream_line_buffering(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    // SAFETY: isatty on a standard descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(stream_fd(&args)) } == 1))
}

/// Attributes and methods that are False.
fn stream_false(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

/// Attributes that are None.
fn stream_none(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `fileno()`.
fn stream_fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(stream_fd(&args))))
}

/// The descriptor of a standard stream.
fn stream_fd(args: &Args) -> i32 {
    match stream_kind(args) {
        Some(StreamKind::Stdin) => 0,
        Some(StreamKind::Stdout) => 1,
        _ => 2,
    }
}

/// `readable()`.
fn stream_readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        stream_kind(&args),
        Some(StreamKind::Stdin)
    )))
}

/// `writable()`.
fn stream_writable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(!matches!(
        stream_kind(&args),
        Some(StreamKind::Stdin)
    )))
}

/// The state of `sys.stdin.buffer`, `sys.stdout.buffer` and
/// `sys.stderr.buffer`: which standard stream they read or write.
struct StdBuffer(StreamKind);

impl pvm_vm::payload::Extension for StdBuffer {}

/// Makes the binary layers under the standard streams (CPython's
/// BufferedReader/BufferedWriter) and the text streams' `buffer`
/// attribute, which returns the same object every time.
fn std_buffers(vm: &mut Vm, text_type: &ObjRef) {
    let reader = vm.new_extension_type(
        "BufferedReader",
        "_io",
        vec![],
        &[
            ("read", buffer_read, NativeKind::Method),
            ("read1", buffer_read, NativeKind::Method),
            ("readline", buffer_readline, NativeKind::Method),
            ("readlines", buffer_readlines, NativeKind::Method),
            ("__iter__", buffer_iter, NativeKind::Method),
            ("__next__", buffer_next, NativeKind::Method),
            ("fileno", buffer_fileno, NativeKind::Method),
            ("isatty", buffer_isatty, NativeKind::Method),
            ("readable", buffer_readable, NativeKind::Method),
            ("writable", buffer_writable, NativeKind::Method),
            ("seekable", stream_false, NativeKind::Method),
            ("flush", buffer_flush, NativeKind::Method),
            ("__repr__", buffer_repr, NativeKind::Method),
        ],
    );
    let writer = vm.new_extension_type(
        "BufferedWriter",
        "_io",
        vec![],
        &[
            ("write", buffer_write, NativeKind::Method),
            ("flush", buffer_flush, NativeKind::Method),
            ("fileno", buffer_fileno, NativeKind::Method),
            ("isatty", buffer_isatty, NativeKind::Method),
            ("readable", buffer_readable, NativeKind::Method),
            ("writable", buffer_writable, NativeKind::Method),
            ("seekable", stream_false, NativeKind::Method),
            ("__repr__", buffer_repr, NativeKind::Method),
        ],
    );
    for ty in [&reader, &writer] {
        native::add_getters(
            vm,
            ty,
            &[
                ("name", buffer_name),
                ("mode", buffer_mode),
                ("closed", stream_false),
            ],
        );
    }
    let items = vec![
        vm.new_extension(&reader, StdBuffer(StreamKind::Stdin)),
        vm.new_extension(&writer, StdBuffer(StreamKind::Stdout)),
        vm.new_extension(&writer, StdBuffer(StreamKind::Stderr)),
    ];
    let buffers = vm.new_tuple(items);
    let get = vm.new_native("buffer", text_buffer, NativeKind::Function, None);
    let get = rebind(vm, &get, buffers);
    let refuse = vm.new_native("buffer", readonly_attr, NativeKind::Function, None);
    let prop = ObjRef::new(
        vm.t.property.clone(),
        Payload::Property(Box::new([
            get,
            Value::Obj(refuse.clone()),
            Value::Obj(refuse),
            Value::None,
        ])),
    );
    vm.set_type_attr(text_type, "buffer", Value::Obj(prop));
}

/// The setter and deleter of a read-only attribute.
fn readonly_attr(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.attribute_error("readonly attribute"))
}

/// `stream.buffer`: the receiver is the tuple (stdin's, stdout's, stderr's).
fn text_buffer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (Some(Payload::Tuple(t)), Some(Payload::Stream(k))) = (
        args.values.first().and_then(Value::payload),
        args.values.get(1).and_then(Value::payload),
    ) else {
        return Ok(Value::None);
    };
    let i = match k {
        StreamKind::Stdin => 0,
        StreamKind::Stdout => 1,
        StreamKind::Stderr => 2,
    };
    Ok(t.get(i).cloned().unwrap_or(Value::None))
}

/// Which stream a buffer method's receiver is.
fn buffer_kind(vm: &mut Vm, args: &Args, method: &str) -> PyResult<StreamKind> {
    let class = match args
        .values
        .first()
        .and_then(pvm_vm::extension::state::<StdBuffer>)
    {
        Some(b) => return Ok(b.0),
        None => "_io.BufferedWriter",
    };
    Err(vm.type_error(format!(
        "descriptor '{method}' for '{class}' objects doesn't apply to this object"
    )))
}

/// `write(b)`: the bytes go out as they are; the count written.
fn buffer_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let kind = buffer_kind(vm, &args, "write")?;
    let [_, data] = args.bind(vm, "write", ["self", "buffer"], 2)?;
    let Some(bytes) = pvm_vm::ops::seq::bytes_of(&data) else {
        let tn = vm.type_name(&data);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    match kind {
        StreamKind::Stdout => vm.stdout.write_bytes(&bytes),
        StreamKind::Stderr => vm.stdout.write_stderr_bytes(&bytes),
        StreamKind::Stdin => return Err(vm.new_error("OSError", "not writable")),
    }
    Ok(Value::Int(bytes.len() as i64))
}

/// `flush()`.
fn buffer_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    buffer_kind(vm, &args, "flush")?;
    vm.stdout.flush();
    Ok(Value::None)
}

/// A size argument of the reading methods: None to read all.
fn buffer_size(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    match v {
        Value::Null | Value::None => Ok(None),
        other => Ok(usize::try_from(vm.index(other)?).ok()),
    }
}

/// Checks the receiver is stdin's buffer and flushes stdout (a prompt
/// written before reading shows first).
fn reader(vm: &mut Vm, args: &Args, method: &str) -> PyResult<()> {
    if buffer_kind(vm, args, method)? != StreamKind::Stdin {
        return Err(vm.new_error("OSError", "read"));
    }
    vm.stdout.flush();
    Ok(())
}

/// `read(size=-1)`: up to `size` bytes of stdin (all when negative).
fn buffer_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_bytes(vm, &args, "read", false)
}

/// `readline(size=-1)`.
fn buffer_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    read_bytes(vm, &args, "readline", true)
}

/// `read` or (`line`) `readline` of `sys.stdin.buffer`.
fn read_bytes(vm: &mut Vm, args: &Args, name: &str, line: bool) -> PyResult<Value> {
    reader(vm, args, name)?;
    let [_, size] = args.bind(vm, name, ["self", "size"], 1)?;
    let limit = buffer_size(vm, &size)?;
    let b = pvm_vm::builtins::sys::read_stdin(vm, limit, line, false);
    Ok(vm.new_bytes(b))
}

/// `readlines()`: the remaining lines.
fn buffer_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    reader(vm, &args, "readlines")?;
    let mut lines = Vec::new();
    loop {
        let b = pvm_vm::builtins::sys::read_stdin(vm, None, true, false);
        if b.is_empty() {
            break;
        }
        lines.push(vm.new_bytes(b));
    }
    Ok(vm.new_list(lines))
}

/// `iter(sys.stdin.buffer)`: itself.
fn buffer_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    reader(vm, &args, "__iter__")?;
    Ok(args.values[0].clone())
}

/// `next(sys.stdin.buffer)`: the next line; StopIteration at the end.
fn buffer_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    reader(vm, &args, "__next__")?;
    let b = pvm_vm::builtins::sys::read_stdin(vm, None, true, false);
    if b.is_empty() {
        return Err(native::stop(vm));
    }
    Ok(vm.new_bytes(b))
}

/// `fileno()`.
fn buffer_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match buffer_kind(vm, &args, "fileno")? {
        StreamKind::Stdin => 0,
        StreamKind::Stdout => 1,
        StreamKind::Stderr => 2,
    }))
}

/// `isatty()`.
fn buffer_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = match buffer_kind(vm, &args, "isatty")? {
        StreamKind::Stdin => 0,
        StreamKind::Stdout => 1,
        StreamKind::Stderr => 2,
    };
    // SAFETY: isatty on a standard descriptor.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

/// `name`: `<stdin>`, ...
fn buffer_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = match buffer_kind(vm, &args, "name")? {
        StreamKind::Stdin => "<stdin>",
        StreamKind::Stdout => "<stdout>",
        StreamKind::Stderr => "<stderr>",
    };
    Ok(vm.new_str(n))
}

/// `mode`: 'rb' or 'wb'.
fn buffer_mode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = match buffer_kind(vm, &args, "mode")? {
        StreamKind::Stdin => "rb",
        _ => "wb",
    };
    Ok(vm.new_str(m))
}

/// `repr()`: `<_io.BufferedWriter name='<stdout>'>`.
fn buffer_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (class, name) = match buffer_kind(vm, &args, "__repr__")? {
        StreamKind::Stdin => ("BufferedReader", "<stdin>"),
        StreamKind::Stdout => ("BufferedWriter", "<stdout>"),
        StreamKind::Stderr => ("BufferedWriter", "<stderr>"),
    };
    Ok(vm.new_str(format!("<_io.{class} name='{name}'>")))
}

/// `readable()`: only stdin's.
fn buffer_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        buffer_kind(vm, &args, "readable")? == StreamKind::Stdin,
    ))
}

/// `writable()`: stdout's and stderr's.
fn buffer_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        buffer_kind(vm, &args, "writable")? != StreamKind::Stdin,
    ))
}
