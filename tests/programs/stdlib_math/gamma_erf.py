# gamma and lgamma (CPython's Lanczos implementation, reflection for
# negative arguments) and erf/erfc across their ranges, including the
# integer table, the tiny and huge cutoffs and the overflow boundary.
import math

def show(f, x):
    try:
        return repr(f(x))
    except (ValueError, OverflowError) as e:
        return type(e).__name__

points = [k / 8 for k in range(-80, 81)]
points += [1e-21, -1e-21, 1e-19, 5.52468004077673, 5.524680040776729, 139.9, 140.0, 140.1,
           141.5, 170.5, 171.0, 171.6, 171.7, 172.0, -139.5, -140.5, -170.5, -171.5, -180.3,
           -199.9, -200.5, -250.25, -1000.5, 200.0, 201.0, 1e10, -1e10 + 0.5, 23.0, 24.0, 22.0,
           2.0 ** -1074, -(2.0 ** -1074), 1e-300, 0.5 + 2 ** -30, 1 - 2 ** -53, 2 + 2 ** -51,
           -0.5 - 2 ** -40, -1 + 2 ** -52, -1 - 2 ** -52, 2.5e305, 1e306, 1e308, 4.3e-10]
for name in ("gamma", "lgamma", "erf", "erfc"):
    f = getattr(math, name)
    print(name)
    for i in range(0, len(points), 8):
        print(" ", " ".join(show(f, x) for x in points[i:i + 8]))

state = 2024
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state / 2 ** 64

xs = [(rand() - 0.5) * 2 * 10 ** (rand() * 2.4) for _ in range(80)]
for name in ("gamma", "lgamma", "erf", "erfc"):
    f = getattr(math, name)
    print(name, " ".join(show(f, x) for x in xs))
print([math.gamma(n) == math.factorial(n - 1) for n in range(1, 24)])
