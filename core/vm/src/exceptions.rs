//! The built-in exception hierarchy, exception objects and their methods.

use crate::args::Args;
use crate::object::ObjRef;
use crate::payload::{ExcData, NativeKind, Payload};
use crate::types::{self, Layout};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// (name, base) for every built-in exception, parents first.
const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Creates the exception types and registers them as builtins.
pub fn create_hierarchy(vm: &mut Vm) {
    for &(name, base) in HIERARCHY {
        let bases = if base.is_empty() {
            vec![vm.object.clone()]
        } else {
            vec![vm.exceptions[base].clone()]
        };
        let ty = crate::vm::new_type(
            &vm.type_,
            name,
            bases,
            Layout::Exception,
            types::BASETYPE | types::EXCEPTION | types::INSTANCE_DICT,
        );
        vm.exceptions.insert(name, ty);
    }
    // ExceptionGroup derives from both BaseExceptionGroup and Exception.
    let eg = crate::vm::new_type(
        &vm.type_,
        "ExceptionGroup",
        vec![
            vm.exceptions["BaseExceptionGroup"].clone(),
            vm.exceptions["Exception"].clone(),
        ],
        Layout::Exception,
        types::BASETYPE | types::EXCEPTION | types::INSTANCE_DICT,
    );
    vm.exceptions.insert("ExceptionGroup", eg);
    let base = vm.exceptions["BaseException"].clone();
    vm.add_methods(
        &base,
        &[
            ("__new__", exc_new, NativeKind::StaticMethod),
            ("__init__", exc_init, NativeKind::Method),
            ("__str__", exc_str, NativeKind::Method),
            ("__repr__", exc_repr, NativeKind::Method),
            ("with_traceback", exc_with_traceback, NativeKind::Method),
            ("add_note", exc_add_note, NativeKind::Method),
        ],
    );
    vm.exception_new = vm
        .lookup_special(&base, "__new__")
        .map_or(Value::Null, crate::builtins::type_::static_target);
    vm.exception_init = vm.lookup_special(&base, "__init__").unwrap_or(Value::Null);
    let os_error = vm.exceptions["OSError"].clone();
    vm.add_methods(&os_error, &[("__str__", os_error_str, NativeKind::Method)]);
    let syntax_error = vm.exceptions["SyntaxError"].clone();
    vm.add_methods(
        &syntax_error,
        &[("__str__", syntax_error_str, NativeKind::Method)],
    );
    let key_error = vm.exceptions["KeyError"].clone();
    vm.add_methods(
        &key_error,
        &[("__str__", key_error_str, NativeKind::Method)],
    );
    let beg = vm.exceptions["BaseExceptionGroup"].clone();
    vm.add_methods(
        &beg,
        &[
            ("__new__", group_new, NativeKind::StaticMethod),
            ("__init__", group_init, NativeKind::Method),
            ("__str__", group_str, NativeKind::Method),
            ("split", group_split, NativeKind::Method),
            ("subgroup", group_subgroup, NativeKind::Method),
            ("derive", group_derive, NativeKind::Method),
        ],
    );
}

/// A new instance of exception type `ty` with `args` (no `__init__` run
/// beyond the built-in one).
pub fn new_exception(vm: &mut Vm, ty: &ObjRef, args: Vec<Value>) -> ObjRef {
    let args_tuple = vm.new_tuple(args);
    let dict = vm.new_dict();
    let obj = ObjRef::with_dict(
        ty.clone(),
        Payload::Exception(Box::new(RefCell::new(ExcData {
            args: args_tuple,
            traceback: Value::None,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        }))),
        Some(dict),
    );
    set_special_attrs(vm, &obj);
    obj
}

/// The exception data of an exception object.
pub fn data(exc: &ObjRef) -> Option<&RefCell<ExcData>> {
    match &exc.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

/// The `args` items of an exception.
pub fn args_of(exc: &ObjRef) -> Vec<Value> {
    match data(exc) {
        Some(d) => match d.borrow().args.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        },
        None => Vec::new(),
    }
}

