# The complex functions on ordinary and pseudo-random arguments of many
# magnitudes: results must be CPython's bit for bit; plus log with a base,
# polar/rect round trips and isclose.
import cmath
import math

NAMES = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp",
         "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar"]

def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return type(e).__name__

GRID = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 1 + 1j, -2 + 3j, 0.5 - 0.25j, 3.7 + 0j,
        -0.3 - 4j, 10 + 10j, 100 - 1j, 1e-8 + 1e-8j, 0.9 + 0.4j, 1.2 - 0.9j,
        complex(0.0, -0.0), complex(-0.0, 0.0), complex(-5, -0.0), complex(2, -0.0)]
for name in NAMES:
    f = getattr(cmath, name)
    print(name, " ".join(show(f, z) for z in GRID))
for v in [2, -3, 0.5, True, 10 ** 10]:
    print(v, [show(getattr(cmath, n), v) for n in ("sqrt", "log", "exp", "acos", "phase")])

state = 31337
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state / 2 ** 64

def rnum():
    return (rand() - 0.5) * 10.0 ** int(rand() * 24 - 12)

zs = [complex(rnum(), rnum()) for _ in range(60)]
zs += [complex(rnum() * 1e300, rnum()) for _ in range(6)]
zs += [complex(rnum() * 1e-300, rnum() * 1e-300) for _ in range(6)]
zs += [complex(rand() * 1500 - 750, rnum()) for _ in range(8)]
for z in zs:
    print(repr(z))
    print(" ", " ".join(show(getattr(cmath, n), z) for n in NAMES))

for z, b in [(8, 2), (100, 10), (1j, 1j), (-1, 2), (2 + 3j, 1 - 1j), (1e300, 1e-300),
             (0.5, 0.5 + 0j), (complex(1, 1), math.e), (3, complex(0, -2)), (1, 10),
             (complex(1e-320, 0), 2), (-0.0, 3)]:
    print(show(cmath.log, z, b), show(cmath.log10, z), show(cmath.log, z))

for r, phi in [(1, 0), (2, math.pi / 2), (1, math.pi), (3, -0.0), (-2, 0.0), (-2, -0.0),
               (0, 1), (-0.0, 2), (1e308, 0.5), (5, 1e10), (2, -3.5), (True, 1)]:
    z = cmath.rect(r, phi)
    print(repr(z), cmath.polar(z), cmath.phase(z), abs(z))

pairs = [(1 + 1j, 1 + 1.0000000001j), (1j, 1.001j), (0j, 1e-10j), (1e308 + 1e308j, 1e308 + 1e308j),
         (complex(math.inf, 1), complex(math.inf, 1)), (complex(math.inf, 1), complex(math.inf, 2)),
         (complex(math.nan, 0), complex(math.nan, 0)), (1 + 2j, 1.1 + 2j), (1e-300j, 0j)]
for a, b in pairs:
    print(cmath.isclose(a, b), cmath.isclose(a, b, rel_tol=0.1), cmath.isclose(a, b, abs_tol=1e-9),
          cmath.isclose(b, a, rel_tol=0.0), end=" | ")
print()
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, math.inf)), cmath.isnan(complex(math.nan, 1)),
      cmath.isfinite(complex(1, math.nan)), cmath.isinf(5), cmath.isnan(2.5))
