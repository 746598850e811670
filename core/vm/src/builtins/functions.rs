//! The functions of the `builtins` module.

use crate::args::Args;
use crate::iter::IterState;
use crate::object::ObjRef;
use crate::ops::BinOp;
use crate::payload::{NativeKind, Payload, StreamKind};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

/// The builtin functions: name, implementation.
pub const FUNCTIONS: &[(&str, crate::payload::NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("hasattr", hasattr),
    ("getattr", getattr),
    ("setattr", setattr),
    ("delattr", delattr),
    ("iter", iter),
    ("next", next),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", sorted),
    ("any", any),
    ("all", all),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("divmod", divmod),
    ("pow", pow),
    ("round", round),
    ("hash", hash),
    ("id", id),
    ("callable", callable),
    ("vars", vars),
    ("dir", dir),
    ("globals", globals),
    ("locals", locals),
    ("input", input),
    ("format", format),
    ("exec", exec),
    ("eval", eval),
    ("compile", compile),
    ("open", open),
    ("__import__", import),
    ("aiter", aiter),
    ("anext", anext),
    ("exit", exit),
    ("quit", exit),
];

/// `exit()` / `quit()` (what `site` adds): raise SystemExit.
fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut a = args.check(vm, "exit", 0, 1)?.to_vec();
    if a.first().is_some_and(Value::is_none) {
        a.clear();
    }
    let ty = vm.exc_type("SystemExit");
    Err(crate::exceptions::new_exception(vm, &ty, a))
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = Value::None;
    let mut end = Value::None;
    let mut file = Value::None;
    let mut flush = Value::None;
    for (k, v) in args.kwargs() {
        match k {
            "sep" => sep = v.clone(),
            "end" => end = v.clone(),
            "file" => file = v.clone(),
            "flush" => flush = v.clone(),
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for print()"))
                )
            }
        }
    }
    let check = |vm: &mut Vm, v: &Value, what: &str| -> PyResult<Option<String>> {
        match v {
            Value::None => Ok(None),
            v if v.as_str().is_some() => Ok(Some(v.as_str().unwrap_or("").to_string())),
            other => {
                let tn = vm.type_name(other);
                Err(vm.type_error(format!("{what} must be None or a string, not {tn}")))
            }
        }
    };
    let sep = check(vm, &sep, "sep")?.unwrap_or_else(|| " ".into());
    let end = check(vm, &end, "end")?.unwrap_or_else(|| "\n".into());
    // A replaced sys.stdout is a file object like any other.
    let file = if file.is_none() {
        crate::builtins::sys_attr(vm, "stdout").unwrap_or(Value::None)
    } else {
        file
    };
    let to_stream = file.is_none() || matches!(file.payload(), Some(Payload::Stream(_)));
    if !to_stream {
        // A file object gets one write() per piece, as CPython does.
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                write_to(vm, &file, &sep)?;
            }
            let s = vm.str(v)?;
            write_to(vm, &file, &s)?;
        }
        write_to(vm, &file, &end)?;
        if vm.truthy(&flush)? {
            flush_file(vm, &file)?;
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    // Where each piece (argument, separator, end) starts in `out`.
    let mut starts: smallvec::SmallVec<[usize; 8]> = smallvec::SmallVec::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            starts.push(out.len());
            out.push_str(&sep);
        }
        starts.push(out.len());
        match v.as_str() {
            Some(s) if !types::is_heap_type(vm.type_of(v)) => out.push_str(s),
            _ => match vm.str(v) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    // CPython wrote the pieces before this one already.
                    out.truncate(starts.last().copied().unwrap_or(0));
                    write_to(vm, &file, &out)?;
                    return Err(e);
                }
            },
        }
    }
    starts.push(out.len());
    out.push_str(&end);
    if crate::surrogates::contains(&out) {
        // CPython's print writes piece by piece, and the piece holding a
        // lone surrogate fails to encode after the ones before it were
        // written: do the same.
        starts.push(out.len());
        for w in starts.windows(2) {
            write_to(vm, &file, &out[w[0]..w[1]])?;
        }
    } else {
        write_to(vm, &file, &out)?;
    }
    if vm.truthy(&flush)? {
        flush_file(vm, &file)?;
    }
    Ok(Value::None)
}

/// Writes text to a file object (None: sys.stdout).
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    let file = if file.is_none() {
        crate::builtins::sys_attr(vm, "stdout").unwrap_or(Value::None)
    } else {
        file.clone()
    };
    match file.payload() {
        Some(Payload::Stream(StreamKind::Stdout)) => write_stdout(vm, text),
        Some(Payload::Stream(StreamKind::Stderr)) => {
            vm.stdout.write_stderr(text);
            Ok(())
        }
        None if file.is_none() => Ok(()),
        _ => {
            let s = vm.new_str(text);
            vm.call_method(&file, "write", vec![s])?;
            Ok(())
        }
    }
}

/// Writes text to the process's stdout, whose encoding is strict UTF-8
/// (as CPython's with PYTHONIOENCODING=utf-8): a lone surrogate fails with
/// the codec's UnicodeEncodeError and nothing of `text` is written.
pub fn write_stdout(vm: &mut Vm, text: &str) -> PyResult<()> {
    if crate::surrogates::contains(text) {
        crate::builtins::codecs::encode(vm, text, "utf-8", "strict")?;
    }
    vm.stdout.write(text);
    Ok(())
}

