# async for over objects implementing __aiter__/__anext__ with StopAsyncIteration.
class Tick:
    def __await__(self):
        yield "tick"
class AsyncCounter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        if self.i >= self.n:
            print("StopAsyncIteration")
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i * 10
async def main():
    total = 0
    async for v in AsyncCounter(3):
        print("got", v)
        total += v
    else:
        print("async for else clause")
    async for v in AsyncCounter(5):
        if v == 20:
            break
    print("broke at", v)
    return total
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as s:
        return s.value, ticks
print(run(main()))
class NotAsyncIterable:
    pass
async def bad():
    async for _ in NotAsyncIterable():
        pass
try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad2():
    async for _ in BadAnext():
        pass
try:
    run(bad2())
except TypeError as e:
    print("TypeError:", e)
