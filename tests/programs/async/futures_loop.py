# Hand-written Future and scheduler: tasks await futures resolved by other tasks.
class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.value = None
    def set_result(self, v):
        print(f"future {self.name} resolved with {v!r}")
        self.done, self.value = True, v
    def __await__(self):
        while not self.done:
            yield self
        return self.value
class Yield:
    def __await__(self):
        yield None
def run_all(coros):
    tasks = list(coros)
    results = {}
    rounds = 0
    while tasks:
        rounds += 1
        for name, coro in list(tasks):
            try:
                waiting_on = coro.send(None)
                if waiting_on is not None:
                    print(f"{name} waiting on {waiting_on.name}")
            except StopIteration as s:
                results[name] = s.value
                tasks.remove((name, coro))
    return results, rounds
fut_a = Future("a")
fut_b = Future("b")
async def producer():
    for i in range(2):
        await Yield()
    fut_a.set_result(21)
    await Yield()
    fut_b.set_result("payload")
    return "producer done"
async def consumer():
    v = await fut_a
    w = await fut_b
    return v * 2, w
async def observer():
    v = await fut_a
    return f"observer saw {v}"
print(run_all([("consumer", consumer()), ("producer", producer()), ("observer", observer())]))
