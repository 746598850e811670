//! Arithmetic on the built-in numbers (bool, int, float, complex) with
//! CPython's semantics: floor division and modulo signs, exact big-int
//! results, float errors and complex promotion.

use super::BinOp;
use crate::payload::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// A built-in number, borrowed from a value.
pub enum Num {
    /// int (and bool) in i64.
    Small(i64),
    /// A big int.
    Big(BigInt),
    /// A float.
    Float(f64),
    /// A complex.
    Complex(f64, f64),
}

/// The number a value holds, if it is a built-in number (or a subclass).
pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Small(*i)),
        Value::Bool(b) => Some(Num::Small(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => Num::Small(i),
                None => Num::Big(b.clone()),
            }),
            Payload::Float(f) => Some(Num::Float(*f)),
            Payload::Complex(r, i) => Some(Num::Complex(*r, *i)),
            _ => None,
        },
        _ => None,
    }
}

/// The int a value holds (int, bool or int subclass).
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The exact int value of an integral float.
pub fn float_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    let f = f.trunc();
    if f.abs() < 9.0e18 {
        return Some(BigInt::from(f as i64));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mut b = BigInt::from(mant);
    if exp > 0 {
        b <<= exp as usize;
    } else {
        b >>= (-exp) as usize;
    }
    Some(if f < 0.0 { -b } else { b })
}

/// An int as a float (OverflowError when too large).
pub fn int_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

fn to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Small(i) => Ok(*i as f64),
        Num::Big(b) => int_to_f64(vm, b),
        Num::Float(f) => Ok(*f),
        Num::Complex(..) => unreachable!(),
    }
}

fn to_complex(vm: &mut Vm, n: &Num) -> PyResult<(f64, f64)> {
    match n {
        Num::Complex(r, i) => Ok((*r, *i)),
        other => Ok((to_f64(vm, other)?, 0.0)),
    }
}

/// `a op b` for built-in numbers; None when either is not one.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    let x = as_num(a)?;
    let y = as_num(b)?;
    Some(binary_nums(vm, x, y, op))
}

fn binary_nums(vm: &mut Vm, x: Num, y: Num, op: BinOp) -> PyResult<Value> {
    match (&x, &y) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let a = to_complex(vm, &x)?;
            let b = to_complex(vm, &y)?;
            complex_op(vm, a, b, op)
        }
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            if matches!(
                op,
                BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul
            ) {
                return Ok(Value::Null);
            }
            let a = to_f64(vm, &x)?;
            let b = to_f64(vm, &y)?;
            float_op(vm, a, b, op)
        }
        (Num::Small(a), Num::Small(b)) => small_int_op(vm, *a, *b, op),
        _ => {
            let a = match x {
                Num::Small(i) => BigInt::from(i),
                Num::Big(b) => b,
                _ => unreachable!(),
            };
            let b = match y {
                Num::Small(i) => BigInt::from(i),
                Num::Big(b) => b,
                _ => unreachable!(),
            };
            big_int_op(vm, &a, &b, op)
        }
    }
}

/// `a op b` for two i64 ints (overflow goes to big ints).
#[inline]
pub fn small_int_op(vm: &mut Vm, a: i64, b: i64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            a.checked_rem(b).map(|_| a.mod_floor(&b))
        }
        BinOp::TrueDiv => {
            if b == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                return Ok(Value::Float(a as f64 / b as f64));
            }
            return big_int_op(vm, &BigInt::from(a), &BigInt::from(b), op);
        }
        BinOp::And => Some(a & b),
        BinOp::Or => Some(a | b),
        BinOp::Xor => Some(a ^ b),
        BinOp::LShift => {
            if b < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if a == 0 {
                Some(0)
            } else if b < 63 && (a.unsigned_abs() >> (63 - b)) == 0 {
                Some(a << b)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Some(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            })
        }
        BinOp::Pow => {
            if b < 0 {
                return float_op(vm, a as f64, b as f64, op);
            }
            if let Ok(e) = u32::try_from(b) {
                a.checked_pow(e)
            } else {
                None
            }
        }
        BinOp::MatMul => return Ok(Value::Null),
    };
    match r {
        Some(v) => Ok(Value::Int(v)),
        None => big_int_op(vm, &BigInt::from(a), &BigInt::from(b), op),
    }
}

