//! Python's operators on constants, as CPython's AST optimizer applies
//! them (`Python/ast_opt.c`): the result CPython would compute, or `None`
//! when the operation raises or the optimizer's size limits refuse it.

use crate::code::Constant;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use pvm_syntax::ast::{Operator, UnaryOp};

/// `MAX_INT_SIZE`: bits of an int result.
const MAX_INT_SIZE: u64 = 128;
/// `MAX_COLLECTION_SIZE`: items of a repeated tuple.
const MAX_COLLECTION_SIZE: i64 = 256;
/// `MAX_STR_SIZE`: characters (or bytes) of a repeated string.
const MAX_STR_SIZE: i64 = 4096;
/// `MAX_TOTAL_ITEMS`: items of a repeated tuple, nested ones included.
const MAX_TOTAL_ITEMS: i64 = 1024;

/// A number as Python sees it in arithmetic.
#[derive(Clone, Debug)]
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num(c: &Constant) -> Option<Num> {
    Some(match c {
        Constant::Bool(b) => Num::Int(BigInt::from(u8::from(*b))),
        Constant::Int(i) => Num::Int(BigInt::from(*i)),
        Constant::BigInt(b) => Num::Int(b.clone()),
        Constant::Float(f) => Num::Float(*f),
        Constant::Complex { real, imag } => Num::Complex(*real, *imag),
        _ => return None,
    })
}

fn from_num(n: Num) -> Constant {
    match n {
        Num::Int(i) => Constant::int(i),
        Num::Float(f) => Constant::Float(f),
        Num::Complex(real, imag) => Constant::Complex { real, imag },
    }
}

/// `PyLong_AsDouble`: correctly rounded, None on overflow.
fn int_to_float(i: &BigInt) -> Option<f64> {
    let f = i.to_f64()?;
    f.is_finite().then_some(f)
}

fn as_float(n: &Num) -> Option<f64> {
    match n {
        Num::Int(i) => int_to_float(i),
        Num::Float(f) => Some(*f),
        Num::Complex(..) => None,
    }
}

fn as_complex(n: &Num) -> Option<(f64, f64)> {
    match n {
        Num::Complex(r, i) => Some((*r, *i)),
        other => Some((as_float(other)?, 0.0)),
    }
}

/// `_PyLong_NumBits`: the bit length of the absolute value.
fn num_bits(i: &BigInt) -> u64 {
    i.bits()
}

/// The result of `left op right`, if CPython folds it.
pub fn binary(op: Operator, left: &Constant, right: &Constant) -> Option<Constant> {
    match op {
        Operator::Add => add(left, right),
        Operator::Sub => arith(
            left,
            right,
            |a, b| Some(a - b),
            |a, b| Some(a - b),
            complex_sub,
        ),
        Operator::Mult => multiply(left, right),
        Operator::Div => true_divide(left, right),
        Operator::FloorDiv => arith(
            left,
            right,
            int_floor_div,
            |a, b| Some(float_divmod(a, b)?.0),
            |_, _| None,
        ),
        Operator::Mod => {
            if matches!(
                left,
                Constant::Str(_) | Constant::SurrogateStr(_) | Constant::Bytes(_)
            ) {
                return None;
            }
            arith(
                left,
                right,
                int_mod,
                |a, b| Some(float_divmod(a, b)?.1),
                |_, _| None,
            )
        }
        Operator::Pow => power(left, right),
        Operator::LShift => shift(left, right, true),
        Operator::RShift => shift(left, right, false),
        Operator::BitOr => bitwise(left, right, |a, b| a | b, |a, b| a | b),
        Operator::BitXor => bitwise(left, right, |a, b| a ^ b, |a, b| a ^ b),
        Operator::BitAnd => bitwise(left, right, |a, b| a & b, |a, b| a & b),
        Operator::MatMult => None,
    }
}

