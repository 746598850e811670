async x = 1
#---
async = 1
#---
async def = 1
#---
async for x in y:
    pass
#---
async with x:
    pass
#---
def f():
    async for x in y:
        pass
#---
def f():
    async with x:
        pass
#---
def f():
    await x
#---
def f():
    return [x async for x in y]
#---
def f():
    return {x: y async for x, y in z}
#---
async def f():
    yield from x
#---
async def f():
    async for x in y
        pass
#---
async def f():
    async with x
        pass
#---
async def f():
    async x
#---
async def f():
    async if x:
        pass
#---
async def f():
    await
#---
async def f():
    await = 1
#---
async def f():
    x = await await
#---
async def f():
    async def g()
        pass
#---
async def f():
    async for x in:
        pass
#---
async def f():
    async for 1 in y:
        pass
#---
async def f():
    async with a as 1:
        pass
#---
async def f():
    async while x:
        pass
#---
async def f():
    async try:
        pass
#---
async def f():
    async lambda: 1
#---
async def f():
    return lambda: await x
#---
async def f():
    def g():
        await x
#---
async def f():
    class C:
        await x
#---
async def f():
    class C:
        async for x in y:
            pass
#---
async def f():
    def g():
        return [x async for x in y]
#---
async def f():
    await x = 1
#---
async def f():
    (await x) = 1
#---
async def f():
    del await x
#---
async def f():
    for await x in y:
        pass
#---
async def f():
    async for x in y:
        pass
    else
        pass
#---
async def f():
    async with (a as b, c as d)
        pass
#---
async def f():
    with await:
        pass
#---
await
#---
x = await
#---
[await x for x in y]
#---
# valid: a generator expression may await even at module level
(await x for x in y)
#---
lambda: await x
#---
class C:
    await x
#---
def g():
    lambda: [x async for x in y]
#---
async def f():
    x = [await y async for y in await z]
    async with a as b, c as (d, e):
        pass
    x = 1 2
#---
# valid: async comprehensions inside async functions, await in comprehensions
async def f():
    a = [x async for x in y]
    b = {x: await y async for x in z if await w}
    c = (x async for x in y)
    d = [await x for x in y]
    async for i, j in k:
        async with a as b, c:
            await i
#---
# valid: generator expressions may be async outside an async function
def f():
    return (x async for x in y)
