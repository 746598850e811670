//! The `math` module, as CPython 3.11's Modules/mathmodule.c: the same
//! functions and constants, bit-for-bit results (libm where CPython calls
//! libm, CPython's own algorithms elsewhere) and the same messages.
//!
//! `real` holds the pure float algorithms, `float_fns` the float-valued
//! functions, `integer` the exact integer ones, `sums` fsum, hypot, dist
//! and prod. The argument helpers here are shared with `cmath`.

mod float_fns;
mod integer;
pub(crate) mod real;
mod sums;

use pvm_vm::args::{count_message, Args};
use pvm_vm::builtins::numbers::to_f64;
use pvm_vm::payload::Payload;
use pvm_vm::{ObjRef, PyErr, PyResult, Value, Vm};
use real::MathErr;

/// Fills in the `math` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    use std::f64::consts::{E, PI, TAU};
    let constants = [
        ("pi", PI),
        ("e", E),
        ("tau", TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, value) in constants {
        let v = vm.float(value);
        vm.set_attr_direct(module, name, v);
    }
    vm.add_functions(module, float_fns::LIBM);
    vm.add_functions(module, float_fns::FUNCTIONS);
    vm.add_functions(module, integer::FUNCTIONS);
    vm.add_functions(module, sums::FUNCTIONS);
    Ok(())
}

/// The exception for a [`MathErr`].
pub(crate) fn math_error(vm: &mut Vm, e: MathErr) -> PyErr {
    match e {
        MathErr::Domain => vm.value_error("math domain error"),
        MathErr::Range => vm.overflow_error("math range error"),
    }
}

/// A float result, or the exception for its error.
pub(crate) fn float_result(vm: &mut Vm, r: real::MathResult) -> PyResult<Value> {
    match r {
        Ok(f) => Ok(vm.float(f)),
        Err(e) => Err(math_error(vm, e)),
    }
}

/// An argument as a C double, as `PyFloat_AsDouble` converts it: a float
/// (or float subclass) as is, anything else through `__float__` or
/// `__index__`.
pub(crate) fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Obj(o) => match o.payload {
            Payload::Float(f) => Ok(f),
            _ => to_f64(vm, v),
        },
        _ => to_f64(vm, v),
    }
}

/// The value of an exact `float` (not a subclass), if `v` is one.
pub(crate) fn exact_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) if !pvm_vm::types::is_heap_type(o.ty()) => match o.payload {
            Payload::Float(f) => Some(f),
            _ => None,
        },
        _ => None,
    }
}

/// Rejects keywords: "math.sin() takes no keyword arguments".
pub(crate) fn no_kwargs(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<()> {
    if args.nkw() > 0 {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(())
}

/// The single argument of a METH_O function (`qual` like "math.sin").
pub(crate) fn one_arg(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<Value> {
    no_kwargs(vm, args, qual)?;
    match args.values.as_slice() {
        [x] => Ok(x.clone()),
        other => {
            let n = other.len();
            Err(vm.type_error(format!("{qual}() takes exactly one argument ({n} given)")))
        }
    }
}

/// The arguments of a positional-only Clinic function taking `min..=max`
/// of them ("atan2 expected 2 arguments, got 1").
pub(crate) fn positional<'a>(
    vm: &mut Vm,
    args: &'a Args,
    qual: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(vm, args, qual)?;
    let n = args.values.len();
    if n < min || n > max {
        let short = qual.rsplit('.').next().unwrap_or(qual);
        return Err(vm.type_error(count_message(short, min, max, n)));
    }
    Ok(&args.values)
}

/// Clinic's keyword parsing (`_PyArg_UnpackKeywords`) with its messages:
/// the first `posonly` of `names` are positional-only, the first `minpos`
/// required, and at most `maxpos` may be positional. Missing ones are Null.
pub(crate) fn clinic_kw<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    names: [&str; N],
    posonly: usize,
    minpos: usize,
    maxpos: usize,
) -> PyResult<[Value; N]> {
    let pos = args.pos();
    let kwargs = args.kwargs();
    let nargs = pos.len();
    if nargs + kwargs.len() > N {
        let kw = if nargs == 0 { "keyword " } else { "" };
        let total = nargs + kwargs.len();
        return Err(vm.type_error(format!(
            "{name}() takes at most {N} {kw}argument{} ({total} given)",
            plural(N)
        )));
    }
    if nargs > maxpos {
        let how = if minpos < maxpos {
            "at most"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {maxpos} positional argument{} ({nargs} given)",
            plural(maxpos)
        )));
    }
    let required_pos = posonly.min(minpos);
    if nargs < required_pos {
        let how = if required_pos < maxpos {
            "at least"
        } else {
            "exactly"
        };
        return Err(vm.type_error(format!(
            "{name}() takes {how} {required_pos} positional argument{} ({nargs} given)",
            plural(required_pos)
        )));
    }
    let mut out: [Value; N] = std::array::from_fn(|i| pos.get(i).cloned().unwrap_or(Value::Null));
    let mut used = 0;
    for i in nargs.max(posonly)..N {
        if let Some((_, v)) = kwargs.iter().find(|(k, _)| *k == names[i]) {
            out[i] = (*v).clone();
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
        return Err(unexpected_keyword(
            vm, &kwargs, name, &names, posonly, nargs,
        ));
    }
    Ok(out)
}

/// The error for a keyword argument no parameter took.
fn unexpected_keyword(
    vm: &mut Vm,
    kwargs: &[(&str, &Value)],
    name: &str,
    names: &[&str],
    posonly: usize,
    nargs: usize,
) -> PyErr {
    for (i, n) in names.iter().enumerate().take(nargs).skip(posonly) {
        if kwargs.iter().any(|(k, _)| k == n) {
            return vm.type_error(format!(
                "argument for {name}() given by name ('{n}') and position ({})",
                i + 1
            ));
        }
    }
    let bad = kwargs
        .iter()
        .map(|(k, _)| *k)
        .find(|k| !names[posonly..].contains(k))
        .unwrap_or("");
    vm.type_error(format!(
        "'{bad}' is an invalid keyword argument for {name}()"
    ))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
