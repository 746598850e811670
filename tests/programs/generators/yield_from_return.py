# yield from: delegation, return values, send/throw forwarding, iterating plain iterables.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return x + y
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield f"outer saw {result}"
    return "outer done"
g = outer()
print(next(g))
print(g.send(10))
print(g.send(5))
try:
    next(g)
except StopIteration as s:
    print("StopIteration", s.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def catcher():
    try:
        yield 1
    except ValueError as e:
        yield f"inner caught {e}"
    return "catcher returned"
def delegator():
    r = yield from catcher()
    yield r
d = delegator()
print(next(d), d.throw(ValueError("x")), next(d))
def plain_return():
    return 7
    yield
def use_plain():
    v = yield from plain_return()
    yield v * 6
print(list(use_plain()))
def counts():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def supervisor(results):
    while True:
        r = yield from counts()
        results.append(r)
out = []
s = supervisor(out)
next(s)
for batch in ([1, 2, 3], [10, 20]):
    for v in batch:
        s.send(v)
    s.send(None)
print(out)
