# Async comprehensions: async for in list/set/dict comps, await inside comprehensions.
class Tick:
    def __await__(self):
        yield
async def numbers(n):
    for i in range(n):
        await Tick()
        yield i
async def double(x):
    await Tick()
    return x * 2
async def main():
    a = [x async for x in numbers(5)]
    b = [x async for x in numbers(10) if x % 3 == 0]
    c = {x % 3 async for x in numbers(7)}
    d = {x: x * x async for x in numbers(4)}
    e = [await double(x) for x in range(4)]
    f = [await double(x) async for x in numbers(3)]
    g = [(i, j) async for i in numbers(3) for j in range(i)]
    agen = (x * 10 async for x in numbers(3))
    h = [v async for v in agen]
    print(type(agen).__name__)
    return a, b, c, d, e, f, g, h
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as s:
        return s.value, steps
results, steps = run(main())
for r in results:
    print(r)
print("steps", steps)
