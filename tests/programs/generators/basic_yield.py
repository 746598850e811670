# Generator basics: lazy execution, next(), StopIteration, exhaustion, multiple instances.
def gen():
    print("start")
    yield 1
    print("after first")
    yield 2
    print("after second")
g = gen()
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(next(g, "default"))
a, b = gen(), gen()
print(next(a), next(a), next(b))
print(list(gen()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), max(countdown(3)))
for v in countdown(3):
    print("loop", v)
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def yields_none():
    yield
    x = yield
    print("x is", x)
print(list(yields_none()))
g = countdown(2)
print(iter(g) is g, g.__next__(), next(g), next(g, "done"))
print(gen.__name__, g.__name__, g.__qualname__)
