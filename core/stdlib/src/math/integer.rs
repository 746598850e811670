//! The exact integer functions of `math`: factorial, isqrt, comb, perm,
//! gcd and lcm, on ints of any size, with CPython's limits and messages.
//! Products use binary splitting so that big multiplications stay balanced.

use super::{no_kwargs, one_arg, positional};
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pvm_vm::args::Args;
use pvm_vm::ops::num::as_bigint;
use pvm_vm::payload::NativeFn;
use pvm_vm::{PyResult, Value, Vm};

/// The functions of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("factorial", factorial),
    ("isqrt", isqrt),
    ("comb", comb),
    ("perm", perm),
    ("gcd", gcd),
    ("lcm", lcm),
];

/// `operator.index(v)` as a BigInt.
fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = vm.index_value(v)?;
    Ok(as_bigint(&i).unwrap_or_default())
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.factorial")?;
    factorial_of(vm, &x)
}

/// `math.factorial(x)` (also `perm(n)`).
fn factorial_of(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    let n = index_big(vm, x)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(vm.new_int_big(BigInt::from(factorial_big(n))))
}

/// n! as odd part << two-valuation; the odd part is a product of
/// products of odd numbers (n/2**i, n/2**(i-1)], each shared by all
/// the lower levels.
fn factorial_big(n: u64) -> BigUint {
    if n <= 20 {
        return BigUint::from((1..=n).product::<u64>());
    }
    let mut inner = BigUint::one();
    let mut outer = BigUint::one();
    let mut upper = 3u64;
    for i in (0..64 - n.leading_zeros() - 1).rev() {
        let v = n >> i;
        if v <= 2 {
            continue;
        }
        let lower = upper;
        upper = (v + 1) | 1;
        inner *= odd_product(lower, upper);
        outer *= &inner;
    }
    outer << (n - u64::from(n.count_ones()))
}

/// The product of the odd numbers in `start..stop` (both odd).
fn odd_product(start: u64, stop: u64) -> BigUint {
    let count = (stop - start) / 2;
    if count <= 8 {
        return (0..count).fold(BigUint::one(), |acc, j| acc * (start + 2 * j));
    }
    let mid = (start + count) | 1;
    odd_product(start, mid) * odd_product(mid, stop)
}

/// lo * (lo+1) * ... * (lo+count-1), by binary splitting.
fn rising_product(lo: &BigInt, count: u64) -> BigInt {
    if count <= 16 {
        return (0..count).fold(BigInt::one(), |acc, i| acc * (lo + i));
    }
    let half = count / 2;
    let mid = lo + half;
    rising_product(lo, half) * rising_product(&mid, count - half)
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "math.isqrt")?;
    let n = index_big(vm, &x)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int_big(n.sqrt()))
}

/// n and k of comb/perm as non-negative ints, with CPython's messages.
fn n_and_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_big(vm, n)?;
    let k = index_big(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `math.perm(n, k=None)`: n! / (n-k)!.
fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = positional(vm, &args, "math.perm", 1, 2)?;
    let (n, k) = (a[0].clone(), a.get(1).cloned().unwrap_or(Value::None));
    if k.is_none() {
        return factorial_of(vm, &n);
    }
    let (n, k) = n_and_k(vm, &n, &k)?;
    if n < k {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let lo = &n - k + 1;
    Ok(vm.new_int_big(rising_product(&lo, k as u64)))
}

/// `math.comb(n, k)`: n! / (k! (n-k)!).
fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = positional(vm, &args, "math.comb", 2, 2)?;
    let (n, k) = (a[0].clone(), a[1].clone());
    let (n, k) = n_and_k(vm, &n, &k)?;
    let rest = &n - &k;
    if rest.is_negative() {
        return Ok(Value::Int(0));
    }
    // comb(n, k) == comb(n, n-k): multiply the fewer factors.
    let k = if rest < k { rest } else { k };
    let Some(k) = k.to_u64().filter(|&k| k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    if k == 0 {
        return Ok(Value::Int(1));
    }
    let lo = &n - k + 1;
    let num = rising_product(&lo, k);
    let den = BigInt::from(factorial_big(k));
    Ok(vm.new_int_big(num / den))
}

/// The arguments of gcd/lcm as ints, every one checked with `__index__`.
fn int_args(vm: &mut Vm, args: &Args, qual: &str) -> PyResult<Vec<BigInt>> {
    no_kwargs(vm, args, qual)?;
    let values = args.values.clone();
    values.iter().map(|v| index_big(vm, v)).collect()
}

/// `math.gcd(*integers)`.
fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Small ints (nearly every call, e.g. from fractions) without BigInt.
    if args.kwnames.is_none() && args.values.iter().all(|v| matches!(v, Value::Int(_))) {
        let mut acc: u64 = 0;
        for v in &args.values {
            if let Value::Int(i) = v {
                acc = gcd_u64(acc, i.unsigned_abs());
            }
        }
        if acc <= i64::MAX as u64 {
            return Ok(Value::Int(acc as i64));
        }
    }
    let ints = int_args(vm, &args, "math.gcd")?;
    let r = ints.iter().fold(
        BigInt::zero(),
        |acc, x| if acc.is_one() { acc } else { acc.gcd(x) },
    );
    Ok(vm.new_int_big(r))
}

/// Binary GCD of two machine words.
fn gcd_u64(mut a: u64, mut b: u64) -> u64 {
    if a == 0 || b == 0 {
        return a | b;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

/// `math.lcm(*integers)`.
fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ints = int_args(vm, &args, "math.lcm")?;
    let r = ints.iter().fold(BigInt::one(), |acc, x| {
        if acc.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            (&acc / acc.gcd(x) * x).abs()
        }
    });
    Ok(vm.new_int_big(r))
}
