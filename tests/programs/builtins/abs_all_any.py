# abs, all, any: numeric types, custom __abs__, short-circuiting over generators, empty iterables, errors.
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(3 - 4j), abs(True), abs(-(2 ** 80)))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


print(abs(Vec(3, 4)))
print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, "", None]), any([0, "x"]))
print(all("abc"), any(""), all([[]]), any([[]]), all(x > 0 for x in [1, 2]), any(x < 0 for x in [1, 2]))


def noisy(values):
    for v in values:
        print("  yield", v)
        yield v


print(all(noisy([1, 0, 2])))
print(any(noisy([0, 3, 4])))
print(all(noisy([])), any(noisy([])))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    any(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class Falsy:
    def __bool__(self):
        return False


print(all([Falsy()]), any([Falsy(), Falsy()]), all({0: "key zero"}), any({0: 1, 2: 0}))
