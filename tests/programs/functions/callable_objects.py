# Instances with __call__, callable(), and passing callables where functions are expected.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(4), callable(triple), list(map(triple, [1, 2, 3])))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, *args, **kwargs):
        self.n += 1
        return self.n, args, kwargs
c = Counter()
print(c(), c(1, 2), c(key="v"), c.n)
class Adder:
    def __call__(self, a, b=10, *, c=0):
        return a + b + c
add = Adder()
print(add(1), add(1, 2), add(1, c=100), add(*[5, 5]), add(**{"a": 1, "b": 1}))
try:
    add()
except TypeError as e:
    print("TypeError:", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
print(callable(NotCallable), callable(NotCallable()), callable(print), callable(lambda: 0))
class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, part):
        return Chain(self.parts + (part,))
print(Chain()("a")("b")("c").parts)
print(sorted(["bb", "a", "ccc"], key=Multiplier(-1).__call__ if False else len))
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Deco
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
