# Async generators driven by hand: __anext__, asend, athrow, aclose, StopAsyncIteration.
class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    try:
        for i in range(n):
            await Tick()
            received = yield i
            if received is not None:
                print("agen received", received)
    finally:
        print("agen finally")
def drive(awaitable):
    ticks = 0
    try:
        while True:
            awaitable.send(None)
            ticks += 1
    except StopIteration as s:
        return s.value, ticks
g = agen(3)
print(type(g).__name__, g.__name__)
print(drive(g.__anext__()))
print(drive(g.asend("hello")))
print(drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
g2 = agen(5)
drive(g2.__anext__())
print(drive(g2.aclose()))
try:
    drive(g2.__anext__())
except StopAsyncIteration:
    print("closed agen is exhausted")
async def catching():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught in agen:", e)
            yield "recovered"
            return
g3 = catching()
drive(g3.__anext__())
print(drive(g3.athrow(ValueError("thrown"))))
try:
    drive(g3.__anext__())
except StopAsyncIteration:
    print("done after return")
async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
print(drive(consume()))
