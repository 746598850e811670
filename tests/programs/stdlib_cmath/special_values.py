# Every function on every combination of the seven classes of real and
# imaginary parts (C99 Annex G's tables), plus the boundaries of the
# rescaling paths; NaN signs are shown too (CPython's are deterministic).
import cmath
import math

inf, nan = math.inf, math.nan

def part(x):
    if x != x:
        return "-nan" if math.copysign(1.0, x) < 0 else "nan"
    return repr(x)

def show(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return type(e).__name__
    if isinstance(r, complex):
        return f"({part(r.real)},{part(r.imag)})"
    if isinstance(r, tuple):
        return "(" + ",".join(part(x) for x in r) + ")"
    if isinstance(r, float):
        return part(r)
    return repr(r)

CLASSES = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
ONE = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp",
       "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar",
       "isfinite", "isinf", "isnan"]
for name in ONE:
    f = getattr(cmath, name)
    print(name)
    for x in CLASSES:
        print(" ", " ".join(show(f, complex(x, y)) for y in CLASSES))

print("rect")
for x in CLASSES:
    print(" ", " ".join(show(cmath.rect, x, y) for y in CLASSES))

EDGES = [1.0, -1.0, 0.5, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
         1.4916681462400413e-154, 1e154, 1.3407807929942596e154, 4.49423283715579e307,
         4.5e307, 1e308, -1.7976931348623157e308, 709.0, 710.0, -710.5, 708.39, 0.71, 1.73,
         0.70710678118654757, 1e-20]
for name in ONE[:16]:
    f = getattr(cmath, name)
    print(name)
    for x in EDGES:
        print(" ", " ".join(show(f, complex(x, y)) for y in EDGES[:12]))
        print(" ", " ".join(show(f, complex(x, y)) for y in EDGES[12:]))
