# Async functions, generators, comprehensions, with and for.
import asyncio

async def fetch(session, url):
    async with session.get(url) as resp:
        return await resp.text()

async def gather_all(urls):
    return await asyncio.gather(*[fetch(None, u) for u in urls])

async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def consume(n):
    return [x async for x in agen(n) if x % 2]

async def consume_dict(n):
    return {x: y async for x, y in pairs(n)}

async def nested_async_for(a, b):
    async for x in a:
        async for y in b:
            if x == y:
                break
        else:
            continue
        return x

async def agen_with_finally():
    try:
        yield 1
    finally:
        await cleanup()

async def await_chain(x):
    return await (await x)

async def async_genexp(items):
    return (await i for i in items)

async def async_with_multiple(a, b):
    async with a as x, b as y:
        await x.go(y)