fn flush_file(vm: &mut Vm, file: &Value) -> PyResult<()> {
    match file.payload() {
        Some(Payload::Stream(_)) | None => {
            vm.stdout.flush();
            Ok(())
        }
        _ => {
            vm.call_method(file, "flush", vec![])?;
            Ok(())
        }
    }
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "len", 1, 1)?;
    let v = a[0].clone();
    Ok(Value::Int(vm.len(&v)? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "repr", 1, 1)?;
    let v = a[0].clone();
    let s = vm.repr(&v)?;
    Ok(vm.new_str(s))
}

/// Escapes non-ASCII characters as `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            // A lone surrogate's stand-in prints as the surrogate.
            crate::surrogates::push_hex_escape(&mut out, crate::surrogates::code_point(c));
        }
    }
    out
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "ascii", 1, 1)?;
    let v = a[0].clone();
    let s = vm.repr(&v)?;
    Ok(vm.new_str(ascii_escape(&s)))
}

/// `isinstance(v, cls)` with tuples and `__instancecheck__`.
pub fn is_instance_of(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Obj(c) => match &c.payload {
            Payload::Type(_) => {
                // CPython's order: the exact type, then the metaclass's
                // __instancecheck__ (which may say no to a real subclass),
                // then the MRO of the type and of a different __class__.
                if vm.type_of(v).is(c) {
                    return Ok(true);
                }
                let meta = c.ty().clone();
                if types::is_heap_type(&meta) {
                    if let Some(f) = vm.lookup_special(&meta, "__instancecheck__") {
                        let r = vm.call(&f, [cls.clone(), v.clone()])?;
                        return vm.truthy(&r);
                    }
                }
                if vm.is_instance(v, c) {
                    return Ok(true);
                }
                declared_class_is(vm, v, c)
            }
            Payload::Tuple(items) => {
                for item in items.iter() {
                    if is_instance_of(vm, v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ if c.ty().is(&vm.t.union) => {
                let args = crate::attr::get_dict_attr(vm, c, "__args__").unwrap_or(Value::None);
                is_instance_of(vm, v, &args)
            }
            _ => union_or_error(
                vm,
                v,
                cls,
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            ),
        },
        _ => union_or_error(
            vm,
            v,
            cls,
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ),
    }
}

/// Whether `v.__class__`, when a class overrides it to differ from the
/// type, is a subclass of `c` (the second half of type.__instancecheck__).
fn declared_class_is(vm: &mut Vm, v: &Value, c: &ObjRef) -> PyResult<bool> {
    let ty = vm.type_of(v).clone();
    if !types::is_heap_type(&ty) {
        return Ok(false);
    }
    let own = vm.lookup_special(&ty, "__class__");
    let object = vm.object.clone();
    let default = vm.lookup_special(&object, "__class__");
    if matches!((&own, &default), (Some(a), Some(b)) if a.is(b)) {
        return Ok(false);
    }
    let key = vm.intern("__class__");
    let declared = match vm.get_attr_opt(v, &key) {
        Ok(Some(d)) => d,
        Ok(None) => return Ok(false),
        Err(e) if vm.error_is(&e, "AttributeError") => return Ok(false),
        Err(e) => return Err(e),
    };
    Ok(match &declared {
        Value::Obj(d) if matches!(d.payload, Payload::Type(_)) && !d.is(&ty) => {
            types::is_subtype(d, c)
        }
        _ => false,
    })
}

fn union_or_error(vm: &mut Vm, v: &Value, cls: &Value, msg: &str) -> PyResult<bool> {
    if cls.as_obj().is_some_and(|c| c.ty().is(&vm.t.generic_alias)) {
        return Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"));
    }
    let ty = vm.type_of(cls).clone();
    if types::is_heap_type(&ty) {
        if let Some(f) = vm.lookup_special(&ty, "__instancecheck__") {
            let r = vm.call(&f, [cls.clone(), v.clone()])?;
            return vm.truthy(&r);
        }
    }
    Err(vm.type_error(msg.to_string()))
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "isinstance", 2, 2)?;
    Ok(Value::Bool(is_instance_of(vm, &a[0], &a[1])?))
}

fn is_subclass_of(vm: &mut Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    match cls.payload() {
        Some(Payload::Tuple(items)) => {
            for item in items.iter() {
                if is_subclass_of(vm, sub, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Type(_)) => {
            let c = cls.as_obj().expect("type");
            let meta = c.ty().clone();
            if types::is_heap_type(&meta) {
                if let Some(f) = vm.lookup_special(&meta, "__subclasscheck__") {
                    let r = vm.call(&f, [cls.clone(), sub.clone()])?;
                    return vm.truthy(&r);
                }
            }
            match sub {
                Value::Obj(s) if matches!(s.payload, Payload::Type(_)) => {
                    Ok(types::is_subtype(s, c))
                }
                _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
            }
        }
        _ if cls.as_obj().is_some_and(|c| c.ty().is(&vm.t.union)) => {
            let c = cls.as_obj().cloned().expect("union");
            let args = crate::attr::get_dict_attr(vm, &c, "__args__").unwrap_or(Value::None);
            is_subclass_of(vm, sub, &args)
        }
        _ => {
            if cls.as_obj().is_some_and(|c| c.ty().is(&vm.t.generic_alias)) {
                return Err(
                    vm.type_error("issubclass() argument 2 cannot be a parameterized generic")
                );
            }
            // Any object whose class defines __subclasscheck__ (typing's
            // aliases), as CPython asks.
            let ty = vm.type_of(cls).clone();
            if types::is_heap_type(&ty) {
                if let Some(f) = vm.lookup_special(&ty, "__subclasscheck__") {
                    let r = vm.call(&f, [cls.clone(), sub.clone()])?;
                    return vm.truthy(&r);
                }
            }
            Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "issubclass", 2, 2)?;
    Ok(Value::Bool(is_subclass_of(vm, &a[0], &a[1])?))
}

fn attr_name(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => {
            Ok(vm.intern(o.as_str_payload().unwrap_or("")))
        }
        _ => {
            let tn = vm.type_name(v);
            let _ = fname;
            Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
        }
    }
}

fn is_attribute_error(vm: &mut Vm, e: &ObjRef) -> bool {
    vm.error_is(e, "AttributeError")
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "hasattr", 2, 2)?;
    let name = attr_name(vm, &a[1], "hasattr")?;
    match vm.get_attr_opt(&a[0], &name) {
        Ok(v) => Ok(Value::Bool(v.is_some())),
        Err(e) if is_attribute_error(vm, &e) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, &a[1], "getattr")?;
    if a.len() == 3 {
        return match vm.get_attr_opt(&a[0], &name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(a[2].clone()),
            Err(e) if is_attribute_error(vm, &e) => Ok(a[2].clone()),
            Err(e) => Err(e),
        };
    }
    vm.get_attr(&a[0], &name)
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "setattr", 3, 3)?;
    let name = attr_name(vm, &a[1], "setattr")?;
    vm.set_attr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "delattr", 2, 2)?;
    let name = attr_name(vm, &a[1], "delattr")?;
    vm.set_attr(&a[0], &name, Value::Null)?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "iter", 1, 2)?;
    if a.len() == 2 {
        if !vm.is_callable(&a[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        let t = vm.t.callable_iterator.clone();
        return Ok(vm.new_iter(
            &t,
            IterState::Callable {
                func: a[0].clone(),
                sentinel: a[1].clone(),
            },
        ));
    }
    vm.iter(&a[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "next", 1, 2)?;
    let it = &a[0];
    let is_iter = matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
        || vm
            .lookup_special(&vm.type_of(it).clone(), "__next__")
            .is_some();
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    if let Some(Payload::Generator(_)) = it.payload() {
        let g = it.as_obj().cloned().expect("gen");
        return match crate::generator::resume(vm, &g, Value::None, None) {
            Ok(crate::generator::SendResult::Yielded(v)) => Ok(v),
            Ok(crate::generator::SendResult::Returned(v)) => {
                if a.len() == 2 {
                    Ok(a[1].clone())
                } else {
                    Err(crate::generator::stop_iteration(vm, v))
                }
            }
            Err(e) => Err(e),
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None if a.len() == 2 => Ok(a[1].clone()),
        None => {
            let si = vm.exc_type("StopIteration");
            Err(crate::exceptions::new_exception(vm, &si, vec![]))
        }
    }
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "abs", 1, 1)?;
    match &a[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(v) => Value::Int(v),
            None => vm.new_int_big(num_bigint::BigInt::from(*i).magnitude().clone().into()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        v => {
            if !types::is_heap_type(vm.type_of(v)) {
                match v.payload() {
                    Some(Payload::Int(b)) => return Ok(vm.new_int_big(num_traits::Signed::abs(b))),
                    Some(Payload::Complex(r, i)) => return Ok(Value::Float(r.hypot(*i))),
                    _ => {}
                }
            }
            let ty = vm.type_of(v).clone();
            match vm.lookup_special(&ty, "__abs__") {
                Some(f) => vm.call(&f, [v.clone()]),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
                }
            }
        }
    }
}

fn min_max(vm: &mut Vm, args: Args, is_max: bool) -> PyResult<Value> {
    let fname = if is_max { "max" } else { "min" };
    let mut key = Value::None;
    let mut default = Value::Null;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = v.clone(),
            "default" => default = v.clone(),
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    let pos = args.pos();
    let source = match pos.len() {
        0 => return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0"))),
        1 => vm.iter(&pos[0])?,
        _ => {
            if !default.is_null() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {fname}() with multiple positional arguments"
                )));
            }
            let t = vm.new_tuple(pos.to_vec());
            vm.iter(&t)?
        }
    };
    // Streamed as CPython does: each item is fetched, then keyed, then
    // compared, so side effects interleave the same way.
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = vm.next(&source)? {
        let k = if key.is_none() {
            item.clone()
        } else {
            vm.call(&key, [item.clone()])?
        };
        let better = match &best {
            None => true,
            Some((_, best_key)) => beats(vm, &k, best_key, is_max)?,
        };
        if better {
            best = Some((item, k));
        }
    }
    match best {
        Some((item, _)) => Ok(item),
        None if !default.is_null() => Ok(default),
        None => Err(vm.value_error(format!("{fname}() arg is an empty sequence"))),
    }
}

