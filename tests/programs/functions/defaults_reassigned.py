# Calls after __defaults__ is replaced, shortened, lengthened or deleted:
# the fast call path must see the new defaults every time.


def f(a, b, c):
    return (a, b, c)


def call(fn, *args):
    try:
        return fn(*args)
    except TypeError as e:
        return "TypeError: " + str(e)


for defaults in [(1, 2, 3), (9,), (), None, (7, 8)]:
    f.__defaults__ = defaults
    print(defaults, [call(f, *range(n)) for n in range(4)])
    # Positional calls in a loop take the fast path.
    total = 0
    for i in range(3):
        try:
            total += len(f(i, i))
        except TypeError:
            total -= 1
    print("loop", total)

del f.__defaults__
print(f.__defaults__, call(f, 1, 2))


def g(x=1, *, k=2):
    return x + k


print(g(), g(5))
g.__defaults__ = (10,)
print(g(), g.__kwdefaults__)
