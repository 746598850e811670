# generator.throw(): handled inside, propagating out, with finally, and on fresh/finished generators.
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled inside:", e)
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("first")))
print(next(g))
print(g.throw(ValueError("second")))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "generator is finished"))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup runs")
g = with_finally()
next(g)
try:
    g.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("caught", e)
fresh = with_finally()
try:
    fresh.throw(IndexError("before start"))
except IndexError as e:
    print("fresh generator raised", repr(e))
def catch_and_return():
    try:
        yield "waiting"
    except ZeroDivisionError:
        return "returned after throw"
g = catch_and_return()
next(g)
try:
    g.throw(ZeroDivisionError)
except StopIteration as s:
    print("StopIteration value:", s.value)
done = catch_and_return()
list(done)
try:
    done.throw(TypeError("on finished"))
except TypeError as e:
    print("finished generator re-raises:", e)
def convert():
    try:
        yield
    except LookupError as e:
        raise ValueError("converted") from e
g = convert()
next(g)
try:
    g.throw(KeyError("k"))
except ValueError as e:
    print(e, "cause:", repr(e.__cause__))
