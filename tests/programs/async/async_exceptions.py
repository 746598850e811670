# Exceptions across await boundaries: propagation, try/finally in coroutines, throw() and close().
class Tick:
    def __await__(self):
        yield "tick"
async def failing(depth):
    await Tick()
    if depth == 0:
        raise LookupError("deep failure")
    try:
        return await failing(depth - 1)
    finally:
        print("unwinding depth", depth)
async def handler():
    try:
        await failing(2)
    except LookupError as e:
        print("handled:", e)
        return "handled"
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as s:
        return s.value
print(run(handler()))
async def waits_forever():
    try:
        while True:
            await Tick()
    except KeyError as e:
        print("coroutine got thrown", repr(e))
        return "stopped by throw"
    finally:
        print("waits_forever finally")
c = waits_forever()
c.send(None)
c.send(None)
try:
    c.throw(KeyError("cancel"))
except StopIteration as s:
    print("result:", s.value)
c2 = waits_forever()
c2.send(None)
c2.close()
print("closed")
async def chained():
    try:
        await failing(0)
    except LookupError as e:
        raise RuntimeError("wrapped") from e
try:
    run(chained())
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
async def stop_iter_inside():
    raise StopIteration("inside coroutine")
try:
    run(stop_iter_inside())
except RuntimeError as e:
    print("RuntimeError:", e)
async def reuse():
    return 1
co = reuse()
run(co)
try:
    run(co)
except RuntimeError as e:
    print("RuntimeError:", e)
