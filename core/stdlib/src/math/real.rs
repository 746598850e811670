//! The float algorithms of CPython's mathmodule.c that are not a plain
//! libm call: gamma and lgamma (Lanczos), atan2 and pow special values,
//! remainder, fmod, frexp/ldexp, nextafter, ulp. Pure functions: errors
//! come back as [`MathErr`], which the callers turn into exceptions.

use std::f64::consts::PI;

/// The error a math function reports (CPython's errno EDOM / ERANGE).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathErr {
    /// ValueError("math domain error"): invalid argument or singularity.
    Domain,
    /// OverflowError("math range error").
    Range,
}

/// A math function's result.
pub type MathResult = Result<f64, MathErr>;

/// CPython's `math_1` rule for a libm result `r` of argument `x`: a NaN
/// from a non-NaN is invalid; an infinity from a finite argument is an
/// overflow, or a singularity when the function cannot overflow.
pub fn check_1(x: f64, r: f64, can_overflow: bool) -> MathResult {
    if r.is_nan() && !x.is_nan() {
        return Err(MathErr::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            MathErr::Range
        } else {
            MathErr::Domain
        });
    }
    Ok(r)
}

/// CPython's `math_2` rule for two-argument functions.
pub fn check_2(x: f64, y: f64, r: f64) -> MathResult {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathErr::Domain);
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

/// The C library's math functions, called directly: Rust's std computes
/// some of them itself (asinh, acosh, atanh, and cbrt correctly rounded),
/// and CPython's results are libm's.
mod ffi {
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        // compiler_builtins links in its own (correctly rounded) `cbrt`,
        // which the linker prefers to libm's: name glibc's versioned one.
        #[cfg_attr(
            all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"),
            link_name = "cbrt@GLIBC_2.2.5"
        )]
        #[cfg_attr(
            all(target_os = "linux", target_env = "gnu", target_arch = "aarch64"),
            link_name = "cbrt@GLIBC_2.17"
        )]
        pub fn cbrt(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn hypot(x: f64, y: f64) -> f64;
    }
}

/// Safe wrappers for the libm functions.
pub mod libm {
    use super::ffi;

    macro_rules! wrap {
        ($($name:ident($($arg:ident),*)),* $(,)?) => {$(
            /// The C library's function of the same name.
            pub fn $name($($arg: f64),*) -> f64 {
                // SAFETY: a pure libm function of doubles, defined for every input.
                unsafe { ffi::$name($($arg),*) }
            }
        )*};
    }

    wrap!(
        sin(x),
        cos(x),
        tan(x),
        asin(x),
        acos(x),
        atan(x),
        sinh(x),
        cosh(x),
        tanh(x),
        asinh(x),
        acosh(x),
        atanh(x),
        exp(x),
        exp2(x),
        expm1(x),
        log(x),
        log2(x),
        log10(x),
        log1p(x),
        cbrt(x),
        erf(x),
        erfc(x),
        atan2(y, x),
        pow(x, y),
        hypot(x, y),
    );
}

/// sin(pi * x) for finite x, exact at integers (the gamma reflection formula).
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        // sin(pi*(1-y)), not -sin(pi*(y-1)), which gives -0.0 at y == 1.
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

// The constants as CPython spells them (the compiler rounds them).
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// x*(x+1)*...*(x+11) expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos sum as a rational function, evaluated in 1/x for large x
/// so that neither polynomial overflows.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `math.gamma`: Lanczos for positive x, reflection for negative x.
pub fn gamma(x: f64) -> MathResult {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathErr::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathErr::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathErr::Domain);
        }
        if x <= 23.0 {
            // Exact factorials: (x-1)! fits a double exactly up to 22!.
            return Ok(small_factorial(x as u64 - 1));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return range_check(1.0 / x);
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(MathErr::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct pow(y, ...) and exp(y) below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    range_check(r)
}

/// n! as a double, for n <= 22 (exact).
fn small_factorial(n: u64) -> f64 {
    (1..=n).map(|k| k as f64).product()
}

/// An infinite result is an overflow.
fn range_check(r: f64) -> MathResult {
    if r.is_infinite() {
        Err(MathErr::Range)
    } else {
        Ok(r)
    }
}

/// `math.lgamma`: log|gamma(x)| by Lanczos, reflection for negative x.
pub fn lgamma(x: f64) -> MathResult {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathErr::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-libm::log(absx));
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOGPI - libm::log(sinpi(absx).abs()) - libm::log(absx) - r;
    }
    range_check(r)
}

