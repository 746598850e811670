# The one-argument float functions on a grid of ordinary arguments: every
# result's repr must be bit-for-bit CPython's (libm where CPython uses it).
import math

NAMES = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos",
         "cosh", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "gamma",
         "lgamma", "log", "log10", "log1p", "log2", "sin", "sinh", "sqrt",
         "tan", "tanh", "degrees", "radians", "ulp"]

GRID = [0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 3.7, 5.0, 7.25,
        10.0, 20.5, 33.3, 100.0, 171.5, 500.0, 1e-5, 1e-12, 1e-300,
        0.1, 0.2, 0.3, 0.9999999, 1.0000001, 123456.789, 1e15, 1e22]

def show(name, x):
    f = getattr(math, name)
    try:
        r = f(x)
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}({e})"
    return repr(r)

for name in NAMES:
    print(name)
    for sign in (1, -1):
        row = [show(name, sign * x) for x in GRID]
        print(" ", " ".join(row))

# A pseudo-random sweep (a fixed LCG) over a wide range of magnitudes.
state = 12345
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state / 2 ** 64

values = []
for i in range(60):
    m = rand() * 2 - 1
    e = int(rand() * 40) - 20
    values.append(m * 2.0 ** e)
for name in NAMES:
    print(name, " ".join(show(name, v) for v in values))

# ints and bools convert to float first
print(math.sqrt(2), math.exp(1), math.sin(True), math.cos(False), math.sqrt(10 ** 20))
print(math.fabs(-3), math.fabs(-0.0), math.degrees(math.pi), math.radians(180))
