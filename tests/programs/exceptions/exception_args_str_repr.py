# Exception .args, str() and repr() with zero, one and several arguments; KeyError quirks.
cases = [
    Exception(),
    Exception("one"),
    Exception("a", 2, None),
    Exception(42),
    ValueError(""),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError(3),
    TypeError(["list arg"]),
    StopIteration(7),
    SystemExit(2),
    OSError(2, "No such file"),
    UnicodeError("uni"),
    AttributeError("attr"),
]
for e in cases:
    print(type(e).__name__, "| args:", e.args, "| str:", repr(str(e)), "| repr:", repr(e))
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
print(str(ZeroDivisionError("division by zero")), ArithmeticError.__name__)
print(isinstance(KeyError(), LookupError), isinstance(OSError(), Exception))
try:
    {}[("tuple", "key")]
except KeyError as err:
    print("tuple key:", err, err.args)
try:
    {}[""]
except KeyError as err:
    print("empty key:", err)
print(f"{Exception('in f-string')}", "%s" % ValueError("percent"), [RuntimeError("in list")])
print(BaseException("base").args, repr(GeneratorExit()), repr(KeyboardInterrupt("ki")))
