# Infinities, NaNs and signed zeros through every float function, in the
# C99 Annex F sense CPython follows (errors shown as type and message).
import math

inf, nan = math.inf, math.nan
SPECIALS = [0.0, -0.0, inf, -inf, nan, 1.0, -1.0, 5e-324, -5e-324,
            1.7976931348623157e308, -1.7976931348623157e308, 2.2250738585072014e-308]

def show(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return f"{type(e).__name__}({e})"
    return repr(r)

ONE = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil",
       "cos", "cosh", "degrees", "erf", "erfc", "exp", "exp2", "expm1", "fabs",
       "floor", "frexp", "gamma", "isfinite", "isinf", "isnan", "lgamma",
       "log", "log10", "log1p", "log2", "modf", "radians", "sin", "sinh",
       "sqrt", "tan", "tanh", "trunc", "ulp"]
for name in ONE:
    f = getattr(math, name)
    print(name, " ".join(show(f, x) for x in SPECIALS))

TWO = ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter", "hypot",
       "dist2", "isclose", "log"]
PAIRS = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 0.0),
         (-1.0, 0.0), (1.0, -0.0), (inf, 1.0), (-inf, 1.0), (1.0, inf),
         (1.0, -inf), (inf, inf), (inf, -inf), (-inf, inf), (-inf, -inf),
         (nan, 1.0), (1.0, nan), (nan, nan), (nan, 0.0), (0.0, nan),
         (2.0, 3.0), (-2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), (-0.0, -1.0),
         (-0.0, -3.0), (0.0, -2.5), (inf, -2.0), (-inf, -3.0), (-inf, 3.0),
         (-inf, 2.0), (0.5, inf), (0.5, -inf), (-1.0, inf), (-1.0, -inf),
         (1e308, 10.0), (-1e308, 3.0), (10.0, 400.0), (1e-300, 1e-300),
         (5e-324, 5e-324), (3.0, 2.0), (-3.0, 2.0), (1.5, -1.0)]
for name in TWO:
    if name == "dist2":
        f = lambda a, b: math.dist((a,), (b,))
    else:
        f = getattr(math, name)
    print(name, " ".join(show(f, a, b) for a, b in PAIRS))

print(show(math.ldexp, inf, 5), show(math.ldexp, -inf, -5), show(math.ldexp, nan, 3))
print(show(math.ldexp, -0.0, 10 ** 100), show(math.ldexp, 0.0, -10 ** 100))
print(show(math.fsum, [inf, 1.0]), show(math.fsum, [-inf, -inf]), show(math.fsum, [nan, 1.0]))
print(show(math.fsum, [inf, nan]), show(math.fsum, [-0.0, -0.0]), show(math.fsum, []))
print(show(math.prod, [inf, 0.0]), show(math.prod, [-0.0, 5]), show(math.prod, [nan]))

# The sign of a NaN result is observable through copysign.
def nan_sign(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError) as e:
        return type(e).__name__
    if isinstance(r, tuple):
        return tuple(math.copysign(1.0, x) for x in r)
    return math.copysign(1.0, r)

mnan = -nan
for label, f, args in [("sqrt", math.sqrt, (mnan,)), ("log", math.log, (mnan,)),
                       ("exp", math.exp, (mnan,)), ("gamma", math.gamma, (mnan,)),
                       ("lgamma", math.lgamma, (mnan,)), ("atan2", math.atan2, (mnan, 1.0)),
                       ("hypot", math.hypot, (mnan, 1.0)), ("dist", math.dist, ((mnan,), (1.0,))),
                       ("fmod", math.fmod, (mnan, 1.0)), ("remainder", math.remainder, (mnan, 1.0)),
                       ("remainder2", math.remainder, (1.0, mnan)), ("pow", math.pow, (mnan, 1.0)),
                       ("nextafter", math.nextafter, (mnan, 1.0)), ("nextafter2", math.nextafter, (1.0, mnan)),
                       ("ulp", math.ulp, (mnan,)), ("modf", math.modf, (mnan,)), ("frexp", math.frexp, (mnan,)),
                       ("fsum", math.fsum, ([mnan],)), ("fsum2", math.fsum, ([inf, mnan],)),
                       ("copysign", math.copysign, (nan, -1.0)), ("fabs", math.fabs, (mnan,)),
                       ("ldexp", math.ldexp, (mnan, 3)), ("degrees", math.degrees, (mnan,)),
                       ("prod", math.prod, ([mnan, 2.0],)), ("constant", lambda: math.nan, ())]:
    print(label, nan_sign(f, *args), end="; ")
print()
