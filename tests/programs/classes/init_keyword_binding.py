# Class calls whose __init__ takes keywords, *args and **kwargs: the
# arguments are bound where they sit, and a call that cannot bind makes
# no instance (so __del__ runs once, as in CPython).


class Point:
    def __init__(self, x=0, y=0, *, z=0):
        self.x, self.y, self.z = x, y, z

    def __repr__(self):
        return f"Point({self.x}, {self.y}, z={self.z})"


class Bag:
    def __init__(self, first, *rest, **named):
        self.first, self.rest, self.named = first, rest, named


class Noisy:
    deleted = 0

    def __init__(self, a, *, b):
        self.a, self.b = a, b

    def __del__(self):
        Noisy.deleted += 1


class Err(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code


print(Point(1, 2, z=3), Point(y=5), Point(z=9, x=1), Point())
b = Bag(1, 2, 3, k="v", w=4)
print(b.first, b.rest, sorted(b.named.items()))
b = Bag(first=0)
print(b.first, b.rest, b.named)
opts = {"y": 7, "z": 8}
print(Point(1, **opts), Point(*(4, 5), **{"z": 6}))

n = Noisy(1, b=2)
del n
print("deleted", Noisy.deleted)
for call in (
    lambda: Noisy(1),
    lambda: Noisy(1, 2),
    lambda: Noisy(1, b=2, c=3),
    lambda: Noisy(a=1, b=2, self=3),
    lambda: Point(1, x=2),
    lambda: Point(1, 2, 3),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print("deleted", Noisy.deleted)

try:
    raise Err("bad", code=7)
except Err as e:
    print(repr(e), e.args, e.code)


def many(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h


print(many(*range(8)), many(*[1] * 4, *(2, 2), **{"g": 3, "h": 4}))
for bad in ([1, 2], {1: 2}):
    try:
        many(*range(6), **{bad[0] if isinstance(bad, list) else 1: 2})
    except TypeError as e:
        print("TypeError:", e)
try:
    many(*5)
except TypeError as e:
    print("TypeError:", e)


class Sized:
    def __len__(self):
        return 3


class MyList(list):
    def __len__(self):
        return 99


print(len([1, 2]), len((1,)), len("héllo"), len({1: 2}), len({1, 2, 3}), len(b"ab"))
print(len(range(10)), len(range(0, 100, 7)), len({}.keys()), len(Sized()), len(MyList([1])))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
len = lambda x: -1
print(len([1, 2, 3]))