/// Whether key `k` replaces `best`: `k < best` for `min` (`Vm::lt`, with
/// its fast paths), `k > best` for `max` (its `__gt__` is what CPython
/// calls, so it is not `best < k`).
fn beats(vm: &mut Vm, k: &Value, best: &Value, is_max: bool) -> PyResult<bool> {
    if !is_max {
        return vm.lt(k, best);
    }
    match (k, best) {
        (Value::Int(a), Value::Int(b)) => Ok(a > b),
        _ => {
            let r = vm.compare(k, best, crate::ops::CmpOp::Gt)?;
            vm.truthy(&r)
        }
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, false)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, true)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [iterable, start] = args.bind(vm, "sum", ["iterable", "start"], 1)?;
    let mut acc = if start.is_null() {
        Value::Int(0)
    } else {
        start
    };
    match acc.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Payload::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.iter(&iterable)?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, BinOp::Add, false)?;
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos().to_vec();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.to_vec(&pos[0])?;
    let list = vm.new_list(items);
    let mut sort_args = Args {
        values: args.values.clone(),
        kwnames: args.kwnames.clone(),
    };
    sort_args.values[0] = list.clone();
    crate::builtins::list::list_sort(vm, sort_args)?;
    Ok(list)
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "any", 1, 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "all", 1, 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "chr", 1, 1)?;
    let i = match &a[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        other => {
            if let Value::Float(_) = other {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            vm.index(other)?
        }
    };
    // A lone surrogate becomes its stand-in (crate::surrogates).
    match u32::try_from(i).ok().and_then(crate::surrogates::char_of) {
        Some(c) => Ok(vm.new_char(c)),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "ord", 1, 1)?;
    match a[0].payload() {
        Some(Payload::Str(s)) => {
            if s.char_len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(
                crate::surrogates::code_point(s.char_at(0)) as i64
            ))
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let b = crate::ops::seq::bytes_of(&a[0]).unwrap_or_default();
            if b.len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )));
            }
            Ok(Value::Int(b[0] as i64))
        }
        _ => {
            let tn = vm.type_name(&a[0]);
            Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
    }
}

