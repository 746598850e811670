# with statements.
def simple(path):
    with open(path) as f:
        return f.read()

def no_target(lock):
    with lock:
        work()

def multiple(a, b):
    with a as x, b as y:
        work(x, y)

def nested(a, b):
    with a:
        with b:
            work()

def tuple_target(cm):
    with cm as (x, y):
        return x + y

def with_break(items, lock):
    for i in items:
        with lock:
            if i:
                break

async def async_with(cm):
    async with cm as c:
        await c.go()

def with_return_value(lock):
    with lock:
        return compute()
