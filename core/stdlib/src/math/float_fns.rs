//! The float-valued functions of `math`: libm wrappers with CPython's
//! error rules, the special-value-aware two-argument functions, floor /
//! ceil / trunc with their special methods, the logarithms (exact for
//! huge ints) and the predicates.

use super::real::{self, libm, MathErr, MathResult};
use super::{arg_f64, clinic_kw, exact_float, float_result, math_error, one_arg, positional};
use pvm_vm::args::Args;
use pvm_vm::builtins::numbers::float_to_int;
use pvm_vm::ops::num::as_bigint;
use pvm_vm::payload::NativeFn;
use pvm_vm::{PyResult, Value, Vm};

/// One float argument, one float result computed by `f`.
fn unary(
    vm: &mut Vm,
    args: Args,
    qual: &str,
    f: impl FnOnce(f64) -> MathResult,
) -> PyResult<Value> {
    let x = one_arg(vm, &args, qual)?;
    let x = arg_f64(vm, &x)?;
    float_result(vm, f(x))
}

/// Two float arguments (positional-only Clinic), one float result.
fn binary(
    vm: &mut Vm,
    args: Args,
    qual: &str,
    f: impl FnOnce(f64, f64) -> MathResult,
) -> PyResult<Value> {
    let a = positional(vm, &args, qual, 2, 2)?;
    let (a0, a1) = (a[0].clone(), a[1].clone());
    let x = arg_f64(vm, &a0)?;
    let y = arg_f64(vm, &a1)?;
    float_result(vm, f(x, y))
}

/// Defines the one-argument libm functions (CPython's FUNC1): a NaN from a
/// non-NaN is a domain error, an infinity from a finite argument an
/// overflow when `can_overflow`, else a domain error (a singularity).
macro_rules! libm_functions {
    ($($name:ident: $f:expr, $can_overflow:literal;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let f: fn(f64) -> f64 = $f;
                unary(vm, args, concat!("math.", stringify!($name)), |x| {
                    real::check_1(x, f(x), $can_overflow)
                })
            }
        )*
        /// The FUNC1 functions.
        pub const LIBM: &[(&str, NativeFn)] = &[$((stringify!($name), $name)),*];
    };
}

libm_functions! {
    acos: libm::acos, false;
    acosh: libm::acosh, false;
    asin: libm::asin, false;
    asinh: libm::asinh, false;
    atan: libm::atan, false;
    atanh: libm::atanh, false;
    cbrt: libm::cbrt, false;
    cos: libm::cos, false;
    cosh: libm::cosh, true;
    exp: libm::exp, true;
    exp2: libm::exp2, true;
    expm1: libm::expm1, true;
    fabs: f64::abs, false;
    log1p: libm::log1p, false;
    sin: libm::sin, false;
    sinh: libm::sinh, true;
    sqrt: f64::sqrt, false;
    tan: libm::tan, false;
    tanh: libm::tanh, false;
}

/// The other functions of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("erf", erf),
    ("erfc", erfc),
    ("gamma", gamma),
    ("lgamma", lgamma),
    ("atan2", atan2),
    ("copysign", copysign),
    ("remainder", remainder),
    ("fmod", fmod),
    ("pow", pow),
    ("nextafter", nextafter),
    ("ulp", ulp),
    ("degrees", degrees),
    ("radians", radians),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isclose", isclose),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("modf", modf),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
];

fn erf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "math.erf", |x| Ok(libm::erf(x)))
}

fn erfc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "math.erfc", |x| Ok(libm::erfc(x)))
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "math.gamma", real::gamma)
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "math.lgamma", real::lgamma)
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "math.atan2", |y, x| {
        real::check_2(y, x, real::atan2(y, x))
    })
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "math.copysign", |x, y| Ok(x.copysign(y)))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "math.remainder", |x, y| {
        real::check_2(x, y, real::remainder(x, y))
    })
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "math.fmod", real::fmod)
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "math.pow", real::pow)
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary(vm, args, "math.nextafter", |x, y| Ok(real::nextafter(x, y)))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, args, "math.ulp", |x| Ok(real::ulp(x)))
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;
    unary(vm, args, "math.degrees", |x| Ok(x * RAD_TO_DEG))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;
    unary(vm, args, "math.radians", |x| Ok(x * DEG_TO_RAD))
}

/// A predicate of one float.
fn predicate(vm: &mut Vm, args: Args, qual: &str, p: fn(f64) -> bool) -> PyResult<Value> {
    let x = one_arg(vm, &args, qual)?;
    let x = arg_f64(vm, &x)?;
    Ok(Value::Bool(p(x)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "math.isfinite", f64::is_finite)
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "math.isinf", f64::is_infinite)
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "math.isnan", f64::is_nan)
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [a, b, rel, abs] = clinic_kw(
        vm,
        &args,
        "isclose",
        ["a", "b", "rel_tol", "abs_tol"],
        0,
        2,
        2,
    )?;
    let a = arg_f64(vm, &a)?;
    let b = arg_f64(vm, &b)?;
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
    if a == b {
        // Also two infinities of the same sign.
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol;
    Ok(Value::Bool(close))
}

