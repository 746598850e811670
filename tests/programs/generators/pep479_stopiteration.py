# PEP 479: StopIteration raised inside a generator becomes RuntimeError with __cause__.
def leaky():
    yield 1
    raise StopIteration("explicit")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.args)
def next_on_empty():
    it = iter([])
    yield "before"
    yield next(it)
try:
    print(list(next_on_empty()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause type:", type(e.__cause__).__name__)
def guarded():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "clean return"
        yield v
g = guarded()
print(list(g))
def returns_value():
    yield 1
    return "the value"
try:
    g = returns_value()
    next(g)
    next(g)
except StopIteration as e:
    print("StopIteration.value =", e.value)
def subclass_too():
    class MyStop(StopIteration):
        pass
    yield 0
    raise MyStop
try:
    list(subclass_too())
except RuntimeError as e:
    print("subclass also converted:", e, type(e.__cause__).__name__)
def other_exceptions_pass():
    yield 1
    raise KeyError("unchanged")
try:
    list(other_exceptions_pass())
except KeyError as e:
    print("KeyError passes through:", e)
g = leaky()
list(zip(range(1), g))
print("zip stopped before the leak")