/// The result of `op operand`, if CPython folds it.
pub fn unary(op: UnaryOp, operand: &Constant) -> Option<Constant> {
    if op == UnaryOp::Not {
        return Some(Constant::Bool(!operand.is_true()));
    }
    let n = num(operand)?;
    Some(match (op, n) {
        (UnaryOp::Invert, Num::Int(i)) => Constant::int(-i - 1),
        (UnaryOp::Invert, _) => return None,
        (UnaryOp::UAdd, n) => from_num(n),
        (UnaryOp::USub, Num::Int(i)) => Constant::int(-i),
        (UnaryOp::USub, Num::Float(f)) => Constant::Float(-f),
        (UnaryOp::USub, Num::Complex(r, i)) => Constant::Complex { real: -r, imag: -i },
        (UnaryOp::Not, _) => unreachable!(),
    })
}

/// `value[index]` for a constant sequence and a constant index.
pub fn subscript(value: &Constant, index: &Constant) -> Option<Constant> {
    let i = match index {
        Constant::Bool(b) => i64::from(*b),
        Constant::Int(i) => *i,
        _ => return None,
    };
    let pick = |len: usize| -> Option<usize> {
        let len = len as i64;
        let j = if i < 0 { i + len } else { i };
        (0..len).contains(&j).then_some(j as usize)
    };
    match value {
        Constant::Str(s) => {
            let n = s.chars().count();
            let c = s.chars().nth(pick(n)?)?;
            Some(Constant::Str(c.to_string()))
        }
        Constant::Bytes(b) => Some(Constant::Int(i64::from(b[pick(b.len())?]))),
        Constant::Tuple(t) => Some(t[pick(t.len())?].clone()),
        _ => None,
    }
}

fn arith(
    left: &Constant,
    right: &Constant,
    int_op: impl Fn(&BigInt, &BigInt) -> Option<BigInt>,
    float_op: impl Fn(f64, f64) -> Option<f64>,
    complex_op: impl Fn((f64, f64), (f64, f64)) -> Option<(f64, f64)>,
) -> Option<Constant> {
    let (a, b) = (num(left)?, num(right)?);
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => Some(Constant::int(int_op(x, y)?)),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (r, i) = complex_op(as_complex(&a)?, as_complex(&b)?)?;
            Some(Constant::Complex { real: r, imag: i })
        }
        _ => Some(Constant::Float(float_op(as_float(&a)?, as_float(&b)?)?)),
    }
}

/// A str as code points (for strs with lone surrogates).
fn code_points(c: &Constant) -> Option<Vec<u32>> {
    match c {
        Constant::Str(s) => Some(s.chars().map(|c| c as u32).collect()),
        Constant::SurrogateStr(cps) => Some(cps.clone()),
        _ => None,
    }
}

/// A str from code points: `Str` when it is valid Unicode.
fn from_code_points(cps: Vec<u32>) -> Constant {
    match cps
        .iter()
        .map(|&c| char::from_u32(c))
        .collect::<Option<String>>()
    {
        Some(s) => Constant::Str(s),
        None => Constant::SurrogateStr(cps),
    }
}

fn add(left: &Constant, right: &Constant) -> Option<Constant> {
    match (left, right) {
        (Constant::Str(a), Constant::Str(b)) => Some(Constant::Str(format!("{a}{b}"))),
        (Constant::SurrogateStr(_), Constant::Str(_) | Constant::SurrogateStr(_))
        | (Constant::Str(_), Constant::SurrogateStr(_)) => {
            let mut cps = code_points(left)?;
            cps.extend(code_points(right)?);
            Some(from_code_points(cps))
        }
        (Constant::Bytes(a), Constant::Bytes(b)) => Some(Constant::Bytes([&a[..], b].concat())),
        (Constant::Tuple(a), Constant::Tuple(b)) => Some(Constant::Tuple([&a[..], b].concat())),
        _ => arith(
            left,
            right,
            |a, b| Some(a + b),
            |a, b| Some(a + b),
            |a, b| Some((a.0 + b.0, a.1 + b.1)),
        ),
    }
}