/// `math.frexp(x)` -> (m, e).
fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.frexp")?;
    let x = arg_f64(vm, &x)?;
    let (m, e) = real::frexp(x);
    let m = vm.float(m);
    Ok(vm.new_pair(m, Value::Int(e as i64)))
}

/// `math.ldexp(x, i)`: x * 2**i; i must be an int.
fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = positional(vm, &args, "math.ldexp", 2, 2)?;
    let (a0, a1) = (a[0].clone(), a[1].clone());
    let x = arg_f64(vm, &a0)?;
    let Some(i) = as_bigint(&a1) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    // Exponents beyond a C long behave like LONG_MIN / LONG_MAX.
    let exp =
        num_traits::ToPrimitive::to_i64(&i).unwrap_or(if i.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        });
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.float(x));
    }
    if exp > i32::MAX as i64 {
        return Err(math_error(vm, MathErr::Range));
    }
    if exp < i32::MIN as i64 {
        return Ok(vm.float(0.0f64.copysign(x)));
    }
    let r = real::ldexp(x, exp);
    if r.is_infinite() {
        return Err(math_error(vm, MathErr::Range));
    }
    Ok(vm.float(r))
}

/// `math.modf(x)` -> (fractional part, integer part).
fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.modf")?;
    let x = arg_f64(vm, &x)?;
    let (frac, int) = real::modf(x);
    let items = vec![vm.float(frac), vm.float(int)];
    Ok(vm.new_tuple(items))
}

/// floor / ceil: an exact float directly, else the type's special method,
/// else the value as a float.
fn round_with(
    vm: &mut Vm,
    args: Args,
    qual: &str,
    special: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = one_arg(vm, &args, qual)?;
    if let Some(v) = exact_float(&x) {
        return float_to_int(vm, f(v));
    }
    if let Value::Int(_) = x {
        return Ok(x);
    }
    let ty = vm.type_of(&x).clone();
    if let Some(method) = vm.lookup_special(&ty, special) {
        return vm.call(&method, [x]);
    }
    let v = arg_f64(vm, &x)?;
    float_to_int(vm, f(v))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_with(vm, args, "math.floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_with(vm, args, "math.ceil", "__ceil__", f64::ceil)
}

/// `math.trunc(x)`: only through `__trunc__` (no float fallback).
fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.trunc")?;
    if let Some(v) = exact_float(&x) {
        return float_to_int(vm, v.trunc());
    }
    if let Value::Int(_) = x {
        return Ok(x);
    }
    let ty = vm.type_of(&x).clone();
    match vm.lookup_special(&ty, "__trunc__") {
        Some(method) => vm.call(&method, [x]),
        None => {
            let tn = pvm_vm::types::name(&ty);
            Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")))
        }
    }
}

/// CPython's loghelper: ints (of any size) directly, other numbers as floats.
fn log_of(vm: &mut Vm, x: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let Some(n) = as_bigint(x) else {
        let v = arg_f64(vm, x)?;
        return real::log_with(v, f).map_err(|e| math_error(vm, e));
    };
    if n.sign() != num_bigint::Sign::Plus {
        return Err(math_error(vm, MathErr::Domain));
    }
    match num_traits::ToPrimitive::to_f64(&n) {
        Some(v) if v.is_finite() => Ok(f(v)),
        // Too big for a double: log(m * 2**e) = log(m) + log(2) * e.
        _ => {
            let (m, e) = frexp_big(n.magnitude());
            Ok(f(m) + f(2.0) * e as f64)
        }
    }
}

/// `_PyLong_Frexp`: (m, e) with n ~= m * 2**e, 0.5 <= m < 1, m rounded to
/// 53 bits half-to-even.
fn frexp_big(n: &num_bigint::BigUint) -> (f64, u64) {
    let bits = n.bits();
    if bits <= 53 {
        let m = num_traits::ToPrimitive::to_u64(n).unwrap_or(0) as f64;
        return (m / 2f64.powi(bits as i32), bits);
    }
    let shift = bits - 53;
    let mut m = num_traits::ToPrimitive::to_u64(&(n >> shift)).unwrap_or(0);
    let half = n.bit(shift - 1);
    let sticky = n.trailing_zeros().is_some_and(|tz| tz < shift - 1);
    if half && (sticky || m & 1 == 1) {
        m += 1;
    }
    let x = m as f64 / 9007199254740992.0; // 2**53
    if x == 1.0 {
        (0.5, bits + 1)
    } else {
        (x, bits)
    }
}

/// `math.log(x[, base])`.
fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs(vm, &args, "log")?;
    let (x, base) = match args.values.as_slice() {
        [x] => (x.clone(), None),
        [x, b] => (x.clone(), Some(b.clone())),
        _ => return Err(vm.type_error("math.log requires 1 to 2 arguments")),
    };
    let num = log_of(vm, &x, libm::log)?;
    let Some(base) = base else {
        return Ok(vm.float(num));
    };
    let den = log_of(vm, &base, libm::log)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(vm.float(num / den))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.log2")?;
    let r = log_of(vm, &x, libm::log2)?;
    Ok(vm.float(r))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.log10")?;
    let r = log_of(vm, &x, libm::log10)?;
    Ok(vm.float(r))
}