/// Sets the attributes some exception types derive from their args
/// (`StopIteration.value`, `SystemExit.code`, `OSError.errno`, ...).
fn set_special_attrs(vm: &mut Vm, obj: &ObjRef) {
    let args = args_of(obj);
    let first = args.first().cloned().unwrap_or(Value::None);
    let ty = obj.ty().clone();
    // The built-in class along the MRO that has attributes of its own, if any.
    const SPECIAL: [&str; 8] = [
        "StopIteration",
        "StopAsyncIteration",
        "SystemExit",
        "NameError",
        "AttributeError",
        "ImportError",
        "OSError",
        "SyntaxError",
    ];
    let special: Option<&'static str> = types::data(&ty).mro.borrow().iter().find_map(|t| {
        if types::is_heap_type(t) {
            return None;
        }
        let n = types::data(t).name.borrow();
        SPECIAL.iter().find(|s| **s == n.as_str()).copied()
    });
    let Some(special) = special else {
        return;
    };
    let is = |_vm: &Vm, name: &str| special == name;
    if is(vm, "StopIteration") || is(vm, "StopAsyncIteration") {
        vm.set_attr_direct(obj, "value", first);
    } else if is(vm, "SystemExit") {
        let code = match args.len() {
            0 => Value::None,
            1 => first,
            _ => vm.new_tuple(args.clone()),
        };
        vm.set_attr_direct(obj, "code", code);
    } else if is(vm, "NameError") || is(vm, "AttributeError") {
        if crate::attr::get_dict_attr(vm, obj, "name").is_none() {
            vm.set_attr_direct(obj, "name", Value::None);
        }
    } else if is(vm, "ImportError") {
        vm.set_attr_direct(obj, "msg", first);
        vm.set_attr_direct(obj, "name", Value::None);
        vm.set_attr_direct(obj, "path", Value::None);
    } else if is(vm, "OSError") {
        // OSError(errno, strerror[, filename[, winerror[, filename2]]]);
        // with a filename, `args` keeps only the first two.
        let n = args.len();
        let parsed = (2..=5).contains(&n);
        let at = |i: usize| match args.get(i) {
            Some(v) if parsed => v.clone(),
            _ => Value::None,
        };
        let (filename, filename2) = (at(2), at(4));
        vm.set_attr_direct(obj, "errno", at(0));
        vm.set_attr_direct(obj, "strerror", at(1));
        if !filename.is_none() && n >= 3 {
            let two = vm.new_tuple(args[..2].to_vec());
            if let Some(d) = data(obj) {
                d.borrow_mut().args = two;
            }
        }
        vm.set_attr_direct(obj, "filename", filename);
        vm.set_attr_direct(obj, "filename2", filename2);
    } else if is(vm, "SyntaxError") {
        vm.set_attr_direct(obj, "msg", first);
        for name in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ] {
            vm.set_attr_direct(obj, name, Value::None);
        }
        if let Some(Payload::Tuple(details)) = args.get(1).and_then(Value::payload) {
            let names = [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ];
            for (name, v) in names.iter().zip(details.iter()) {
                vm.set_attr_direct(obj, name, v.clone());
            }
        }
    }
}

fn receiver(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if data(o).is_some() => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'BaseException' object")),
    }
}

fn exc_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.values.first() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let rest = args.pos()[1..].to_vec();
    Ok(Value::Obj(construct(vm, cls, rest)))
}

/// What `BaseException.__new__(cls, *args)` makes: an exception of `cls`
/// (for `OSError(errno, ...)`, of the subclass for that errno).
pub fn construct(vm: &mut Vm, cls: &ObjRef, rest: Vec<Value>) -> ObjRef {
    let mut cls = cls.clone();
    // OSError(errno, ...) becomes the subclass for that errno.
    if cls.is(&vm.exceptions["OSError"]) && rest.len() >= 2 {
        if let Value::Int(errno) = rest[0] {
            let sub = match errno {
                2 => Some("FileNotFoundError"),
                3 => Some("ProcessLookupError"),
                4 => Some("InterruptedError"),
                10 => Some("ChildProcessError"),
                11 => Some("BlockingIOError"),
                13 | 1 => Some("PermissionError"),
                17 => Some("FileExistsError"),
                20 => Some("NotADirectoryError"),
                21 => Some("IsADirectoryError"),
                32 => Some("BrokenPipeError"),
                103 => Some("ConnectionAbortedError"),
                104 => Some("ConnectionResetError"),
                110 => Some("TimeoutError"),
                111 => Some("ConnectionRefusedError"),
                _ => None,
            };
            if let Some(name) = sub {
                cls = vm.exceptions[name].clone();
            }
        }
    }
    new_exception(vm, &cls, rest)
}

