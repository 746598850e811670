//! The `cmath` module, as CPython 3.11's Modules/cmathmodule.c: the same
//! functions and constants, bit-for-bit results and the same messages.
//! `complex` holds the algorithms, `tables` the C99 special values.

mod complex;
mod tables;

use crate::math::{arg_f64, clinic_kw, float_result, math_error, one_arg, positional};
use complex::{c, Errno, Out, C};
use pvm_vm::args::Args;
use pvm_vm::payload::{NativeFn, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};

/// Fills in the `cmath` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    use std::f64::consts::{E, PI, TAU};
    let floats = [
        ("pi", PI),
        ("e", E),
        ("tau", TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, value) in floats {
        let v = vm.float(value);
        vm.set_attr_direct(module, name, v);
    }
    let infj = vm.new_complex(0.0, f64::INFINITY);
    vm.set_attr_direct(module, "infj", infj);
    let nanj = vm.new_complex(0.0, f64::NAN);
    vm.set_attr_direct(module, "nanj", nanj);
    vm.add_functions(module, COMPLEX_FUNCTIONS);
    vm.add_functions(module, FUNCTIONS);
    Ok(())
}

/// An argument as a complex, as `PyComplex_AsCComplex` converts it: a
/// complex (or subclass) as is, else `__complex__`, else as a float.
fn arg_complex(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(Payload::Complex(re, im)) = v.payload() {
        return Ok(c(*re, *im));
    }
    let ty = vm.type_of(v).clone();
    if let Some(method) = vm.lookup_special(&ty, "__complex__") {
        let r = vm.call(&method, [v.clone()])?;
        return match r.payload() {
            Some(Payload::Complex(re, im)) => Ok(c(*re, *im)),
            _ => {
                let tn = vm.type_name(&r);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {tn})")))
            }
        };
    }
    Ok(c(arg_f64(vm, v)?, 0.0))
}

/// A complex result, or the exception for the errno that came with it.
fn complex_result(vm: &mut Vm, (z, err): Out) -> PyResult<Value> {
    match err {
        Some(e) => Err(math_error(vm, e)),
        None => Ok(vm.new_complex(z.re, z.im)),
    }
}

/// Defines the functions of one complex argument with a complex result.
macro_rules! complex_functions {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let z = one_arg(vm, &args, concat!("cmath.", stringify!($name)))?;
                let z = arg_complex(vm, &z)?;
                complex_result(vm, complex::$name(z))
            }
        )*
        /// The functions of one complex argument.
        const COMPLEX_FUNCTIONS: &[(&str, NativeFn)] = &[$((stringify!($name), $name)),*];
    };
}

complex_functions!(
    acos, acosh, asin, asinh, atan, atanh, cos, cosh, exp, log10, sin, sinh, sqrt, tan, tanh,
);

/// The other functions.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("log", log),
    ("phase", phase),
    ("polar", polar),
    ("rect", rect),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isclose", isclose),
];

/// `cmath.log(z[, base])`.
fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = positional(vm, &args, "cmath.log", 1, 2)?;
    let (x, base) = (a[0].clone(), a.get(1).cloned());
    let x = arg_complex(vm, &x)?;
    let (mut r, mut err) = complex::log(x);
    if let Some(base) = base {
        let y = arg_complex(vm, &base)?;
        // errno is whatever the base's log left, unless the division fails.
        let (ly, log_err) = complex::log(y);
        let (q, quot_err) = complex::quot(r, ly);
        r = q;
        err = quot_err.or(log_err);
    }
    complex_result(vm, (r, err))
}

/// The single complex argument of `qual`.
fn one_complex(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<C> {
    let z = one_arg(vm, args, qual)?;
    arg_complex(vm, &z)
}

/// A float result with its errno.
fn float_errno(vm: &mut Vm, (x, err): (f64, Errno)) -> PyResult<Value> {
    float_result(vm, err.map_or(Ok(x), Err))
}

/// `cmath.phase(z)`.
fn phase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one_complex(vm, &args, "cmath.phase")?;
    float_errno(vm, complex::phase(z))
}

/// `cmath.polar(z)` -> (abs(z), phase(z)).
fn polar(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let z = one_complex(vm, &args, "cmath.polar")?;
    let (phi, _) = complex::phase(z);
    // abs() decides errno: it is computed after the phase.
    let (r, err) = complex::abs(z);
    if let Some(e) = err {
        return Err(math_error(vm, e));
    }
    let items = vec![vm.float(r), vm.float(phi)];
    Ok(vm.new_tuple(items))
}

/// `cmath.rect(r, phi)`.
fn rect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = positional(vm, &args, "cmath.rect", 2, 2)?;
    let (r, phi) = (a[0].clone(), a[1].clone());
    let r = arg_f64(vm, &r)?;
    let phi = arg_f64(vm, &phi)?;
    complex_result(vm, complex::rect(r, phi))
}

/// A predicate of one complex.
fn predicate(
    vm: &mut Vm,
    args: Args,
    qual: &str,
    p: fn(f64) -> bool,
    both: bool,
) -> PyResult<Value> {
    let z = one_complex(vm, &args, qual)?;
    let r = if both {
        p(z.re) && p(z.im)
    } else {
        p(z.re) || p(z.im)
    };
    Ok(Value::Bool(r))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "cmath.isfinite", f64::is_finite, true)
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "cmath.isinf", f64::is_infinite, false)
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "cmath.isnan", f64::is_nan, false)
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["a", "b", "rel_tol", "abs_tol"];
    let [a, b, rel, abs] = clinic_kw(vm, &args, "isclose", names, 0, 2, 2)?;
    let a = arg_complex(vm, &a)?;
    let b = arg_complex(vm, &b)?;
    let rel_tol = if rel.is_null() {
        1e-9
    } else {
        arg_f64(vm, &rel)?
    };
    let abs_tol = if abs.is_null() {
        0.0
    } else {
        arg_f64(vm, &abs)?
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a.re == b.re && a.im == b.im {
        return Ok(Value::Bool(true));
    }
    if [a.re, a.im, b.re, b.im].iter().any(|x| x.is_infinite()) {
        return Ok(Value::Bool(false));
    }
    let diff = complex::abs(c(a.re - b.re, a.im - b.im)).0;
    let close = diff <= rel_tol * complex::abs(b).0
        || diff <= rel_tol * complex::abs(a).0
        || diff <= abs_tol;
    Ok(Value::Bool(close))
}
