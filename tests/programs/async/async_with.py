# async with: __aenter__/__aexit__ ordering, values, exception info and suppression.
class Tick:
    def __await__(self):
        yield
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Tick()
        print("aenter", self.name)
        return self.name + "-handle"
    async def __aexit__(self, et, ev, tb):
        await Tick()
        print("aexit", self.name, et.__name__ if et else None, ev)
        return self.suppress
async def main():
    async with Resource("db") as h:
        print("using", h)
    async with Resource("quiet", suppress=True):
        raise KeyError("suppressed")
    print("after suppressed block")
    try:
        async with Resource("loud"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    async with Resource("a") as a, Resource("b") as b:
        print("nested", a, b)
    for i in range(2):
        async with Resource(f"loop{i}"):
            if i == 0:
                continue
            return "returned inside async with"
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as s:
        return s.value, steps
print(run(main()))
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
async def wrong():
    async with SyncOnly():
        pass
try:
    run(wrong())
except TypeError as e:
    print("TypeError:", e)