fn radix(vm: &mut Vm, args: Args, fname: &str, base: u32, prefix: &str) -> PyResult<Value> {
    let a = args.check(vm, fname, 1, 1)?.to_vec();
    let v = vm.index_value(&a[0])?;
    let b = crate::ops::num::as_bigint(&v).unwrap_or_default();
    let digits = b.magnitude().to_str_radix(base);
    let sign = if num_traits::Signed::is_negative(&b) {
        "-"
    } else {
        ""
    };
    Ok(vm.new_str(format!("{sign}{prefix}{digits}")))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "divmod", 2, 2)?;
    let ta = vm.type_of(&a[0]).clone();
    if types::is_heap_type(&ta) || types::is_heap_type(&vm.type_of(&a[1]).clone()) {
        if let Some(f) = vm.lookup_special(&ta, "__divmod__") {
            let r = vm.call(&f, [a[0].clone(), a[1].clone()])?;
            if !crate::ops::is_not_implemented(&r) {
                return Ok(r);
            }
        }
        let tb = vm.type_of(&a[1]).clone();
        if let Some(f) = vm.lookup_special(&tb, "__rdivmod__") {
            let r = vm.call(&f, [a[1].clone(), a[0].clone()])?;
            if !crate::ops::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let (
        Value::Float(_) | Value::Int(_) | Value::Bool(_),
        Value::Float(_) | Value::Int(_) | Value::Bool(_),
    ) = (&a[0], &a[1])
    {
        if matches!(a[0], Value::Float(_)) || matches!(a[1], Value::Float(_)) {
            let x = crate::builtins::numbers::to_f64(vm, &a[0])?;
            let y = crate::builtins::numbers::to_f64(vm, &a[1])?;
            if y == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = crate::ops::num::float_divmod(x, y);
            return Ok(vm.new_pair(Value::Float(q), Value::Float(r)));
        }
    }
    let is_num = |v: &Value| {
        crate::ops::num::as_num(v).is_some() && !matches!(v.payload(), Some(Payload::Complex(..)))
    };
    if !is_num(&a[0]) || !is_num(&a[1]) {
        let (na, nb) = (vm.type_name(&a[0]), vm.type_name(&a[1]));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{na}' and '{nb}'"
        )));
    }
    let q = vm.binary_op(&a[0], &a[1], BinOp::FloorDiv, false)?;
    let r = vm.binary_op(&a[0], &a[1], BinOp::Mod, false)?;
    Ok(vm.new_pair(q, r))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [base, exp, modulus] = args.bind(vm, "pow", ["base", "exp", "mod"], 2)?;
    if modulus.is_null() || modulus.is_none() {
        return vm.binary_op(&base, &exp, BinOp::Pow, false);
    }
    let bty = vm.type_of(&base).clone();
    if types::is_heap_type(&bty) {
        if let Some(f) = vm.lookup_special(&bty, "__pow__") {
            let r = vm.call(&f, [base.clone(), exp.clone(), modulus.clone()])?;
            if !crate::ops::is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    let (Some(b), Some(e), Some(m)) = (
        crate::ops::num::as_bigint(&base),
        crate::ops::num::as_bigint(&exp),
        crate::ops::num::as_bigint(&modulus),
    ) else {
        if let (Some(_), Some(_)) = (
            crate::ops::num::as_num(&base),
            crate::ops::num::as_num(&exp),
        ) {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        let (na, nb, nc) = (
            vm.type_name(&base),
            vm.type_name(&exp),
            vm.type_name(&modulus),
        );
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{na}', '{nb}', '{nc}'"
        )));
    };
    use num_traits::{Signed, Zero};
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mabs = m.abs();
    let result = if e.is_negative() {
        let inv = crate::builtins::numbers::mod_inverse(&b, &mabs);
        match inv {
            Some(inv) => inv.modpow(&(-e), &mabs),
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        let bm = ((b % &mabs) + &mabs) % &mabs;
        bm.modpow(&e, &mabs)
    };
    let result = if m.is_negative() && !result.is_zero() {
        result + m
    } else {
        result
    };
    Ok(vm.new_int_big(result))
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [number, ndigits] = args.bind(vm, "round", ["number", "ndigits"], 1)?;
    crate::builtins::numbers::round(vm, &number, &ndigits)
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "hash", 1, 1)?;
    Ok(Value::Int(vm.hash(&a[0])?))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "id", 1, 1)?;
    Ok(Value::Int(match &a[0] {
        Value::Obj(o) => o.addr() as i64,
        Value::Int(i) => 0x7000_0000_0000 + (*i & 0xffff_ffff) * 32,
        Value::Float(f) => 0x7100_0000_0000 + (f.to_bits() as i64 & 0xffff_ffff),
        Value::Bool(b) => 0x7200_0000_0000 + *b as i64 * 32,
        _ => 0x7300_0000_0000,
    }))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&mut self, v: &Value) -> bool {
        match v.payload() {
            Some(
                Payload::Function(_)
                | Payload::Native(_)
                | Payload::BoundMethod(_)
                | Payload::Type(_),
            ) => true,
            _ => {
                let ty = self.type_of(v).clone();
                self.lookup_special(&ty, "__call__").is_some()
            }
        }
    }
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "callable", 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&a[0])))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "vars", 0, 1)?;
    if a.is_empty() {
        return locals(vm, Args::new(vec![]));
    }
    match vm.get_attr_str(&a[0], "__dict__") {
        Ok(d) => Ok(d),
        Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// `dir(module)`: the names in its namespace (module.__dir__), or what a
/// module-level `__dir__` function returns (PEP 562); sorted. None for
/// other objects.
fn module_dir(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<Value>>> {
    let Value::Obj(o) = v else {
        return Ok(None);
    };
    if !matches!(o.payload, Payload::Module(_)) {
        return Ok(None);
    }
    let Some(d) = o.dict.borrow().clone() else {
        return Ok(Some(Vec::new()));
    };
    let key = vm.intern("__dir__");
    let names = match vm.dict_get_str(&d, &key) {
        Some(f) => {
            let r = vm.call(&f, [])?;
            vm.to_vec(&r)?
        }
        None => match &d.payload {
            Payload::Dict(t) => t.borrow().keys(),
            _ => Vec::new(),
        },
    };
    let list = vm.new_list(names);
    vm.call_method(&list, "sort", vec![])?;
    Ok(Some(vm.to_vec(&list)?))
}

/// The sorted attribute names `dir(v)` lists.
pub fn dir_names(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(names) = module_dir(vm, v)? {
        return Ok(names);
    }
    let mut names: Vec<String> = Vec::new();
    let add_dict = |names: &mut Vec<String>, d: &crate::dict::Dict| {
        for e in d.iter() {
            if let Some(s) = e.key.as_str() {
                if !names.iter().any(|n| n == s) {
                    names.push(s.to_string());
                }
            }
        }
    };
    if let Value::Obj(o) = v {
        if let Some(d) = o.dict.borrow().clone() {
            if let Payload::Dict(d) = &d.payload {
                add_dict(&mut names, &d.borrow());
            }
        }
    }
    let ty = match v {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => vm.type_of(v).clone(),
    };
    for t in types::data(&ty).mro.borrow().iter() {
        add_dict(&mut names, &types::data(t).dict.borrow());
    }
    names.push("__class__".into());
    names.sort();
    names.dedup();
    Ok(names.into_iter().map(|n| vm.new_str(n)).collect())
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "dir", 0, 1)?;
    if a.is_empty() {
        let l = locals(vm, Args::new(vec![]))?;
        let mut keys: Vec<String> = match l.payload() {
            Some(Payload::Dict(d)) => d
                .borrow()
                .iter()
                .filter_map(|e| e.key.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        keys.sort();
        let items = keys.into_iter().map(|k| vm.new_str(k)).collect();
        return Ok(vm.new_list(items));
    }
    let ty = vm.type_of(&a[0]).clone();
    if types::is_heap_type(&ty)
        || matches!(a[0].payload(), Some(Payload::Type(t)) if t.has(types::HEAP))
    {
        let meta_or_ty = ty.clone();
        if let Some(f) = vm.lookup_special(&meta_or_ty, "__dir__") {
            if !matches!(f.payload(), Some(Payload::Native(_))) {
                let r = vm.call(&f, [a[0].clone()])?;
                let mut items = vm.to_vec(&r)?;
                let mut keyed = Vec::new();
                for it in items.drain(..) {
                    keyed.push((it.as_str().unwrap_or("").to_string(), it));
                }
                keyed.sort_by(|x, y| x.0.cmp(&y.0));
                return Ok(vm.new_list(keyed.into_iter().map(|x| x.1).collect()));
            }
        }
    }
    let names = dir_names(vm, &a[0])?;
    Ok(vm.new_list(names))
}

fn globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals.clone())),
        None => Ok(Value::Obj(vm.new_dict())),
    }
}

