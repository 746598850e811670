//! CPython's argument conventions for built-in methods, with its exact
//! messages: METH_NOARGS, METH_O, positional-only Argument Clinic
//! signatures, `PyArg_ParseTuple` varargs, and Clinic keyword signatures.
//! The receiver is `args.values[0]` and is never counted.

use crate::args::Args;
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A method's qualified name ("str.split"), formatted only for errors.
pub trait Qual {
    /// "type.name".
    fn qual(&self) -> String;
    /// "name".
    fn short(&self) -> String;
}

impl Qual for &str {
    fn qual(&self) -> String {
        self.to_string()
    }
    fn short(&self) -> String {
        self.rsplit('.').next().unwrap_or(self).to_string()
    }
}

impl Qual for (&str, &str) {
    fn qual(&self) -> String {
        format!("{}.{}", self.0, self.1)
    }
    fn short(&self) -> String {
        self.1.to_string()
    }
}

fn no_kw(vm: &mut Vm, args: &Args, q: &impl Qual) -> PyResult<()> {
    if args.nkw() > 0 {
        let qual = q.qual();
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(())
}

/// METH_NOARGS: `qual` is e.g. "str.upper".
pub fn noargs(vm: &mut Vm, args: &Args, q: impl Qual) -> PyResult<()> {
    no_kw(vm, args, &q)?;
    let n = args.values.len().saturating_sub(1);
    if n != 0 {
        let qual = q.qual();
        return Err(vm.type_error(format!("{qual}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// METH_O: exactly one positional argument.
pub fn one(vm: &mut Vm, args: &Args, q: impl Qual) -> PyResult<Value> {
    no_kw(vm, args, &q)?;
    let n = args.values.len().saturating_sub(1);
    if n != 1 {
        let qual = q.qual();
        return Err(vm.type_error(format!("{qual}() takes exactly one argument ({n} given)")));
    }
    Ok(args.values[1].clone())
}

/// A positional-only Clinic signature (`_PyArg_CheckPositional`).
pub fn positional<'a>(
    vm: &mut Vm,
    args: &'a Args,
    q: impl Qual,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(vm, args, &q)?;
    let n = args.values.len().saturating_sub(1);
    if n < min {
        let name = q.short();
        let at = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {at}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let name = q.short();
        let at = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {at}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(&args.values[1..])
}

/// `PyArg_ParseTuple` with a "...:name" format (METH_VARARGS).
pub fn varargs<'a>(
    vm: &mut Vm,
    args: &'a Args,
    q: impl Qual,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kw(vm, args, &q)?;
    let n = args.values.len().saturating_sub(1);
    if n < min || n > max {
        let name = q.short();
        let (how, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {k} argument{} ({n} given)",
            plural(k)
        )));
    }
    Ok(&args.values[1..])
}

/// A Clinic signature with keywords (`_PyArg_UnpackKeywords`): the first
/// `posonly` parameters are positional-only, the first `minpos` required.
/// Missing optional arguments are Null.
pub fn keywords<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    names: [&str; N],
    posonly: usize,
    minpos: usize,
) -> PyResult<[Value; N]> {
    let mut out: [Value; N] = std::array::from_fn(|_| Value::Null);
    let nkw = args.nkw();
    let nargs = args.values.len() - nkw - 1;
    if nargs + nkw > N {
        let kw = if nargs == 0 { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{name}() takes at most {N} {kw}argument{} ({} given)",
            plural(N),
            nargs + nkw
        )));
    }
    if nargs < posonly.min(minpos) {
        let how = if minpos < N { "at least" } else { "exactly" };
        let k = posonly.min(minpos);
        return Err(vm.type_error(format!(
            "{name}() takes {how} {k} positional argument{} ({nargs} given)",
            plural(k)
        )));
    }
    for (slot, v) in out.iter_mut().zip(&args.values[1..1 + nargs]) {
        *slot = v.clone();
    }
    let kwargs: Vec<(String, Value)> = args
        .kwargs()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let mut used = 0;
    for i in nargs.max(posonly)..N {
        if let Some((_, v)) = kwargs.iter().find(|(k, _)| k == names[i]) {
            out[i] = v.clone();
            used += 1;
        } else if i < minpos {
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    if used < kwargs.len() {
        for (i, n) in names.iter().enumerate().take(nargs).skip(posonly) {
            if kwargs.iter().any(|(k, _)| k == n) {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{n}') and position ({})",
                    i + 1
                )));
            }
        }
        for (k, _) in &kwargs {
            if !names[posonly..].contains(&k.as_str()) {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            }
        }
    }
    Ok(out)
}

/// A `Py_ssize_t` argument (`__index__`; OverflowError when too big).
pub fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(Payload::Int(_)) = v.payload() {
        if let Value::Obj(o) = v {
            if !crate::types::is_heap_type(o.ty()) {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            }
        }
    }
    match vm.index(v) {
        Ok(i) => Ok(i),
        Err(e) => {
            if vm.error_is(&e, "IndexError") {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            }
            Err(e)
        }
    }
}

/// A slice index for find/count/startswith (`_PyEval_SliceIndex`): None
/// means absent; big ints clamp.
pub fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() || v.is_null() {
        return Ok(None);
    }
    let is_intlike = matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v.payload(), Some(Payload::Int(_)))
        || {
            let ty = vm.type_of(v).clone();
            vm.lookup_special(&ty, "__index__").is_some()
        };
    if !is_intlike {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let iv = vm.index_value(v)?;
    match iv {
        Value::Int(i) => Ok(Some(i)),
        _ => {
            let neg = match iv.payload() {
                Some(Payload::Int(b)) => num_traits::Signed::is_negative(b),
                _ => false,
            };
            Ok(Some(if neg { i64::MIN } else { i64::MAX }))
        }
    }
}

/// The `bool` of an int-like flag parsed by Clinic's `int` converter (keepends).
pub fn int_flag(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    Ok(ssize(vm, v)? != 0)
}

/// A slot wrapper's single argument (`__add__`, `__eq__`, ...).
pub fn wrapper_one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    if args.nkw() > 0 {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let n = args.values.len().saturating_sub(1);
    if n != 1 {
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    Ok(args.values[1].clone())
}

/// Whether a binary special method should decline (return NotImplemented)
/// so the operator can try the other operand: the other operand is an
/// instance of a Python class. Explicit calls with built-in operands still
/// raise CPython's TypeError.
pub fn defer_to_class(vm: &mut Vm, other: &Value) -> bool {
    let ty = vm.type_of(other).clone();
    crate::types::is_heap_type(&ty)
}

/// Whether a value has `__index__` (ints and classes defining it).
pub fn has_index(vm: &mut Vm, v: &Value) -> bool {
    if matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_))) {
        return true;
    }
    let ty = vm.type_of(v).clone();
    vm.lookup_special(&ty, "__index__").is_some()
}

/// The TypeError for a method of `owner` called on something else (or on
/// nothing), in CPython's words.
pub fn wrong_receiver(vm: &mut Vm, args: &Args, owner: &str, name: &str) -> ObjRef {
    match args.values.first() {
        Some(v) => foreign_receiver(vm, v, owner, name),
        None => vm.type_error(format!("unbound method {owner}.{name}() needs an argument")),
    }
}

/// The TypeError for a method of `owner` called on `v`, an object of
/// another type.
pub fn foreign_receiver(vm: &mut Vm, v: &Value, owner: &str, name: &str) -> ObjRef {
    let tn = vm.type_name(v);
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{tn}' object"
    ))
}