fn os_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = receiver(vm, &args)?;
    let errno = crate::attr::get_dict_attr(vm, &obj, "errno").unwrap_or(Value::None);
    let strerror = crate::attr::get_dict_attr(vm, &obj, "strerror").unwrap_or(Value::None);
    let filename = crate::attr::get_dict_attr(vm, &obj, "filename").unwrap_or(Value::None);
    if !errno.is_none() && !strerror.is_none() {
        let e = vm.str(&errno)?;
        let s = vm.str(&strerror)?;
        let filename2 = crate::attr::get_dict_attr(vm, &obj, "filename2").unwrap_or(Value::None);
        let text = if filename.is_none() {
            format!("[Errno {e}] {s}")
        } else if filename2.is_none() {
            let f = vm.repr(&filename)?;
            format!("[Errno {e}] {s}: {f}")
        } else {
            let f = vm.repr(&filename)?;
            let f2 = vm.repr(&filename2)?;
            format!("[Errno {e}] {s}: {f} -> {f2}")
        };
        return Ok(vm.new_str(text));
    }
    exc_str(vm, args)
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = receiver(vm, &args)?;
    if args.nkw() > 0 {
        let name = types::name(obj.ty());
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = args.pos()[1..].to_vec();
    let t = vm.new_tuple(rest);
    if let Some(d) = data(&obj) {
        d.borrow_mut().args = t;
    }
    set_special_attrs(vm, &obj);
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = receiver(vm, &args)?;
    let a = args_of(&obj);
    match a.len() {
        0 => Ok(vm.new_str("")),
        1 => {
            let s = vm.str(&a[0])?;
            Ok(vm.new_str(s))
        }
        _ => {
            let t = vm.new_tuple(a);
            let s = vm.str(&t)?;
            Ok(vm.new_str(s))
        }
    }
}

/// `SyntaxError.__str__`: the message, then the file's base name and the
/// line when they are known ("msg (x.py, line 3)").
fn syntax_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = receiver(vm, &args)?;
    let mut get = |n: &str| crate::attr::get_dict_attr(vm, &obj, n).unwrap_or(Value::None);
    let (msg, filename, lineno) = (get("msg"), get("filename"), get("lineno"));
    let msg = vm.str(&msg)?;
    let file = filename.as_str().map(|f| f.rsplit('/').next().unwrap_or(f));
    let text = match (file, lineno) {
        (Some(f), Value::Int(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), _) => format!("{msg} ({f})"),
        (None, Value::Int(l)) => format!("{msg} (line {l})"),
        (None, _) => msg,
    };
    Ok(vm.new_str(text))
}

fn key_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = receiver(vm, &args)?;
    let a = args_of(&obj);
    if a.len() == 1 {
        let s = vm.repr(&a[0])?;
        return Ok(vm.new_str(s));
    }
    exc_str(vm, args)
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = receiver(vm, &args)?;
    let name = types::name(obj.ty());
    let a = args_of(&obj);
    let inner = if a.len() == 1 {
        vm.repr(&a[0])?
    } else {
        let t = vm.new_tuple(a);
        let r = vm.repr(&t)?;
        r[1..r.len() - 1].trim_end_matches(',').to_string()
    };
    Ok(vm.new_str(format!("{name}({inner})")))
}

fn exc_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = receiver(vm, &args)?;
    let tb = args.pos().get(1).cloned().unwrap_or(Value::None);
    if let Some(d) = data(&obj) {
        d.borrow_mut().traceback = tb;
    }
    Ok(Value::Obj(obj))
}

fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = receiver(vm, &args)?;
    let note = args.pos().get(1).cloned().unwrap_or(Value::None);
    if note.as_str().is_none() {
        let tn = vm.type_name(&note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    let notes = match crate::attr::get_dict_attr(vm, &obj, "__notes__") {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.set_attr_direct(&obj, "__notes__", l.clone());
            l
        }
    };
    if let Some(Payload::List(l)) = notes.payload() {
        l.borrow_mut().push(note);
    }
    Ok(Value::None)
}