fn locals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match vm.frames.len().checked_sub(1) {
        Some(top) => Ok(frame_locals(vm, top)),
        None => Ok(Value::Obj(vm.new_dict())),
    }
}

/// The locals of frame `index` of `vm.frames`: the mapping of a module or
/// class body, else a new dict of the bound fast locals and cells (what
/// `locals()` and a frame's `f_locals` give).
pub fn frame_locals(vm: &mut Vm, index: usize) -> Value {
    let Some(f) = vm.frames.get(index) else {
        return Value::Obj(vm.new_dict());
    };
    if !f.locals.is_null() {
        return f.locals.clone();
    }
    let code = f.code.clone();
    let start = f.base.min(vm.stack.len());
    let end = (f.base + code.nlocalsplus).min(vm.stack.len());
    let values = vm.stack[start..end].to_vec();
    crate::frame_object::locals_dict(vm, &code, &values)
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "input", 0, 1)?;
    if let Some(p) = a.first() {
        let s = vm.str(p)?;
        write_stdout(vm, &s)?;
    }
    vm.stdout.flush();
    // Under the language server the process's stdin is the protocol's.
    if vm.stdout.is_captured() {
        return Err(vm.new_error("EOFError", "EOF when reading a line"));
    }
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
        Err(e) => Err(vm.new_error("OSError", e.to_string())),
    }
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "format", 1, 2)?;
    let spec = match a.get(1) {
        Some(s) if s.as_str().is_some() => s.clone(),
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
        }
        None => Value::Obj(vm.empty_str()),
    };
    vm.format(&a[0], &spec)
}

