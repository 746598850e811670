# Push-style coroutines with send(): a priming decorator, broadcast and filter stages.
def primed(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start
@primed
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
@primed
def filter_stage(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
@primed
def mapper(fn, target):
    while True:
        target.send(fn((yield)))
@primed
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
@primed
def collector(store):
    try:
        while True:
            store.append((yield))
    finally:
        print("collector closing with", store)
store = []
coll = collector(store)
sink = broadcast(
    filter_stage(lambda x: x % 2 == 0, printer("even:")),
    mapper(lambda x: x * x, printer("square:")),
    coll,
)
for n in range(5):
    sink.send(n)
coll.close()
@primed
def grep(pattern):
    matches = 0
    try:
        while True:
            line = yield
            if pattern in line:
                matches += 1
                print("match:", line)
    except GeneratorExit:
        print("total matches", matches)
g = grep("py")
for line in ["python", "rust", "pypy", "go"]:
    g.send(line)
g.close()