fn complex_sub(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    Some((a.0 - b.0, a.1 - b.1))
}

/// `_Py_c_prod`.
fn complex_mul(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    Some((a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0))
}

/// `_Py_c_quot`: Smith's algorithm, as CPython implements it.
fn complex_div(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// The repetition count of `seq * n`, if the optimizer allows it.
fn repeat_count(n: &Constant, size: usize, max: i64) -> Option<usize> {
    let n = match n {
        Constant::Bool(b) => i64::from(*b),
        Constant::Int(i) => *i,
        _ => return None,
    };
    if size == 0 {
        return Some(n.max(0) as usize);
    }
    if n < 0 || n > max / size as i64 {
        return None;
    }
    Some(n as usize)
}

/// `check_complexity`: the limit minus the items of `c` (nested ones included).
fn complexity(c: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(items) | Constant::FrozenSet(items) = c {
        limit -= items.len() as i64;
        for item in items {
            if limit < 0 {
                break;
            }
            limit = complexity(item, limit);
        }
    }
    limit
}

fn is_int(c: &Constant) -> bool {
    matches!(
        c,
        Constant::Bool(_) | Constant::Int(_) | Constant::BigInt(_)
    )
}

/// `safe_multiply`.
fn multiply(left: &Constant, right: &Constant) -> Option<Constant> {
    if is_int(right)
        && !is_int(left)
        && matches!(
            left,
            Constant::Str(_) | Constant::SurrogateStr(_) | Constant::Bytes(_) | Constant::Tuple(_)
        )
    {
        return multiply(right, left);
    }
    match right {
        Constant::Str(s) if is_int(left) => {
            let n = repeat_count(left, s.chars().count(), MAX_STR_SIZE)?;
            Some(Constant::Str(s.repeat(n)))
        }
        Constant::SurrogateStr(cps) if is_int(left) => {
            let n = repeat_count(left, cps.len(), MAX_STR_SIZE)?;
            Some(from_code_points(cps.repeat(n)))
        }
        Constant::Bytes(b) if is_int(left) => {
            let n = repeat_count(left, b.len(), MAX_STR_SIZE)?;
            Some(Constant::Bytes(b.repeat(n)))
        }
        Constant::Tuple(t) if is_int(left) => {
            let n = repeat_count(left, t.len(), MAX_COLLECTION_SIZE)?;
            if n > 0 && !t.is_empty() && complexity(right, MAX_TOTAL_ITEMS / n as i64) < 0 {
                return None;
            }
            let mut out = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                out.extend(t.iter().cloned());
            }
            Some(Constant::Tuple(out))
        }
        _ => arith(
            left,
            right,
            |a, b| {
                if !a.is_zero() && !b.is_zero() && num_bits(a) + num_bits(b) > MAX_INT_SIZE {
                    return None;
                }
                Some(a * b)
            },
            |a, b| Some(a * b),
            complex_mul,
        ),
    }
}

/// `long_true_divide` / `float_div` / `complex_div`.
fn true_divide(left: &Constant, right: &Constant) -> Option<Constant> {
    let (a, b) = (num(left)?, num(right)?);
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => {
            if y.is_zero() {
                return None;
            }
            let limit = BigInt::from(1u64 << 53);
            if x.abs() <= limit && y.abs() <= limit {
                let q = x.to_f64()? / y.to_f64()?;
                // `0 / -5` is -0.0, as in CPython.
                return Some(Constant::Float(
                    if q == 0.0 && (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus) {
                        -0.0
                    } else {
                        q
                    },
                ));
            }
            int_true_divide(x, y).map(Constant::Float)
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (r, i) = complex_div(as_complex(&a)?, as_complex(&b)?)?;
            Some(Constant::Complex { real: r, imag: i })
        }
        _ => {
            let (x, y) = (as_float(&a)?, as_float(&b)?);
            (y != 0.0).then(|| Constant::Float(x / y))
        }
    }
}

