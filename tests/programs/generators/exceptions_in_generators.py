# Exceptions raised in generator bodies propagate to the consumer and finish the generator.
def fragile():
    yield 1
    yield 2
    raise ValueError("broken generator")
    yield 3
g = fragile()
got = []
try:
    for v in g:
        got.append(v)
except ValueError as e:
    print("ValueError:", e, "after", got)
print(next(g, "finished"))
def handles_internally():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div by zero handled"
print(list(handles_internally()))
def try_else():
    try:
        v = yield "in try"
    except KeyError:
        yield "in except"
    else:
        yield f"in else with {v}"
    finally:
        print("finally")
    yield "after"
print(list(try_else()))
g = try_else()
next(g)
print(g.throw(KeyError), next(g))
def reraises():
    try:
        yield 1
    except Exception as e:
        print("logging", repr(e))
        raise
g = reraises()
next(g)
try:
    g.throw(OSError("disk"))
except OSError as e:
    print("re-raised:", e)
def context_kept():
    try:
        raise KeyError("original")
    except KeyError:
        yield "suspended inside except"
        raise ValueError("second")
g = context_kept()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError with context:", repr(e.__context__))
