# str() constructor: from objects, from bytes with encoding/errors, keyword forms and errors.
print(str(), str(123), str(-1.5), str(None), str(True), str([1, "a"]), str((1,)), str({1: "x"}))
print(str(b"bytes"), str(bytearray(b"ba")), str(1e100), str(2 ** 64), str(3j), str(range(3)))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"\xff", "utf-8", "ignore"))
print(str(object=5), str(b"abc", encoding="ascii"), str(b"ab\x80", errors="replace"))
try:
    str(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str("x", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)


class S:
    def __str__(self):
        return "custom str"


class R:
    def __repr__(self):
        return "custom repr"


print(str(S()), str(R()), str([R()]))
print(str(str), str(int), str(type(None)), str(Exception("msg")), str(KeyError("k")), str(ValueError()))
print(repr(str(ValueError(1, 2))), str(OSError(2, "No such file")), str(StopIteration(5)))
print(str("already"), str("") == "", type(str(5)).__name__)
print(str.__name__, str(str.upper("x")), str(slice(1, 2)), str(Ellipsis), str(NotImplemented))
print(str(0.1), str(1 / 3), str(-0.0), str(1e-7), str(123456789.0), str(1e16), str(float("nan")))