/// `long_true_divide` for big operands: `x / y` correctly rounded (None
/// on overflow, and in the subnormal range, which is left unfolded).
fn int_true_divide(x: &BigInt, y: &BigInt) -> Option<f64> {
    let negative = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let (a, b) = (x.abs(), y.abs());
    if a.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    let shift = a.bits() as i64 - b.bits() as i64 - 55;
    let (num, den) = if shift >= 0 {
        (a, b << shift as usize)
    } else {
        (a << (-shift) as usize, b)
    };
    let (q, r) = (&num / &den, &num % &den);
    let sticky = !r.is_zero();
    let excess = q.bits() as i64 - 53;
    let mut mantissa: BigInt = &q >> excess as usize;
    let rem: BigInt = &q - (&mantissa << excess as usize);
    let half = BigInt::from(1u8) << (excess - 1) as usize;
    let odd = (&mantissa & BigInt::from(1u8)) == BigInt::from(1u8);
    if rem > half || (rem == half && (sticky || odd)) {
        mantissa += 1;
    }
    let exp = excess + shift;
    let top = mantissa.bits() as i64 - 1 + exp;
    if !(-1021..=1023).contains(&top) {
        return None;
    }
    let m = mantissa.to_f64()?;
    let v = m * 2f64.powi(exp as i32);
    v.is_finite().then_some(if negative { -v } else { v })
}

/// Floor division of ints (ZeroDivisionError gives None).
fn int_floor_div(a: &BigInt, b: &BigInt) -> Option<BigInt> {
    if b.is_zero() {
        return None;
    }
    let (q, r) = (a / b, a % b);
    if !r.is_zero() && (r.sign() == Sign::Minus) != (b.sign() == Sign::Minus) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// Python's `%` on ints: the sign of the divisor.
fn int_mod(a: &BigInt, b: &BigInt) -> Option<BigInt> {
    if b.is_zero() {
        return None;
    }
    let r = a % b;
    if !r.is_zero() && (r.sign() == Sign::Minus) != (b.sign() == Sign::Minus) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// `float_divmod`: (floor quotient, remainder), None for a zero divisor.
fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0_f64.copysign(vx / wx)
    };
    Some((floordiv, m))
}

/// `safe_power`.
fn power(left: &Constant, right: &Constant) -> Option<Constant> {
    let (a, b) = (num(left)?, num(right)?);
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => {
            if y.sign() == Sign::Minus {
                return float_pow(int_to_float(x)?, int_to_float(y)?).map(Constant::Float);
            }
            if !x.is_zero() && y.sign() == Sign::Plus {
                let w = y.to_u64()?;
                if num_bits(x) > MAX_INT_SIZE / w {
                    return None;
                }
            }
            let e = y.to_u32()?;
            Some(Constant::int(x.pow(e)))
        }
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let (r, i) = complex_pow(as_complex(&a)?, as_complex(&b)?)?;
            Some(Constant::Complex { real: r, imag: i })
        }
        _ => float_pow(as_float(&a)?, as_float(&b)?).map(Constant::Float),
    }
}

/// `complex_pow`: small integral exponents by repeated squaring
/// (`c_powi`), others through polar form (`_Py_c_pow`).
fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            complex_powu(a, n)
        } else {
            complex_div((1.0, 0.0), complex_powu(a, -n))?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    (r.0.is_finite() && r.1.is_finite()).then_some(r)
}

/// `c_powu`.
fn complex_powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = complex_mul(r, p).unwrap_or(r);
        }
        mask <<= 1;
        p = complex_mul(p, p).unwrap_or(p);
    }
    r
}

