# Async producer/consumer over a hand-written queue with awaitable get/put and a scheduler.
class Wait:
    def __await__(self):
        yield
class Queue:
    def __init__(self, maxsize):
        self.items = []
        self.maxsize = maxsize
    async def put(self, item):
        while len(self.items) >= self.maxsize:
            await Wait()
        self.items.append(item)
    async def get(self):
        while not self.items:
            await Wait()
        return self.items.pop(0)
log = []
async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        log.append(f"put {name}{i}")
    await q.put(None)
    return f"{name} produced {n}"
async def consumer(q, producers):
    seen = []
    finished = 0
    while finished < producers:
        item = await q.get()
        if item is None:
            finished += 1
            continue
        log.append(f"got {item}")
        seen.append(item)
    return seen
def scheduler(tasks):
    results = []
    while tasks:
        coro = tasks.pop(0)
        try:
            coro.send(None)
            tasks.append(coro)
        except StopIteration as s:
            results.append(s.value)
    return results
q = Queue(2)
results = scheduler([producer(q, "x", 3), producer(q, "y", 2), consumer(q, 2)])
for line in log:
    print(line)
for r in results:
    print(r)
