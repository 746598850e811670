//! CPython 3.11's complex functions (cmathmodule.c), step for step so
//! that results match bit for bit: C99 Annex G special values from the
//! tables, rescaling against spurious overflow and underflow, and the
//! errno each function reports (here an `Option<MathErr>`).

use super::tables::{self, special_type, Table};
use crate::math::real::{ldexp, libm, MathErr};
use std::f64::consts::{E, LN_10, LN_2, PI};

/// A complex number as two doubles (CPython's `Py_complex`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct C {
    /// The real part.
    pub re: f64,
    /// The imaginary part.
    pub im: f64,
}

/// A complex from its parts.
pub const fn c(re: f64, im: f64) -> C {
    C { re, im }
}

/// What a function sets errno to: nothing, EDOM or ERANGE.
pub type Errno = Option<MathErr>;

/// A result with the errno that goes with it.
pub type Out = (C, Errno);

const INF: f64 = f64::INFINITY;
/// Beyond this, sqrt/log/inverse functions rescale to avoid overflow.
const LARGE: f64 = f64::MAX / 4.0;
/// 2**SCALE_UP makes a subnormal normal; SCALE_DOWN undoes it under sqrt.
const SCALE_UP: i64 = 53;
const SCALE_DOWN: i64 = -27;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    libm::log(LARGE)
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

fn ok(z: C) -> Out {
    (z, None)
}

/// The table's value when a part of z is infinite or NaN.
fn special(z: C, table: &Table) -> Option<C> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    Some(table[special_type(z.re)][special_type(z.im)])
}

/// -z.
fn neg(z: C) -> C {
    c(-z.re, -z.im)
}

/// i*z rotated the other way: the argument of the -i f(iz) identities.
fn times_i(z: C) -> C {
    c(-z.im, z.re)
}

/// -i*z: back from the rotated result.
fn times_minus_i(z: C) -> C {
    c(z.im, -z.re)
}

/// log(hypot(x/2, y/2)) + ln 4: log|z| for huge z without overflow.
fn log_abs_large(x: f64, y: f64) -> f64 {
    libm::log(libm::hypot(x / 2.0, y / 2.0)) + LN_2 * 2.0
}

/// `cmath.sqrt`.
pub fn sqrt(z: C) -> Out {
    if let Some(r) = special(z, &tables::SQRT) {
        return ok(r);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return ok(c(0.0, z.im));
    }
    let mut ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot of subnormals would lose precision: scale up first.
        ax = ldexp(ax, SCALE_UP);
        let h = libm::hypot(ax, ldexp(ay, SCALE_UP));
        ldexp((ax + h).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + libm::hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    ok(if z.re >= 0.0 {
        c(s, d.copysign(z.im))
    } else {
        c(d, s.copysign(z.im))
    })
}

/// `cmath.acos`.
pub fn acos(z: C) -> Out {
    if let Some(r) = special(z, &tables::ACOS) {
        return ok(r);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = libm::atan2(z.im.abs(), z.re);
        let im = -log_abs_large(z.re, z.im).copysign(z.im);
        return ok(c(re, im));
    }
    let s1 = sqrt(c(1.0 - z.re, -z.im)).0;
    let s2 = sqrt(c(1.0 + z.re, z.im)).0;
    ok(c(
        2.0 * libm::atan2(s1.re, s2.re),
        libm::asinh(s2.re * s1.im - s2.im * s1.re),
    ))
}

/// `cmath.acosh`.
pub fn acosh(z: C) -> Out {
    if let Some(r) = special(z, &tables::ACOSH) {
        return ok(r);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return ok(c(log_abs_large(z.re, z.im), libm::atan2(z.im, z.re)));
    }
    let s1 = sqrt(c(z.re - 1.0, z.im)).0;
    let s2 = sqrt(c(z.re + 1.0, z.im)).0;
    ok(c(
        libm::asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * libm::atan2(s1.im, s2.re),
    ))
}

/// `cmath.asin`: -i asinh(iz).
pub fn asin(z: C) -> Out {
    let (s, err) = asinh(times_i(z));
    (times_minus_i(s), err)
}

/// `cmath.asinh`.
pub fn asinh(z: C) -> Out {
    if let Some(r) = special(z, &tables::ASINH) {
        return ok(r);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = log_abs_large(z.re, z.im);
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        return ok(c(re, libm::atan2(z.im, z.re.abs())));
    }
    let s1 = sqrt(c(1.0 + z.im, -z.re)).0;
    let s2 = sqrt(c(1.0 - z.im, z.re)).0;
    ok(c(
        libm::asinh(s1.re * s2.im - s2.re * s1.im),
        libm::atan2(z.im, s1.re * s2.re - s1.im * s2.im),
    ))
}

/// `cmath.atan`: -i atanh(iz).
pub fn atan(z: C) -> Out {
    let (s, err) = atanh(times_i(z));
    (times_minus_i(s), err)
}

/// `cmath.atanh`.
pub fn atanh(z: C) -> Out {
    if let Some(r) = special(z, &tables::ATANH) {
        return ok(r);
    }
    if z.re < 0.0 {
        // atanh is odd: reduce to z.re >= 0.
        let (r, err) = atanh(neg(z));
        return (neg(r), err);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        // atanh(z) ~ 1/z +- i pi/2 for large |z|.
        let h = libm::hypot(z.re / 2.0, z.im / 2.0);
        return ok(c(z.re / 4.0 / h / h, (PI / 2.0).copysign(z.im)));
    }
    if z.re == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            return (c(INF, z.im), Some(MathErr::Domain));
        }
        let re = -libm::log(ay.sqrt() / libm::hypot(ay, 2.0).sqrt());
        return ok(c(re, (libm::atan2(2.0, -ay) / 2.0).copysign(z.im)));
    }
    let one_minus = 1.0 - z.re;
    let re = libm::log1p(4.0 * z.re / (one_minus * one_minus + ay * ay)) / 4.0;
    let im = -libm::atan2(-2.0 * z.im, one_minus * (1.0 + z.re) - ay * ay) / 2.0;
    ok(c(re, im))
}

