# yield from run in the caller's loop: sent values, return values, exceptions, throw, close, PEP 479, tracebacks
import sys

def inner(n):
    total = 0
    for i in range(n):
        v = yield i
        if v is not None:
            total += v
    return total

def outer():
    r = yield from inner(3)
    print("inner returned", r)
    r2 = yield from inner(2)
    return r + r2

g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))
try:
    g.send(5)
    print(g.send(1))
    g.send(2)
except StopIteration as e:
    print("stop", e.value)

def started():
    s = inner(3)
    next(s)
    r = yield from s
    return r
print(list(started()))

def raiser():
    yield 1
    raise ValueError("boom")

def catcher():
    try:
        yield from raiser()
    except ValueError as e:
        print("caught", e)
        yield 99
print(list(catcher()))

def thrower():
    try:
        yield from inner(5)
    except KeyError as e:
        print("outer got", repr(e))
        yield "after"
t = thrower()
next(t)
print(t.throw(KeyError("k")))

def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally")
c = closing_outer()
next(c)
c.close()

def stopper():
    yield 1
    raise StopIteration("x")
def wrap():
    yield from stopper()
try:
    list(wrap())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

def deep(n):
    if n == 0:
        yield "leaf"
        return "r0"
    r = yield from deep(n - 1)
    yield r
    return "r%d" % n
print(list(deep(4)))

def running():
    yield from me
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

def fresh_send():
    sub = inner(2)
    yield from sub
f = fresh_send()
print(next(f), f.send(3), f.send(None) if False else "ok")

def tb_inner():
    yield 1
    1 / 0
def tb_outer():
    yield from tb_inner()
for x in tb_outer():
    print(x)
