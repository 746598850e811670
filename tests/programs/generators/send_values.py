# Generator send(): priming with None, yield as expression, running averages, echo.
def echo():
    print("echo started")
    received = None
    while True:
        received = yield f"echo: {received}"
        print("received", received)
e = echo()
print(next(e))
print(e.send("hello"))
print(e.send(42))
print(next(e))
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
a.send(None)
for v in (10, 20, 30, 5):
    print("avg", a.send(v))
fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print("TypeError:", err)
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
acc = accumulate()
next(acc)
for v in [1, 2, 3]:
    acc.send(v)
try:
    acc.send(None)
except StopIteration as stop:
    print("final total", stop.value)
def two_way():
    x = yield 1
    y = yield x * 10
    z = yield x + y
    return (x, y, z)
g = two_way()
print(next(g), g.send(2), g.send(3))
try:
    g.send(4)
except StopIteration as s:
    print("returned", s.value)
