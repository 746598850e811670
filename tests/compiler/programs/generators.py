# Generators and coroutines.
def gen():
    yield 1
    yield 2

def gen_value():
    x = yield
    y = yield x
    return y

def gen_from(it):
    result = yield from it
    return result

def gen_loop(n):
    i = 0
    while i < n:
        yield i
        i += 1

async def coro():
    await sleep(1)
    return 2

async def async_gen():
    yield 1
    await sleep(0)

async def async_for(aiter):
    total = 0
    async for x in aiter:
        total += x
    else:
        total = -total
    return total

async def async_gen_for(aiter):
    async for x in aiter:
        yield x

def gen_closure(n):
    def inner():
        yield n
    return inner

def gen_with_try():
    try:
        yield 1
    finally:
        yield 2
