# Generator state inspection: gi_running, gi_frame None after exit, gi_suspended, re-entrancy error.
def states():
    yield "first"
    yield "second"
g = states()
print(g.gi_running, g.gi_frame is None, g.gi_suspended)
next(g)
print(g.gi_running, g.gi_frame is None, g.gi_suspended)
list(g)
print(g.gi_running, g.gi_frame is None, g.gi_suspended)
def self_aware():
    yield me.gi_running
me = self_aware()
print("running while executing:", next(me))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(next(r, "finished after error"))
def code_info(a, b=2):
    c = a + b
    yield c
g = code_info(1)
print(g.gi_code.co_name, g.__name__, g.__qualname__)
def closed_state():
    try:
        yield 1
    finally:
        pass
c = closed_state()
next(c)
c.close()
print("closed:", c.gi_frame is None, c.gi_suspended)
def local_state():
    count = 0
    while True:
        count += 1
        yield count
ls = local_state()
print([next(ls) for _ in range(3)], next(ls))
g1, g2 = local_state(), local_state()
next(g1); next(g1)
print(next(g1), next(g2))
