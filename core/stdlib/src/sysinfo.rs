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
        ("getfilesystemencoding", getdefaultencoding),
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
    stream_attrs(vm, &sys);
    // Without _structseq (a VM without the standard library's Python
    // modules) sys keeps its plain version_info.
    let _ = struct_seqs(vm, &sys, hexversion);
}

/// `sys.getdefaultencoding()` and `sys.getfilesystemencoding()`.
fn getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    native::positional(vm, &args, "getdefaultencoding", 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

/// `sys.getfilesystemencodeerrors()`.
fn getfilesystemencodeerrors(vm: &mut Vm, args: Args) -> PyResult<Value> {
    native::positional(vm, &args, "getfilesystemencodeerrors", 0, 0)?;
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
    let args = vec![
        vm.new_str("sys"),
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
    vm.call(cls, vec![t])
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
    Ok(())
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