/// The exceptions of an exception group.
pub fn group_exceptions(vm: &mut Vm, group: &ObjRef) -> Vec<Value> {
    match crate::attr::get_dict_attr(vm, group, "exceptions") {
        Some(Value::Obj(t)) => match &t.payload {
            Payload::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn group_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos().to_vec();
    let Some(Value::Obj(cls)) = pos.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
    };
    if pos.len() != 3 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    if pos[1].as_str().is_none() {
        return Err(
            vm.type_error("argument 1 must be str, not ".to_string() + &vm.type_name(&pos[1]))
        );
    }
    let excs = vm.to_vec(&pos[2])?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let base_exc = vm.exceptions["BaseException"].clone();
    let exc_ty = vm.exceptions["Exception"].clone();
    let mut all_exceptions = true;
    for (i, e) in excs.iter().enumerate() {
        if !vm.is_instance(e, &base_exc) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !vm.is_instance(e, &exc_ty) {
            all_exceptions = false;
        }
    }
    let mut cls = cls.clone();
    let beg = vm.exceptions["BaseExceptionGroup"].clone();
    if cls.is(&beg) && all_exceptions {
        cls = vm.exceptions["ExceptionGroup"].clone();
    } else if types::is_subtype(&cls, &exc_ty) && !all_exceptions {
        return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
    }
    let obj = new_exception(vm, &cls, vec![pos[1].clone(), pos[2].clone()]);
    let t = vm.new_tuple(excs);
    vm.set_attr_direct(&obj, "message", pos[1].clone());
    vm.set_attr_direct(&obj, "exceptions", t);
    Ok(Value::Obj(obj))
}

fn group_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn group_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = receiver(vm, &args)?;
    let msg = crate::attr::get_dict_attr(vm, &obj, "message").unwrap_or(Value::None);
    let msg = vm.str(&msg)?;
    let n = group_exceptions(vm, &obj).len();
    let s = format!("{msg} ({n} sub-exception{})", if n == 1 { "" } else { "s" });
    Ok(vm.new_str(s))
}

/// Splits a group by a matcher: (match, rest), each a group or None.
pub fn split_group(vm: &mut Vm, group: &ObjRef, matcher: &Value) -> PyResult<(Value, Value)> {
    if exc_matches(vm, &Value::Obj(group.clone()), matcher)? {
        return Ok((Value::Obj(group.clone()), Value::None));
    }
    let beg = vm.exceptions["BaseExceptionGroup"].clone();
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in group_exceptions(vm, group) {
        let Value::Obj(eo) = &e else { continue };
        if types::is_subtype(eo.ty(), &beg) {
            let (m, r) = split_group(vm, eo, matcher)?;
            if !m.is_none() {
                matched.push(m);
            }
            if !r.is_none() {
                rest.push(r);
            }
        } else if exc_matches(vm, &e, matcher)? {
            matched.push(e);
        } else {
            rest.push(e);
        }
    }
    let m = derive_part(vm, group, matched)?;
    let r = derive_part(vm, group, rest)?;
    Ok((m, r))
}

fn derive_part(vm: &mut Vm, group: &ObjRef, items: Vec<Value>) -> PyResult<Value> {
    if items.is_empty() {
        return Ok(Value::None);
    }
    let list = vm.new_list(items);
    let derived = vm.call_method(&Value::Obj(group.clone()), "derive", vec![list])?;
    if let (Value::Obj(d), Some(src)) = (&derived, data(group)) {
        if let Some(dd) = data(d) {
            let s = src.borrow();
            let mut t = dd.borrow_mut();
            t.traceback = s.traceback.clone();
            t.cause = s.cause.clone();
            t.context = s.context.clone();
        }
        if let Some(notes) = crate::attr::get_dict_attr(vm, group, "__notes__") {
            vm.set_attr_direct(d, "__notes__", notes);
        }
    }
    Ok(derived)
}

/// Whether exception `e` matches `matcher` (a type, a tuple of types or a predicate).
pub fn exc_matches(vm: &mut Vm, e: &Value, matcher: &Value) -> PyResult<bool> {
    match matcher {
        Value::Obj(m) if matches!(m.payload, Payload::Type(_)) => Ok(vm.is_instance(e, m)),
        Value::Obj(m) if matches!(m.payload, Payload::Tuple(_)) => {
            let Payload::Tuple(items) = &m.payload else {
                unreachable!()
            };
            for t in items.iter() {
                if let Value::Obj(t) = t {
                    if vm.is_instance(e, t) {
                        return Ok(true);
                    }
                }
            }
            Ok(false)
        }
        other => {
            let r = vm.call(other, [e.clone()])?;
            vm.truthy(&r)
        }
    }
}

fn group_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = receiver(vm, &args)?;
    let matcher = args.pos().get(1).cloned().unwrap_or(Value::None);
    let (m, r) = split_group(vm, &obj, &matcher)?;
    Ok(vm.new_pair(m, r))
}

fn group_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = receiver(vm, &args)?;
    let matcher = args.pos().get(1).cloned().unwrap_or(Value::None);
    Ok(split_group(vm, &obj, &matcher)?.0)
}

fn group_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = receiver(vm, &args)?;
    let excs = args.pos().get(1).cloned().unwrap_or(Value::None);
    let msg = crate::attr::get_dict_attr(vm, &obj, "message").unwrap_or(Value::None);
    let beg = vm.exceptions["BaseExceptionGroup"].clone();
    vm.call(&Value::Obj(beg), vec![msg, excs])
}