fn exec_or_eval(vm: &mut Vm, args: Args, mode: &str) -> PyResult<Value> {
    let [source, globals, locals] = args.bind(vm, mode, ["source", "globals", "locals"], 1)?;
    let globals = if globals.is_null() || globals.is_none() {
        match vm.frames.last() {
            Some(f) => Value::Obj(f.globals.clone()),
            None => Value::Obj(vm.new_dict()),
        }
    } else {
        globals
    };
    let locals = if locals.is_null() || locals.is_none() {
        if args.pos().len() >= 2 {
            globals.clone()
        } else {
            match vm.frames.last() {
                Some(f) if !f.locals.is_null() => f.locals.clone(),
                Some(_) => crate::builtins::functions::locals(vm, Args::new(vec![]))?,
                None => globals.clone(),
            }
        }
    } else {
        locals
    };
    let Value::Obj(g) = &globals else {
        return Err(vm.type_error(format!(
            "{mode}() globals must be a dict, not {}",
            vm.type_name(&globals)
        )));
    };
    if !matches!(g.payload, Payload::Dict(_)) {
        let tn = vm.type_name(&globals);
        return Err(vm.type_error(format!("{mode}() globals must be a dict, not {tn}")));
    }
    let key = vm.intern("__builtins__");
    if vm.dict_get_str(g, &key).is_none() {
        let b = vm.builtins_module();
        vm.dict_set_str(g, key, b);
    }
    let code = match source.payload() {
        Some(Payload::Code(c)) => c.clone(),
        Some(Payload::Str(s)) => {
            let text = if mode == "eval" {
                s.as_str().trim_start_matches([' ', '\t']).to_string()
            } else {
                s.as_str().to_string()
            };
            crate::run::compile_source(vm, &text, "<string>", mode)?
        }
        Some(Payload::Bytes(b)) => {
            let text = String::from_utf8_lossy(b).into_owned();
            crate::run::compile_source(vm, &text, "<string>", mode)?
        }
        _ => {
            return Err(vm.type_error(format!(
                "{mode}() arg 1 must be a string, bytes or code object"
            )));
        }
    };
    let r = crate::run::run_code(vm, code, g.clone(), locals)?;
    Ok(if mode == "eval" { r } else { Value::None })
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, "exec")
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, "eval")
}

fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [source, filename, mode, _flags, _dont_inherit, _optimize] = args.bind(
        vm,
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let text = match source.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let filename = vm.str(&filename)?;
    let mode = vm.str(&mode)?;
    if !matches!(mode.as_str(), "exec" | "eval" | "single") {
        return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    }
    let code = crate::run::compile_source(vm, &text, &filename, &mode)?;
    Ok(Value::Obj(ObjRef::new(
        vm.t.code.clone(),
        Payload::Code(code),
    )))
}

