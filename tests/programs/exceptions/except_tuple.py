# except with tuples of exception classes, nested tuples, order of except clauses.
def trigger(kind):
    if kind == "key":
        {}["k"]
    if kind == "index":
        [][0]
    if kind == "zero":
        1 / 0
    if kind == "type":
        None + 1
    if kind == "value":
        int("v")
    return "no error"
for kind in ("key", "index", "zero", "type", "value", "none"):
    try:
        r = trigger(kind)
        print(kind, "->", r)
    except (KeyError, IndexError) as e:
        print(kind, "-> lookup family", type(e).__name__)
    except (ZeroDivisionError,) as e:
        print(kind, "-> zero", e)
    except (TypeError, ValueError, OSError) as e:
        print(kind, "-> three-class tuple", type(e).__name__)
errors = (ValueError, TypeError)
try:
    int("bad")
except errors as e:
    print("tuple held in a variable:", type(e).__name__)
try:
    {}["x"]
except LookupError:
    print("base class clause first wins")
except KeyError:
    print("never reached")
try:
    [].pop()
except (KeyError, IndexError, ValueError) as e:
    print("pop from empty:", e)
try:
    try:
        raise ValueError("x")
    except ():
        print("empty tuple never matches")
except ValueError:
    print("passed through empty tuple clause")
try:
    raise KeyError("k")
except (KeyError if True else IndexError) as e:
    print("computed except expression:", repr(e))
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