/// `float_pow`, None where CPython raises or returns a complex.
fn float_pow(iv: f64, iw: f64) -> Option<f64> {
    let is_odd = |w: f64| w.is_finite() && w == w.floor() && (w % 2.0).abs() == 1.0;
    if iw == 0.0 {
        return Some(1.0);
    }
    if iv.is_nan() {
        return Some(iv);
    }
    if iw.is_nan() {
        return Some(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Some(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        return Some(if iw > 0.0 {
            if is_odd(iw) {
                iv
            } else {
                iv.abs()
            }
        } else if is_odd(iw) {
            0.0_f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return None;
        }
        return Some(if is_odd(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return None;
        }
        base = -iv;
        negate = is_odd(iw);
    }
    if base == 1.0 {
        return Some(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return None;
    }
    Some(if negate { -r } else { r })
}

/// `safe_lshift` and `long_rshift`.
fn shift(left: &Constant, right: &Constant, left_shift: bool) -> Option<Constant> {
    let (Num::Int(v), Num::Int(w)) = (num(left)?, num(right)?) else {
        return None;
    };
    if w.sign() == Sign::Minus {
        return None;
    }
    if left_shift {
        if !v.is_zero() && !w.is_zero() {
            let w = w.to_u64()?;
            if w > MAX_INT_SIZE || num_bits(&v) > MAX_INT_SIZE - w {
                return None;
            }
        }
        let w = w.to_usize()?;
        Some(Constant::int(v << w))
    } else {
        let w = w.to_u64().unwrap_or(u64::MAX);
        if w > num_bits(&v) {
            return Some(Constant::Int(if v.sign() == Sign::Minus { -1 } else { 0 }));
        }
        Some(Constant::int(v >> w as usize))
    }
}

/// `|`, `^`, `&`: bool with bool stays bool, ints otherwise.
fn bitwise(
    left: &Constant,
    right: &Constant,
    bool_op: impl Fn(bool, bool) -> bool,
    int_op: impl Fn(&BigInt, &BigInt) -> BigInt,
) -> Option<Constant> {
    if let (Constant::Bool(a), Constant::Bool(b)) = (left, right) {
        return Some(Constant::Bool(bool_op(*a, *b)));
    }
    let (Num::Int(a), Num::Int(b)) = (num(left)?, num(right)?) else {
        return None;
    };
    Some(Constant::int(int_op(&a, &b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(v: i64) -> Constant {
        Constant::Int(v)
    }

    #[test]
    fn folds_like_cpython() {
        assert_eq!(binary(Operator::Pow, &i(2), &i(10)), Some(i(1024)));
        assert_eq!(binary(Operator::FloorDiv, &i(-7), &i(2)), Some(i(-4)));
        assert_eq!(binary(Operator::Mod, &i(-7), &i(2)), Some(i(1)));
        assert_eq!(binary(Operator::Div, &i(1), &i(0)), None);
        assert_eq!(binary(Operator::Pow, &i(2), &i(200)), None);
        assert_eq!(
            binary(Operator::Mult, &Constant::Str("ab".into()), &i(3)),
            Some(Constant::Str("ababab".into()))
        );
        assert_eq!(
            binary(Operator::Mod, &Constant::Float(-7.5), &Constant::Float(2.0)),
            Some(Constant::Float(0.5))
        );
        assert_eq!(unary(UnaryOp::Invert, &i(5)), Some(i(-6)));
        assert_eq!(
            binary(Operator::Div, &Constant::Int(10i64.pow(18)), &i(8)),
            Some(Constant::Float(1.25e17))
        );
        assert_eq!(
            binary(Operator::Div, &Constant::Int(1 << 60), &i(8)),
            Some(Constant::Float(1.4411518807585587e17))
        );
        assert_eq!(
            binary(
                Operator::Pow,
                &Constant::Complex {
                    real: 0.0,
                    imag: 3.0
                },
                &Constant::Complex {
                    real: 0.0,
                    imag: 0.0
                }
            ),
            Some(Constant::Complex {
                real: 1.0,
                imag: 0.0
            })
        );
        assert_eq!(unary(UnaryOp::Not, &i(1)), Some(Constant::Bool(false)));
        assert_eq!(
            binary(
                Operator::BitOr,
                &Constant::Bool(true),
                &Constant::Bool(false)
            ),
            Some(Constant::Bool(true))
        );
    }
}