fn big_int_op(vm: &mut Vm, a: &BigInt, b: &BigInt, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            a.div_floor(b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            a.mod_floor(b)
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return Ok(Value::Float(int_true_div(vm, a, b)?));
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(n) = b.to_usize().filter(|n| *n < (1 << 32)) else {
                return Err(vm.overflow_error("too many digits in integer"));
            };
            a << n
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(n) => a >> n,
                None => BigInt::from(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            if b.is_negative() {
                let x = int_to_f64(vm, a)?;
                let y = int_to_f64(vm, b)?;
                return float_op(vm, x, y, op);
            }
            let Some(e) = b.to_u32() else {
                if a.is_zero() || a == &BigInt::from(1) {
                    return Ok(vm.new_int_big(a.clone()));
                }
                if a == &BigInt::from(-1) {
                    return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
                }
                return Err(vm.new_error("MemoryError", ""));
            };
            num_traits::Pow::pow(a, e)
        }
        BinOp::MatMul => return Ok(Value::Null),
    };
    Ok(vm.new_int_big(r))
}

/// Correctly rounded `a / b` for ints.
fn int_true_div(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    // Scale so the quotient has 55+ significant bits, then round once.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (n, d) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = n.div_rem(&d);
    let mut q = q;
    if !r.is_zero() {
        q = (q << 1) | BigInt::from(1);
    } else {
        q <<= 1;
    }
    let r = ldexp_big(q.magnitude(), -shift - 1);
    if !r.is_finite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -r } else { r })
}

/// `a op b` for floats.
pub fn float_op(vm: &mut Vm, a: f64, b: f64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_divmod(a, b).1
        }
        BinOp::Pow => return float_pow(vm, a, b),
        _ => return Ok(Value::Null),
    };
    Ok(vm.float(r))
}

/// Python's `divmod` for floats.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    if b == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if a == 0.0 && b < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        return complex_op(vm, (a, 0.0), (b, 0.0), BinOp::Pow);
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(vm.float(r))
}

fn complex_value(vm: &Vm, r: f64, i: f64) -> Value {
    Value::Obj(crate::object::ObjRef::new(
        vm.t.complex.clone(),
        Payload::Complex(r, i),
    ))
}

/// `a op b` for complex numbers.
pub fn complex_op(vm: &mut Vm, a: (f64, f64), b: (f64, f64), op: BinOp) -> PyResult<Value> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.zero_division("complex division by zero"));
            }
            complex_div(a, b)
        }
        BinOp::Pow => {
            let (r, i) = if br == 0.0 && bi == 0.0 {
                (1.0, 0.0)
            } else if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Err(vm.zero_division("0.0 to a negative or complex power"));
                }
                (0.0, 0.0)
            } else if bi == 0.0 && br.fract() == 0.0 && br.abs() <= 100.0 {
                complex_int_pow(a, br as i64)
            } else {
                let vabs = ar.hypot(ai);
                let mut len = vabs.powf(br);
                let at = ai.atan2(ar);
                let mut phase = at * br;
                if bi != 0.0 {
                    len /= (at * bi).exp();
                    phase += bi * vabs.ln();
                }
                (len * phase.cos(), len * phase.sin())
            };
            // CPython reports an infinite part as a range error.
            if r.is_infinite() || i.is_infinite() {
                return Err(vm.overflow_error("complex exponentiation"));
            }
            (r, i)
        }
        BinOp::FloorDiv | BinOp::Mod => {
            let n = vm.type_name(&Value::Null);
            let _ = n;
            return Ok(Value::Null);
        }
        _ => return Ok(Value::Null),
    };
    Ok(complex_value(vm, r, i))
}

