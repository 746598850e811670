import asyncio


async def simple():
    await asyncio.sleep(0)
    return 1


async def comprehension_forms(aiter, items):
    a = [x async for x in aiter]
    b = {x async for x in aiter if await x}
    c = {k: v async for k, v in aiter}
    d = (x async for x in aiter)
    e = [await x for x in items]
    f = [x for x in items if await x]
    g = [y async for x in aiter for y in x]
    h = [y for x in items async for y in x]
    return a, b, c, d, e, f, g, h


async def statements(cm, aiter):
    async with cm:
        pass
    async with cm as a, cm as (b, c):
        pass
    async with (cm as d, cm):
        pass
    async for x in aiter:
        await x
    else:
        pass
    async for a, (b, *c) in aiter:
        break
    return await cm


async def generator():
    yield 1
    await asyncio.sleep(0)
    x = yield
    yield x


async def expressions(x):
    y = await x
    z = -await x
    w = await x ** 2
    v = (await x)()
    u = await x.attr
    t = await x[0]
    s = [await x, await x]
    return not await x


async def nested():
    async def inner():
        return await simple()

    def sync_inner():
        return (x async for x in range(3)) if False else None

    return await inner()


class Managed:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


async def lambda_await():
    f = lambda: simple()
    return await f()


# async and await used as plain names is no longer allowed, but attribute access is fine
asyncio.run
