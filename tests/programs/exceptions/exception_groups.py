# ExceptionGroup (3.11): construction, nesting, split(), subgroup(), derive, exceptions tuple.
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions), [repr(x) for x in eg.exceptions])
print(isinstance(eg, Exception), type(eg).__name__, issubclass(ExceptionGroup, BaseExceptionGroup))
match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
nested = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [ValueError("deep"), OSError("os")])])
print(repr(nested))
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
m2, r2 = nested.split(lambda e: isinstance(e, (KeyError, OSError)))
print(repr(m2), repr(r2))
def leaves(g):
    for x in g.exceptions:
        if isinstance(x, BaseExceptionGroup):
            yield from leaves(x)
        else:
            yield x
print([str(x) for x in leaves(nested)])
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)
try:
    raise ExceptionGroup("caught normally", [RuntimeError("r")])
except Exception as e:
    print("plain except caught:", type(e).__name__, e.exceptions)
bg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(bg).__name__, repr(bg))
auto = BaseExceptionGroup("auto", [ValueError(1)])
print(type(auto).__name__)
d = eg.derive([KeyError("new")])
print(repr(d))
