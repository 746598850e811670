# fsum (exactly rounded sums), hypot and dist (CPython's compensated,
# scaled norm) and prod, on tricky and pseudo-random inputs.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1.0, 1e16]), math.fsum([1.0, 1e16, 1e-16]))
print(math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]), math.fsum([2.0 ** 53, 1.0, 2.0 ** -100]))
print(math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([1e308, -1e308, 1e308]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum([-0.0, 0.0]), math.fsum(iter([1, 2, 3])))
print(math.fsum(x / 7 for x in range(1000)), math.fsum([True, 2, 3.5, 10 ** 20]))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 5e-324]))
print(math.fsum([0.3, 0.6, -0.9, 1e-17]), math.fsum(range(100000)))

state = 987654321
def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state / 2 ** 64

for trial in range(20):
    xs = [(rand() - 0.5) * 10.0 ** int(rand() * 30 - 15) for _ in range(int(rand() * 50) + 1)]
    print(repr(math.fsum(xs)), repr(sum(xs)))

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12))
print(math.hypot(1e308, 1e308), math.hypot(1e-308, 1e-308), math.hypot(5e-324, 5e-324))
print(math.hypot(5e-324, 1e-310, 3e-320), math.hypot(1.5, 2.5, 3.5, 4.5, 5.5))
print(math.hypot(*range(100)), math.hypot(*[0.1] * 1000), math.hypot(0.0, -0.0))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1.0), math.hypot(-math.inf, 2))
print(math.hypot(True, 2, 10 ** 10), math.hypot(1, 1), math.hypot(2 ** 0.5, 2 ** 0.5))
for trial in range(40):
    n = int(rand() * 6) + 2
    xs = [(rand() - 0.5) * 10.0 ** int(rand() * 20 - 10) for _ in range(n)]
    print(repr(math.hypot(*xs)), repr(math.dist(xs, xs[::-1])))
for trial in range(30):
    x, y = rand() * 1000, rand() * 1e-3
    print(repr(math.hypot(x, y)), repr(math.hypot(y, x)), repr(math.hypot(x, x)))

print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], (1, 1, 1)), math.dist((), ()))
print(math.dist(iter([1.5, 2.5]), range(2)), math.dist((1e308,), (-1e308,)))
print(math.dist((math.inf, 1), (1, math.nan)), math.dist((math.nan,), (math.nan,)))
class T(tuple):
    pass
print(math.dist(T((1, 2)), T((3, 5))), math.dist("", ""))

print(math.prod([]), math.prod([], start=5), math.prod(range(1, 11)), math.prod([2.5, 4]))
print(math.prod([1, 2, 3], start=0.5), math.prod([2] * 100), math.prod([10 ** 10] * 5))
print(math.prod([1.5, 2, 10 ** 30]), math.prod([3, 1.5]), math.prod([True, True]))
print(math.prod([[1], 3], start=1), math.prod(["ab", 3]), math.prod([2, 3], start=[7]))
print(math.prod([1j, 1j]), math.prod([2 ** 62, 2 ** 62, 4]), math.prod([-1] * 7))
print(math.prod(x / 3 for x in range(1, 30)), math.prod([1e200, 1e200]))
class M:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return self.s
    def __mul__(self, other):
        return M(f"({self.s}*{other!r})")
    def __rmul__(self, other):
        return M(f"({other!r}*{self.s})")
print(math.prod([M("a"), 2, M("b")]).s, math.prod([2, 3], start=M("s")).s)