fn complex_div(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (ar, ai) = a;
    let (br, bi) = b;
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    }
}

fn complex_int_pow(a: (f64, f64), n: i64) -> (f64, f64) {
    let mul = |x: (f64, f64), y: (f64, f64)| (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0);
    let mut result = (1.0, 0.0);
    let mut base = a;
    let mut e = n.unsigned_abs();
    while e > 0 {
        if e & 1 == 1 {
            result = mul(result, base);
        }
        base = mul(base, base);
        e >>= 1;
    }
    if n < 0 {
        complex_div((1.0, 0.0), result)
    } else {
        result
    }
}

/// A power of two as f64 (`2**q` for -1074 <= q <= 1023).
fn pow2(q: i64) -> f64 {
    if q >= -1022 {
        f64::from_bits(((q + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (q + 1074))
    }
}

/// `m * 2**e` correctly rounded (half to even) to f64; infinity on overflow.
pub fn ldexp_big(m: &num_bigint::BigUint, e: i64) -> f64 {
    if m.is_zero() {
        return 0.0;
    }
    let nbits = m.bits() as i64;
    let top = nbits - 1 + e;
    if top > 1023 {
        return f64::INFINITY;
    }
    if top < -1076 {
        return 0.0;
    }
    let q = (nbits + e - 53).max(-1074);
    if q <= e {
        // Exact: m has at most 53 significant bits at this scale.
        let mq = m.to_u64().unwrap_or(0) as f64;
        return mq * pow2(e);
    }
    let shift = (q - e) as u64;
    let mut mq: num_bigint::BigUint = m >> shift;
    let rem: num_bigint::BigUint = m - (&mq << shift);
    let half = num_bigint::BigUint::from(1u8) << (shift - 1);
    if rem > half || (rem == half && mq.bit(0)) {
        mq += 1u8;
    }
    let mq = mq.to_u64().unwrap_or(0);
    if q + 63 - mq.leading_zeros() as i64 > 1023 {
        return f64::INFINITY;
    }
    mq as f64 * pow2(q)
}

/// The exact value of a finite float as `(mantissa, exponent)`: `f == m * 2**e`.
pub fn float_parts(f: f64) -> (BigInt, i64) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let m = BigInt::from(m);
    (if f.is_sign_negative() { -m } else { m }, e)
}

/// `divmod(a, b)` for built-in ints and floats; None for other operands.
pub fn divmod(vm: &mut Vm, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let x = as_num(a)?;
    let y = as_num(b)?;
    Some(match (&x, &y) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => return None,
        (Num::Float(_), _) | (_, Num::Float(_)) => (|| {
            let p = to_f64(vm, &x)?;
            let q = to_f64(vm, &y)?;
            if q == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (d, m) = float_divmod(p, q);
            Ok(vm.new_pair(Value::Float(d), Value::Float(m)))
        })(),
        _ => {
            let p = match x {
                Num::Small(i) => BigInt::from(i),
                Num::Big(b) => b,
                _ => unreachable!(),
            };
            let q = match y {
                Num::Small(i) => BigInt::from(i),
                Num::Big(b) => b,
                _ => unreachable!(),
            };
            if q.is_zero() {
                Err(vm.zero_division("integer division or modulo by zero"))
            } else {
                let (d, m) = p.div_mod_floor(&q);
                let d = vm.new_int_big(d);
                let m = vm.new_int_big(m);
                Ok(vm.new_pair(d, m))
            }
        }
    })
}

/// `pow(b, e, m)` for ints.
pub fn int_pow_mod(vm: &mut Vm, b: &BigInt, e: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mabs = m.abs();
    let result = if e.is_negative() {
        match crate::builtins::numbers::mod_inverse(b, &mabs) {
            Some(inv) => inv.modpow(&(-e), &mabs),
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    } else {
        b.mod_floor(&mabs).modpow(e, &mabs)
    };
    let result = if m.is_negative() && !result.is_zero() {
        result + m
    } else {
        result
    };
    Ok(vm.new_int_big(result))
}
