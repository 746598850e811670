# ascii() and repr() of many builtin values, including non-ASCII strings and nested containers.
values = [1, -1.5, "plain", "é", "日本", "tab\t", "quote'", b"bytes\xff", [1, "é"], ("ü",), {"ß": "ẞ"},
          None, True, 1e100, 2j, range(2), frozenset(), bytearray(b"x"), "\U0001f600", "\x7f\x80"]
for v in values:
    print(repr(v), ascii(v), str(v) == repr(v))


class Custom:
    def __repr__(self):
        return "Custom(é)"


print(ascii(Custom()), repr(Custom()), ascii([Custom()]))
print(repr(repr("x")), ascii(ascii("é")), len(ascii("é")), eval(ascii("naïve")) == "naïve")
try:
    ascii()
except TypeError as e:
    print(type(e).__name__, e)
try:
    repr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(...), repr(NotImplemented), repr(print), repr(int), repr(type(None)), repr(len))
