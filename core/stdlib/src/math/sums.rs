//! Sums and norms: `fsum` (exact partials, Shewchuk / Hettinger),
//! `hypot` and `dist` (CPython's scaled, compensated vector norm with a
//! differential square-root correction), and `prod`.

use super::real::{frexp, ldexp};
use super::{arg_f64, clinic_kw, no_kwargs, one_arg, positional};
use pvm_vm::args::Args;
use pvm_vm::ops::BinOp;
use pvm_vm::payload::{NativeFn, Payload};
use pvm_vm::{PyResult, Value, Vm};

/// The functions of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("fsum", fsum),
    ("hypot", hypot),
    ("dist", dist),
    ("prod", prod),
];

/// Running state of `fsum`: non-overlapping partials in increasing
/// magnitude whose exact sum is the sum so far, plus the specials seen.
#[derive(Default)]
struct Partials {
    p: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

/// Why adding to [`Partials`] failed.
struct Overflow;

impl Partials {
    fn add(&mut self, value: f64) -> Result<(), Overflow> {
        let mut x = value;
        let mut i = 0;
        for j in 0..self.p.len() {
            let mut y = self.p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // Either a special value among the inputs, or an overflow.
                if value.is_finite() {
                    return Err(Overflow);
                }
                if value.is_infinite() {
                    self.inf_sum += value;
                }
                self.special_sum += value;
                self.p.clear();
            } else {
                self.p.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum of the partials.
    fn total(mut self) -> f64 {
        let Some(mut hi) = self.p.pop() else {
            return 0.0;
        };
        let mut lo = 0.0;
        // Add from the top while the sum stays exact.
        while let Some(y) = self.p.pop() {
            let x = hi;
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials: a remainder with the same
        // sign as the next partial pushes a halfway case up.
        if let Some(&next) = self.p.last() {
            if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
                let y = lo * 2.0;
                let x = hi + y;
                if y == x - hi {
                    hi = x;
                }
            }
        }
        hi
    }
}

/// `math.fsum(iterable)`.
fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seq = one_arg(vm, &args, "math.fsum")?;
    let it = vm.iter(&seq)?;
    let mut partials = Partials::default();
    while let Some(item) = vm.next(&it)? {
        let x = arg_f64(vm, &item)?;
        if partials.add(x).is_err() {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
    }
    if partials.special_sum != 0.0 {
        if partials.inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(vm.float(partials.special_sum));
    }
    Ok(vm.float(partials.total()))
}

/// Error-free accumulation `csum += x`, the lost low part going to `frac`
/// (valid because |csum| >= |x| throughout).
fn accumulate(csum: &mut f64, frac: &mut f64, x: f64) {
    let old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/// Veltkamp-Dekker split of x into hi + lo, each of half precision.
fn split(x: f64) -> (f64, f64) {
    const T27: f64 = 134217729.0; // 2**27 + 1
    let t = x * T27;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// sqrt(sum(x*x for x in vec)) as CPython computes it; `max` is the
/// largest |x| and `found_nan` whether any x is a NaN.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp(max).1;
    // csum starts at 1.0 so that it always dominates the (scaled) terms.
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0, 0.0, 0.0, 0.0);
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead of scaling.
        for &v in vec {
            let x = v / max;
            accumulate(&mut csum, &mut frac1, x * x);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = ldexp(1.0, -i64::from(max_e));
    for &v in vec {
        let (hi, lo) = split(v * scale);
        accumulate(&mut csum, &mut frac1, hi * hi);
        accumulate(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    // One Newton step on the square root, with h*h computed exactly.
    let (hi, lo) = split(h);
    accumulate(&mut csum, &mut frac1, -hi * hi);
    accumulate(&mut csum, &mut frac2, -2.0 * hi * lo);
    accumulate(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// The absolute values of some coordinates, their maximum and whether any is NaN.
#[derive(Default)]
struct Coords {
    abs: Vec<f64>,
    max: f64,
    found_nan: bool,
}

impl Coords {
    fn push(&mut self, x: f64) {
        let x = x.abs();
        self.found_nan |= x.is_nan();
        if x > self.max {
            self.max = x;
        }
        self.abs.push(x);
    }

    fn norm(&self) -> f64 {
        vector_norm(&self.abs, self.max, self.found_nan)
    }
}

/// `math.hypot(*coordinates)`.
fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "math.hypot")?;
    let mut coords = Coords::default();
    for v in args.values.iter() {
        let x = arg_f64(vm, v)?;
        coords.push(x);
    }
    Ok(vm.float(coords.norm()))
}

/// A point's coordinates: a tuple as is, anything else through `tuple()`.
fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(Payload::Tuple(items)) = v.payload() {
        return Ok(items.to_vec());
    }
    vm.to_vec(v)
}

/// `math.dist(p, q)`.
fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = positional(vm, &args, "math.dist", 2, 2)?;
    let (p, q) = (a[0].clone(), a[1].clone());
    let p = point(vm, &p)?;
    let q = point(vm, &q)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut coords = Coords::default();
    for (pv, qv) in p.iter().zip(&q) {
        let px = arg_f64(vm, pv)?;
        let qx = arg_f64(vm, qv)?;
        coords.push(px - qx);
    }
    Ok(vm.float(coords.norm()))
}

/// `math.prod(iterable, /, *, start=1)`: left to right with `*`.
fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [iterable, start] = clinic_kw(vm, &args, "prod", ["iterable", "start"], 1, 1, 1)?;
    let it = vm.iter(&iterable)?;
    let mut result = if start.is_null() {
        Value::Int(1)
    } else {
        start
    };
    while let Some(item) = vm.next(&it)? {
        result = vm.binary_op(&result, &item, BinOp::Mul, false)?;
    }
    Ok(result)
}
