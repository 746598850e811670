# Lambda expressions: defaults, varargs, immediate calls, nesting, use as keys, names.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, b=2, *, c=3: a + b + c)(1), (lambda a, /, b: a - b)(10, b=4))
print(sq.__name__, sq.__qualname__, (lambda: 0).__name__)
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (-p[0], p[1])))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
cond = lambda x: "big" if x > 10 else ("mid" if x > 5 else "small")
print(cond(11), cond(6), cond(0))
print((lambda x: (lambda y: x * y))(6)(7))
def outer():
    return lambda: __name__
print(outer()(), outer().__qualname__)
print(max(["apple", "fig", "banana"], key=lambda s: len(s)), min(range(-5, 5), key=lambda v: abs(v - 2)))
noop = lambda *_: None
print(noop(1, 2, 3))
print((lambda: (yield))().__class__.__name__)