/// The value for an infinite real part and finite nonzero imaginary part
/// of exp/cosh/sinh/rect: infinities (or zeros) signed by cos and sin.
fn signed_by_cis(y: f64, re_sign: f64, im_sign: f64, magnitude: f64) -> C {
    c(
        re_sign * magnitude.copysign(libm::cos(y)),
        im_sign * magnitude.copysign(libm::sin(y)),
    )
}

/// Whether z has an infinite real part and a finite nonzero imaginary part.
fn inf_re_finite_im(z: C) -> bool {
    z.re.is_infinite() && z.im.is_finite() && z.im != 0.0
}

/// ERANGE when either part overflowed.
fn overflow_check(r: C) -> Out {
    if r.re.is_infinite() || r.im.is_infinite() {
        (r, Some(MathErr::Range))
    } else {
        ok(r)
    }
}

/// `cmath.cos`: cosh(iz).
pub fn cos(z: C) -> Out {
    cosh(times_i(z))
}

/// `cmath.cosh`.
pub fn cosh(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if inf_re_finite_im(z) {
            let im_sign = if z.re > 0.0 { 1.0 } else { -1.0 };
            signed_by_cis(z.im, 1.0, im_sign, INF)
        } else {
            tables::COSH[special_type(z.re)][special_type(z.im)]
        };
        let err = (z.im.is_infinite() && !z.re.is_nan()).then_some(MathErr::Domain);
        return (r, err);
    }
    let r = if z.re.abs() > log_large() {
        // cosh(x) alone would overflow where cosh(z) need not.
        let x_minus_one = z.re - 1.0f64.copysign(z.re);
        c(
            libm::cos(z.im) * libm::cosh(x_minus_one) * E,
            libm::sin(z.im) * libm::sinh(x_minus_one) * E,
        )
    } else {
        c(
            libm::cos(z.im) * libm::cosh(z.re),
            libm::sin(z.im) * libm::sinh(z.re),
        )
    };
    overflow_check(r)
}

/// `cmath.exp`.
pub fn exp(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if inf_re_finite_im(z) {
            let magnitude = if z.re > 0.0 { INF } else { 0.0 };
            signed_by_cis(z.im, 1.0, 1.0, magnitude)
        } else {
            tables::EXP[special_type(z.re)][special_type(z.im)]
        };
        let err =
            (z.im.is_infinite() && (z.re.is_finite() || z.re == INF)).then_some(MathErr::Domain);
        return (r, err);
    }
    let r = if z.re > log_large() {
        let l = libm::exp(z.re - 1.0);
        c(l * libm::cos(z.im) * E, l * libm::sin(z.im) * E)
    } else {
        let l = libm::exp(z.re);
        c(l * libm::cos(z.im), l * libm::sin(z.im))
    };
    overflow_check(r)
}

/// CPython's c_log: log|z| rescaled for huge and subnormal |z|, and
/// through log1p near |z| == 1.
pub fn log(z: C) -> Out {
    if let Some(r) = special(z, &tables::LOG) {
        return ok(r);
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > LARGE || ay > LARGE {
        libm::log(libm::hypot(ax / 2.0, ay / 2.0)) + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax == 0.0 && ay == 0.0 {
            let r = c(-INF, libm::atan2(z.im, z.re));
            return (r, Some(MathErr::Domain));
        }
        let h = libm::hypot(ldexp(ax, 53), ldexp(ay, 53));
        libm::log(h) - 53.0 * LN_2
    } else {
        let h = libm::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            libm::log(h)
        }
    };
    ok(c(re, libm::atan2(z.im, z.re)))
}

