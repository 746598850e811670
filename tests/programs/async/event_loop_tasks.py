# A tiny round-robin event loop with sleep() awaitables and interleaved tasks.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.results = {}
        self.seq = 0
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda item: (item[0], item[1]))
                wake, seq, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro))
                continue
            name, coro = self.ready.pop(0)
            try:
                cmd = coro.send(None)
            except StopIteration as s:
                print(f"t={self.now} {name} finished -> {s.value!r}")
                self.results[name] = s.value
                continue
            kind, ticks = cmd
            self.seq += 1
            self.sleeping.append((self.now + ticks, self.seq, name, coro))
        return self.results
async def task(name, delays):
    total = 0
    for d in delays:
        print(f"{name} sleeping {d}")
        await Sleep(d)
        total += d
    return total
async def chatty(n):
    for i in range(n):
        print("chatty", i)
        await Sleep(1)
    return "chatty done"
loop = Loop()
loop.spawn("A", task("A", [3, 1]))
loop.spawn("B", task("B", [1, 1, 1]))
loop.spawn("C", chatty(3))
res = loop.run()
print(sorted(res.items()), "final time", loop.now)
