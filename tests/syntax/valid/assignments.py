# Assignment statements: simple, chained, augmented, annotated.
x = 1
x = y = z = 2
a, b = 1, 2
(a, b) = (b, a)
[a, b] = [b, a]
a, = [1]
(a), (b) = 1, 2
((a, b), c) = ((1, 2), 3)
obj = type("O", (), {})()
obj.attr = 1
obj.attr.__class__.name = "O2" if False else None
d = {}
d["key"] = 1
d["a"], d["b"] = 1, 2
lst = [0] * 10
lst[0] = lst[-1] = 5
lst[1:3] = [1, 2]
lst[::2] = [0] * 5
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 3
x **= 2
x = int(x)
x >>= 1
x <<= 1
x &= 0xff
x |= 1
x ^= 1
m = [[1]]
m @= m if False else None
obj.attr += 1
d["key"] *= 3
lst[0] -= 1
count: int
count: int = 0
ratio: float = 1.5
names: list[str] = []
obj.typed: int = 3
d["annotated"]: str = "v"
(paren): int = 1
callback: "Callable[[int], str]"
tupled: tuple[int, ...] = 1, 2, 3
gen_value = yield_free = None


def generator():
    received = yield
    pair = yield 1, 2
    starred: tuple = yield
    received += yield
    return received


x = y = [1, 2]
value = *x, *y
__all__ = ["x"]
_private, __dunder__ = 1, 2
