# Objects with __await__ (generator-based) suspend coroutines; the driver sees yielded values.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        print("suspending with", self.tag)
        reply = yield self.tag
        print("resumed with", reply)
        return f"{self.tag}->{reply}"
async def worker():
    a = await Suspend("first")
    b = await Suspend("second")
    return [a, b]
coro = worker()
print("driver got", coro.send(None))
print("driver got", coro.send("r1"))
try:
    coro.send("r2")
except StopIteration as s:
    print("finished", s.value)
class Immediate:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield
async def no_suspend():
    return await Immediate(1) + await Immediate(2)
try:
    no_suspend().send(None)
except StopIteration as s:
    print("no suspension result", s.value)
class Bad:
    def __await__(self):
        return 42
async def await_bad():
    await Bad()
try:
    await_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def await_int():
    await 5
try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)
class Delegating:
    def __await__(self):
        r = yield from Suspend("delegated").__await__()
        return r.upper()
async def uses_delegating():
    return await Delegating()
c = uses_delegating()
print(c.send(None))
try:
    c.send("ok")
except StopIteration as s:
    print("delegated result", s.value)
