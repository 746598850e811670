# asynccontextmanager, AsyncExitStack, aclosing, nullcontext in async with,
# driven by hand (no event loop).
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext


def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError('coroutine suspended')


@asynccontextmanager
async def resource(name, log):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)


async def main():
    log = []
    async with resource('a', log) as a:
        log.append('using ' + a)
    try:
        async with resource('b', log):
            raise ValueError('inside')
    except ValueError as e:
        log.append('caught ' + str(e))
    async with AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource('x', log))
        stack.callback(log.append, 'sync callback')

        async def acb(msg):
            log.append(msg)
        stack.push_async_callback(acb, 'async callback')
        log.append('stack has ' + x)
    async with nullcontext('n') as n:
        log.append(n)

    async def agen():
        try:
            yield 1
            yield 2
        finally:
            log.append('agen closed')
    async with aclosing(agen()) as g:
        async for v in g:
            log.append(v)
            break

    @resource('deco', log)
    async def decorated():
        log.append('in decorated')
        return 7
    log.append(await decorated())
    return log


for line in run(main()):
    print(line)