/// `open(...)`: `io.open` of the standard library's `_io` module, which
/// puts its own function in builtins when it is first imported.
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let io = crate::import::import_full(vm, "_io")?;
    let f = vm.get_attr_str(&io, "open")?;
    vm.call_args(&f, args)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut a: Vec<Value> = args.pos().to_vec();
    a.resize(5, Value::Null);
    for (k, v) in args.kwargs() {
        let i = match k {
            "name" => 0,
            "globals" => 1,
            "locals" => 2,
            "fromlist" => 3,
            "level" => 4,
            _ => {
                return Err(vm.type_error(format!(
                    "__import__() got an unexpected keyword argument '{k}'"
                )))
            }
        };
        a[i] = v.clone();
    }
    let name = match &a[0] {
        Value::Obj(n) if n.as_str_payload().is_some() => n.clone(),
        Value::Null => {
            return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)"))
        }
        _ => return Err(vm.type_error("module name must be a string")),
    };
    let globals = match &a[1] {
        Value::Obj(g) if matches!(g.payload, Payload::Dict(_)) => Some(g.clone()),
        _ => None,
    };
    let fromlist = if a[3].is_null() {
        Value::None
    } else {
        a[3].clone()
    };
    let level = if a[4].is_null() {
        Value::Int(0)
    } else {
        a[4].clone()
    };
    if matches!(level, Value::Int(l) if l < 0) {
        return Err(vm.new_error("ValueError", "level must be >= 0"));
    }
    crate::import::import_name(vm, &name, &fromlist, &level, globals.as_ref())
}

fn aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "aiter", 1, 1)?;
    crate::generator::get_aiter(vm, a[0].clone())
}

fn anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "anext", 1, 2)?;
    let ty = vm.type_of(&a[0]).clone();
    match vm.lookup_special(&ty, "__anext__") {
        Some(f) => vm.call(&f, [a[0].clone()]),
        None => {
            let tn = vm.type_name(&a[0]);
            Err(vm.type_error(format!("'{tn}' object is not an async iterator")))
        }
    }
}

/// `sys.displayhook`: echoes a value in the REPL.
pub fn display_hook(vm: &mut Vm, v: &Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    let s = vm.repr(v)?;
    write_stdout(vm, &s)?;
    vm.stdout.write("\n");
    let key = vm.intern("_");
    let b = vm.builtins.clone();
    vm.dict_set_str(&b, key, v.clone());
    Ok(())
}

/// A predicate matching exceptions whose addresses are in `addrs`.
pub fn leaf_matcher(vm: &mut Vm, addrs: Vec<usize>) -> Value {
    fn check(_vm: &mut Vm, args: Args) -> PyResult<Value> {
        let addrs = args.values.first().cloned().unwrap_or(Value::None);
        let e = args.values.get(1).cloned().unwrap_or(Value::None);
        let a = e.as_obj().map_or(0, |o| o.addr()) as i64;
        let found = match addrs.payload() {
            Some(Payload::Tuple(t)) => t.iter().any(|v| matches!(v, Value::Int(x) if *x == a)),
            _ => false,
        };
        Ok(Value::Bool(found))
    }
    let list: Vec<Value> = addrs.into_iter().map(|a| Value::Int(a as i64)).collect();
    let t = vm.new_tuple(list);
    Value::Obj(ObjRef::new(
        vm.t.builtin_function.clone(),
        Payload::Native(Box::new(crate::payload::NativeFunction {
            name: "_leaf_matcher",
            func: check,
            kind: NativeKind::Function,
            receiver: t,
            owner: None,
        })),
    ))
}

/// A `super` object.
pub fn new_super(vm: &mut Vm, start: ObjRef, obj: Value) -> Value {
    Value::Obj(ObjRef::new(
        vm.t.super_.clone(),
        Payload::Super(Box::new((start, obj))),
    ))
}

/// `cls[item]` for built-in generic classes: a `types.GenericAlias`.
pub fn generic_alias(vm: &mut Vm, cls: Value, item: Value) -> PyResult<Value> {
    let args = match item.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![item.clone()],
    };
    let ga = ObjRef::with_dict(
        vm.t.generic_alias.clone(),
        Payload::Object,
        Some(vm.new_dict()),
    );
    vm.set_attr_direct(&ga, "__origin__", cls);
    let t = vm.new_tuple(args);
    vm.set_attr_direct(&ga, "__args__", t);
    Ok(Value::Obj(ga))
}

/// `types.GenericAlias(origin, args, /)`.
fn alias_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.nkw() > 0 {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    let n = args.values.len().saturating_sub(1);
    if n != 2 {
        return Err(vm.type_error(crate::args::count_message("GenericAlias", 2, 2, n)));
    }
    generic_alias(vm, args.values[1].clone(), args.values[2].clone())
}

fn alias_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let me = args.values.remove(0);
    let origin = match me.as_obj() {
        Some(o) => crate::attr::get_dict_attr(vm, o, "__origin__").unwrap_or(Value::None),
        None => Value::None,
    };
    vm.call_args(&origin, args)
}