#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

/// `math.atan2` with C99's special values handled before libm.
pub fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let q = if x.is_sign_positive() { 0.25 } else { 0.75 };
            return (q * PI).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

/// IEEE 754 remainder: x - n*y with n the nearest integer (ties to even). Exact.
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Compare m with absy - m rather than with 0.5*absy, which may
        // not be representable; absy - m is exact whenever it matters.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: m when the quotient is even, -m when odd.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.fmod`.
pub fn fmod(x: f64, y: f64) -> MathResult {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathErr::Domain);
    }
    Ok(r)
}

/// `math.pow`: IEEE special values handled directly, finite**finite by libm.
pub fn pow(x: f64, y: f64) -> MathResult {
    if !x.is_finite() || !y.is_finite() {
        return Ok(pow_special(x, y));
    }
    let r = libm::pow(x, y);
    if r.is_nan() {
        return Err(MathErr::Domain);
    }
    if r.is_infinite() {
        // (+-0)**negative is a singularity, anything else an overflow.
        return Err(if x == 0.0 {
            MathErr::Domain
        } else {
            MathErr::Range
        });
    }
    Ok(r)
}

fn pow_special(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return if y == 0.0 { 1.0 } else { x };
    }
    if y.is_nan() {
        return if x == 1.0 { 1.0 } else { y };
    }
    if x.is_infinite() {
        let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
        return if y > 0.0 {
            if odd_y {
                x
            } else {
                x.abs()
            }
        } else if y == 0.0 {
            1.0
        } else if odd_y {
            0.0f64.copysign(x)
        } else {
            0.0
        };
    }
    // y is infinite, x finite.
    if x.abs() == 1.0 {
        1.0
    } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
        f64::INFINITY
    } else {
        0.0
    }
}

/// C's frexp for finite nonzero x: (m, e) with 0.5 <= |m| < 1 and x == m * 2**e.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        // Subnormal: scale into the normal range first (exact).
        (x * TWO54, 54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 - bias)
}

const TWO54: f64 = 18014398509481984.0;

/// 2**n for n in the normal exponent range.
fn pow2(n: i32) -> f64 {
    f64::from_bits(((n + 1023) as u64) << 52)
}

/// C's ldexp (x * 2**n, one rounding), for any n.
pub fn ldexp(x: f64, n: i64) -> f64 {
    let mut y = x;
    let mut n = n.clamp(-3000, 3000) as i32;
    if n > 1023 {
        y *= pow2(1023);
        n -= 1023;
        if n > 1023 {
            y *= pow2(1023);
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        // Scale by 2**(-1022+53) first so that the last product rounds
        // once, even into the subnormal range.
        let step = pow2(-1022) * pow2(53);
        y *= step;
        n += 1022 - 53;
        if n < -1022 {
            y *= step;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * pow2(n)
}

/// `math.modf`: (fractional part, integer part), both with x's sign.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int = x.trunc();
    ((x - int).copysign(x), int)
}

/// C's nextafter: the next float after x towards y.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Away from zero when moving in x's direction, else towards it.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// `math.ulp`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    up - x
}

/// log with C99's special values (CPython's m_log; m_log10 and m_log2 alike).
pub fn log_with(x: f64, f: fn(f64) -> f64) -> MathResult {
    if x.is_nan() {
        return Ok(x);
    }
    if x > 0.0 {
        // log(inf) is inf: no error.
        return Ok(f(x));
    }
    Err(MathErr::Domain)
}