/// `cmath.log10`.
pub fn log10(z: C) -> Out {
    let (r, err) = log(z);
    (c(r.re / LN_10, r.im / LN_10), err)
}

/// `cmath.sin`: -i sinh(iz).
pub fn sin(z: C) -> Out {
    let (s, err) = sinh(times_i(z));
    (times_minus_i(s), err)
}

/// `cmath.sinh`.
pub fn sinh(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if inf_re_finite_im(z) {
            let re_sign = if z.re > 0.0 { 1.0 } else { -1.0 };
            signed_by_cis(z.im, re_sign, 1.0, INF)
        } else {
            tables::SINH[special_type(z.re)][special_type(z.im)]
        };
        let err = (z.im.is_infinite() && !z.re.is_nan()).then_some(MathErr::Domain);
        return (r, err);
    }
    let r = if z.re.abs() > log_large() {
        let x_minus_one = z.re - 1.0f64.copysign(z.re);
        c(
            libm::cos(z.im) * libm::sinh(x_minus_one) * E,
            libm::sin(z.im) * libm::cosh(x_minus_one) * E,
        )
    } else {
        c(
            libm::cos(z.im) * libm::sinh(z.re),
            libm::sin(z.im) * libm::cosh(z.re),
        )
    };
    overflow_check(r)
}

/// `cmath.tan`: -i tanh(iz).
pub fn tan(z: C) -> Out {
    let (s, err) = tanh(times_i(z));
    (times_minus_i(s), err)
}

/// `cmath.tanh`, with 1 - tanh(x)**2 as 1/cosh(x)**2 for accuracy.
pub fn tanh(z: C) -> Out {
    if !z.re.is_finite() || !z.im.is_finite() {
        let r = if inf_re_finite_im(z) {
            let s = 2.0 * libm::sin(z.im) * libm::cos(z.im);
            c(1.0f64.copysign(z.re), 0.0f64.copysign(s))
        } else {
            tables::TANH[special_type(z.re)][special_type(z.im)]
        };
        let err = (z.im.is_infinite() && z.re.is_finite()).then_some(MathErr::Domain);
        return (r, err);
    }
    if z.re.abs() > log_large() {
        let im = 4.0 * libm::sin(z.im) * libm::cos(z.im) * libm::exp(-2.0 * z.re.abs());
        return ok(c(1.0f64.copysign(z.re), im));
    }
    let tx = libm::tanh(z.re);
    let ty = libm::tan(z.im);
    let cx = 1.0 / libm::cosh(z.re);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    ok(c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

/// `cmath.rect(r, phi)`.
pub fn rect(r: f64, phi: f64) -> Out {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let sign = if r > 0.0 { 1.0 } else { -1.0 };
            signed_by_cis(phi, sign, sign, INF)
        } else {
            tables::RECT[special_type(r)][special_type(phi)]
        };
        let err = (r != 0.0 && !r.is_nan() && phi.is_infinite()).then_some(MathErr::Domain);
        return (z, err);
    }
    if phi == 0.0 {
        // Keeps the sign of a zero phi in the imaginary part.
        return ok(c(r, r * phi));
    }
    ok(c(r * libm::cos(phi), r * libm::sin(phi)))
}

/// `abs(z)` (CPython's _Py_c_abs): infinite if either part is, NaN if a
/// part is NaN, else hypot with ERANGE on overflow.
pub fn abs(z: C) -> (f64, Errno) {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return (z.re.abs(), None);
        }
        if z.im.is_infinite() {
            return (z.im.abs(), None);
        }
        return (f64::NAN, None);
    }
    let r = libm::hypot(z.re, z.im);
    (r, (!r.is_finite()).then_some(MathErr::Range))
}

/// The phase of z (CPython's c_atan2 then libm's atan2, whose errno is
/// ERANGE when a nonzero y/x underflows to zero).
pub fn phase(z: C) -> (f64, Errno) {
    let (y, x) = (z.im, z.re);
    if x.is_nan() || y.is_nan() || x.is_infinite() || y.is_infinite() || y == 0.0 {
        return (crate::math::real::atan2(y, x), None);
    }
    let r = libm::atan2(y, x);
    (r, (r == 0.0).then_some(MathErr::Range))
}

/// a / b as CPython 3.11 divides complexes (Smith's algorithm); EDOM
/// when b is zero, which leaves a zero result.
pub fn quot(a: C, b: C) -> (C, Errno) {
    let abs_br = b.re.abs();
    let abs_bi = b.im.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return (c(0.0, 0.0), Some(MathErr::Domain));
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        return (
            c((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom),
            None,
        );
    }
    if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        return (
            c((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom),
            None,
        );
    }
    // A NaN in b.
    (c(f64::NAN, f64::NAN), None)
}
