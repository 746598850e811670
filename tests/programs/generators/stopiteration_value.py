# Retrieving generator return values via StopIteration.value and yield from; manual driving.
def compute(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total
g = compute(4)
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as stop:
        print("yielded", values, "returned", stop.value)
        break
def no_return():
    yield 1
g = no_return()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("value of implicit return:", stop.value, stop.args)
def returns_tuple():
    yield
    return 1, 2
g = returns_tuple()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("tuple value:", stop.value, stop.args)
def returns_none_explicit():
    yield
    return None
g = returns_none_explicit()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("explicit None:", stop.value, stop.args)
def driver(gen):
    result = yield from gen
    return ("wrapped", result)
g = driver(compute(3))
print(list(g))
def run(gen):
    out = []
    try:
        while True:
            out.append(next(gen))
    except StopIteration as s:
        return out, s.value
print(run(driver(compute(5))))
e = StopIteration(5, 6)
print(e.value, e.args, StopIteration().value)
print(list(compute(3)), sum(compute(4)))
