# Generator pipelines: chained stages processed lazily one item at a time.
def source(items):
    for item in items:
        print("source ->", item)
        yield item
def parse(lines):
    for line in lines:
        name, _, value = line.partition("=")
        yield name.strip(), value.strip()
def only_numeric(pairs):
    for name, value in pairs:
        if value.isdigit():
            yield name, int(value)
        else:
            print("skip", name)
def scale(pairs, k):
    for name, value in pairs:
        yield name, value * k
lines = ["a = 1", "b = x", "c = 30", "d = 4"]
pipeline = scale(only_numeric(parse(source(lines))), 10)
print("pipeline built")
for name, value in pipeline:
    print("sink <-", name, value)
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
def windows(it, n):
    win = []
    for x in it:
        win.append(x)
        if len(win) > n:
            win.pop(0)
        if len(win) == n:
            yield tuple(win)
print(list(windows("abcde", 3)))
def dedupe(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
print(list(dedupe([3, 1, 3, 2, 1, 4])))
def running_max(it):
    best = None
    for x in it:
        best = x if best is None or x > best else best
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
words = (w for w in "to be or not to be that is the question".split())
long_upper = (w.upper() for w in words if len(w) > 2)
print(list(enumerate(long_upper, 1)))
