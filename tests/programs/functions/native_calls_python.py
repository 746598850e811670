# Python functions called from native code (map, filter, sorted's key,
# max's key, iter's callable): defaults, generators, errors, recursion
# limits and a map re-entered from its own function.


def add(a, b=10):
    return a + b


def gen(n):
    yield n
    yield n * 2


print(list(map(add, [1, 2, 3])))
print(list(map(add, [1, 2], [5, 6])))
print([list(g) for g in map(gen, range(3))])
print(list(filter(lambda x: x % 3, range(10))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(sorted(["bb", "a", "ccc"], key=len), max([3, -7, 5], key=abs))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(map(lambda x, *, k=2: x * k, [1, 2])))


def boom(x):
    if x == 2:
        raise ValueError("boom at %d" % x)
    return x


try:
    print(list(map(boom, range(5))))
except ValueError as e:
    print("ValueError", e)

try:
    list(map(add, [1], [2], [3]))
except TypeError as e:
    print("TypeError", e)

try:
    list(map(lambda: 1, [1]))
except TypeError as e:
    print("TypeError", e)

# A map whose function advances the same map.
m = None


def reenter(x):
    if x == 0:
        return ("inner", next(m))
    return x


m = map(reenter, range(4))
print(list(m))

# A filter whose predicate advances the same filter.
f = None


def pred(x):
    if x == 1:
        return next(f, "end") is not None
    return x % 2 == 0


f = filter(pred, range(8))
print(list(f))


def deep(n):
    return list(map(deep, [n + 1]))


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)

counter = iter(range(3)).__next__
print(list(iter(lambda: counter(), 2)))