fn alias_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__getattr__", 2, 2)?;
    let origin = match a[0].as_obj() {
        Some(o) => crate::attr::get_dict_attr(vm, o, "__origin__").unwrap_or(Value::None),
        None => Value::None,
    };
    let name = a[1].as_str().unwrap_or("").to_string();
    vm.get_attr_str(&origin, &name)
}

/// Installs `types.GenericAlias` and `types.UnionType` behaviour.
pub fn install_aliases(vm: &mut Vm) {
    let ga = vm.t.generic_alias.clone();
    vm.add_methods(
        &ga,
        &[
            ("__new__", alias_new, NativeKind::StaticMethod),
            ("__call__", alias_call, NativeKind::Method),
            ("__getattr__", alias_getattr, NativeKind::Method),
        ],
    );
    let td = types::data(&ga);
    td.flags.set(td.flags.get() | types::HAS_GETATTR);
    for ty in [vm.t.union.clone(), ga] {
        let types_module = vm.new_str("types");
        vm.set_type_attr(&ty, "__module__", types_module);
        vm.add_methods(
            &ty,
            &[
                ("__or__", union_or, NativeKind::Method),
                ("__ror__", union_ror, NativeKind::Method),
                ("__eq__", union_eq, NativeKind::Method),
            ],
        );
    }
}

fn union_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__eq__", 2, 2)?;
    let (Some(x), Some(y)) = (a[0].as_obj().cloned(), a[1].as_obj().cloned()) else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    if !y.ty().is(x.ty()) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let ax = crate::attr::get_dict_attr(vm, &x, "__args__").unwrap_or(Value::None);
    let ay = crate::attr::get_dict_attr(vm, &y, "__args__").unwrap_or(Value::None);
    if x.ty().is(&vm.t.union) {
        let sx = vm.new_set_from(&ax, true)?;
        let sy = vm.new_set_from(&ay, true)?;
        return vm.compare(&sx, &sy, crate::ops::CmpOp::Eq);
    }
    let ox = crate::attr::get_dict_attr(vm, &x, "__origin__").unwrap_or(Value::None);
    let oy = crate::attr::get_dict_attr(vm, &y, "__origin__").unwrap_or(Value::None);
    Ok(Value::Bool(ox.is(&oy) && vm.eq(&ax, &ay)?))
}

fn union_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__or__", 2, 2)?;
    make_union(vm, &a[0], &a[1])
}

fn union_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__ror__", 2, 2)?;
    make_union(vm, &a[1], &a[0])
}

/// `X | Y` for types: a `types.UnionType` (flattened, duplicates removed).
pub fn make_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let mut members: Vec<Value> = Vec::new();
    for side in [a, b] {
        let ok = side.is_none()
            || matches!(side.payload(), Some(Payload::Type(_)))
            || side
                .as_obj()
                .is_some_and(|o| o.ty().is(&vm.t.union) || o.ty().is(&vm.t.generic_alias));
        if !ok {
            return Ok(Value::Obj(vm.not_implemented.clone()));
        }
        let items = match side.as_obj() {
            Some(o) if o.ty().is(&vm.t.union) => {
                match crate::attr::get_dict_attr(vm, o, "__args__") {
                    Some(t) => vm.to_vec(&t)?,
                    None => Vec::new(),
                }
            }
            _ => vec![if side.is_none() {
                Value::Obj(vm.t.none.clone())
            } else {
                side.clone()
            }],
        };
        for it in items {
            if !members.iter().any(|m| m.is(&it)) {
                members.push(it);
            }
        }
    }
    let u = ObjRef::with_dict(vm.t.union.clone(), Payload::Object, Some(vm.new_dict()));
    let t = vm.new_tuple(members);
    vm.set_attr_direct(&u, "__args__", t);
    Ok(Value::Obj(u))
}

/// How a type prints inside an alias or union (`int`, `mod.Cls`, `None`).
fn type_repr_short(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v.as_obj() {
        Some(o) if o.is(&vm.t.none) => Ok("None".into()),
        Some(o) if matches!(o.payload, Payload::Type(_)) => {
            let module = crate::builtins::type_::module_of(vm, o);
            let q = types::data(o).qualname.borrow().clone();
            Ok(if module == "builtins" {
                q
            } else {
                format!("{module}.{q}")
            })
        }
        Some(o) if matches!(o.payload, Payload::Ellipsis) => Ok("...".into()),
        _ => vm.repr(v),
    }
}

/// `repr()` of a GenericAlias or UnionType.
pub fn alias_repr(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let args = crate::attr::get_dict_attr(vm, o, "__args__").unwrap_or(Value::None);
    let args = vm.to_vec(&args)?;
    let mut parts = Vec::new();
    for a in &args {
        parts.push(type_repr_short(vm, a)?);
    }
    if o.ty().is(&vm.t.union) {
        return Ok(parts.join(" | "));
    }
    let origin = crate::attr::get_dict_attr(vm, o, "__origin__").unwrap_or(Value::None);
    let head = type_repr_short(vm, &origin)?;
    Ok(format!("{head}[{}]", parts.join(", ")))
}
