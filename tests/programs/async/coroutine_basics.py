# async def coroutines driven by send(None): return values, nested awaits, coroutine objects.
async def add(a, b):
    print("add", a, b)
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
print(type(add).__name__)
c = compute()
print(type(c).__name__, c.__name__, c.__qualname__)
print("result", run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def no_return():
    pass
print(run(no_return()))
async def recursive(n):
    if n == 0:
        return []
    rest = await recursive(n - 1)
    return rest + [n]
print(run(recursive(5)))
async def fact(n):
    return 1 if n <= 1 else n * await fact(n - 1)
print(run(fact(20)))
async def raises():
    raise ValueError("inside coroutine")
try:
    run(raises())
except ValueError as e:
    print("ValueError:", e)
co = add(5, 6)
try:
    co.send(None)
except StopIteration as s:
    print("direct StopIteration value:", s.value)
co2 = add(0, 0)
co2.close()
print("closed before start; cr_frame is None:", co2.cr_frame is None)
unstarted = compute()
try:
    iter(unstarted)
except TypeError as e:
    print("TypeError:", e)
unstarted.close()
print("unstarted coroutine closed")
